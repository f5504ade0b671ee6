#include "api/RequestHandlerFactory.h"

#include "api/SharedFileHandler.h"
#include "api/SharingWireHandler.h"
#include "api/WebSocketSession.h"
#include "api/omnidesk/OmnideskHandler.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/String.h>

namespace helpdesk::api {

RequestHandlerFactory::RequestHandlerFactory(ApiDispatcher &dispatcher, WebSocketHub &hub, ApiLimits limits,
                                             PageHandlerMaker pages, const domain::sharing::WireRoutes *sharing)
    : m_dispatcher(dispatcher), m_hub(hub), m_limits(std::move(limits)), m_pages(std::move(pages)), m_sharing(sharing)
{
}

Poco::Net::HTTPRequestHandler *RequestHandlerFactory::createRequestHandler(const Poco::Net::HTTPServerRequest &request)
{
    if (request.getURI() == "/api/v1/ws" && Poco::icompare(request.get("Upgrade", ""), "websocket") == 0)
        return new WebSocketRequestHandler(m_hub, m_limits.trustedProxies);
    const auto &uri = request.getURI();
    if (m_sharing && SharedFileHandler::serves(uri))
        return new SharedFileHandler(m_dispatcher.pool());
    if (m_sharing && SharingWireHandler::serves(uri))
        return new SharingWireHandler(m_dispatcher.pool(), *m_sharing, m_limits.maxJsonBody,
                                      {{static_cast<std::int64_t>(m_limits.sharingInvitationsPerAddressPerHour),
                                        static_cast<std::int64_t>(m_limits.sharingInvitationsPerHour)},
                                       m_limits.trustedProxies});
    if (omnidesk::OmnideskHandler::serves(uri))
        return new omnidesk::OmnideskHandler(m_dispatcher, m_limits);
    const bool forApi = uri.rfind("/api/", 0) == 0 || uri == "/api" || uri.rfind("/api?", 0) == 0;
    if (!forApi && m_pages)
        return m_pages();
    return new HttpApiHandler(m_dispatcher, m_limits);
}

} // namespace helpdesk::api
