#pragma once

#include "db/ConfigRepository.h"
#include "domain/Actor.h"
#include "protocol/Messages.h"

namespace helpdesk::domain {

/// Configuration (states, priorities, types, groups, organizations, custom fields) and people.
/// Validates every key and value, records an event for each change. Stateless; any thread.
class AdminService
{
public:
    /// Lists are readable by staff (the client needs them); customers see groups only.
    static protocol::JsonArray list(db::Tx &tx, const Actor &actor, db::ConfigKind kind);
    static protocol::JsonObject create(db::Tx &tx, const Actor &actor, db::ConfigKind kind, const protocol::JsonObject &params);
    static protocol::JsonObject update(db::Tx &tx, const Actor &actor, db::ConfigKind kind, const protocol::JsonObject &params);

    /// Grants or revokes group access: {group_id, user_id, access: "read"|"full"|null}.
    static protocol::JsonArray setGroupMember(db::Tx &tx, const Actor &actor, const protocol::JsonObject &params);
    static protocol::JsonArray groupMembers(db::Tx &tx, const Actor &actor, std::int64_t groupId);

    /// Admins create any user; agents create customers (e.g. for a phone call).
    static protocol::User createUser(db::Tx &tx, const Actor &actor, const protocol::JsonObject &params);
    static protocol::User updateUser(db::Tx &tx, const Actor &actor, const protocol::JsonObject &params);
    static protocol::User getUser(db::Tx &tx, const Actor &actor, std::int64_t id);
    static protocol::JsonArray listUsers(db::Tx &tx, const Actor &actor, const protocol::JsonObject &params);
};

/// Parses a config kind's wire name ("state", "priority", "type", "group", "organization", "custom_field").
db::ConfigKind configKindFromName(const std::string &name);

} // namespace helpdesk::domain
