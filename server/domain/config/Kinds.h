#pragma once

#include "domain/ConfigKind.h"

/// One declaration per configuration kind, each defined in its own file here; the registry
/// (domain/ConfigKinds.cpp) lists them. Nothing else should need this header.
namespace helpdesk::domain::config {

const ConfigKind &stateKind();
const ConfigKind &priorityKind();
const ConfigKind &typeKind();
const ConfigKind &groupKind();
const ConfigKind &organizationKind();
const ConfigKind &customFieldKind();
const ConfigKind &textModuleKind();
const ConfigKind &calendarKind();
const ConfigKind &slaKind();
const ConfigKind &triggerKind();
const ConfigKind &macroKind();

} // namespace helpdesk::domain::config
