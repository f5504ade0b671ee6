#pragma once

#include <string>

namespace helpdesk::web {

/// The token every form of the pages carries, bound to a secret of the visitor's browser: the
/// session cookie once signed in, the form cookie before (WebCookies). It is an HMAC-SHA256 of a
/// fixed label under a key derived from that cookie, so a page of another site, which can read
/// neither the cookie nor our pages, cannot make one, and a token of one session is worth nothing
/// in another. Pure; any thread.
class CsrfToken
{
public:
    /// The token of forms posted with the cookie value `binding` (URL-safe base64, 43 characters).
    static std::string forBinding(const std::string &binding);
    /// Whether `token` is the one of `binding` (constant time; false for an empty binding).
    static bool matches(const std::string &token, const std::string &binding);
};

} // namespace helpdesk::web
