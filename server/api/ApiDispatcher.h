#pragma once

#include "api/ApiLimits.h"
#include "api/RequestThrottle.h"
#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "domain/AuthService.h"
#include "domain/EventFeed.h"
#include "protocol/Json.h"

#include "mail/InboundProcessor.h"
#include "mail/MailboxPoller.h"

#include <functional>
#include <map>
#include <optional>
#include <string>

namespace helpdesk::jobs {
class JobQueue;
}

namespace helpdesk::api {

/// Who is calling and with what guarantees.
struct CallContext {
    std::optional<domain::Actor> actor;       // empty before sign-in
    std::optional<std::string> token;         // the bearer token used (for logout)
    std::optional<std::string> idempotencyKey;
    std::string clientAddress;                // for per-address limits; empty when unknown (WebSocket)
};

/// The one table of API methods, shared by HTTP and WebSocket. Validates parameters strictly,
/// runs each method in one transaction (mutations with their idempotency key), and returns
/// a JSON object. Errors are thrown as protocol::ApiError. Each call runs within the limits'
/// statement timeout and request throttle. Any thread.
class ApiDispatcher
{
public:
    ApiDispatcher(db::ConnectionPool &pool, domain::AuthService &auth, domain::EventFeed &feed,
                  mail::InboundProcessor &inbound, mail::MailboxPoller *poller = nullptr, const ApiLimits &limits = {});

    /// Runs `method`; throws ApiError(NotFound) for an unknown method.
    protocol::JsonObject call(const std::string &method, const protocol::JsonObject &params, const CallContext &context);
    bool knows(const std::string &method) const;
    /// Every method name, for the reference documentation test.
    std::vector<std::string> methods() const;

    db::ConnectionPool &pool() { return m_pool; }
    domain::AuthService &auth() { return m_auth; }
    domain::EventFeed &feed() { return m_feed; }
    mail::InboundProcessor &inbound() { return m_inbound; }
    /// The instance's job queue: mail delivered over HTTP is interpreted as a counted attempt of
    /// its job (without one: interpreted directly).
    void setJobQueue(jobs::JobQueue *jobs) { m_jobs = jobs; }
    jobs::JobQueue *jobQueue() { return m_jobs; }
    const ApiLimits &limits() const { return m_limits; }
    RequestThrottle &throttle() { return m_throttle; }

private:
    using Handler = std::function<protocol::JsonObject(db::Tx &, const domain::Actor &, const protocol::JsonObject &)>;
    struct Method {
        bool mutating;
        Handler handler;
    };
    void add(const std::string &name, bool mutating, Handler handler);
    void registerMethods();

    db::ConnectionPool &m_pool;
    domain::AuthService &m_auth;
    domain::EventFeed &m_feed;
    mail::InboundProcessor &m_inbound;
    mail::MailboxPoller *m_poller;
    jobs::JobQueue *m_jobs = nullptr;
    ApiLimits m_limits;
    RequestThrottle m_throttle;
    std::map<std::string, Method> m_methods;
};

} // namespace helpdesk::api
