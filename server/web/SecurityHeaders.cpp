#include "web/SecurityHeaders.h"

#include <Poco/Net/HTTPServerResponse.h>

namespace helpdesk::web {

void SecurityHeaders::apply(Poco::Net::HTTPServerResponse &response, bool personal)
{
    response.set("Content-Security-Policy", kContentSecurityPolicy);
    response.set("X-Frame-Options", "DENY");
    response.set("X-Content-Type-Options", "nosniff");
    response.set("Referrer-Policy", "no-referrer");
    if (personal)
        response.set("Cache-Control", "no-store");
}

} // namespace helpdesk::web
