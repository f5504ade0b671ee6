#pragma once

#include "api/ApiDispatcher.h"
#include "api/HttpApiHandler.h"
#include "api/WebSocketHub.h"

#include <Poco/Net/HTTPRequestHandlerFactory.h>

namespace helpdesk::api {

/// Routes `/api/v1/ws` upgrades to WebSocket sessions and everything else to the JSON API.
class RequestHandlerFactory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    RequestHandlerFactory(ApiDispatcher &dispatcher, WebSocketHub &hub, ApiLimits limits);
    Poco::Net::HTTPRequestHandler *createRequestHandler(const Poco::Net::HTTPServerRequest &request) override;

private:
    ApiDispatcher &m_dispatcher;
    WebSocketHub &m_hub;
    ApiLimits m_limits;
};

} // namespace helpdesk::api
