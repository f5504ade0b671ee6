#pragma once

#include "protocol/Json.h"

#include <string>

namespace helpdesk::domain {

/// Checks custom field values against their definitions (type, allowed options, required) and
/// fills defaults. Pure; any thread.
namespace customfields {
/// Who sets the values: customers only those of fields marked customer_editable.
enum class Writer { Staff, Customer };

/// Returns `current` with `changes` applied (a null value removes a key). Throws
/// ApiError(ValidationFailed) naming "custom.<name>" for an unknown field or a bad value, and
/// ApiError(Forbidden) for a customer's change of a field not marked customer_editable.
/// With `creating`, required fields must end up present (those a customer may set, when a customer
/// writes) and defaults fill absent ones.
protocol::JsonObject apply(const protocol::JsonArray &definitions, const protocol::JsonObject &current,
                           const protocol::JsonObject &changes, bool creating, Writer writer = Writer::Staff);
} // namespace customfields

} // namespace helpdesk::domain
