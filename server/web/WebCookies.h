#pragma once

#include <optional>
#include <string>

namespace Poco::Net {
class HTTPServerRequest;
class HTTPServerResponse;
} // namespace Poco::Net

namespace helpdesk::web {

/// The pages' cookies, all `HttpOnly`, `SameSite=Lax`, `Path=/`, and `Secure` when the page was
/// served over https (directly or behind a trusted proxy that says so):
/// - the session (`hd_session`): an AuthService session token, the same kind an API sign-in gets;
///   a browser session cookie (the server ends the session at sign-out or after its lifetime);
/// - the form cookie (`hd_form`): a random secret binding the forms shown before sign-in (CsrfToken);
/// - the language chosen with the language links (`hd_lang`, a year).
/// Stateless; any thread.
class WebCookies
{
public:
    static constexpr const char *kSession = "hd_session";
    static constexpr const char *kForm = "hd_form";
    static constexpr const char *kLanguage = "hd_lang";

    /// The value of cookie `name` in the request, if sent.
    static std::optional<std::string> read(const Poco::Net::HTTPServerRequest &request, const std::string &name);
    /// Adds a cookie; `maxAgeSeconds` < 0: until the browser closes; 0: removes it.
    static void set(Poco::Net::HTTPServerResponse &response, const std::string &name, const std::string &value,
                    bool secure, int maxAgeSeconds = -1);
};

} // namespace helpdesk::web
