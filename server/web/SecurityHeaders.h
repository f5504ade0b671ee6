#pragma once

#include <string>
#include <vector>

namespace Poco::Net {
class HTTPServerResponse;
}

namespace helpdesk::web {

/// The headers every answer of the pages carries (docs/security.md, "Web pages"): a strict
/// Content-Security-Policy (our own style sheet and images only, no script at all, forms post only
/// to us, no framing, no <base>), X-Frame-Options DENY, X-Content-Type-Options nosniff and
/// Referrer-Policy no-referrer (password links carry their token in the URL). A web form's page is
/// the one exception: the sites its group names may frame it (frame-ancestors, no X-Frame-Options),
/// and it sends its own origin with its post (Referrer-Policy same-origin: under no-referrer a
/// browser sends "Origin: null", and a form in another site's frame has no cookie to prove it is
/// ours). Stateless.
class SecurityHeaders
{
public:
    static constexpr const char *kContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; "
        "base-uri 'none'";

    /// Adds the headers; `personal` pages (every HTML page: each carries the visitor's form token)
    /// are also never stored by the browser or a proxy. `frameAncestors` (origins such as
    /// https://www.example.com) may frame the page; none: no one may.
    static void apply(Poco::Net::HTTPServerResponse &response, bool personal,
                      const std::vector<std::string> &frameAncestors = {});
};

} // namespace helpdesk::web
