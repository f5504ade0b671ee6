#include "web/WebCookies.h"

#include <Poco/Net/HTTPCookie.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NameValueCollection.h>

namespace helpdesk::web {

std::optional<std::string> WebCookies::read(const Poco::Net::HTTPServerRequest &request, const std::string &name)
{
    Poco::Net::NameValueCollection cookies;
    request.getCookies(cookies);
    if (!cookies.has(name))
        return std::nullopt;
    return cookies.get(name);
}

void WebCookies::set(Poco::Net::HTTPServerResponse &response, const std::string &name, const std::string &value,
                     bool secure, int maxAgeSeconds)
{
    Poco::Net::HTTPCookie cookie(name, value);
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
    cookie.setSameSite(Poco::Net::HTTPCookie::SAME_SITE_LAX);
    cookie.setMaxAge(maxAgeSeconds);
    response.addCookie(cookie);
}

} // namespace helpdesk::web
