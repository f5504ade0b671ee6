#pragma once

#include "db/ConnectionPool.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::db {

/// An integration as its API tokens' calls need it (migration 0034's `integrations`).
struct IntegrationAccount {
    std::int64_t id = 0;
    std::string name;
    bool active = false;
    std::vector<std::string> allowedNetworks; // CIDRs; empty: any address
};

/// One link of a local object to its id in an integration's system.
struct ExternalIdLink {
    std::int64_t integrationId = 0;
    std::string externalId;
};

/// SQL of external ids (`(integration, kind, external_id) -> local id`, migration 0036) and of the
/// integration an API token belongs to. `kind` is "ticket", "article" or "user". Any thread.
class ExternalIdRepository
{
public:
    /// The integration `id`; nothing when there is none.
    static std::optional<IntegrationAccount> integration(Tx &tx, std::int64_t id);
    /// Holds the key (integration, kind, externalId) until the transaction ends, so that two
    /// requests creating the same object run one after the other.
    static void lockKey(Tx &tx, std::int64_t integrationId, const std::string &kind, const std::string &externalId);
    /// The local id linked to the key; nothing when none is.
    static std::optional<std::int64_t> localId(Tx &tx, std::int64_t integrationId, const std::string &kind,
                                               const std::string &externalId);
    /// Links the key to `localId`; throws pqxx::unique_violation when the key is taken.
    static void link(Tx &tx, std::int64_t integrationId, const std::string &kind, const std::string &externalId,
                     std::int64_t localId);
    /// The links of the given local objects of `kind` (of `onlyIntegration` when given), by
    /// local id, in the order of their integrations.
    static std::map<std::int64_t, std::vector<ExternalIdLink>> linksOf(Tx &tx, const std::string &kind,
                                                                       const std::vector<std::int64_t> &localIds,
                                                                       std::optional<std::int64_t> onlyIntegration);
};

} // namespace helpdesk::db
