#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "domain/NetworkList.h"
#include "protocol/Json.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::domain {

/// One API call made with an integration's token, as the integration log keeps it.
struct InboundCall {
    std::int64_t integrationId = 0;
    std::string method;   // the HTTP verb, or "WS" for a request on a WebSocket session
    std::string endpoint; // the path called, or the WebSocket method
    int status = 0;       // the HTTP status answered (over a WebSocket: the one it stands for)
    int latencyMs = 0;
    std::string payloadExcerpt;
    std::optional<std::string> error;
};

/// The calls an integration makes with its own API tokens (an integration account): admitted only
/// while the integration is active and from its allowed networks, and each one logged in the
/// integration log with direction "in". Keeps each integration's networks parsed (once per list
/// it has had); any thread.
class IntegrationAccounts
{
public:
    /// Throws ApiError(Forbidden), saying why, when the actor's integration is inactive or
    /// `clientAddress` lies outside its allowed networks; nothing for other callers.
    static void admit(const Actor &actor, const std::string &clientAddress);
    /// Whether `address` lies in one of `networks`; any address when there are none.
    static bool addressAllowed(const std::string &address, const NetworkList &networks);
    /// What the log keeps of a request's parameters: their JSON with the values of secret-looking
    /// keys (password, token, secret) masked, at most 1 KB.
    static std::string excerptOf(const protocol::JsonObject &params);
    /// Appends the call to the integration log.
    static void log(db::Tx &tx, const InboundCall &call);
};

} // namespace helpdesk::domain
