#include "api/RequestHandlerFactory.h"

#include "api/WebSocketSession.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/String.h>

namespace helpdesk::api {

RequestHandlerFactory::RequestHandlerFactory(ApiDispatcher &dispatcher, WebSocketHub &hub, ApiLimits limits)
    : m_dispatcher(dispatcher), m_hub(hub), m_limits(std::move(limits))
{
}

Poco::Net::HTTPRequestHandler *RequestHandlerFactory::createRequestHandler(const Poco::Net::HTTPServerRequest &request)
{
    if (request.getURI() == "/api/v1/ws" && Poco::icompare(request.get("Upgrade", ""), "websocket") == 0)
        return new WebSocketRequestHandler(m_hub, m_limits.trustedProxies);
    return new HttpApiHandler(m_dispatcher, m_limits);
}

} // namespace helpdesk::api
