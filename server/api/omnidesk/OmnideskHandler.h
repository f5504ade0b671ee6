#pragma once

#include "api/ApiDispatcher.h"
#include "api/ApiLimits.h"

#include <Poco/Net/HTTPRequestHandler.h>

#include <string>

namespace helpdesk::api::omnidesk {

/// Serves the Omnidesk-compatible API (`/api/<resource>.json`, docs/omnidesk-api.md): checks
/// HTTP Basic `staff_email:api_key` (an API token of that account, an integration's token
/// included), unwraps the request's root object, translates it into calls of the native methods
/// (so their permissions, rules, scopes, integration checks and integration log all apply) and
/// their answers into Omnidesk's shapes: singular roots, lists keyed "0", "1", … with
/// `total_count`, RFC 2822 dates, `cf_N` custom fields, `{"error": "case_not_found"}`. One
/// instance per request.
class OmnideskHandler : public Poco::Net::HTTPRequestHandler
{
public:
    OmnideskHandler(ApiDispatcher &dispatcher, const ApiLimits &limits);
    void handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) override;

    /// Whether a request URI is one of this API's: below /api/ (not the native /api/v1/) and
    /// ending in ".json".
    static bool serves(const std::string &uri);

private:
    ApiDispatcher &m_dispatcher;
    ApiLimits m_limits;
};

} // namespace helpdesk::api::omnidesk
