#include "web/WebRequestHandler.h"

#include "api/HttpApiHandler.h"
#include "api/RequestThrottle.h"
#include "domain/AuthService.h"
#include "domain/Passwords.h"
#include "protocol/ProtocolError.h"
#include "web/CsrfToken.h"
#include "web/ErrorPages.h"
#include "web/LanguageChoice.h"
#include "web/PageTable.h"
#include "web/SecurityHeaders.h"
#include "web/StaticFiles.h"
#include "web/WebCookies.h"

#include <Poco/Exception.h>
#include <Poco/Logger.h>
#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/MediaType.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/MultipartReader.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/String.h>
#include <Poco/URI.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <iterator>
#include <sstream>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::web {

namespace {
constexpr const char *kSessionPrefix = "hds_"; // only sessions sign a browser in, never API tokens
constexpr int kLanguageCookieSeconds = 365 * 24 * 3600;

Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.web");
}

bool servedOverHttps(const Poco::Net::HTTPServerRequest &request, const std::vector<std::string> &trustedProxies)
{
    if (request.secure())
        return true;
    // Only a proxy we trust may say how the browser reached it.
    const auto peer = request.clientAddress().host().toString();
    const bool trusted = std::find(trustedProxies.begin(), trustedProxies.end(), peer) != trustedProxies.end();
    return trusted && Poco::icompare(request.get("X-Forwarded-Proto", ""), "https") == 0;
}

/// Whether the request carries a body (left unread, it would be taken for the next request).
bool hasBody(const Poco::Net::HTTPServerRequest &request)
{
    return request.getContentLength() > 0 || request.getChunkedTransferEncoding();
}

Fields queryOf(const Poco::URI &uri)
{
    Fields fields;
    for (auto &[name, value] : uri.getQueryParameters())
        fields[name] = value;
    return fields;
}

/// A POST's fields, and the files of a multipart form where the route takes files.
struct PostedForm {
    Fields fields;
    std::vector<domain::UploadedFile> files;
};

/// The fields and files of a multipart/form-data body (RFC 7578), read whole within its limit.
/// A file input left empty (no name, no bytes) sends nothing; a malformed body is a 400.
PostedForm multipartOf(const std::string &body, const std::string &contentType)
{
    PostedForm form;
    std::istringstream in(body);
    try {
        Poco::Net::MultipartReader reader(in, Poco::Net::MediaType(contentType).getParameter("boundary"));
        int parts = 0;
        while (reader.hasNextPart()) {
            if (++parts > WebRequestHandler::kMaxFormFields)
                throw ApiError(ErrorCode::BadRequest, "the form has too many fields");
            Poco::Net::MessageHeader header;
            reader.nextPart(header);
            std::string disposition;
            Poco::Net::NameValueCollection parameters;
            Poco::Net::MessageHeader::splitParameters(header.get("Content-Disposition", ""), disposition, parameters);
            std::string content(std::istreambuf_iterator<char>(reader.stream()), {});
            if (!parameters.has("filename"))
                form.fields[parameters.get("name", "")] = std::move(content);
            else if (!parameters.get("filename").empty() || !content.empty())
                form.files.push_back({parameters.get("filename"), header.get("Content-Type", ""), std::move(content)});
        }
    } catch (const Poco::Exception &e) {
        throw ApiError(ErrorCode::BadRequest, "the form is not well-formed multipart/form-data: " + e.message());
    }
    return form;
}

/// The form a POST carries: url-encoded (every page's), or multipart with files where the route
/// takes files and the visitor is signed in (no one else makes us hold a large body).
PostedForm formOf(Poco::Net::HTTPServerRequest &request, const PageRoute &route, const Visitor &visitor,
                  const api::ApiLimits &limits)
{
    PostedForm form;
    if (request.getMethod() != Poco::Net::HTTPRequest::HTTP_POST)
        return form;
    const auto &contentType = request.getContentType();
    if (route.takesFiles && visitor.actor && contentType.rfind(Poco::Net::HTMLForm::ENCODING_MULTIPART, 0) == 0)
        return multipartOf(api::readBody(request.stream(), request.getContentLength(), limits.maxAttachment),
                           contentType);
    auto body = api::readBody(request.stream(), request.getContentLength(), WebRequestHandler::kMaxFormBody);
    if (contentType.rfind(Poco::Net::HTMLForm::ENCODING_URL, 0) != 0)
        return form; // anything else has no form token either
    Poco::Net::HTMLForm fields;
    fields.setFieldLimit(WebRequestHandler::kMaxFormFields);
    fields.read(body);
    for (const auto &[name, value] : fields)
        form.fields[name] = value;
    return form;
}

/// `name` as a quoted-string value of a header parameter, in ASCII (anything else as '_'), with
/// its UTF-8 form in an RFC 5987 `filename*` beside it: browsers take the latter.
std::string attachmentDisposition(const std::string &name)
{
    std::string ascii;
    std::string encoded;
    static const char *const kHex = "0123456789ABCDEF";
    for (unsigned char c : name) {
        ascii += (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') ? static_cast<char>(c) : '_';
        if (std::isalnum(c) || (c != 0 && std::strchr("!#$&+-.^_`|~", c)))
            encoded += static_cast<char>(c);
        else
            encoded += std::string("%") + kHex[c >> 4] + kHex[c & 15];
    }
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

/// The path and query of the current page with `lang` set to `language` (a language link).
std::string withLanguage(const std::string &path, const Fields &query, const std::string &language)
{
    Poco::URI uri(path);
    for (const auto &[name, value] : query)
        if (name != "lang")
            uri.addQueryParameter(name, value);
    uri.addQueryParameter("lang", language);
    return uri.getPathAndQuery();
}
} // namespace

WebRequestHandler::WebRequestHandler(WebServices &services) : m_services(services) {}

void WebRequestHandler::handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response)
{
    const auto &translations = m_services.translations;
    Visitor visitor;
    visitor.language = translations.languages().front();
    std::string path = "/";
    Fields query;
    try {
        Poco::URI uri(request.getURI());
        path = uri.getPath();
        query = queryOf(uri);
        m_secure = servedOverHttps(request, m_services.limits.trustedProxies);
        visitor.clientAddress = api::clientAddressOf(request, m_services.limits.trustedProxies);
        visitor.language = LanguageChoice(translations.languages())
                               .choose(std::nullopt, std::nullopt, request.get("Accept-Language", ""));
        m_services.throttle.admitAddress(visitor.clientAddress);
        if (hasBody(request) && request.getMethod() != Poco::Net::HTTPRequest::HTTP_POST)
            response.setKeepAlive(false);
        if (path.rfind("/static/", 0) == 0) {
            sendStatic(request, response, path);
            return;
        }
        db::StatementTimeout timeout(m_services.limits.statementTimeout);
        visitor = visitorOf(request, query, visitor.clientAddress);
        auto match = PageTable::instance().route(request.getMethod(), path);
        if (!match.route) {
            if (hasBody(request))
                response.setKeepAlive(false);
            if (!match.allowedVerbs.empty())
                response.set("Allow",
                             Poco::cat(std::string(", "), match.allowedVerbs.begin(), match.allowedVerbs.end()));
            send(response,
                 ErrorPages::forStatus(match.allowedVerbs.empty() ? 404 : 405, translations, visitor.language), visitor,
                 path, query);
            return;
        }
        auto posted = formOf(request, *match.route, visitor, m_services.limits);
        const auto &form = posted.fields;
        auto binding = formBinding(request, visitor);
        m_csrf = CsrfToken::forBinding(binding);
        const bool tokenValid = CsrfToken::matches(PageCall::field(form, "csrf"), binding);
        if (request.getMethod() == Poco::Net::HTTPRequest::HTTP_POST && !tokenValid && !match.route->crossSitePost) {
            logger().notice("form without a valid token refused: POST %s from %s", path, visitor.clientAddress);
            send(response, ErrorPages::formExpired(translations, visitor.language), visitor, path, query);
            return;
        }
        PageCall call{query, form, visitor, m_services, match.path, posted.files, tokenValid};
        send(response, match.route->handler(call), visitor, path, query);
    } catch (const ApiError &e) {
        if (e.code() == ErrorCode::Internal || e.code() == ErrorCode::Unavailable)
            logger().warning("page %s failed: %s", path, std::string(e.what()));
        response.setKeepAlive(false); // a body may be left unread
        if (!response.sent())
            send(response, ErrorPages::forError(e, translations, visitor.language), visitor, path, query);
    } catch (const std::exception &e) {
        logger().error("page %s failed with an unexpected error: %s", path, std::string(e.what()));
        response.setKeepAlive(false);
        if (!response.sent())
            send(response, ErrorPages::forStatus(500, translations, visitor.language), visitor, path, query);
    }
}

Visitor WebRequestHandler::visitorOf(const Poco::Net::HTTPServerRequest &request, const Fields &query,
                                     const std::string &clientAddress)
{
    Visitor visitor;
    visitor.clientAddress = clientAddress;
    visitor.peerAddress = request.clientAddress().host().toString();
    visitor.header = [&request](const std::string &name) -> std::optional<std::string> {
        if (!request.has(name))
            return std::nullopt;
        return request.get(name);
    };
    auto token = WebCookies::read(request, WebCookies::kSession);
    if (token && token->rfind(kSessionPrefix, 0) == 0) {
        try {
            visitor.actor = m_services.auth.authenticate(*token);
            visitor.sessionToken = *token;
        } catch (const ApiError &e) {
            if (e.code() != ErrorCode::Unauthenticated)
                throw;
            m_clearSession = true; // signed out elsewhere, expired or revoked
        }
    } else if (token) {
        m_clearSession = true;
    }
    if (visitor.actor)
        m_services.throttle.admitUser(visitor.actor->userId);

    LanguageChoice choice(m_services.translations.languages());
    std::optional<std::string> chosen;
    if (auto asked = query.find("lang"); asked != query.end())
        chosen = m_chosenLanguage = choice.supportedFor(asked->second);
    if (!chosen)
        chosen = WebCookies::read(request, WebCookies::kLanguage);
    visitor.language = choice.choose(chosen, visitor.actor ? visitor.actor->language : std::nullopt,
                                     request.get("Accept-Language", ""));
    return visitor;
}

std::string WebRequestHandler::formBinding(const Poco::Net::HTTPServerRequest &request, const Visitor &visitor)
{
    if (visitor.actor)
        return visitor.sessionToken;
    if (auto form = WebCookies::read(request, WebCookies::kForm); form && form->size() >= 32)
        return *form;
    m_newForm = domain::passwords::newToken("hdf_");
    return *m_newForm;
}

mstch::map WebRequestHandler::layoutValues(const Visitor &visitor, const std::string &path, const Fields &query) const
{
    const auto &translations = m_services.translations;
    mstch::map texts;
    for (const auto &[key, text] : translations.catalog(visitor.language))
        texts.emplace(key, text);
    mstch::array languages;
    for (const auto &code : translations.languages())
        languages.emplace_back(mstch::map{{"code", code},
                                          {"name", translations.text(code, "language_name")},
                                          {"href", withLanguage(path, query, code)},
                                          {"current", code == visitor.language}});
    mstch::map values{{"t", texts},     {"lang", visitor.language}, {"css", StaticFiles::urlOf("helpdesk.css")},
                      {"csrf", m_csrf}, {"languages", languages},   {"signed_in", visitor.actor.has_value()}};
    if (visitor.actor)
        values.emplace("user_name", visitor.actor->name.empty() ? visitor.actor->email : visitor.actor->name);
    return values;
}

void WebRequestHandler::send(Poco::Net::HTTPServerResponse &response, PageReply reply, const Visitor &visitor,
                             const std::string &path, const Fields &query)
{
    SecurityHeaders::apply(response, true, reply.frameAncestors);
    if (reply.retryAfterSeconds > 0)
        response.set("Retry-After", std::to_string(reply.retryAfterSeconds));
    if (reply.startSession) {
        // One browser, one session: the one it had ends (it may be another account's).
        if (!visitor.sessionToken.empty())
            m_services.auth.logout(visitor.sessionToken);
        WebCookies::set(response, WebCookies::kSession, *reply.startSession, m_secure);
    } else if (reply.endSession || m_clearSession) {
        WebCookies::set(response, WebCookies::kSession, "", m_secure, 0);
    }
    if (m_newForm)
        WebCookies::set(response, WebCookies::kForm, *m_newForm, m_secure);
    if (m_chosenLanguage)
        WebCookies::set(response, WebCookies::kLanguage, *m_chosenLanguage, m_secure, kLanguageCookieSeconds);
    response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(reply.status));
    if (reply.download) {
        // Saved, never shown: a file a customer sent must not run as a page of ours.
        response.setContentType("application/octet-stream");
        response.set("Content-Disposition", attachmentDisposition(reply.download->filename));
        response.setContentLength(static_cast<std::streamsize>(reply.download->content.size()));
        response.send().write(reply.download->content.data(),
                              static_cast<std::streamsize>(reply.download->content.size()));
        return;
    }
    if (!reply.redirectTo.empty()) {
        response.set("Location", reply.redirectTo);
        response.setContentLength(0);
        response.send();
        return;
    }
    auto values = layoutValues(visitor, path, query);
    for (auto &[name, value] : reply.values)
        values[name] = std::move(value);
    values["title"] = m_services.translations.text(visitor.language, reply.titleKey);
    auto html = m_services.renderer.render(reply.page, values);
    response.setContentType("text/html; charset=utf-8");
    response.setContentLength(static_cast<std::streamsize>(html.size()));
    response.send() << html;
}

void WebRequestHandler::sendStatic(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response,
                                   const std::string &path)
{
    auto file = StaticFiles::find(path);
    const auto &verb = request.getMethod();
    if (!file || (verb != Poco::Net::HTTPRequest::HTTP_GET && verb != Poco::Net::HTTPRequest::HTTP_HEAD)) {
        SecurityHeaders::apply(response, false);
        response.setStatus(file ? Poco::Net::HTTPResponse::HTTP_METHOD_NOT_ALLOWED
                                : Poco::Net::HTTPResponse::HTTP_NOT_FOUND);
        response.setContentLength(0);
        response.send();
        return;
    }
    SecurityHeaders::apply(response, false);
    response.set("Cache-Control", StaticFiles::kCacheControl);
    response.setContentType(file->contentType);
    response.setContentLength(static_cast<std::streamsize>(file->content.size()));
    auto &out = response.send();
    if (verb == Poco::Net::HTTPRequest::HTTP_GET)
        out.write(file->content.data(), static_cast<std::streamsize>(file->content.size()));
}

} // namespace helpdesk::web
