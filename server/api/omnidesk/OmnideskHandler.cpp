#include "api/omnidesk/OmnideskHandler.h"

#include "api/HttpApiHandler.h"
#include "api/omnidesk/OmnideskTranslator.h"
#include "protocol/Messages.h"
#include "protocol/ProtocolError.h"

#include <Poco/Logger.h>
#include <Poco/Net/HTTPBasicCredentials.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/String.h>
#include <Poco/URI.h>

#include <exception>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;
using helpdesk::protocol::JsonObject;

namespace helpdesk::api::omnidesk {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.omnidesk");
}

/// The error word of a refusal: Omnidesk's `<resource>_not_found` for what is missing, else the
/// native code ("forbidden", "validation_failed", …).
std::string errorWord(const ApiError &e, const std::string &resource)
{
    if (e.code() == ErrorCode::NotFound && !resource.empty())
        return resource + "_not_found";
    return protocol::ErrorBody::of(e).code;
}

/// The caller of an HTTP Basic `staff_email:api_key`: the API token's account, which must be the
/// account `staff_email` names. A session token is no API key.
domain::Actor authenticate(ApiDispatcher &dispatcher, const Poco::Net::HTTPServerRequest &request)
{
    std::string email;
    std::string key;
    try {
        Poco::Net::HTTPBasicCredentials credentials(request);
        email = credentials.getUsername();
        key = credentials.getPassword();
    } catch (const Poco::Exception &) {
        throw ApiError(ErrorCode::Unauthenticated, "sign in with HTTP Basic staff_email:api_key");
    }
    if (key.empty())
        throw ApiError(ErrorCode::Unauthenticated, "sign in with HTTP Basic staff_email:api_key");
    auto actor = dispatcher.auth().authenticate(key);
    if (!actor.sessionHash.empty() || Poco::icompare(actor.email, email) != 0)
        throw ApiError(ErrorCode::Unauthenticated, "the e-mail and API key do not belong together");
    return actor;
}
} // namespace

OmnideskHandler::OmnideskHandler(ApiDispatcher &dispatcher, const ApiLimits &limits)
    : m_dispatcher(dispatcher), m_limits(limits)
{
}

bool OmnideskHandler::serves(const std::string &uri)
{
    const auto path = uri.substr(0, uri.find('?'));
    return path.rfind("/api/", 0) == 0 && path.rfind("/api/v1/", 0) != 0 && path.size() > 10 &&
           path.compare(path.size() - 5, 5, ".json") == 0;
}

void OmnideskHandler::handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response)
{
    std::string resource;
    try {
        Poco::URI uri(request.getURI());
        CallContext context;
        context.verb = request.getMethod();
        context.endpoint = uri.getPath();
        context.clientAddress = clientAddressOf(request, m_limits.trustedProxies);
        db::StatementTimeout timeout(m_limits.statementTimeout);
        m_dispatcher.throttle().admitAddress(context.clientAddress);
        context.actor = authenticate(m_dispatcher, request);
        // No Idempotency-Key: one request here is several native calls, and a key names one
        // method's answer. `external_id` makes creates idempotent instead.
        JsonObject body;
        std::exception_ptr malformed; // a body that is no JSON object: refused, and logged like any answer
        if (context.verb == "POST" || context.verb == "PUT") {
            auto text = readBody(request.stream(), request.getContentLength(), m_limits.maxJsonBody);
            try {
                if (!text.empty())
                    body = protocol::parseJsonObject(text);
            } catch (const ApiError &) {
                malformed = std::current_exception();
            }
        } else if (hasBody(request)) {
            readBody(request.stream(), request.getContentLength(), m_limits.maxJsonBody);
        }
        // What the integration log keeps of the request: its body, or else its query.
        auto logged = body;
        if (!logged) {
            logged = protocol::newObject();
            for (const auto &[key, value] : uri.getQueryParameters())
                logged->set(key, value);
        }
        OmnideskTranslator translator(m_dispatcher, context);
        auto reply = m_dispatcher.runLogged(logged, context, [&] {
            if (malformed)
                std::rethrow_exception(malformed);
            return translator.serve(context.verb, uri.getPath(), OmnideskQuery(uri), body, resource);
        });
        sendJson(response, reply.status != 0 ? reply.status : 200, reply.json);
    } catch (const ApiError &e) {
        if (e.code() == ErrorCode::Internal || e.code() == ErrorCode::Unavailable)
            logger().warning("%s %s failed: %s", request.getMethod(), request.getURI(), std::string(e.what()));
        if (e.code() == ErrorCode::TooManyRequests || hasBody(request))
            response.setKeepAlive(false);
        if (response.sent())
            return;
        if (e.code() == ErrorCode::Unauthenticated)
            response.set("WWW-Authenticate", "Basic realm=\"Helpdesk\"");
        if (e.retryAfterSeconds() > 0)
            response.set("Retry-After", std::to_string(e.retryAfterSeconds()));
        auto body = protocol::newObject();
        body->set("error", errorWord(e, resource));
        body->set("message", std::string(e.what()));
        if (!e.field().empty())
            body->set("field", e.field());
        sendJson(response, e.httpStatus(), body);
    } catch (const std::exception &e) {
        logger().error("%s %s failed with an unexpected error: %s", request.getMethod(), request.getURI(),
                       std::string(e.what()));
        if (hasBody(request))
            response.setKeepAlive(false);
        if (!response.sent()) {
            auto body = protocol::newObject();
            body->set("error", "internal");
            sendJson(response, 500, body);
        }
    }
}

} // namespace helpdesk::api::omnidesk
