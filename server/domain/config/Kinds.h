#pragma once

#include "domain/ConfigKind.h"

/// One declaration per configuration kind, each defined in its own file here; the registry
/// (domain/ConfigKinds.cpp) lists them. Nothing else should need this header.
/// A new kind: its table (a migration), a db::ConfigKind with its columns in ConfigRepository.cpp,
/// a file here with its rules, a line below and in ConfigKinds.cpp. Its methods, routes, events
/// and audit entries follow from the registry; document it in docs/api.md.
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
const ConfigKind &integrationKind();

} // namespace helpdesk::domain::config
