#pragma once

#include "api/ApiDispatcher.h"
#include "api/HttpApiHandler.h"
#include "api/WebSocketHub.h"

#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include <functional>

namespace helpdesk::api {

/// Makes the handler of a request for a web page (server/web), given from above so that api/
/// never includes the layer over it.
using PageHandlerMaker = std::function<Poco::Net::HTTPRequestHandler *()>;

/// Routes `/api/v1/ws` upgrades to WebSocket sessions, everything else under `/api/` to the JSON
/// API, and any other path to the web pages (to the API when there are none).
class RequestHandlerFactory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    RequestHandlerFactory(ApiDispatcher &dispatcher, WebSocketHub &hub, ApiLimits limits, PageHandlerMaker pages = {});
    Poco::Net::HTTPRequestHandler *createRequestHandler(const Poco::Net::HTTPServerRequest &request) override;

private:
    ApiDispatcher &m_dispatcher;
    WebSocketHub &m_hub;
    ApiLimits m_limits;
    PageHandlerMaker m_pages;
};

} // namespace helpdesk::api
