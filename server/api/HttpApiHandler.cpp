#include "api/HttpApiHandler.h"

#include "api/MethodTable.h"
#include "mail/OversizedMail.h"
#include "protocol/Messages.h"
#include "protocol/ProtocolError.h"

#include <Poco/Logger.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/IPAddress.h>
#include <Poco/NumberParser.h>
#include <Poco/String.h>
#include <Poco/StringTokenizer.h>
#include <Poco/URI.h>

#include <algorithm>
#include <re2/re2.h>

#include <set>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;
using helpdesk::protocol::JsonObject;

namespace helpdesk::api {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.http");
}

/// Query-string and path values become integers, booleans or strings by their look.
Poco::Dynamic::Var typedValue(const std::string &text)
{
    static const RE2 integer("-?[0-9]{1,18}");
    if (RE2::FullMatch(text, integer))
        return Poco::NumberParser::parse64(text);
    if (text == "true")
        return true;
    if (text == "false")
        return false;
    return text;
}

/// A download: the bytes, never rendered by a browser.
void sendFile(Poco::Net::HTTPServerResponse &response, const std::string &content)
{
    response.setStatus(Poco::Net::HTTPResponse::HTTP_OK);
    response.setContentType("application/octet-stream");
    response.set("Content-Disposition", "attachment");
    response.set("X-Content-Type-Options", "nosniff");
    response.setContentLength(static_cast<std::streamsize>(content.size()));
    response.send().write(content.data(), static_cast<std::streamsize>(content.size()));
}
} // namespace

void sendJson(Poco::Net::HTTPServerResponse &response, int status, const JsonObject &body)
{
    auto text = protocol::toJsonText(body);
    response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
    response.setContentType("application/json; charset=utf-8");
    response.setContentLength(static_cast<std::streamsize>(text.size()));
    response.set("Cache-Control", "no-store");
    response.send() << text;
}

std::string readBody(std::istream &in, std::streamsize contentLength, std::size_t limit)
{
    if (contentLength > 0 && static_cast<std::size_t>(contentLength) > limit) {
        // Read and drop a moderately oversized body so the client, still sending, gets our 413
        // instead of a reset connection; a huge one is cut off.
        constexpr std::streamsize kDrainLimit = 64 * 1024 * 1024;
        if (contentLength <= kDrainLimit)
            in.ignore(contentLength);
        throw ApiError(ErrorCode::PayloadTooLarge, "the body has " + std::to_string(contentLength) +
                                                       " bytes; the limit is " + std::to_string(limit));
    }
    std::string body;
    char buffer[65536];
    while (in) {
        in.read(buffer, sizeof buffer);
        body.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (body.size() > limit)
            throw ApiError(ErrorCode::PayloadTooLarge,
                           "the body is larger than the limit of " + std::to_string(limit) + " bytes");
    }
    return body;
}

namespace {
/// A raw message as the mailgate sent it: whole within the limit; beyond it, only its head (for
/// the refusal record) and its size. The rest is read and dropped, so the sender hears our 413
/// instead of a reset connection (which it would take for a temporary failure).
RawBody readInboundMail(std::istream &in, std::streamsize contentLength, std::size_t limit)
{
    constexpr std::int64_t kDrainLimit = 256LL * 1024 * 1024;
    RawBody body;
    body.overLimit = contentLength > 0 && static_cast<std::size_t>(contentLength) > limit;
    char buffer[65536];
    while (in && body.size < kDrainLimit) {
        in.read(buffer, sizeof buffer);
        auto n = static_cast<std::size_t>(in.gcount());
        body.size += static_cast<std::int64_t>(n);
        const std::size_t keep = body.overLimit ? mail::OversizedMail::kHeaderKeep : limit + 1;
        if (body.bytes.size() < keep)
            body.bytes.append(buffer, std::min(n, keep - body.bytes.size()));
        if (!body.overLimit && body.bytes.size() > limit) {
            body.overLimit = true;
            body.bytes.resize(mail::OversizedMail::kHeaderKeep);
        }
    }
    body.size = std::max<std::int64_t>(body.size, contentLength);
    return body;
}
} // namespace

void sendError(Poco::Net::HTTPServerResponse &response, const ApiError &error)
{
    auto o = protocol::newObject();
    o->set("error", protocol::ErrorBody::of(error).toJson());
    if (error.retryAfterSeconds() > 0)
        response.set("Retry-After", std::to_string(error.retryAfterSeconds()));
    sendJson(response, error.httpStatus(), o);
}

std::string clientAddressOf(const Poco::Net::HTTPServerRequest &request, const std::vector<std::string> &trustedProxies)
{
    auto trusted = [&](const std::string &address) {
        return std::find(trustedProxies.begin(), trustedProxies.end(), address) != trustedProxies.end();
    };
    std::string peer = request.clientAddress().host().toString();
    if (!trusted(peer) || !request.has("X-Forwarded-For"))
        return peer;
    // Each proxy appends the address it heard from; the nearest untrusted one is the client
    // (anything further left was written by the client itself and proves nothing).
    Poco::StringTokenizer hops(request.get("X-Forwarded-For"), ",",
                               Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    std::string client = peer;
    for (auto hop = hops.end(); hop != hops.begin();) {
        --hop;
        Poco::Net::IPAddress parsed;
        if (!Poco::Net::IPAddress::tryParse(*hop, parsed))
            break;
        client = parsed.toString();
        if (!trusted(client))
            break;
    }
    return client;
}

/// Whether the request carries a body (which may not have been read when the call fails).
bool hasBody(const Poco::Net::HTTPServerRequest &request)
{
    return request.getContentLength() > 0 || request.getChunkedTransferEncoding();
}

std::optional<std::string> bearerToken(const Poco::Net::HTTPServerRequest &request)
{
    if (!request.has("Authorization"))
        return std::nullopt;
    const auto &value = request.get("Authorization");
    const std::string prefix = "Bearer ";
    if (value.size() <= prefix.size() || value.compare(0, prefix.size(), prefix) != 0)
        return std::nullopt;
    return value.substr(prefix.size());
}

HttpApiHandler::HttpApiHandler(ApiDispatcher &dispatcher, const ApiLimits &limits)
    : m_dispatcher(dispatcher), m_limits(limits)
{
}

void HttpApiHandler::handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response)
{
    std::string method = "?";
    try {
        Poco::URI uri(request.getURI());
        CallContext context;
        context.verb = request.getMethod();
        context.endpoint = uri.getPath();
        context.clientAddress = clientAddressOf(request, m_limits.trustedProxies);
        db::StatementTimeout timeout(m_limits.statementTimeout);
        m_dispatcher.throttle().admitAddress(context.clientAddress);
        context.token = bearerToken(request);
        if (request.has("Idempotency-Key"))
            context.idempotencyKey = request.get("Idempotency-Key");

        const auto &verb = request.getMethod();
        auto route = MethodTable::instance().route(verb, uri.getPath());
        if (!route.method) {
            if (route.allowedVerbs.empty())
                throw ApiError(ErrorCode::NotFound, "no API route " + uri.getPath());
            auto allowed = Poco::cat(std::string(", "), route.allowedVerbs.begin(), route.allowedVerbs.end());
            response.set("Allow", allowed);
            throw ApiError(ErrorCode::MethodNotAllowed,
                           verb + " is not allowed on " + uri.getPath() + "; it takes " + allowed);
        }
        const auto &spec = *route.method;
        method = spec.name;
        auto params = paramsOf(request, spec, route.pathParams);
        if (spec.access != Access::Anyone && context.token)
            context.actor = m_dispatcher.auth().authenticate(*context.token);
        context.readBody = [&](Payload kind) { return readRawBody(request, kind); };
        auto reply = m_dispatcher.run(spec, params, context);
        if (spec.reply == Payload::File)
            sendFile(response, reply.bytes);
        else
            sendJson(response, reply.status != 0 ? reply.status : spec.successStatus, reply.json);
    } catch (const ApiError &e) {
        if (e.code() == ErrorCode::Internal || e.code() == ErrorCode::Unavailable)
            logger().warning("%s failed: %s", method, std::string(e.what()));
        // A refused caller reconnects before its next try; its body may not have been read, and
        // unread bytes would be taken for the next request on this connection.
        if (e.code() == ErrorCode::TooManyRequests || hasBody(request))
            response.setKeepAlive(false);
        if (!response.sent())
            sendError(response, e);
    } catch (const std::exception &e) {
        logger().error("%s failed with an unexpected error: %s", method, std::string(e.what()));
        if (hasBody(request))
            response.setKeepAlive(false);
        if (!response.sent())
            sendError(response, ApiError(ErrorCode::Internal, "internal error; see the server log"));
    }
}

JsonObject HttpApiHandler::paramsOf(Poco::Net::HTTPServerRequest &request, const MethodSpec &method,
                                    const std::map<std::string, std::string> &pathParams)
{
    Poco::URI uri(request.getURI());
    JsonObject params = protocol::newObject();
    const auto &verb = request.getMethod();
    if (method.request != Payload::Json) {
        // Beside a raw body the query names it (a file name, a recipient): always text.
        for (const auto &[key, value] : uri.getQueryParameters())
            params->set(key, value);
    } else if (verb == "GET" || verb == "DELETE") {
        // A body here means nothing, but left unread it would be taken for the start of the next
        // request on a kept-alive connection: read it (within the limit) and drop it.
        if (hasBody(request))
            readBody(request.stream(), request.getContentLength(), m_limits.maxJsonBody);
        // Free-text parameters stay text even when they look like numbers ("?query=10042").
        static const std::set<std::string> textKeys{"query", "state_type", "role", "state", "queue"};
        for (const auto &[key, value] : uri.getQueryParameters())
            params->set(key, textKeys.count(key) ? Poco::Dynamic::Var(value) : typedValue(value));
    } else {
        auto body = readBody(request.stream(), request.getContentLength(), m_limits.maxJsonBody);
        if (!body.empty())
            params = protocol::parseJsonObject(body);
    }
    for (const auto &[key, value] : pathParams) {
        auto typed = typedValue(value);
        if (params->has(key) && params->get(key).toString() != typed.toString())
            throw ApiError(ErrorCode::BadRequest, key + " in the body differs from the path", key);
        params->set(key, typed);
    }
    return params;
}

RawBody HttpApiHandler::readRawBody(Poco::Net::HTTPServerRequest &request, Payload kind)
{
    RawBody body;
    if (kind == Payload::Mail) {
        body = readInboundMail(request.stream(), request.getContentLength(), m_limits.maxInboundMail);
    } else {
        body.bytes = readBody(request.stream(), request.getContentLength(), m_limits.maxAttachment);
        body.size = static_cast<std::int64_t>(body.bytes.size());
    }
    body.contentType = request.getContentType();
    return body;
}

} // namespace helpdesk::api
