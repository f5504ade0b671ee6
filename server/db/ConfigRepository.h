#pragma once

#include "db/ConnectionPool.h"
#include "protocol/Json.h"

#include <optional>
#include <string>
#include <vector>

namespace helpdesk::db {

/// The configurable lists an admin maintains.
enum class ConfigKind {
    State,
    Priority,
    Type,
    Group,
    Organization,
    CustomField,
    TextModule,
    Calendar,
    Sla,
    Trigger,
    Macro,
    Integration
};

/// Generic SQL for configuration rows, read and written as JSON objects whose keys are the
/// table's columns. Callers validate keys and values first (see AdminService). Any thread.
class ConfigRepository
{
public:
    static protocol::JsonArray list(Tx &tx, ConfigKind kind);
    static protocol::JsonObject get(Tx &tx, ConfigKind kind, std::int64_t id); // nullptr when missing
    static protocol::JsonObject insert(Tx &tx, ConfigKind kind, const protocol::JsonObject &values);
    /// Changes only the keys present in `values`.
    static protocol::JsonObject update(Tx &tx, ConfigKind kind, std::int64_t id, const protocol::JsonObject &values);

    static std::int64_t defaultStateId(Tx &tx);
    static std::int64_t defaultPriorityId(Tx &tx);
    /// The first active state of a type (e.g. "open", "merged").
    static std::optional<std::int64_t> stateIdOfType(Tx &tx, const std::string &stateType);

    static void setGroupAddresses(Tx &tx, std::int64_t groupId, const std::vector<std::string> &addresses);
    /// Grants (access "read" or "full") or revokes (nullopt) a user's access to a group.
    static void setGroupMember(Tx &tx, std::int64_t groupId, std::int64_t userId,
                               const std::optional<std::string> &access);
    static protocol::JsonArray groupMembers(Tx &tx, std::int64_t groupId);
    static std::vector<std::int64_t> groupIdsOf(Tx &tx, std::int64_t userId);
    /// Ids of the users who belong to an organization.
    static std::vector<std::int64_t> organizationMemberIds(Tx &tx, std::int64_t organizationId);
    /// Active custom field definitions of an object kind ("ticket", "user", "organization").
    static protocol::JsonArray customFields(Tx &tx, const std::string &objectKind);
    /// Tags with how many tickets carry each, most used first; with `onlyGroups`, counting only the
    /// tickets of those groups.
    static protocol::JsonArray tagCounts(Tx &tx, int limit,
                                         const std::optional<std::vector<std::int64_t>> &onlyGroups = std::nullopt);
    static std::vector<std::string> allTags(Tx &tx, int limit);
    /// Whether PostgreSQL knows the time zone name (Europe/Berlin), as calendars need.
    static bool isTimeZone(Tx &tx, const std::string &name);
};

} // namespace helpdesk::db
