#pragma once

namespace Poco::Net {
class HTTPServerResponse;
}

namespace helpdesk::web {

/// The headers every answer of the pages carries (docs/security.md, "Web pages"): a strict
/// Content-Security-Policy (our own style sheet and images only, no script at all, forms post only
/// to us, no framing, no <base>), X-Frame-Options DENY, X-Content-Type-Options nosniff and
/// Referrer-Policy no-referrer (password links carry their token in the URL). Stateless.
class SecurityHeaders
{
public:
    static constexpr const char *kContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; "
        "base-uri 'none'";

    /// Adds the headers; `personal` pages (every HTML page: each carries the visitor's form token)
    /// are also never stored by the browser or a proxy.
    static void apply(Poco::Net::HTTPServerResponse &response, bool personal);
};

} // namespace helpdesk::web
