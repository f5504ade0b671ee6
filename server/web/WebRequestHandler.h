#pragma once

#include "web/PageSpec.h"

#include <Poco/Net/HTTPRequestHandler.h>

#include <string>

namespace helpdesk::web {

/// Serves one request for a page or a static file: admits the address (the API's request rate),
/// finds the visitor's session from its cookie (an AuthService session, as the API's), chooses the
/// language (LanguageChoice), refuses a POST whose form token does not match (403), runs the
/// page's handler and writes its page in the layout with the security headers and cookies, or an
/// error page. One instance per request.
class WebRequestHandler : public Poco::Net::HTTPRequestHandler
{
public:
    explicit WebRequestHandler(WebServices &services);
    void handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) override;

    /// Largest form body a page takes (its fields are a few short texts); a form with files may
    /// have ApiLimits::maxAttachment in all.
    static constexpr std::size_t kMaxFormBody = 64 * 1024;
    /// Most fields (and files) a form may have.
    static constexpr int kMaxFormFields = 50;

private:
    /// The visitor of a request from `clientAddress`: session, language. Sets `m_clearSession` for
    /// a session cookie that no longer works.
    Visitor visitorOf(const Poco::Net::HTTPServerRequest &request, const Fields &query,
                      const std::string &clientAddress);
    /// The secret that binds the forms of this visitor (CsrfToken): the session, else the form
    /// cookie (made now when missing).
    std::string formBinding(const Poco::Net::HTTPServerRequest &request, const Visitor &visitor);
    /// Writes a reply: a redirect, or the page in the layout; headers and cookies.
    void send(Poco::Net::HTTPServerResponse &response, PageReply reply, const Visitor &visitor, const std::string &path,
              const Fields &query);
    /// Writes a static file, or 404.
    void sendStatic(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response,
                    const std::string &path);
    /// The layout's values: texts, language links, style sheet, form token, who is signed in.
    mstch::map layoutValues(const Visitor &visitor, const std::string &path, const Fields &query) const;

    WebServices &m_services;
    bool m_secure = false;                       // the request came over https (or a trusted proxy says so)
    bool m_clearSession = false;                 // the session cookie names no session (any more)
    std::string m_csrf;                          // the form token of the pages of this answer
    std::optional<std::string> m_newForm;        // a form cookie to set
    std::optional<std::string> m_chosenLanguage; // ?lang= to remember in its cookie
};

} // namespace helpdesk::web
