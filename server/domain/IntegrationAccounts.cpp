#include "domain/IntegrationAccounts.h"

#include "db/IntegrationLogRepository.h"
#include "protocol/ProtocolError.h"

#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
constexpr std::size_t kExcerptBytes = 1024;

/// An integration's allowed networks as last parsed: the list they were parsed from, and the
/// parsed list or why it cannot be read.
struct ParsedNetworks {
    std::vector<std::string> source;
    std::shared_ptr<const NetworkList> networks;
    std::string error;
};

/// The integration's networks, parsed once per list it has (the actor brings the list as stored).
ParsedNetworks networksOf(const ActorIntegration &integration)
{
    static std::mutex mutex;
    static std::map<std::int64_t, ParsedNetworks> parsed;
    const std::lock_guard lock(mutex);
    auto &entry = parsed[integration.id];
    if ((entry.networks || !entry.error.empty()) && entry.source == integration.allowedNetworks)
        return entry;
    entry = ParsedNetworks{integration.allowedNetworks, nullptr, {}};
    try {
        entry.networks = std::make_shared<const NetworkList>(integration.allowedNetworks);
    } catch (const std::invalid_argument &e) {
        entry.error = e.what();
    }
    return entry;
}

bool looksSecret(const std::string &key)
{
    for (const char *word : {"password", "token", "secret"})
        if (key.find(word) != std::string::npos)
            return true;
    return false;
}
} // namespace

bool IntegrationAccounts::addressAllowed(const std::string &address, const NetworkList &networks)
{
    return networks.empty() || networks.contains(address);
}

void IntegrationAccounts::admit(const Actor &actor, const std::string &clientAddress)
{
    if (!actor.integration)
        return;
    const auto &integration = *actor.integration;
    if (!integration.active)
        throw ApiError(ErrorCode::Forbidden, "the integration '" + integration.name +
                                                 "' is inactive: its tokens are refused until an administrator "
                                                 "activates it");
    const auto networks = networksOf(integration);
    // A stored list with an entry that is not a network (saving refuses one) admits no address.
    if (!networks.networks)
        throw ApiError(ErrorCode::Forbidden, "the integration '" + integration.name +
                                                 "' has allowed networks that cannot be read (" + networks.error +
                                                 "): its tokens are refused until an administrator corrects them");
    if (!addressAllowed(clientAddress, *networks.networks))
        throw ApiError(ErrorCode::Forbidden, "the integration '" + integration.name +
                                                 "' may call only from its allowed networks, and " + clientAddress +
                                                 " is not in them");
}

std::string IntegrationAccounts::excerptOf(const protocol::JsonObject &params)
{
    if (!params)
        return {};
    auto shown = protocol::newObject();
    for (const auto &[key, value] : *params)
        shown->set(key, looksSecret(key) ? Poco::Dynamic::Var("(hidden)") : value);
    return db::IntegrationLogRepository::textExcerpt(protocol::toJsonText(shown), kExcerptBytes);
}

void IntegrationAccounts::log(db::Tx &tx, const InboundCall &call)
{
    db::IntegrationCall line;
    line.integrationId = call.integrationId;
    line.direction = "in";
    line.method = call.method;
    line.endpoint = call.endpoint;
    line.status = call.status;
    line.latencyMs = call.latencyMs;
    line.payloadExcerpt = call.payloadExcerpt;
    line.error = call.error;
    db::IntegrationLogRepository::append(tx, line);
}

} // namespace helpdesk::domain
