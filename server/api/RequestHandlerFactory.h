#pragma once

#include "api/ApiDispatcher.h"
#include "api/HttpApiHandler.h"
#include "api/WebSocketHub.h"
#include "domain/SharingWire.h"

#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include <functional>

namespace helpdesk::api {

/// Makes the handler of a request for a web page (server/web), given from above so that api/
/// never includes the layer over it.
using PageHandlerMaker = std::function<Poco::Net::HTTPRequestHandler *()>;

/// Routes `/api/v1/ws` upgrades to WebSocket sessions, everything else under `/api/` to the JSON
/// API, `/sharing/` to the ticket-sharing wire (when `sharing` routes are given), and any other
/// path to the web pages (to the API when there are none).
class RequestHandlerFactory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    RequestHandlerFactory(ApiDispatcher &dispatcher, WebSocketHub &hub, ApiLimits limits, PageHandlerMaker pages = {},
                          const domain::sharing::WireRoutes *sharing = nullptr);
    Poco::Net::HTTPRequestHandler *createRequestHandler(const Poco::Net::HTTPServerRequest &request) override;

private:
    ApiDispatcher &m_dispatcher;
    WebSocketHub &m_hub;
    ApiLimits m_limits;
    PageHandlerMaker m_pages;
    const domain::sharing::WireRoutes *m_sharing;
};

} // namespace helpdesk::api
