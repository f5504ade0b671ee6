#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "protocol/Json.h"

#include <cstdint>

namespace helpdesk::integrations::sharing {

/// Each agreement's status map as its admins read and change it (docs/api.md, Ticket sharing):
/// what we send for each of our state types and which state each of the partner's words puts a
/// ticket in. Any thread.
class StatusMaps
{
public:
    /// Admins: the map in effect for the agreement, {"outbound": {state_type: word}, "inbound":
    /// {word: state_type}} (the defaults with its overrides). NotFound for no such agreement.
    static protocol::JsonObject get(db::Tx &tx, const domain::Actor &actor, std::int64_t agreementId);
    /// Admins: replaces the agreement's overrides with `map` (same form; entries left out keep
    /// their default; ValidationFailed naming the entry for an unknown state or word) and audits
    /// it; returns the map now in effect.
    static protocol::JsonObject set(db::Tx &tx, const domain::Actor &actor, std::int64_t agreementId,
                                    const protocol::JsonObject &map);
};

} // namespace helpdesk::integrations::sharing
