#include "api/HttpApiHandler.h"

#include "domain/TicketService.h"
#include "domain/UploadQuota.h"
#include "jobs/JobQueue.h"
#include "mail/FaultInjection.h"
#include "mail/OversizedMail.h"
#include "protocol/Messages.h"
#include "protocol/ProtocolError.h"

#include <Poco/Logger.h>
#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/IPAddress.h>
#include <Poco/NumberParser.h>
#include <Poco/StreamCopier.h>
#include <Poco/String.h>
#include <Poco/StringTokenizer.h>
#include <Poco/URI.h>

#include <algorithm>
#include <re2/re2.h>

#include <set>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;
using helpdesk::protocol::JsonObject;

namespace helpdesk::api {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.http");
}

std::vector<std::string> splitPath(const std::string &path)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        auto end = path.find('/', start);
        if (end == std::string::npos)
            end = path.size();
        if (end > start)
            parts.push_back(path.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

/// Matches a path against a pattern; fills {name} segments.
bool matchRoute(const std::string &pattern, const std::vector<std::string> &path, std::map<std::string, std::string> &vars)
{
    auto parts = splitPath(pattern);
    if (parts.size() != path.size())
        return false;
    std::map<std::string, std::string> found;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (parts[i].size() > 2 && parts[i].front() == '{' && parts[i].back() == '}')
            found[parts[i].substr(1, parts[i].size() - 2)] = path[i];
        else if (parts[i] != path[i])
            return false;
    }
    vars = std::move(found);
    return true;
}

/// Query-string and path values become integers, booleans or strings by their look.
Poco::Dynamic::Var typedValue(const std::string &text)
{
    static const RE2 integer("-?[0-9]{1,18}");
    if (RE2::FullMatch(text, integer))
        return Poco::NumberParser::parse64(text);
    if (text == "true")
        return true;
    if (text == "false")
        return false;
    return text;
}

void sendJson(Poco::Net::HTTPServerResponse &response, int status, const JsonObject &body)
{
    auto text = protocol::toJsonText(body);
    response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
    response.setContentType("application/json; charset=utf-8");
    response.setContentLength(static_cast<std::streamsize>(text.size()));
    response.set("Cache-Control", "no-store");
    response.send() << text;
}
} // namespace

const std::vector<Route> &restRoutes()
{
    static const std::vector<Route> routes = [] {
        std::vector<Route> r{
            {"GET", "/api/v1/info", "server.info"},
            {"POST", "/api/v1/auth/login", "auth.login"},
            {"POST", "/api/v1/auth/logout", "auth.logout"},
            {"POST", "/api/v1/auth/password_reset", "auth.password_reset"},
            {"POST", "/api/v1/auth/set_password", "auth.set_password"},
            {"POST", "/api/v1/users/{id}/invite", "user.invite"},
            {"GET", "/api/v1/me", "auth.me"},
            {"GET", "/api/v1/tokens", "token.list"},
            {"POST", "/api/v1/tokens", "token.create"},
            {"DELETE", "/api/v1/tokens/{id}", "token.revoke"},
            {"GET", "/api/v1/tickets", "ticket.list"},
            {"POST", "/api/v1/tickets", "ticket.create"},
            {"GET", "/api/v1/tickets/{id}", "ticket.get"},
            {"PATCH", "/api/v1/tickets/{id}", "ticket.update"},
            {"POST", "/api/v1/tickets/{id}/merge", "ticket.merge"},
            {"GET", "/api/v1/tickets/{id}/links", "ticket.links"},
            {"POST", "/api/v1/tickets/{id}/links", "ticket.link"},
            {"GET", "/api/v1/tickets/{id}/history", "ticket.history"},
            {"GET", "/api/v1/tickets/{id}/rating", "ticket.rating"},
            {"PUT", "/api/v1/tickets/{id}/rating", "ticket.rate"},
            {"GET", "/api/v1/tickets/{id}/watchers", "ticket.watchers"},
            {"POST", "/api/v1/tickets/{id}/macros/{macro_id}", "ticket.apply_macro"},
            {"POST", "/api/v1/tickets/{id}/watchers", "ticket.watch"},
            {"DELETE", "/api/v1/tickets/{id}/watchers/{user_id}", "ticket.unwatch"},
            {"GET", "/api/v1/tickets/{ticket_id}/articles", "article.list"},
            {"POST", "/api/v1/tickets/{ticket_id}/articles", "article.create"},
            {"GET", "/api/v1/events", "event.list"},
            {"GET", "/api/v1/users", "user.list"},
            {"POST", "/api/v1/users", "user.create"},
            {"GET", "/api/v1/users/{id}", "user.get"},
            {"PATCH", "/api/v1/users/{id}", "user.update"},
            {"GET", "/api/v1/groups/{id}/members", "group.members"},
            {"PUT", "/api/v1/groups/{group_id}/members/{user_id}", "group.set_member"},
            {"GET", "/api/v1/tags", "tag.list"},
            {"POST", "/api/v1/tags/rename", "tag.rename"},
            {"POST", "/api/v1/tags/remove", "tag.remove"},
            {"GET", "/api/v1/audit", "audit.list"},
            {"GET", "/api/v1/dashboard/{panel}", "dashboard.panel"},
            {"GET", "/api/v1/jobs", "job.list"},
            {"GET", "/api/v1/mail/inbound", "mail.inbound_list"},
            {"GET", "/api/v1/mailboxes", "mailbox.list"},
            {"POST", "/api/v1/mailboxes", "mailbox.create"},
            {"PATCH", "/api/v1/mailboxes/{id}", "mailbox.update"},
            {"POST", "/api/v1/mailboxes/{id}/poll", "mailbox.poll"},
            {"POST", "/api/v1/mailboxes/{id}/test", "mailbox.test"},
            {"POST", "/api/v1/settings/mail/test", "mail.send_test"},
            {"GET", "/api/v1/mailboxes/{id}/runs", "mailbox.runs"},
            {"GET", "/api/v1/settings/mail", "mail.settings"},
            {"PATCH", "/api/v1/settings/mail", "mail.update_settings"},
            {"GET", "/api/v1/tickets/{id}/mail", "ticket.mail"},
            {"POST", "/api/v1/jobs/{id}/retry", "job.retry"},
        };
        const std::pair<const char *, const char *> kinds[] = {
            {"state", "states"}, {"priority", "priorities"}, {"type", "types"},
            {"group", "groups"}, {"organization", "organizations"}, {"custom_field", "custom_fields"}, {"text_module", "text_modules"}, {"calendar", "calendars"}, {"sla", "slas"}, {"trigger", "triggers"}, {"macro", "macros"}};
        for (const auto &[kind, plural] : kinds) {
            r.push_back({"GET", std::string("/api/v1/") + plural, std::string(kind) + ".list"});
            r.push_back({"POST", std::string("/api/v1/") + plural, std::string(kind) + ".create"});
            r.push_back({"PATCH", std::string("/api/v1/") + plural + "/{id}", std::string(kind) + ".update"});
        }
        return r;
    }();
    return routes;
}

std::string readBody(std::istream &in, std::streamsize contentLength, std::size_t limit)
{
    if (contentLength > 0 && static_cast<std::size_t>(contentLength) > limit) {
        // Read and drop a moderately oversized body so the client, still sending, gets our 413
        // instead of a reset connection; a huge one is cut off.
        constexpr std::streamsize kDrainLimit = 64 * 1024 * 1024;
        if (contentLength <= kDrainLimit)
            in.ignore(contentLength);
        throw ApiError(ErrorCode::PayloadTooLarge,
                       "the body has " + std::to_string(contentLength) + " bytes; the limit is " + std::to_string(limit));
    }
    std::string body;
    char buffer[65536];
    while (in) {
        in.read(buffer, sizeof buffer);
        body.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (body.size() > limit)
            throw ApiError(ErrorCode::PayloadTooLarge, "the body is larger than the limit of " + std::to_string(limit) + " bytes");
    }
    return body;
}

namespace {
/// A raw message as the mailgate sent it: whole within the limit; beyond it, only its head (for
/// the refusal record) and its size. The rest is read and dropped, so the sender hears our 413
/// instead of a reset connection (which it would take for a temporary failure).
struct InboundMailBody {
    std::string bytes;
    std::int64_t size = 0;
    bool overLimit = false;
};

InboundMailBody readInboundMail(std::istream &in, std::streamsize contentLength, std::size_t limit)
{
    constexpr std::int64_t kDrainLimit = 256LL * 1024 * 1024;
    InboundMailBody body;
    body.overLimit = contentLength > 0 && static_cast<std::size_t>(contentLength) > limit;
    char buffer[65536];
    while (in && body.size < kDrainLimit) {
        in.read(buffer, sizeof buffer);
        auto n = static_cast<std::size_t>(in.gcount());
        body.size += static_cast<std::int64_t>(n);
        const std::size_t keep = body.overLimit ? mail::OversizedMail::kHeaderKeep : limit + 1;
        if (body.bytes.size() < keep)
            body.bytes.append(buffer, std::min(n, keep - body.bytes.size()));
        if (!body.overLimit && body.bytes.size() > limit) {
            body.overLimit = true;
            body.bytes.resize(mail::OversizedMail::kHeaderKeep);
        }
    }
    body.size = std::max<std::int64_t>(body.size, contentLength);
    return body;
}
} // namespace

void sendError(Poco::Net::HTTPServerResponse &response, const ApiError &error)
{
    auto o = protocol::newObject();
    o->set("error", protocol::ErrorBody::of(error).toJson());
    if (error.retryAfterSeconds() > 0)
        response.set("Retry-After", std::to_string(error.retryAfterSeconds()));
    sendJson(response, error.httpStatus(), o);
}

std::string clientAddressOf(const Poco::Net::HTTPServerRequest &request, const std::vector<std::string> &trustedProxies)
{
    auto trusted = [&](const std::string &address) {
        return std::find(trustedProxies.begin(), trustedProxies.end(), address) != trustedProxies.end();
    };
    std::string peer = request.clientAddress().host().toString();
    if (!trusted(peer) || !request.has("X-Forwarded-For"))
        return peer;
    // Each proxy appends the address it heard from; the nearest untrusted one is the client
    // (anything further left was written by the client itself and proves nothing).
    Poco::StringTokenizer hops(request.get("X-Forwarded-For"), ",", Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    std::string client = peer;
    for (auto hop = hops.end(); hop != hops.begin();) {
        --hop;
        Poco::Net::IPAddress parsed;
        if (!Poco::Net::IPAddress::tryParse(*hop, parsed))
            break;
        client = parsed.toString();
        if (!trusted(client))
            break;
    }
    return client;
}

std::optional<std::string> bearerToken(const Poco::Net::HTTPServerRequest &request)
{
    if (!request.has("Authorization"))
        return std::nullopt;
    const auto &value = request.get("Authorization");
    const std::string prefix = "Bearer ";
    if (value.size() <= prefix.size() || value.compare(0, prefix.size(), prefix) != 0)
        return std::nullopt;
    return value.substr(prefix.size());
}

HttpApiHandler::HttpApiHandler(ApiDispatcher &dispatcher, const ApiLimits &limits)
    : m_dispatcher(dispatcher), m_limits(limits)
{
}

void HttpApiHandler::handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response)
{
    std::string method = "?";
    try {
        Poco::URI uri(request.getURI());
        auto path = splitPath(uri.getPath());
        CallContext context;
        context.clientAddress = clientAddressOf(request, m_limits.trustedProxies);
        db::StatementTimeout timeout(m_limits.statementTimeout);
        m_dispatcher.throttle().admitAddress(context.clientAddress);
        context.token = bearerToken(request);
        if (request.has("Idempotency-Key"))
            context.idempotencyKey = request.get("Idempotency-Key");
        auto authenticate = [&] {
            if (context.token)
                context.actor = m_dispatcher.auth().authenticate(*context.token);
        };
        // Routes outside the dispatcher count against the user's request rate here.
        auto authenticateAndAdmit = [&] {
            authenticate();
            if (context.actor)
                m_dispatcher.throttle().admitUser(context.actor->userId);
        };

        if (path.size() >= 3 && path[0] == "api" && path[1] == "v1" && path[2] == "attachments") {
            authenticateAndAdmit();
            if (path.size() == 3 && request.getMethod() == "POST")
                return handleAttachmentUpload(request, response, context);
            if (path.size() == 4 && request.getMethod() == "GET")
                return handleAttachmentDownload(path[3], response, context);
        }

        if (path.size() == 4 && path[0] == "api" && path[1] == "v1" && path[2] == "mail" && path[3] == "inbound"
            && request.getMethod() == "POST") {
            authenticateAndAdmit();
            return handleInboundMail(request, response, context);
        }

        std::map<std::string, std::string> vars;
        const Route *route = nullptr;
        bool pathKnown = false;
        for (const auto &r : restRoutes()) {
            if (matchRoute(r.pattern, path, vars)) {
                pathKnown = true;
                if (r.verb == request.getMethod()) {
                    route = &r;
                    break;
                }
            }
        }
        if (!route)
            throw ApiError(pathKnown ? ErrorCode::BadRequest : ErrorCode::NotFound,
                           pathKnown ? request.getMethod() + " is not allowed on " + uri.getPath()
                                     : "no API route " + uri.getPath());
        method = route->method;

        JsonObject params = protocol::newObject();
        if (request.getMethod() == "GET" || request.getMethod() == "DELETE") {
            // Free-text parameters stay text even when they look like numbers ("?query=10042").
            static const std::set<std::string> textKeys{"query", "state_type", "role", "state", "queue"};
            for (const auto &[key, value] : uri.getQueryParameters())
                params->set(key, textKeys.count(key) ? Poco::Dynamic::Var(value) : typedValue(value));
        } else {
            auto body = readBody(request.stream(), request.getContentLength(), m_limits.maxJsonBody);
            if (!body.empty())
                params = protocol::parseJsonObject(body);
        }
        for (const auto &[key, value] : vars) {
            auto typed = typedValue(value);
            if (params->has(key) && params->get(key).toString() != typed.toString())
                throw ApiError(ErrorCode::BadRequest, key + " in the body differs from the path", key);
            params->set(key, typed);
        }
        if (method == "group.set_member" && request.getMethod() == "PUT" && !params->has("access"))
            params->set("access", Poco::Dynamic::Var());

        if (method != "auth.login" && method != "server.info" && method != "auth.password_reset"
            && method != "auth.set_password")
            authenticate();
        auto result = m_dispatcher.call(method, params, context);
        int status = (request.getMethod() == "POST" && method.find(".create") != std::string::npos) ? 201 : 200;
        sendJson(response, status, result);
    } catch (const ApiError &e) {
        if (e.code() == ErrorCode::Internal || e.code() == ErrorCode::Unavailable)
            logger().warning("%s failed: %s", method, std::string(e.what()));
        // A refused caller reconnects before its next try; its body may not have been read.
        if (e.code() == ErrorCode::TooManyRequests)
            response.setKeepAlive(false);
        if (!response.sent())
            sendError(response, e);
    } catch (const std::exception &e) {
        logger().error("%s failed with an unexpected error: %s", method, std::string(e.what()));
        if (!response.sent())
            sendError(response, ApiError(ErrorCode::Internal, "internal error; see the server log"));
    }
}

void HttpApiHandler::handleAttachmentUpload(Poco::Net::HTTPServerRequest &request,
                                            Poco::Net::HTTPServerResponse &response, const CallContext &context)
{
    if (!context.actor)
        throw ApiError(ErrorCode::Unauthenticated, "sign in first");
    auto content = readBody(request.stream(), request.getContentLength(), m_limits.maxAttachment);
    if (content.empty())
        throw ApiError(ErrorCode::ValidationFailed, "the attachment is empty", "body");
    auto ref = m_dispatcher.pool().write([&](db::Tx &tx) {
        domain::UploadQuota(m_limits.uploadBytesPerUserPerDay).charge(tx, *context.actor, static_cast<std::int64_t>(content.size()));
        return domain::TicketService::storeAttachment(tx, *context.actor, content);
    });
    Poco::URI uri(request.getURI());
    for (const auto &[key, value] : uri.getQueryParameters())
        if (key == "filename")
            ref.filename = value;
    ref.contentType = request.getContentType().empty() ? "application/octet-stream" : request.getContentType();
    sendJson(response, 201, [&] {
        auto o = protocol::newObject();
        o->set("attachment", ref.toJson());
        return o;
    }());
}

void HttpApiHandler::handleInboundMail(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response,
                                       const CallContext &context)
{
    // The mailgate (or any script) hands over one raw message; it is stored before anything else.
    if (!context.actor)
        throw ApiError(ErrorCode::Unauthenticated, "sign in first");
    if (!context.actor->isAdmin())
        throw ApiError(ErrorCode::Forbidden, "delivering mail needs an administrator's API token");
    auto received = readInboundMail(request.stream(), request.getContentLength(), m_limits.maxInboundMail);
    const std::string &raw = received.bytes;
    if (raw.empty())
        throw ApiError(ErrorCode::ValidationFailed, "the message is empty", "body");
    mail::InboundOrigin origin;
    origin.source = "mailgate";
    Poco::URI uri(request.getURI());
    for (const auto &[key, value] : uri.getQueryParameters()) {
        if (key == "recipient")
            origin.envelopeRecipient = value;
        else if (key == "source" && (value == "mailgate" || value == "api"))
            origin.source = value;
        else
            throw ApiError(ErrorCode::BadRequest, "unknown field " + key, key);
    }
    // Stored raw first (committed); then interpreted right away, so the MTA's delivery is one round
    // trip and no job hand-over sits on the path. If interpreting fails (database gone), the
    // queued job retries within a minute and the MTA still hears "accepted". The interpretation
    // is an attempt of that job (its key is InboundProcessor::store's), counted before it runs:
    // a message that crashes the server is quarantined after a few deliveries, not retried forever.
    // Over a size limit the message is refused, never truncated: its headers and the reason are
    // recorded, and 413 makes the mailgate fail permanently, so the MTA bounces it to its sender.
    auto result = received.overLimit ? m_dispatcher.pool().write([&](db::Tx &tx) {
        return mail::OversizedMail::refuse(tx, mail::OversizedMail::headerBlock(raw), received.size,
                                           static_cast<std::int64_t>(m_limits.maxInboundMail), origin);
    })
                                     : m_dispatcher.inbound().store(raw, origin, 60);
    if (result.state == "refused")
        throw ApiError(ErrorCode::PayloadTooLarge, result.error + " (inbound " + std::to_string(result.inboundId) + ")");
    if (result.state == "pending") {
        auto interpret = [&] {
            mail::faults::crashIfMarked(raw);
            result = m_dispatcher.inbound().process(result.inboundId);
        };
        try {
            if (auto *jobs = m_dispatcher.jobQueue())
                jobs->runNow(mail::InboundProcessor::jobKey(result.inboundId), interpret);  // false: another worker has it
            else
                interpret();
        } catch (const std::exception &e) {
            Poco::Logger::get("helpdesk.server.mail")
                .warning("inbound %s stored, interpretation deferred: %s", std::to_string(result.inboundId), std::string(e.what()));
        }
    }
    auto body = protocol::newObject();
    body->set("inbound_id", result.inboundId);
    body->set("state", result.state);
    if (!result.error.empty())
        body->set("error", result.error);
    sendJson(response, 202, body);
}

void HttpApiHandler::handleAttachmentDownload(const std::string &sha256, Poco::Net::HTTPServerResponse &response,
                                              const CallContext &context)
{
    if (!context.actor)
        throw ApiError(ErrorCode::Unauthenticated, "sign in first");
    auto content = m_dispatcher.pool().read(
        [&](db::Tx &tx) { return domain::TicketService::attachmentContent(tx, *context.actor, sha256); });
    response.setStatus(Poco::Net::HTTPResponse::HTTP_OK);
    response.setContentType("application/octet-stream");
    response.set("Content-Disposition", "attachment");
    response.set("X-Content-Type-Options", "nosniff");
    response.setContentLength(static_cast<std::streamsize>(content.size()));
    response.send().write(content.data(), static_cast<std::streamsize>(content.size()));
}

} // namespace helpdesk::api
