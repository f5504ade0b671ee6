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
#include <Poco/Net/NetException.h>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::api {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.ws");
}

constexpr int kIdleTimeoutSeconds = 90;  // clients ping every 30 s
constexpr int kSendTimeoutSeconds = 5;   // a client that cannot take events for this long is dropped

std::string errorText(const std::string &id, const ApiError &error)
{
    protocol::Response response;
    response.id = id;
    response.error = protocol::ErrorBody{protocol::errorCodeName(error.code()), error.what(), error.field()};
    return protocol::toJsonText(response.toJson());
}
} // namespace

WebSocketSession::WebSocketSession(ApiDispatcher &dispatcher, Poco::Net::WebSocket socket, std::size_t maxMessage)
    : m_dispatcher(dispatcher), m_socket(std::move(socket)), m_maxMessage(maxMessage)
{
    m_socket.setReceiveTimeout(Poco::Timespan(kIdleTimeoutSeconds, 0));
    m_socket.setSendTimeout(Poco::Timespan(kSendTimeoutSeconds, 0));
    m_socket.setMaxPayloadSize(static_cast<int>(maxMessage));
    m_socket.setNoDelay(true);
}

WebSocketSession::~WebSocketSession() = default;

bool WebSocketSession::sendText(const std::string &text)
{
    if (!m_open)
        return false;
    std::lock_guard lock(m_sendMutex);
    try {
        m_socket.sendFrame(text.data(), static_cast<int>(text.size()), Poco::Net::WebSocket::FRAME_TEXT);
        return true;
    } catch (const Poco::Exception &e) {
        logger().information("dropping a WebSocket session: %s", e.displayText());
        m_open = false;
        return false;
    }
}

void WebSocketSession::run()
{
    Poco::Buffer<char> buffer(0);
    bool greeted = false;
    try {
        while (m_open) {
            int flags = 0;
            buffer.resize(0);
            int n = 0;
            try {
                n = m_socket.receiveFrame(buffer, flags);
            } catch (const Poco::TimeoutException &) {
                logger().information("closing an idle WebSocket session");
                break;
            } catch (const Poco::Net::WebSocketException &e) {
                if (e.code() == Poco::Net::WebSocket::WS_ERR_PAYLOAD_TOO_BIG) {
                    sendText(errorText("", ApiError(ErrorCode::PayloadTooLarge, "the message exceeds the limit of "
                                                                                     + std::to_string(m_maxMessage) + " bytes")));
                    m_socket.shutdown(Poco::Net::WebSocket::WS_PAYLOAD_TOO_BIG, "message too big");
                }
                break;
            }
            int opcode = flags & Poco::Net::WebSocket::FRAME_OP_BITMASK;
            if (n == 0 && flags == 0)
                break;  // peer closed the TCP connection
            if (opcode == Poco::Net::WebSocket::FRAME_OP_CLOSE)
                break;
            if (opcode == Poco::Net::WebSocket::FRAME_OP_PING) {
                std::lock_guard lock(m_sendMutex);
                m_socket.sendFrame(buffer.begin(), n, static_cast<int>(Poco::Net::WebSocket::FRAME_FLAG_FIN) | static_cast<int>(Poco::Net::WebSocket::FRAME_OP_PONG));
                continue;
            }
            if (opcode != Poco::Net::WebSocket::FRAME_OP_TEXT)
                continue;
            std::string text(buffer.begin(), static_cast<std::size_t>(n));
            if (!greeted) {
                if (!handshake(text))
                    break;
                greeted = true;
                continue;
            }
            handleRequest(text);
        }
    } catch (const std::exception &e) {
        logger().information("WebSocket session ended: %s", std::string(e.what()));
    }
    m_open = false;
    m_dispatcher.feed().unsubscribe(this);
    leaveTicket();
    try {
        m_socket.close();
    } catch (...) {
    }
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
        auto actor = m_dispatcher.auth().authenticate(token);
        {
            std::lock_guard lock(m_actorMutex);
            m_actor = actor;
            m_token = token;
        }
        auto hello = protocol::newObject();
        hello->set("type", "hello");
        hello->set("protocol_version", protocol::kProtocolVersion);
        hello->set("server_version", "0.1.0");
        hello->set("user_id", actor.userId);
        hello->set("role", protocol::roleName(actor.role));
        hello->set("watermark", m_dispatcher.feed().watermark());
        hello->set("database_available", m_dispatcher.feed().databaseAvailable());
        return sendText(protocol::toJsonText(hello));
    } catch (const ApiError &e) {
        sendText(errorText("hello", e));
        m_socket.shutdown(Poco::Net::WebSocket::WS_POLICY_VIOLATION, e.what());
        return false;
    }
}

void WebSocketSession::refreshActor()
{
    if (!m_actorStale.exchange(false))
        return;
    std::int64_t userId;
    {
        std::lock_guard lock(m_actorMutex);
        userId = m_actor->userId;
    }
    auto fresh = m_dispatcher.auth().reload(userId);
    std::lock_guard lock(m_actorMutex);
    if (fresh)
        m_actor = fresh;
    else
        m_open = false;  // deactivated: the session ends
}

void WebSocketSession::handleRequest(const std::string &text)
{
    std::string id;
    try {
        auto object = protocol::parseJsonObject(text);
        if (object->has("id") && object->get("id").isString())
            id = object->getValue<std::string>("id");
        auto request = protocol::Request::fromJson(object);
        refreshActor();
        CallContext context;
        {
            std::lock_guard lock(m_actorMutex);
            context.actor = m_actor;
            context.token = m_token;
        }
        context.idempotencyKey = request.idempotencyKey;
        if (request.method == "presence.set") {
            setPresence(request.params);
            protocol::Response response;
            response.id = request.id;
            response.result = protocol::newObject();
            sendText(protocol::toJsonText(response.toJson()));
            return;
        }
        if (request.method == "event.subscribe") {
            protocol::JsonReader r(request.params, "params");
            auto after = r.optInt("after").value_or(0);
            r.finish();
            protocol::Response response;
            response.id = request.id;
            response.result = protocol::newObject();
            response.result->set("watermark", m_dispatcher.feed().watermark());
            sendText(protocol::toJsonText(response.toJson()));
            if (!m_subscribed.exchange(true)) {
                m_lastSeq = after;
                m_dispatcher.feed().subscribe(shared_from_this(), after);
            }
            return;
        }
        protocol::Response response;
        response.id = request.id;
        response.result = m_dispatcher.call(request.method, request.params, context);
        sendText(protocol::toJsonText(response.toJson()));
    } catch (const ApiError &e) {
        sendText(errorText(id, e));
    } catch (const std::exception &e) {
        logger().error("request failed: %s", std::string(e.what()));
        sendText(errorText(id, ApiError(ErrorCode::Internal, "internal error; see the server log")));
    }
}

std::string WebSocketSession::sessionTag() const
{
    return std::to_string(reinterpret_cast<std::uintptr_t>(this));
}

void WebSocketSession::setPresence(const protocol::JsonObject &params)
{
    protocol::JsonReader r(params, "params");
    auto ticketId = r.requireInt("ticket_id");
    auto activity = r.optString("activity").value_or("viewing");
    r.finish();
    if (activity != "viewing" && activity != "replying" && activity != "left")
        throw ApiError(ErrorCode::ValidationFailed, "activity must be viewing, replying or left", "activity");
    std::optional<domain::Actor> actor;
    {
        std::lock_guard lock(m_actorMutex);
        actor = m_actor;
    }
    if (!actor || !actor->isStaff())
        throw ApiError(ErrorCode::Forbidden, "only staff share their presence on tickets");
    // Moving to another ticket leaves the previous one.
    if (m_presenceTicket && *m_presenceTicket != ticketId)
        leaveTicket();
    m_dispatcher.pool().write([&](db::Tx &tx) {
        auto ticket = domain::TicketService::get(tx, *actor, ticketId);  // 404 unless readable
        domain::PresenceNotice notice;
        notice.ticketId = ticket.id;
        notice.groupId = ticket.groupId;
        notice.customerId = ticket.customerId;
        notice.organizationId = ticket.organizationId;
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
    if (!actor || !actor->isStaff()
        || !domain::permissions::canReadTicket(*actor, {notice.groupId, notice.customerId, notice.organizationId}))
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
    {
        std::lock_guard lock(m_actorMutex);
        actor = m_actor;
    }
    std::string frame = "{\"type\":\"events\",\"events\":[";
    bool any = false;
    for (const auto &event : batch) {
        const auto &row = event->row;
        if (row.event.seq <= m_lastSeq)
            continue;
        m_lastSeq = row.event.seq;
        if (row.event.kind == "user.access_changed" && row.userId && *row.userId == actor->userId)
            m_actorStale = true;
        if (!domain::permissions::canSeeEvent(*actor, row))
            continue;
        if (any)
            frame += ',';
        frame += event->json;
        any = true;
    }
    if (!any)
        return true;
    frame += "],\"last_seq\":" + std::to_string(m_lastSeq) + "}";
    return sendText(frame);
}

void WebSocketSession::databaseAvailability(bool available)
{
    auto status = protocol::newObject();
    status->set("type", "status");
    status->set("database_available", available);
    sendText(protocol::toJsonText(status));
}

WebSocketRequestHandler::WebSocketRequestHandler(ApiDispatcher &dispatcher, std::size_t maxMessage)
    : m_dispatcher(dispatcher), m_maxMessage(maxMessage)
{
}

void WebSocketRequestHandler::handleRequest(Poco::Net::HTTPServerRequest &request,
                                            Poco::Net::HTTPServerResponse &response)
{
    try {
        Poco::Net::WebSocket socket(request, response);
        auto session = std::make_shared<WebSocketSession>(m_dispatcher, std::move(socket), m_maxMessage);
        session->run();
    } catch (const Poco::Net::WebSocketException &e) {
        if (!response.sent())
            sendError(response, ApiError(ErrorCode::BadRequest, "not a WebSocket upgrade: " + e.message()));
    }
}

} // namespace helpdesk::api
