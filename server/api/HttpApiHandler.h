#pragma once

#include "api/ApiDispatcher.h"
#include "api/ApiLimits.h"
#include "api/MethodSpec.h"
#include "protocol/ProtocolError.h"

#include <Poco/Net/HTTPRequestHandler.h>

#include <map>
#include <string>
#include <vector>

namespace helpdesk::api {

/// Serves the API over plain HTTP: routes a request to its method by the MethodTable (a known path
/// with another verb: 405 with `Allow`), reads the body within limits, authenticates with
/// `Authorization: Bearer`, answers with the method's success status, and maps every error to its
/// status with a JSON body {error: {code, message, field}}. Applies the per-address request rate
/// and the statement timeout of ApiLimits. One instance per request.
class HttpApiHandler : public Poco::Net::HTTPRequestHandler
{
public:
    HttpApiHandler(ApiDispatcher &dispatcher, const ApiLimits &limits);
    void handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) override;

private:
    /// The method's parameters: the JSON body or the query, and the path's {name} segments.
    protocol::JsonObject paramsOf(Poco::Net::HTTPServerRequest &request, const MethodSpec &method,
                                  const std::map<std::string, std::string> &pathParams);
    /// A File or Mail body, read within its limit.
    RawBody readRawBody(Poco::Net::HTTPServerRequest &request, Payload kind);

    ApiDispatcher &m_dispatcher;
    ApiLimits m_limits;
};

/// Whether the request carries a body (which may not have been read when the call fails).
bool hasBody(const Poco::Net::HTTPServerRequest &request);
/// Reads at most `limit` bytes of a body; throws ApiError(PayloadTooLarge) past it.
std::string readBody(std::istream &in, std::streamsize contentLength, std::size_t limit);
/// Sends `body` as JSON with `status`, never cached.
void sendJson(Poco::Net::HTTPServerResponse &response, int status, const protocol::JsonObject &body);
/// Sends an error as JSON with its status (and `Retry-After` when it says when to retry).
void sendError(Poco::Net::HTTPServerResponse &response, const protocol::ApiError &error);
/// The address a request came from: the socket's peer, or, when the peer is one of
/// `trustedProxies`, the nearest address in X-Forwarded-For that is not a trusted proxy.
std::string clientAddressOf(const Poco::Net::HTTPServerRequest &request,
                            const std::vector<std::string> &trustedProxies);
/// The bearer token of a request, if any.
std::optional<std::string> bearerToken(const Poco::Net::HTTPServerRequest &request);

} // namespace helpdesk::api
