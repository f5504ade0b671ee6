#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "protocol/Json.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::domain {

/// Checks custom field values against their definitions (type, allowed options, required), fills
/// defaults, and keeps the fields an integration owns to its API tokens. Pure but for the one
/// requireOwner that reads the definitions; any thread.
namespace customfields {
/// Who sets the values: customers only those of fields marked customer_editable (and owned by no
/// integration).
enum class Writer { Staff, Customer };

/// Returns `current` with `changes` applied (a null value removes a key). Throws
/// ApiError(ValidationFailed) naming "custom.<name>" for an unknown field or a bad value, and
/// ApiError(Forbidden) for a customer's change of a field not marked customer_editable.
/// With `creating`, required fields must end up present (those a customer may set, when a customer
/// writes) and defaults fill absent ones.
protocol::JsonObject apply(const protocol::JsonArray &definitions, const protocol::JsonObject &current,
                           const protocol::JsonObject &changes, bool creating, Writer writer = Writer::Staff);

/// The integration that fills a field (its `integration_id`), or nothing for the desk's own field.
std::optional<std::int64_t> ownerOf(const protocol::JsonObject &definition);

/// Throws ApiError(Forbidden) naming "custom.<name>" when `changes` sets a field an integration
/// owns and the writer is not that integration's API token (`writerIntegration`: the token's
/// integration, nothing for anyone else). Staff still read such fields; only the writing is the
/// integration's.
void requireOwner(const protocol::JsonArray &definitions, const protocol::JsonObject &changes,
                  std::optional<std::int64_t> writerIntegration);
/// requireOwner with the active definitions of `objectKind` and the actor's integration; `custom`
/// is a request's `custom` (nothing to check unless it is an object). Reads the definitions.
void requireOwner(db::Tx &tx, const Actor &actor, const std::string &objectKind, const Poco::Dynamic::Var &custom);

/// What an integration's lookup answer may set: the values of the fields `integrationId` owns,
/// each checked by type (null clears one). The rest is left out and described in `ignored`
/// ("tariff: not a field of this integration").
struct OwnedValues {
    protocol::JsonObject values;
    std::vector<std::string> ignored;
};
OwnedValues ownedValues(const protocol::JsonArray &definitions, std::int64_t integrationId,
                        const protocol::JsonObject &answered);
} // namespace customfields

} // namespace helpdesk::domain
