#include "api/ApiDispatcher.h"

#include "domain/Idempotency.h"
#include "domain/IntegrationAccounts.h"
#include "domain/Permissions.h"
#include "protocol/ProtocolError.h"

#include <Poco/Logger.h>

#include <chrono>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;
using helpdesk::protocol::JsonObject;

namespace helpdesk::api {

ApiDispatcher::ApiDispatcher(db::ConnectionPool &pool, domain::AuthService &auth, domain::EventFeed &feed,
                             mail::InboundProcessor &inbound, mail::MailboxPoller *poller, const ApiLimits &limits)
    : m_pool(pool), m_auth(auth), m_feed(feed), m_limits(limits),
      m_throttle(m_limits), m_services{pool, auth, feed, inbound, poller, nullptr, m_limits, m_throttle}
{
}

JsonObject ApiDispatcher::call(const std::string &method, const JsonObject &params, const CallContext &context)
{
    const auto *spec = MethodTable::instance().find(method);
    if (!spec || !spec->overWebSocket() || (spec->steersSession() && !context.session))
        throw ApiError(ErrorCode::NotFound, "unknown method " + method, "method");
    // HTTP admits the address before routing (unknown routes count too); a WebSocket request here.
    m_throttle.admitAddress(context.clientAddress);
    return run(*spec, params, context).json;
}

void ApiDispatcher::admit(const MethodSpec &method, const CallContext &context)
{
    // Both transports pass here: a signed-in caller spends its allowance on methods open to anyone too.
    if (context.actor && !method.steersSession())
        m_throttle.admitUser(context.actor->userId);
    if (method.access == Access::Anyone)
        return;
    if (!context.actor)
        throw ApiError(ErrorCode::Unauthenticated, "sign in first");
    // An integration's token first of all: the integration must be on and the call from its networks.
    domain::IntegrationAccounts::admit(*context.actor, context.clientAddress);
    if (context.actor->twoFactorSetupOnly && !method.duringTwoFactorSetup)
        throw ApiError(ErrorCode::TwoFactorSetupRequired,
                       "your role signs in with two factors: set two-factor sign-in up first (two_factor.setup, then "
                       "two_factor.enable); " +
                           method.name + " works after that");
    if (method.access == Access::Staff)
        domain::permissions::requireStaff(*context.actor);
    else if (method.access == Access::Admin)
        domain::permissions::requireAdmin(*context.actor);
    if (!context.actor->scopes.allows(method.scope))
        throw ApiError(ErrorCode::Forbidden, "this API token lacks the scope " +
                                                 std::string(domain::scopeName(method.scope)) + ", which " +
                                                 method.name + " needs");
}

Reply ApiDispatcher::run(const MethodSpec &method, const JsonObject &params, const CallContext &context)
{
    if (!context.actor || !context.actor->integration)
        return runUnlogged(method, params, context);
    auto named = context;
    if (named.endpoint.empty())
        named.endpoint = method.name;
    return runLogged(params, named, [&] {
        auto reply = runUnlogged(method, params, context);
        if (reply.status == 0)
            reply.status = method.successStatus;
        return reply;
    });
}

Reply ApiDispatcher::runLogged(const JsonObject &params, const CallContext &context, const std::function<Reply()> &work)
{
    if (!context.actor || !context.actor->integration)
        return work();
    domain::InboundCall call;
    call.integrationId = context.actor->integration->id;
    call.method = context.verb;
    call.endpoint = context.endpoint;
    call.payloadExcerpt = domain::IntegrationAccounts::excerptOf(params);
    try {
        auto reply = work();
        call.status = reply.status != 0 ? reply.status : 200;
        logInbound(call, context);
        return reply;
    } catch (const ApiError &e) {
        call.status = e.httpStatus();
        call.error = e.what();
        logInbound(call, context);
        throw;
    } catch (const std::exception &e) {
        call.status = 500;
        call.error = e.what();
        logInbound(call, context);
        throw;
    }
}

void ApiDispatcher::logInbound(domain::InboundCall &call, const CallContext &context)
{
    call.latencyMs = static_cast<int>(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - context.receivedAt)
            .count());
    // Written before the answer goes out, so a caller who got it finds the line; a log that
    // cannot be written costs the line, never the call.
    try {
        db::StatementTimeout timeout(m_limits.statementTimeout);
        m_pool.write([&](db::Tx &tx) { domain::IntegrationAccounts::log(tx, call); });
    } catch (const std::exception &e) {
        Poco::Logger::get("helpdesk.server.http")
            .warning("the integration log missed a call of integration %s: %s", std::to_string(call.integrationId),
                     std::string(e.what()));
    }
}

Reply ApiDispatcher::runUnlogged(const MethodSpec &method, const JsonObject &params, const CallContext &context)
{
    db::StatementTimeout timeout(m_limits.statementTimeout);
    admit(method, context);
    // A raw body is read only now, so a caller who may not call the method does not get to send it.
    RawBody body;
    if (method.request != Payload::Json) {
        if (!context.readBody)
            throw ApiError(ErrorCode::NotFound, "unknown method " + method.name, "method");
        body = context.readBody(method.request);
    }
    MethodCall call{params, context, m_services, nullptr, method.request != Payload::Json ? &body : nullptr};
    switch (method.transaction) {
    case Transaction::None:
        return method.handler(call);
    case Transaction::Read:
        return m_pool.read([&](db::Tx &tx) {
            call.transaction = &tx;
            return method.handler(call);
        });
    case Transaction::Write:
        return m_pool.write([&](db::Tx &tx) {
            call.transaction = &tx;
            if (!context.idempotencyKey || !context.actor)
                return method.handler(call);
            // The retry answers as the first call did: its body and its status (200 for a create
            // that found its object by external_id, not the method's 201).
            auto answer =
                domain::Idempotency::once(tx, context.actor->userId, *context.idempotencyKey, method.name, [&] {
                    auto reply = method.handler(call);
                    return domain::Idempotency::Answer{reply.json, reply.status};
                });
            return Reply::withStatus(answer.body, answer.status);
        });
    }
    throw ApiError(ErrorCode::Internal, "method " + method.name + " declares no transaction");
}

} // namespace helpdesk::api
