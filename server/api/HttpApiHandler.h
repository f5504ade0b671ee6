#pragma once

#include "api/ApiDispatcher.h"
#include "api/ApiLimits.h"
#include "protocol/ProtocolError.h"

#include <Poco/Net/HTTPRequestHandler.h>

#include <string>
#include <vector>

namespace helpdesk::api {

/// One REST route: `GET /api/v1/tickets/{id}` → method "ticket.get" with params {"id": …}.
struct Route {
    std::string verb;
    std::string pattern;
    std::string method;
};

/// The REST routes, in matching order (documented in docs/api.md).
const std::vector<Route> &restRoutes();

/// Serves the JSON API over plain HTTP: routes a request to a dispatcher method, reads the
/// body within limits, authenticates with `Authorization: Bearer`, and maps every error to its
/// status with a JSON body {error: {code, message, field}}. Applies the per-address request
/// rate, the statement timeout and the upload quota of ApiLimits. One instance per request.
class HttpApiHandler : public Poco::Net::HTTPRequestHandler
{
public:
    HttpApiHandler(ApiDispatcher &dispatcher, const ApiLimits &limits);
    void handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) override;

private:
    void handleAttachmentUpload(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response,
                                const CallContext &context);
    void handleInboundMail(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response,
                           const CallContext &context);
    void handleAttachmentDownload(const std::string &sha256, Poco::Net::HTTPServerResponse &response,
                                  const CallContext &context);

    ApiDispatcher &m_dispatcher;
    ApiLimits m_limits;
};

/// Reads at most `limit` bytes of a body; throws ApiError(PayloadTooLarge) past it.
std::string readBody(std::istream &in, std::streamsize contentLength, std::size_t limit);
/// Sends an error as JSON with its status (and `Retry-After` when it says when to retry).
void sendError(Poco::Net::HTTPServerResponse &response, const protocol::ApiError &error);
/// The address a request came from: the socket's peer, or, when the peer is one of
/// `trustedProxies`, the nearest address in X-Forwarded-For that is not a trusted proxy.
std::string clientAddressOf(const Poco::Net::HTTPServerRequest &request, const std::vector<std::string> &trustedProxies);
/// The bearer token of a request, if any.
std::optional<std::string> bearerToken(const Poco::Net::HTTPServerRequest &request);

} // namespace helpdesk::api
