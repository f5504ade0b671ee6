#pragma once

#include "api/ApiDispatcher.h"
#include "api/RateLimiter.h"
#include "api/SessionRegistry.h"
#include "api/WebSocketHub.h"
#include "domain/EventFeed.h"

#include <Poco/Net/HTTPRequestHandler.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>

namespace helpdesk::api {

/// One agent's WebSocket: a hello handshake (protocol version and token), then requests with ids
/// answered in order, and pushed event batches after `event.subscribe`. Requests run on the hub's
/// workers (one at a time per session); events are queued from the feed's thread and never block it.
/// It follows its account: told of a change (SessionRegistry), it checks its token and rights at
/// once, closes for a new sign-in when they are gone or the role changed, and otherwise judges
/// what it sends with the new rights.
class WebSocketSession : public WebSocketHandler,
                         public domain::EventSubscriber,
                         public SessionControl,
                         public AccountFollower,
                         public std::enable_shared_from_this<WebSocketSession>
{
public:
    WebSocketSession(ApiDispatcher &dispatcher, std::weak_ptr<WebSocketConnection> connection,
                     SessionRegistry &sessions);
    ~WebSocketSession() override;

    void onText(const std::string &text) override;
    void onClosed() override;

    bool deliverEvents(const domain::FeedBatch &batch) override;
    void databaseAvailability(bool available) override;
    void deliverPresence(const domain::PresenceNotice &notice) override;

    std::int64_t subscribeAfterReply(std::int64_t after) override;
    /// Tells the other agents who may read the ticket; moving to another ticket leaves the previous one.
    void setPresence(std::int64_t ticketId, const std::string &activity) override;

    /// Checks the token and rights again on a worker, in the session's turn.
    void accountChanged() override;

    /// The JSON error sent before a connection is closed for a framing error (e.g. too big).
    static std::string refusalText(std::uint16_t code, const std::string &reason);

private:
    bool handshake(const std::string &text);
    void handleRequest(const std::string &text);
    bool sendText(const std::string &text);
    /// Checks the token and rights again (revoked, signed out, deactivated, new password: closed;
    /// another role: closed; other groups: the session goes on with them); false when closed.
    /// `strict`: also closes when the database cannot say now (rights known to be stale).
    bool revalidate(bool strict = false);
    /// Has revalidate() run on a worker soon, unless it is already waiting to.
    void postRevalidation();
    /// Closes the session so the client signs in again and resumes with its new rights.
    void closeForNewSignIn(const std::string &why);
    /// Withdraws this session's presence (another ticket opened, or the session ends).
    void leaveTicket();
    std::string sessionTag() const;

    ApiDispatcher &m_dispatcher;
    std::weak_ptr<WebSocketConnection> m_connection;
    SessionRegistry &m_sessions;
    std::optional<std::int64_t> m_registeredUser; // set by the hello; the session's own thread
    bool m_greeted = false;                       // touched only by the session's own (serialized) requests
    std::mutex m_actorMutex;
    std::optional<domain::Actor> m_actor;
    std::string m_token;
    std::atomic<bool> m_open{true};
    std::atomic<bool> m_subscribed{false};
    std::atomic<bool> m_revalidationPosted{false};
    std::chrono::steady_clock::time_point m_validatedAt; // guarded by m_actorMutex
    std::int64_t m_rightsAsOfSeq = 0; // account events up to here are in m_actor; guarded by m_actorMutex
    const std::string m_tag;          // tells this session's presence from any other, on any instance
    std::int64_t m_lastSeq = 0;
    std::optional<std::int64_t> m_subscribeAfter; // asked for by the request being answered; its own thread
    std::optional<std::int64_t> m_presenceTicket; // touched only by the session's own thread
    RateLimiter m_presenceUpdates;                // presence.set calls of this session
    domain::PresenceNotice m_presenceScope;       // touched only by whoever delivers (one at a time)
};

/// Upgrades `GET /api/v1/ws` (RFC 6455 handshake) and hands the socket to the hub; the pooled HTTP
/// thread is free again at once. Refuses with 429 when the address has too many sockets that have
/// not said hello yet.
class WebSocketRequestHandler : public Poco::Net::HTTPRequestHandler
{
public:
    WebSocketRequestHandler(WebSocketHub &hub, const std::vector<std::string> &trustedProxies);
    void handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) override;

private:
    WebSocketHub &m_hub;
    const std::vector<std::string> &m_trustedProxies;
};

} // namespace helpdesk::api
