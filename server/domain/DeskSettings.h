#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "protocol/Json.h"

#include <functional>

namespace helpdesk::domain::desksettings {

/// The admin check of a change of the settings table (the untyped part of `update`).
void requireAdmin(const Actor &actor);
/// Stores `after` under `key` and audits the change as "<name>_settings.updated".
void store(db::Tx &tx, const Actor &actor, const char *key, const char *name, const protocol::JsonObject &before,
           const protocol::JsonObject &after);

/// How an admin changes one row of the settings table (security, sso, portal): admins only; the
/// stored settings (`Settings::load`) are changed by `apply` from `changes`, read strictly (unknown
/// keys refused), then stored and audited (`store`). Returns the new settings.
template <typename Settings>
Settings update(db::Tx &tx, const Actor &actor, const char *key, const char *name, const protocol::JsonObject &changes,
                const std::function<void(Settings &, protocol::JsonReader &)> &apply)
{
    requireAdmin(actor);
    const auto before = Settings::load(tx);
    auto after = before;
    protocol::JsonReader r(changes);
    apply(after, r);
    r.finish();
    store(tx, actor, key, name, before.toJson(), after.toJson());
    return after;
}

} // namespace helpdesk::domain::desksettings
