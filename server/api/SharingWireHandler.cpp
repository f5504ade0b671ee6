#include "api/SharingWireHandler.h"

#include "api/HttpApiHandler.h"
#include "api/RequestThrottle.h"
#include "domain/SharingAgreements.h"
#include "protocol/ProtocolError.h"

#include <Poco/Exception.h>
#include <Poco/Logger.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/String.h>
#include <Poco/StringTokenizer.h>
#include <Poco/URI.h>

#include <chrono>

using helpdesk::domain::sharing::SharingAgreements;
using helpdesk::domain::sharing::WireRequest;
using helpdesk::domain::sharing::WireResponse;
using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::api {

namespace {
constexpr const char *kPrefix = "/sharing";

/// JSON arrives as application/json (the gem), text/x-json (RT) or without a type (RT's default).
bool isJsonType(const std::string &contentType)
{
    auto type = Poco::toLower(Poco::trim(contentType.substr(0, contentType.find(';'))));
    return type.empty() || type == "application/json" || type == "text/x-json";
}

void send(Poco::Net::HTTPServerResponse &response, int status, const protocol::JsonObject &body)
{
    response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
    response.set("X-Ticket-Sharing-Version", "1");
    if (!body) {
        response.setContentLength(0);
        response.send();
        return;
    }
    auto text = protocol::toJsonText(body);
    response.setContentType("application/json; charset=utf-8");
    response.sendBuffer(text.data(), text.size());
}

/// Answers a refusal as {"error": …} with its status; `status` and `error` are what the sync log gets.
void answerError(Poco::Net::HTTPServerResponse &response, const Poco::Net::HTTPServerRequest &request,
                 const ApiError &e, int &status, std::string &error)
{
    status = e.httpStatus();
    error = e.what();
    // Refused before (or while) its body was read: the unread rest must not be taken for the next
    // request on this connection (request smuggling behind a proxy), so the connection is closed.
    if (hasBody(request))
        response.setKeepAlive(false);
    if (status == 401)
        response.set("WWW-Authenticate", "X-Ticket-Sharing");
    if (status == 405)
        response.set("Allow", "GET, POST, PUT, DELETE");
    if (e.retryAfterSeconds() > 0)
        response.set("Retry-After", std::to_string(e.retryAfterSeconds()));
    auto body = protocol::newObject();
    body->set("error", error);
    send(response, status, body);
}
} // namespace

SharingWireHandler::SharingWireHandler(db::ConnectionPool &pool, const domain::sharing::WireRoutes &routes,
                                       std::size_t maxBody, InvitationLimit invitations)
    : m_pool(pool), m_routes(routes), m_maxBody(maxBody), m_invitations(invitations)
{
}

bool SharingWireHandler::serves(const std::string &uri)
{
    return uri.rfind(kPrefix, 0) == 0 && (uri.size() == 8 || uri[8] == '/' || uri[8] == '?');
}

void SharingWireHandler::handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response)
{
    auto started = std::chrono::steady_clock::now();
    WireRequest wire;
    wire.method = request.getMethod();
    int status = 500;
    std::string error;
    try {
        auto answer = serve(request, wire);
        status = answer.status;
        send(response, status, answer.body);
    } catch (const Poco::BadCastException &e) {
        // A value of the wrong type in a partner's body, met where it is read (Poco's conversions).
        answerError(response, request,
                    ApiError(ErrorCode::ValidationFailed, "a value has the wrong type: " + e.message()), status, error);
    } catch (const Poco::InvalidAccessException &e) {
        answerError(response, request, ApiError(ErrorCode::ValidationFailed, "a value is missing: " + e.message()),
                    status, error);
    } catch (const ApiError &e) {
        answerError(response, request, e, status, error);
    } catch (const std::exception &e) {
        Poco::Logger::get("sharing").error("%s %s: %s", wire.method, request.getURI(), std::string(e.what()));
        if (hasBody(request))
            response.setKeepAlive(false);
        error = "internal error";
        auto body = protocol::newObject();
        body->set("error", error);
        send(response, 500, body);
    }
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    try {
        logRequest(wire, status, error, static_cast<int>(ms.count()));
    } catch (const std::exception &e) {
        Poco::Logger::get("sharing").warning("sync log: %s", std::string(e.what()));
    }
}

WireResponse SharingWireHandler::serve(Poco::Net::HTTPServerRequest &request, WireRequest &wire)
{
    Poco::StringTokenizer segments(Poco::URI(request.getURI()).getPath(), "/", Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    if (segments.count() != 3)
        throw ApiError(ErrorCode::NotFound, "no such sharing resource");
    wire.resource = segments[1];
    wire.uuid = segments[2];
    const auto *route = m_routes.find(wire.resource);
    if (!route)
        throw ApiError(ErrorCode::NotFound, "no such sharing resource");
    if (!domain::sharing::isUuid(wire.uuid))
        throw ApiError(ErrorCode::ValidationFailed, "the uuid is not 40 hexadecimal digits");
    if (wire.method != "GET" && wire.method != "POST" && wire.method != "PUT" && wire.method != "DELETE")
        throw ApiError(ErrorCode::MethodNotAllowed, wire.method + " is not served here");
    wire.token = Poco::trim(request.get("X-Ticket-Sharing-Token", ""));
    // Anyone may invite (no token yet): one address may not fill the unanswered invitations' cap.
    if (wire.resource == "agreements" && wire.method == "POST") {
        const auto address = RequestThrottle::clientKey(clientAddressOf(request, m_invitations.trustedProxies));
        m_pool.write(
            [&](db::Tx &tx) { domain::sharing::SharingInvitationLimits::admit(tx, address, m_invitations.limits); });
    }

    wire.body = readBody(request.stream(), request.getContentLength(), m_maxBody);
    if (!Poco::trim(wire.body).empty()) {
        if (!isJsonType(request.getContentType()))
            throw ApiError(ErrorCode::ValidationFailed, "the body must be JSON (application/json or text/x-json)");
        try {
            wire.json = protocol::parseJsonObject(wire.body);
        } catch (const ApiError &e) {
            throw ApiError(ErrorCode::ValidationFailed, e.what());
        }
        if (wire.json->has("uuid") &&
            (!wire.json->get("uuid").isString() || wire.json->getValue<std::string>("uuid") != wire.uuid))
            throw ApiError(ErrorCode::ValidationFailed, "the body's uuid is not the path's");
    }
    if (route->needsAcceptedAgreement) {
        wire.agreement = m_pool.read([&](db::Tx &tx) { return SharingAgreements::authenticate(tx, wire.token); });
        if (wire.agreement->status != "accepted")
            throw ApiError(ErrorCode::Forbidden, "the agreement is " + wire.agreement->status);
    }
    return route->serve(wire);
}

void SharingWireHandler::logRequest(const WireRequest &wire, int status, const std::string &error, int durationMs)
{
    if (wire.uuid.empty())
        return;
    m_pool.write([&](db::Tx &tx) { SharingAgreements::logIncoming(tx, wire, status, error, durationMs); });
}

} // namespace helpdesk::api
