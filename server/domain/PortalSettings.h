#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "protocol/Json.h"

namespace helpdesk::domain {

/// Whether the desk offers customers the requester portal (row "portal" of the settings table).
/// Off: customers' portal pages say it is not offered, sign-in links are not mailed and
/// acknowledgements carry no portal link; password and invitation links and staff sign-in work
/// as before. On by default. Read from the database on each use, so a change holds at once on
/// every instance. Value type.
struct PortalSettings {
    bool enabled = true;

    /// The stored settings (defaults when none were stored).
    static PortalSettings load(db::Tx &tx);
    /// Admins only: reads `enabled` (strict: unknown keys refused), stores it, audits the change
    /// and returns the new settings.
    static PortalSettings update(db::Tx &tx, const Actor &actor, const protocol::JsonObject &changes);
    /// {"enabled": bool} for the API.
    protocol::JsonObject toJson() const;
};

} // namespace helpdesk::domain
