#pragma once

#include "api/ApiDispatcher.h"
#include "api/WebSocketHub.h"
#include "domain/EventFeed.h"

#include <Poco/Net/HTTPRequestHandler.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace helpdesk::api {

/// One agent's WebSocket: a hello handshake (protocol version and token), then requests with ids
/// answered in order, and pushed event batches after `event.subscribe`. Requests run on the hub's
/// workers (one at a time per session); events are queued from the feed's thread and never block it.
class WebSocketSession : public WebSocketHandler,
                         public domain::EventSubscriber,
                         public std::enable_shared_from_this<WebSocketSession>
{
public:
    WebSocketSession(ApiDispatcher &dispatcher, std::weak_ptr<WebSocketConnection> connection);
    ~WebSocketSession() override;

    void onText(const std::string &text) override;
    void onClosed() override;

    bool deliverEvents(const domain::FeedBatch &batch) override;
    void databaseAvailability(bool available) override;
    void deliverPresence(const domain::PresenceNotice &notice) override;

    /// The JSON error sent before a connection is closed for a framing error (e.g. too big).
    static std::string refusalText(std::uint16_t code, const std::string &reason);

private:
    bool handshake(const std::string &text);
    void handleRequest(const std::string &text);
    bool sendText(const std::string &text);
    void refreshActor();
    /// `presence.set {ticket_id, activity}`: tells the other agents who may read the ticket.
    void setPresence(const protocol::JsonObject &params);
    /// Withdraws this session's presence (another ticket opened, or the session ends).
    void leaveTicket();
    std::string sessionTag() const;

    ApiDispatcher &m_dispatcher;
    std::weak_ptr<WebSocketConnection> m_connection;
    bool m_greeted = false;  // touched only by the session's own (serialized) requests
    std::mutex m_actorMutex;
    std::optional<domain::Actor> m_actor;
    std::string m_token;
    std::atomic<bool> m_open{true};
    std::atomic<bool> m_subscribed{false};
    std::atomic<bool> m_actorStale{false};
    std::int64_t m_lastSeq = 0;
    std::optional<std::int64_t> m_presenceTicket;  // touched only by the session's own thread
    domain::PresenceNotice m_presenceScope;  // touched only by whoever delivers (one at a time)
};

/// Upgrades `GET /api/v1/ws` (RFC 6455 handshake) and hands the socket to the hub; the pooled HTTP
/// thread is free again at once. Refuses with 429 when the address has too many sockets that have
/// not said hello yet.
class WebSocketRequestHandler : public Poco::Net::HTTPRequestHandler
{
public:
    explicit WebSocketRequestHandler(WebSocketHub &hub);
    void handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) override;

private:
    WebSocketHub &m_hub;
};

} // namespace helpdesk::api
