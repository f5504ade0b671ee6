#pragma once

#include "db/ConnectionPool.h"
#include "protocol/Json.h"

#include <cstdint>

namespace helpdesk::db {

/// The status map overrides of each ticket-sharing agreement (sharing_agreements.status_map). Any thread.
class SharingStatusMapRepository
{
public:
    /// The agreement's overrides; nullptr when it keeps the defaults or there is no such agreement.
    static protocol::JsonObject overrides(Tx &tx, std::int64_t agreementId);
    /// Replaces the agreement's overrides (nullptr: back to the defaults).
    static void store(Tx &tx, std::int64_t agreementId, const protocol::JsonObject &overrides);
};

} // namespace helpdesk::db
