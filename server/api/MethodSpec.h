#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "domain/Scopes.h"
#include "protocol/Json.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace helpdesk::domain {
class AuthService;
class EventFeed;
} // namespace helpdesk::domain
namespace helpdesk::mail {
class InboundProcessor;
class MailboxPoller;
} // namespace helpdesk::mail
namespace helpdesk::jobs {
class JobQueue;
}

namespace helpdesk::api {

struct ApiLimits;
class RequestThrottle;

/// Who may call a method; checked before its handler runs. The domain service it calls may
/// narrow this per object (a ticket's group, a user's own profile).
enum class Access {
    Anyone,   // no session needed (sign-in, password links, server info)
    SignedIn, // any session or API token, customers too
    Staff,    // admins, supervisors and agents
    Admin,
};

/// The transaction a method's handler runs in.
enum class Transaction {
    Read,  // one read-only transaction
    Write, // one read-write transaction, which also keeps the answer under the caller's idempotency key
    None,  // none: its service opens its own, or it does network I/O that no transaction may wait for
};

/// The scope an API token needs for a method whose spec names none: nothing for what anyone may
/// call, `admin` for administrators' methods, `tickets:write` for a change, `tickets:read` otherwise.
constexpr domain::Scope defaultScope(Access access, Transaction transaction)
{
    if (access == Access::Anyone)
        return domain::Scope::None;
    if (access == Access::Admin)
        return domain::Scope::Admin;
    return transaction == Transaction::Write ? domain::Scope::TicketsWrite : domain::Scope::TicketsRead;
}

/// What a request or an answer carries beyond JSON (HTTP only).
enum class Payload {
    Json, // a JSON object (for GET and DELETE: the query parameters)
    File, // raw bytes: an upload within the attachment limit, or a download
    Mail, // a raw e-mail: whole within the inbound limit, else its head and its size
};

/// A request body that is not JSON, as the HTTP transport read it.
struct RawBody {
    std::string bytes;      // the whole body, or a message's head when it is over its limit
    std::int64_t size = 0;  // the full size as sent
    bool overLimit = false; // a Payload::Mail body past the inbound limit (a File one is refused with 413)
    std::string contentType;
};

/// The session a WebSocket request came on, for the methods that steer it.
class SessionControl
{
public:
    virtual ~SessionControl() = default;
    /// Starts pushing the events after seq `after` once the current answer went out (at most
    /// one subscription per session); returns the watermark.
    virtual std::int64_t subscribeAfterReply(std::int64_t after) = 0;
    /// Shares the caller's presence on a ticket with the other agents who may read it
    /// (`activity`: viewing, replying, left).
    virtual void setPresence(std::int64_t ticketId, const std::string &activity) = 0;
};

/// Who is calling, over which transport, with what guarantees.
struct CallContext {
    std::optional<domain::Actor> actor; // empty before sign-in
    std::optional<std::string> token;   // the bearer token used (for logout)
    std::optional<std::string> idempotencyKey;
    std::string clientAddress;         // for per-address limits
    SessionControl *session = nullptr; // set for requests on a WebSocket session
    /// What was called, for the integration log: the HTTP verb and path ("WS" and the method on
    /// a WebSocket session), and when the request arrived.
    std::string verb = "WS";
    std::string endpoint;
    std::chrono::steady_clock::time_point receivedAt = std::chrono::steady_clock::now();
    /// Reads a File or Mail request body (HTTP); called once the caller was admitted.
    std::function<RawBody(Payload)> readBody;
};

/// The services method handlers call; owned by the server, shared by every call. Any thread.
struct ApiServices {
    db::ConnectionPool &pool;
    domain::AuthService &auth;
    domain::EventFeed &feed;
    mail::InboundProcessor &inbound;
    mail::MailboxPoller *poller; // null where mail polling does not run
    jobs::JobQueue *jobs;        // null: mail delivered over HTTP is interpreted directly
    const ApiLimits &limits;
    RequestThrottle &throttle;
};

/// One call as a handler sees it.
struct MethodCall {
    const protocol::JsonObject &params;
    const CallContext &context;
    ApiServices &services;
    db::Tx *transaction = nullptr; // set for Transaction::Read and Write
    const RawBody *body = nullptr; // set for Payload::File and Mail requests

    /// The method's transaction.
    db::Tx &tx() const { return *transaction; }
    /// The signed-in caller (every method but the Access::Anyone ones has one).
    const domain::Actor &actor() const { return *context.actor; }
};

/// What a handler answers: a JSON object, or the bytes of a Payload::File answer.
struct Reply {
    Reply(protocol::JsonObject object)
        : json(std::move(object)) {} // NOLINT(google-explicit-constructor): handlers return JSON
    /// A file's bytes (a download).
    static Reply file(std::string bytes)
    {
        Reply reply{protocol::JsonObject()};
        reply.bytes = std::move(bytes);
        return reply;
    }
    /// A JSON answer with another status than the method's success status (an idempotent create
    /// that found its object: 200 instead of 201). HTTP only.
    static Reply withStatus(protocol::JsonObject object, int status)
    {
        Reply reply{std::move(object)};
        reply.status = status;
        return reply;
    }
    protocol::JsonObject json;
    std::string bytes;
    int status = 0; // 0: the method's success status
};

/// One API method, declared once: its name (the WebSocket method and the reference's entry),
/// its REST route, who may call it, its transaction, the scope an API token needs for it, its
/// success status and its handler (decode the parameters, call one service, encode the answer).
/// Grouped by area in server/api/*Methods.cpp.
struct MethodSpec {
    std::string name;   // "ticket.get"
    std::string verb{}; // "GET", "POST", "PUT", "PATCH", "DELETE"; empty without a route
    std::string path{}; // "/tickets/{id}" below /api/v1; empty: on the WebSocket only
    Access access = Access::SignedIn;
    Transaction transaction = Transaction::Read;
    domain::Scope scope = defaultScope(access, transaction); // what an API token must carry
    int successStatus = 200; // HTTP status of a success (201 for what creates, 202 for accepted mail)
    Payload request = Payload::Json;
    Payload reply = Payload::Json;
    std::function<Reply(MethodCall &)> handler;
    /// Callable by a session limited to setting two-factor sign-in up (domain::Actor::twoFactorSetupOnly).
    bool duringTwoFactorSetup = false;

    bool hasRoute() const { return !path.empty(); }
    /// Offered over the WebSocket: whatever speaks JSON both ways.
    bool overWebSocket() const { return request == Payload::Json && reply == Payload::Json; }
    /// Steers the caller's own WebSocket session (subscription, presence): like a ping, not
    /// counted against the request rate.
    bool steersSession() const { return !hasRoute(); }
};

} // namespace helpdesk::api
