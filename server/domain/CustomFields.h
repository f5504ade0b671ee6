#pragma once

#include "protocol/Json.h"

#include <string>

namespace helpdesk::domain {

/// Checks custom field values against their definitions (type, allowed options, required) and
/// fills defaults. Pure; any thread.
namespace customfields {
/// Returns `current` with `changes` applied (a null value removes a key). Throws
/// ApiError(ValidationFailed) naming "custom.<name>" for an unknown field or a bad value.
/// With `creating`, required fields must end up present and defaults fill absent ones.
protocol::JsonObject apply(const protocol::JsonArray &definitions, const protocol::JsonObject &current,
                           const protocol::JsonObject &changes, bool creating);
} // namespace customfields

} // namespace helpdesk::domain
