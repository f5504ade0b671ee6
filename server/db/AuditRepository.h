#pragma once

#include "db/ConnectionPool.h"
#include "protocol/Json.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::db {

struct AuditEntry {
    std::optional<std::int64_t> actorId;
    std::string action;     // "sla.updated", "mailbox.created", "token.revoked", …
    std::string objectKind; // "sla", "mailbox", "token", "tag", "mail_settings", …
    std::optional<std::int64_t> objectId;
    std::optional<std::string> objectName;
    protocol::JsonObject changes; // {field: {"old": …, "new": …}}
};

struct AuditFilter {
    std::optional<std::string> objectKind;
    std::optional<std::int64_t> objectId;
    std::optional<std::int64_t> actorId;
    std::optional<std::int64_t> beforeId; // keyset paging, newest first
    int limit = 100;
};

/// SQL for the audit log of configuration changes. Any thread.
class AuditRepository
{
public:
    static void insert(Tx &tx, const AuditEntry &entry);
    /// Newest first, with the actor's name.
    static protocol::JsonArray list(Tx &tx, const AuditFilter &filter);
};

} // namespace helpdesk::db
