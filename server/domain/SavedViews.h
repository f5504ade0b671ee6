#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "protocol/Json.h"

#include <cstdint>

namespace helpdesk::domain {

/// Saved views of the agents' inbox: a filter over tickets, a sort and the columns shown, either an
/// agent's own or shared with a group's agents (docs/api.md, "Saved views"). An agent sees their own
/// and those shared with their groups, admins every shared one; a personal view is changed only by
/// its owner, a shared one by admins, supervisors and the group's agents with full access. Every
/// change is a `view.changed` event for those who may see the view (and one with "view": null for
/// those who no longer may). Integration tokens have none. Any thread.
class SavedViews
{
public:
    /// {"views": [...]}: the caller's own, then the shared ones, by position.
    static protocol::JsonObject list(db::Tx &tx, const Actor &actor);
    /// Creates a view from {name, group_id?, filter, sort?, columns?, position?}; returns it.
    static protocol::JsonObject create(db::Tx &tx, const Actor &actor, const protocol::JsonObject &params);
    /// Changes the fields given of view `id` (group_id null: the caller's own from now on); returns it.
    static protocol::JsonObject update(db::Tx &tx, const Actor &actor, const protocol::JsonObject &params);
    static void remove(db::Tx &tx, const Actor &actor, std::int64_t id);

    /// Throws ApiError(ValidationFailed) naming the first bad path ("filter.conditions[2].field")
    /// unless `filter` is a filter as docs/api.md describes it; `customFields`: the ticket custom
    /// field definitions a custom.<name> condition may name.
    static void validateFilter(const Poco::Dynamic::Var &filter, const protocol::JsonArray &customFields);
};

} // namespace helpdesk::domain
