#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "protocol/Json.h"
#include "protocol/Messages.h"

#include <set>

namespace helpdesk::domain {

/// The desk's sign-in rules an admin sets (row "security" of the settings table): which staff
/// roles must sign in with a second factor. Read from the database on each sign-in, so a change
/// holds at once on every instance. Value type.
struct SecuritySettings {
    std::set<protocol::Role> twoFactorRequiredRoles; // staff roles only; customers are never required

    /// The stored settings (defaults when none were stored).
    static SecuritySettings load(db::Tx &tx);
    /// Admins only: reads `two_factor_required_roles` (a list of admin, supervisor, agent; strict,
    /// unknown keys refused), stores it, audits the change and returns the new settings.
    static SecuritySettings update(db::Tx &tx, const Actor &actor, const protocol::JsonObject &changes);
    /// {"two_factor_required_roles": [...]} for the API.
    protocol::JsonObject toJson() const;
    bool requiresTwoFactor(protocol::Role role) const { return twoFactorRequiredRoles.count(role) > 0; }
};

} // namespace helpdesk::domain
