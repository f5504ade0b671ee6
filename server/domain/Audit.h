#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "protocol/Json.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::domain::audit {

/// Records one configuration change in the audit log: who, what, and each field that differs
/// between `before` and `after` (null for a creation or a removal). Both are API representations,
/// which never carry secrets; nested objects are compared field by field ("smtp.host"). A secret
/// given in the request (a password) is named in `secretsChanged` and recorded as "(changed)".
void record(db::Tx &tx, const Actor &actor, const std::string &action, const std::string &objectKind,
            std::optional<std::int64_t> objectId, const protocol::JsonObject &before, const protocol::JsonObject &after,
            const std::vector<std::string> &secretsChanged = {});

/// The log for admins, newest first: optional `object_kind`, `object_id`, `actor_id`, `before_id`,
/// `limit` (1–1000, default 100).
protocol::JsonArray list(db::Tx &tx, const Actor &actor, const protocol::JsonObject &params);

} // namespace helpdesk::domain::audit
