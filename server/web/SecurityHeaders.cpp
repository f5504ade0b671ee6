#include "web/SecurityHeaders.h"

#include <Poco/Net/HTTPServerResponse.h>

namespace helpdesk::web {

void SecurityHeaders::apply(Poco::Net::HTTPServerResponse &response, bool personal,
                            const std::vector<std::string> &frameAncestors)
{
    if (frameAncestors.empty()) {
        response.set("Content-Security-Policy", kContentSecurityPolicy);
        response.set("X-Frame-Options", "DENY");
        response.set("Referrer-Policy", "no-referrer");
    } else {
        // X-Frame-Options cannot name sites (ALLOW-FROM is gone from browsers): frame-ancestors alone.
        std::string policy = kContentSecurityPolicy;
        std::string sites;
        for (const auto &site : frameAncestors)
            sites += (sites.empty() ? "" : " ") + site;
        policy.replace(policy.find("'none'", policy.find("frame-ancestors")), 6, sites);
        response.set("Content-Security-Policy", policy);
        response.set("Referrer-Policy", "same-origin");
    }
    response.set("X-Content-Type-Options", "nosniff");
    if (personal)
        response.set("Cache-Control", "no-store");
}

} // namespace helpdesk::web
