#pragma once

#include "api/ApiLimits.h"
#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "domain/CustomerRequests.h"
#include "web/PageRenderer.h"
#include "web/Translations.h"

#include <mstch/mstch.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>

namespace helpdesk::domain {
class AuthService;
class SignInLinks;
} // namespace helpdesk::domain
namespace helpdesk::protocol {
class ApiError;
}
namespace helpdesk::api {
class RequestThrottle;
}

namespace helpdesk::web {

/// The services page handlers call; owned by the server, shared by every request. Any thread.
struct WebServices {
    db::ConnectionPool &pool;
    domain::AuthService &auth;
    domain::SignInLinks &signInLinks;
    api::RequestThrottle &throttle; // the API's: pages and API spend one allowance per address and user
    const api::ApiLimits &limits;
    const Translations &translations;
    const PageRenderer &renderer;
};

/// Who is looking at a page.
struct Visitor {
    std::optional<domain::Actor> actor; // signed in (a web session)
    std::string sessionToken;           // the session cookie's token when signed in
    std::string language;               // of the page: LanguageChoice
    std::string clientAddress;          // for per-address limits (trusted proxies believed)
    std::string peerAddress;            // the TCP peer (a reverse proxy, if any): ProxySignOn
    std::function<std::optional<std::string>(const std::string &)> header; // a request header by name, if sent
};

/// Form fields or query parameters by name (the last of a repeated name).
using Fields = std::map<std::string, std::string>;

/// One request as a page handler sees it.
struct PageCall {
    const Fields &query; // the URL's parameters
    const Fields &form;  // a POST's fields (its CSRF token already checked)
    const Visitor &visitor;
    WebServices &services;
    const Fields &path;                             // the route's {name} segments ("number" → "42")
    const std::vector<domain::UploadedFile> &files; // a multipart form's files (routes that take files)
    bool formTokenValid = true; // a POST carried the form token of this browser (crossSitePost routes check it)

    /// A query parameter or form field, "" when absent.
    static std::string field(const Fields &fields, const std::string &name);
    /// A text of the page in the visitor's language (Translations).
    const std::string &text(const std::string &key) const;
    /// The same with its {placeholders} filled.
    std::string format(const std::string &key, const std::map<std::string, std::string> &values) const;
    /// "Too many failed attempts. Try again in N minutes." for a sign-in held back that long.
    std::string waitText(int retryAfterSeconds) const;
};

/// What a handler answers: a page (a template with its values) or a redirect, and what happens to
/// the visitor's session.
struct PageReply {
    int status = 200;
    std::string page;                        // template name (templates/<page>.mustache)
    std::string titleKey;                    // text key of the page's <title>
    mstch::map values;                       // the template's values (the layout adds its own: WebRequestHandler)
    std::string redirectTo;                  // set: 303 See Other to this local path
    std::optional<std::string> startSession; // a new session token: the visitor is signed in with it
    bool endSession = false;                 // the session cookie is removed (its session was ended)
    int retryAfterSeconds = 0;               // > 0: Retry-After
    std::optional<domain::AttachmentDownload> download; // set: these bytes as a download, not a page
    std::vector<std::string> frameAncestors;            // sites that may frame the page (a web form); none: no one

    /// A page.
    static PageReply show(std::string page, std::string titleKey, mstch::map values = {}, int status = 200);
    /// 303 to a local path ("/", "/sign-in?notice=signed_out").
    static PageReply redirect(std::string location);
    /// A file to save (Content-Disposition: attachment), never shown in the browser.
    static PageReply file(domain::AttachmentDownload download);
};

/// A sign-in form shown again after a refusal `error` of its second factor or of a held-back
/// account: `form(text, askCode, status)` with the text of `codeNeeded` / `codeWrong` (401), or the
/// wait (429 with Retry-After; `askedCode`: the form asked for a code). nullopt for other errors.
std::optional<PageReply> secondFactorOrWait(const PageCall &call, const protocol::ApiError &error, bool askedCode,
                                            const char *codeNeeded, const char *codeWrong,
                                            const std::function<PageReply(const std::string &, bool, int)> &form);

/// One page route: verb and path, and its handler. A path segment "{name}" matches any one
/// segment, handed to the handler as PageCall::path["name"]; a path without one wins over it.
struct PageRoute {
    std::string verb; // GET or POST
    std::string path; // "/sign-in", "/requests/{number}"
    std::function<PageReply(PageCall &)> handler;
    bool takesFiles = false; // a POST of multipart/form-data with files (signed-in visitors only)
    /// A POST other sites may send (a web form): refused for a missing form token only by its
    /// handler, which checks where it came from (PageCall::formTokenValid, the Origin).
    bool crossSitePost = false;
};

/// The routes of each group of pages (SignInPages.cpp, PasswordPages.cpp, …).
std::vector<PageRoute> signInPages();
std::vector<PageRoute> passwordPages();
std::vector<PageRoute> signInLinkPages();
std::vector<PageRoute> portalPages();
std::vector<PageRoute> webFormPages();
std::vector<PageRoute> ratingPages();

} // namespace helpdesk::web
