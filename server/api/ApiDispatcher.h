#pragma once

#include "api/ApiLimits.h"
#include "api/MethodSpec.h"
#include "api/MethodTable.h"
#include "api/RequestThrottle.h"
#include "db/ConnectionPool.h"
#include "domain/AuthService.h"
#include "domain/EventFeed.h"
#include "domain/IntegrationAccounts.h"
#include "protocol/Json.h"

#include <functional>
#include <string>

namespace helpdesk::api {

/// Runs the methods of the MethodTable for both transports: admits the caller (session, request
/// rate, the method's access rule), runs the handler in the method's transaction (a change with
/// its idempotency key) within the limits' statement timeout, and returns its reply. Errors are
/// thrown as protocol::ApiError. Any thread.
class ApiDispatcher
{
public:
    ApiDispatcher(db::ConnectionPool &pool, domain::AuthService &auth, domain::EventFeed &feed,
                  mail::InboundProcessor &inbound, mail::MailboxPoller *poller = nullptr, const ApiLimits &limits = {});

    /// Runs `method` for the caller in `context`; a call with an integration's token is logged in
    /// the integration log, refused or not.
    Reply run(const MethodSpec &method, const protocol::JsonObject &params, const CallContext &context);
    /// Runs `work` as one request of the caller in `context` (an adapter such as the
    /// Omnidesk-compatible API, whose request makes several method calls with runUnlogged): a
    /// caller with an integration's token gets one line in the integration log for it, with
    /// `params` as the payload and the status of the reply (0: 200) or error.
    Reply runLogged(const protocol::JsonObject &params, const CallContext &context, const std::function<Reply()> &work);
    /// run() without the integration log: for the calls of a request that runLogged logs as one.
    Reply runUnlogged(const MethodSpec &method, const protocol::JsonObject &params, const CallContext &context);
    /// Runs the method named `method` (a WebSocket request); throws ApiError(NotFound) for a
    /// method the WebSocket does not offer.
    protocol::JsonObject call(const std::string &method, const protocol::JsonObject &params,
                              const CallContext &context);

    db::ConnectionPool &pool() { return m_pool; }
    domain::AuthService &auth() { return m_auth; }
    domain::EventFeed &feed() { return m_feed; }
    /// The instance's job queue: mail delivered over HTTP is interpreted as a counted attempt of
    /// its job (without one: interpreted directly).
    void setJobQueue(jobs::JobQueue *jobs) { m_services.jobs = jobs; }
    const ApiLimits &limits() const { return m_limits; }
    RequestThrottle &throttle() { return m_throttle; }

private:
    /// Throws unless the caller may call `method` now: signed in when it needs a session, within
    /// the user's request rate, of the role its access rule asks for, and (an API token) carrying
    /// the scope it names.
    void admit(const MethodSpec &method, const CallContext &context);
    /// Logs a call of an integration's token (its latency counted to now); never throws.
    void logInbound(domain::InboundCall &call, const CallContext &context);

    db::ConnectionPool &m_pool;
    domain::AuthService &m_auth;
    domain::EventFeed &m_feed;
    ApiLimits m_limits;
    RequestThrottle m_throttle;
    ApiServices m_services;
};

} // namespace helpdesk::api
