#pragma once

#include "db/ConfigRepository.h"
#include "domain/Actor.h"
#include "domain/ConfigKinds.h"
#include "protocol/Messages.h"

namespace helpdesk::domain {

/// Configuration (the kinds of domain::configKinds(): states, groups, SLAs, triggers…) and people.
/// Validates every key and value, records an event and an audit entry for each change. Stateless;
/// any thread.
class AdminService
{
public:
    /// A kind's rows, for those its listAccess admits (staff; customers too for groups and types).
    static protocol::JsonArray list(db::Tx &tx, const Actor &actor, const ConfigKind &kind);
    /// Creates a row from a document the kind's rules accept; announces and audits it.
    static protocol::JsonObject create(db::Tx &tx, const Actor &actor, const ConfigKind &kind,
                                       const protocol::JsonObject &params);
    /// Changes the given keys of row `id`; announces and audits the change.
    static protocol::JsonObject update(db::Tx &tx, const Actor &actor, const ConfigKind &kind,
                                       const protocol::JsonObject &params);

    /// Grants or revokes group access: {group_id, user_id, access: "read"|"full"|null}.
    static protocol::JsonArray setGroupMember(db::Tx &tx, const Actor &actor, const protocol::JsonObject &params);
    /// The members of a group: for admins and supervisors any group, for agents their own groups
    /// (ApiError(Forbidden) otherwise).
    static protocol::JsonArray groupMembers(db::Tx &tx, const Actor &actor, std::int64_t groupId);

    /// Admins create any user; agents create customers (e.g. for a phone call).
    static protocol::User createUser(db::Tx &tx, const Actor &actor, const protocol::JsonObject &params);
    /// Staff move another account's address at once (agents only that of a customer who never set a
    /// password), and the previous address is told; one's own new address waits for confirmation.
    static protocol::User updateUser(db::Tx &tx, const Actor &actor, const protocol::JsonObject &params);
    /// Throws ApiError(Conflict) when the account already has a password: its owner signs in or
    /// resets it, and an invitation is only for choosing a first one.
    static void requireNoPasswordYet(db::Tx &tx, std::int64_t userId);
    static protocol::User getUser(db::Tx &tx, const Actor &actor, std::int64_t id);
    /// Tells staff sessions of a created or changed user (`kind`: user.created, user.updated).
    static void announceUser(db::Tx &tx, std::int64_t actorId, const std::string &kind, const protocol::User &user);
    static protocol::JsonArray listUsers(db::Tx &tx, const Actor &actor, const protocol::JsonObject &params);
};

} // namespace helpdesk::domain
