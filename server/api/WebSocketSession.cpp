#include "api/WebSocketSession.h"

#include "api/HttpApiHandler.h"
#include "domain/Permissions.h"
#include "domain/TicketService.h"
#include "protocol/Messages.h"
#include "protocol/ProtocolError.h"

#include <Poco/Buffer.h>
#include <Poco/Logger.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Base64Encoder.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerSession.h>
#include <Poco/SHA1Engine.h>
#include <Poco/String.h>

#include <algorithm>
#include <random>
#include <sstream>
#include <utility>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::api {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.ws");
}

// A token is checked again at least this often while the session is used (a revoked token or a
// sign-out elsewhere reaches open sessions within this time).
constexpr auto kRevalidateAfter = std::chrono::seconds(60);
// Events go out in frames of about this size, so a backlog is never one huge frame.
constexpr std::size_t kEventFrameBytes = std::size_t{256} * 1024;

std::string randomTag()
{
    std::random_device random;
    return std::to_string(random()) + "-" + std::to_string(random());
}

std::string errorText(const std::string &id, const ApiError &error)
{
    protocol::Response response;
    response.id = id;
    response.error = protocol::ErrorBody::of(error); // with retry_after when the error has one
    return protocol::toJsonText(response.toJson());
}
} // namespace

WebSocketSession::WebSocketSession(ApiDispatcher &dispatcher, std::weak_ptr<WebSocketConnection> connection,
                                   SessionRegistry &sessions)
    : m_dispatcher(dispatcher), m_connection(std::move(connection)), m_sessions(sessions), m_tag(randomTag()),
      m_presenceUpdates(dispatcher.limits().presenceUpdatesPerSecondPerSession,
                        dispatcher.limits().presenceUpdateBurstPerSession, 1)
{
}

WebSocketSession::~WebSocketSession() = default;

std::string WebSocketSession::refusalText(std::uint16_t code, const std::string &reason)
{
    auto error = code == websocket::closeCode::TooBig ? ApiError(ErrorCode::PayloadTooLarge, reason)
                                                      : ApiError(ErrorCode::BadRequest, reason);
    return errorText("", error);
}

bool WebSocketSession::sendText(const std::string &text)
{
    if (!m_open)
        return false;
    auto connection = m_connection.lock();
    if (!connection || !connection->sendText(text)) {
        m_open = false;
        return false;
    }
    return true;
}

void WebSocketSession::onText(const std::string &text)
{
    if (!m_open)
        return;
    if (m_greeted) {
        handleRequest(text);
        return;
    }
    m_greeted = handshake(text);
    if (!m_greeted)
        m_open = false;
}

void WebSocketSession::onClosed()
{
    m_open = false;
    m_dispatcher.feed().unsubscribe(this);
    if (m_registeredUser)
        m_sessions.remove(*m_registeredUser, this);
    leaveTicket();
}

bool WebSocketSession::handshake(const std::string &text)
{
    try {
        auto object = protocol::parseJsonObject(text);
        protocol::JsonReader r(object);
        if (r.requireString("type") != "hello")
            throw ApiError(ErrorCode::BadRequest, "the first message must be a hello", "type");
        auto version = r.requireInt("protocol_version");
        auto token = r.requireString("token");
        r.optString("client");
        r.finish();
        auto mismatch = protocol::checkProtocolVersion(protocol::kProtocolVersion, protocol::kMinimumProtocolVersion,
                                                       static_cast<int>(version), "client");
        if (!mismatch.empty())
            throw ApiError(ErrorCode::ProtocolVersion, mismatch, "protocol_version");
        const auto rightsAsOf =
            m_dispatcher.feed().watermark(); // read first: later changes may be missed, not earlier ones
        const auto noticesBefore = m_sessions.noticesSoFar();
        auto actor = m_dispatcher.auth().authenticate(token);
        {
            std::lock_guard lock(m_actorMutex);
            m_actor = actor;
            m_token = token;
            m_validatedAt = std::chrono::steady_clock::now();
            m_rightsAsOfSeq = rightsAsOf;
        }
        // Told of account changes from now on; a notice heard since authenticate() began may
        // have been about this account, so the session checks once more (rare).
        m_registeredUser = actor.userId;
        m_sessions.add(actor.userId, shared_from_this());
        const bool checkAgain = m_sessions.noticesSoFar() != noticesBefore;
        auto hello = protocol::newObject();
        hello->set("type", "hello");
        hello->set("protocol_version", protocol::kProtocolVersion);
        hello->set("server_version", "0.1.0");
        hello->set("user_id", actor.userId);
        hello->set("role", protocol::roleName(actor.role));
        hello->set("watermark", m_dispatcher.feed().watermark());
        hello->set("database_available", m_dispatcher.feed().databaseAvailable());
        if (auto connection = m_connection.lock())
            connection->markAuthenticated();
        if (!sendText(protocol::toJsonText(hello)))
            return false;
        return !checkAgain || revalidate();
    } catch (const ApiError &e) {
        sendText(errorText("hello", e));
        if (auto connection = m_connection.lock())
            connection->close(websocket::closeCode::PolicyViolation, e.what());
        return false;
    } catch (const std::exception &e) {
        logger().warning("hello failed: %s", std::string(e.what()));
        sendText(
            errorText("hello", ApiError(ErrorCode::Unavailable, "the server cannot check sign-ins now; try again")));
        if (auto connection = m_connection.lock())
            connection->close(websocket::closeCode::ServerError, "try again");
        return false;
    }
}

bool WebSocketSession::revalidate(bool strict)
{
    std::string token;
    protocol::Role role{};
    {
        std::lock_guard lock(m_actorMutex);
        token = m_token;
        role = m_actor->role;
    }
    try {
        const auto rightsAsOf = m_dispatcher.feed().watermark();
        auto fresh = m_dispatcher.auth().authenticate(token);
        if (fresh.role != role) {
            // What the client may do, and shows, depends on the role: it starts over.
            closeForNewSignIn("your role changed: sign in again");
            return false;
        }
        std::lock_guard lock(m_actorMutex);
        m_actor = fresh; // other groups or organization: what follows is judged with them
        m_validatedAt = std::chrono::steady_clock::now();
        m_rightsAsOfSeq = std::max(m_rightsAsOfSeq, rightsAsOf);
        return true;
    } catch (const ApiError &e) {
        if (e.code() == ErrorCode::Unauthenticated || e.code() == ErrorCode::Forbidden) {
            closeForNewSignIn(e.what());
            return false;
        }
        if (strict)
            closeForNewSignIn("your account changed: sign in again");
        return !strict; // the database cannot say now: checked again with the next request
    } catch (const std::exception &) {
        if (strict)
            closeForNewSignIn("your account changed: sign in again");
        return !strict;
    }
}

void WebSocketSession::postRevalidation()
{
    if (!m_open || m_revalidationPosted.exchange(true))
        return;
    if (auto connection = m_connection.lock())
        connection->post([self = shared_from_this()] {
            // Cleared first: a notice arriving while this check runs gets a check of its own.
            self->m_revalidationPosted = false;
            if (self->m_open)
                self->revalidate();
        });
}

void WebSocketSession::accountChanged()
{
    postRevalidation();
}

void WebSocketSession::closeForNewSignIn(const std::string &why)
{
    m_open = false; // requests still queued are not run with the old rights
    if (auto connection = m_connection.lock())
        connection->close(websocket::closeCode::SignInAgain, why);
}

void WebSocketSession::handleRequest(const std::string &text)
{
    std::string id;
    try {
        auto object = protocol::parseJsonObject(text);
        if (object->has("id") && object->get("id").isString())
            id = object->getValue<std::string>("id");
        auto request = protocol::Request::fromJson(object);
        bool due;
        {
            std::lock_guard lock(m_actorMutex);
            due = std::chrono::steady_clock::now() - m_validatedAt > kRevalidateAfter;
        }
        if (due && !revalidate())
            return;
        CallContext context;
        {
            std::lock_guard lock(m_actorMutex);
            context.actor = m_actor;
            context.token = m_token;
        }
        if (auto connection = m_connection.lock())
            context.clientAddress = connection->peerHost();
        context.idempotencyKey = request.idempotencyKey;
        context.session = this;
        m_subscribeAfter.reset();
        protocol::Response response;
        response.id = request.id;
        response.result = m_dispatcher.call(request.method, request.params, context);
        sendText(protocol::toJsonText(response.toJson()));
        // The backlog follows the subscription's answer, never precedes it.
        if (auto after = std::exchange(m_subscribeAfter, std::nullopt); after && !m_subscribed.exchange(true)) {
            m_lastSeq = *after;
            m_dispatcher.feed().subscribe(shared_from_this(), *after);
        }
    } catch (const ApiError &e) {
        sendText(errorText(id, e));
    } catch (const std::exception &e) {
        logger().error("request failed: %s", std::string(e.what()));
        sendText(errorText(id, ApiError(ErrorCode::Internal, "internal error; see the server log")));
    }
}

std::string WebSocketSession::sessionTag() const
{
    return m_tag;
}

std::int64_t WebSocketSession::subscribeAfterReply(std::int64_t after)
{
    m_subscribeAfter = after;
    return m_dispatcher.feed().watermark();
}

void WebSocketSession::setPresence(std::int64_t ticketId, const std::string &activity)
{
    std::optional<domain::Actor> actor;
    {
        std::lock_guard lock(m_actorMutex);
        actor = m_actor;
    }
    // Each update is a write and a notification to every agent's session: a client looping on it is refused.
    if (auto wait = m_presenceUpdates.spend("presence"))
        throw ApiError::retryLater(ErrorCode::TooManyRequests,
                                   "too many presence updates; try again in " + std::to_string(*wait) + " s", *wait);
    // Moving to another ticket leaves the previous one.
    if (m_presenceTicket && *m_presenceTicket != ticketId)
        leaveTicket();
    m_dispatcher.pool().write([&](db::Tx &tx) {
        auto ticket = domain::TicketService::get(tx, *actor, ticketId); // 404 unless readable
        domain::PresenceNotice notice;
        notice.ticketId = ticket.id;
        notice.scope = domain::scopeOf(ticket);
        notice.userId = actor->userId;
        notice.name = actor->name;
        notice.activity = activity;
        notice.session = sessionTag();
        domain::EventFeed::publishPresence(tx, notice);
        m_presenceScope = notice;
    });
    m_presenceTicket = activity == "left" ? std::nullopt : std::optional<std::int64_t>(ticketId);
}

void WebSocketSession::leaveTicket()
{
    if (!m_presenceTicket)
        return;
    auto notice = m_presenceScope;
    notice.activity = "left";
    m_presenceTicket.reset();
    try {
        m_dispatcher.pool().write([&](db::Tx &tx) { domain::EventFeed::publishPresence(tx, notice); });
    } catch (const std::exception &e) {
        logger().information("presence not withdrawn: %s", std::string(e.what()));
    }
}

void WebSocketSession::deliverPresence(const domain::PresenceNotice &notice)
{
    if (!m_open || !m_subscribed || notice.session == sessionTag())
        return;
    std::optional<domain::Actor> actor;
    {
        std::lock_guard lock(m_actorMutex);
        actor = m_actor;
    }
    if (!actor || !actor->isStaff() || !domain::permissions::canReadTicket(*actor, notice.scope))
        return;
    auto message = protocol::newObject();
    message->set("type", "presence");
    message->set("ticket_id", notice.ticketId);
    message->set("user_id", notice.userId);
    message->set("name", notice.name);
    message->set("activity", notice.activity);
    sendText(protocol::toJsonText(message));
}

bool WebSocketSession::deliverEvents(const domain::FeedBatch &batch)
{
    if (!m_open)
        return false;
    std::optional<domain::Actor> actor;
    bool due;
    std::int64_t rightsAsOf;
    {
        std::lock_guard lock(m_actorMutex);
        actor = m_actor;
        due = std::chrono::steady_clock::now() - m_validatedAt > kRevalidateAfter;
        rightsAsOf = m_rightsAsOfSeq;
    }
    // A listener that sends nothing still has its token checked now and then (on a worker, not here).
    if (due)
        postRevalidation();
    const std::string head = "{\"type\":\"events\",\"events\":[";
    std::string frame = head;
    bool any = false;
    auto flush = [&] {
        frame += "],\"last_seq\":" + std::to_string(m_lastSeq) + "}";
        bool sent = sendText(frame);
        frame = head;
        any = false;
        return sent;
    };
    for (const auto &event : batch) {
        const auto &row = event->row;
        if (row.event.seq <= m_lastSeq)
            continue;
        m_lastSeq = row.event.seq;
        // The user's own rights changed: what follows must not be judged with the old ones.
        const bool ownAccountChanged = row.event.seq > rightsAsOf && row.userId && *row.userId == actor->userId &&
                                       (row.event.kind == "user.access_changed" || row.event.kind == "user.updated");
        if (domain::permissions::canSeeEvent(*actor, row)) {
            if (any)
                frame += ',';
            frame += event->textFor(*actor);
            any = true;
        }
        if (ownAccountChanged) {
            // Checked here, in the feed's order: the events after this one are judged with the
            // new rights (or not sent, when the session closes).
            if (any && !flush())
                return false;
            if (!revalidate(true))
                return false;
            std::lock_guard lock(m_actorMutex);
            actor = m_actor;
            rightsAsOf = m_rightsAsOfSeq;
        }
        if (frame.size() >= kEventFrameBytes && !flush())
            return false;
    }
    return !any || flush();
}

void WebSocketSession::databaseAvailability(bool available)
{
    auto status = protocol::newObject();
    status->set("type", "status");
    status->set("database_available", available);
    sendText(protocol::toJsonText(status));
}

WebSocketRequestHandler::WebSocketRequestHandler(WebSocketHub &hub, const std::vector<std::string> &trustedProxies)
    : m_hub(hub), m_trustedProxies(trustedProxies)
{
}

void WebSocketRequestHandler::handleRequest(Poco::Net::HTTPServerRequest &request,
                                            Poco::Net::HTTPServerResponse &response)
{
    const auto host = clientAddressOf(request, m_trustedProxies); // behind a proxy: the client's, not the proxy's
    const auto key = request.get("Sec-WebSocket-Key", "");
    if (request.getMethod() != Poco::Net::HTTPRequest::HTTP_GET || key.empty() ||
        request.get("Sec-WebSocket-Version", "") != "13" ||
        Poco::toLower(request.get("Connection", "")).find("upgrade") == std::string::npos) {
        response.set("Sec-WebSocket-Version", "13");
        sendError(response, ApiError(ErrorCode::BadRequest, "not a WebSocket upgrade (RFC 6455, version 13)"));
        return;
    }
    if (!m_hub.admits(host)) {
        response.set("Retry-After", std::to_string(m_hub.limits().helloTimeoutSeconds));
        response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_TOO_MANY_REQUESTS);
        response.setContentType("application/json");
        response.send()
            << R"({"error":{"code":"rate_limited","message":"too many connections from this address are waiting for their hello"}})";
        return;
    }
    // RFC 6455 §4.2.2: the accept value proves the server read the key.
    Poco::SHA1Engine sha1;
    sha1.update(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
    const auto digest = sha1.digest();
    std::ostringstream accept;
    {
        Poco::Base64Encoder base64(accept);
        base64.write(reinterpret_cast<const char *>(digest.data()), static_cast<std::streamsize>(digest.size()));
    }
    response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_SWITCHING_PROTOCOLS);
    response.set("Upgrade", "websocket");
    response.set("Connection", "Upgrade");
    response.set("Sec-WebSocket-Accept", accept.str());
    response.send().flush();
    auto &server = static_cast<Poco::Net::HTTPServerRequestImpl &>(request);
    Poco::Buffer<char> pending(0);
    server.session().drainBuffer(pending); // a hello the client sent right behind its upgrade request
    m_hub.adopt(server.detachSocket(), host, std::string(pending.begin(), pending.size()));
}

} // namespace helpdesk::api
