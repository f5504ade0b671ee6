#pragma once

#include "api/ApiDispatcher.h"
#include "domain/EventFeed.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/WebSocket.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace helpdesk::api {

/// One agent's WebSocket: a hello handshake (protocol version and token), then requests with ids
/// answered in order, and pushed event batches after `event.subscribe`. The receive loop runs in
/// the HTTP server's pooled thread; events are sent from the feed's thread, so every send takes
/// the session's send lock.
class WebSocketSession : public domain::EventSubscriber, public std::enable_shared_from_this<WebSocketSession>
{
public:
    WebSocketSession(ApiDispatcher &dispatcher, Poco::Net::WebSocket socket, std::size_t maxMessage);
    ~WebSocketSession() override;

    /// Runs until the peer closes or the connection fails. Pooled HTTP thread.
    void run();

    bool deliverEvents(const domain::FeedBatch &batch) override;
    void databaseAvailability(bool available) override;
    void deliverPresence(const domain::PresenceNotice &notice) override;

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
    Poco::Net::WebSocket m_socket;
    std::size_t m_maxMessage;
    std::mutex m_sendMutex;
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

/// Upgrades `GET /api/v1/ws` and runs a WebSocketSession in the calling thread.
class WebSocketRequestHandler : public Poco::Net::HTTPRequestHandler
{
public:
    WebSocketRequestHandler(ApiDispatcher &dispatcher, std::size_t maxMessage);
    void handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) override;

private:
    ApiDispatcher &m_dispatcher;
    std::size_t m_maxMessage;
};

} // namespace helpdesk::api
