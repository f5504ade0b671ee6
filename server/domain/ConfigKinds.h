#pragma once

#include "domain/ConfigKind.h"

#include <string_view>
#include <vector>

namespace helpdesk::domain {

/// Every configuration kind, in the order their routes are declared (state, priority, type, group,
/// organization, custom_field, text_module, calendar, sla, trigger, macro, integration). Any thread.
const std::vector<const ConfigKind *> &configKinds();

/// The kind with this wire name ("sla"), or nullptr.
const ConfigKind *findConfigKind(std::string_view name);

/// The kind whose rows these are.
const ConfigKind &configKindFor(db::ConfigKind rows);

} // namespace helpdesk::domain
