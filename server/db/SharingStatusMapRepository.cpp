#include "db/SharingStatusMapRepository.h"

#include <optional>
#include <string>

namespace helpdesk::db {

namespace {
const Statement kOverrides{"sharing_status_map_get", "SELECT status_map FROM sharing_agreements WHERE id = $1"};
const Statement kStore{"sharing_status_map_put",
                       "UPDATE sharing_agreements SET status_map = $2::jsonb, updated_at = now() WHERE id = $1"};
} // namespace

protocol::JsonObject SharingStatusMapRepository::overrides(Tx &tx, std::int64_t agreementId)
{
    auto result = tx.exec(kOverrides, agreementId);
    if (result.empty() || result[0][0].is_null())
        return nullptr;
    return protocol::parseJsonObject(result[0][0].c_str());
}

void SharingStatusMapRepository::store(Tx &tx, std::int64_t agreementId, const protocol::JsonObject &overrides)
{
    tx.exec(kStore, agreementId,
            overrides ? std::optional<std::string>(protocol::toJsonText(overrides)) : std::optional<std::string>());
}

} // namespace helpdesk::db
