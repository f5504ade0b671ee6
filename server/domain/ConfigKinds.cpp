#include "domain/ConfigKinds.h"

#include "domain/config/Kinds.h"

#include <stdexcept>

namespace helpdesk::domain {

const std::vector<const ConfigKind *> &configKinds()
{
    // Listed here rather than registered from each file: a static library drops object files that
    // nothing references, and with them any self-registration.
    static const std::vector<const ConfigKind *> all{
        &config::stateKind(),        &config::priorityKind(),    &config::typeKind(),       &config::groupKind(),
        &config::organizationKind(), &config::customFieldKind(), &config::textModuleKind(), &config::calendarKind(),
        &config::slaKind(),          &config::triggerKind(),     &config::macroKind(),      &config::integrationKind(),
    };
    return all;
}

const ConfigKind *findConfigKind(std::string_view name)
{
    for (const auto *kind : configKinds())
        if (kind->name == name)
            return kind;
    return nullptr;
}

const ConfigKind &configKindFor(db::ConfigKind rows)
{
    for (const auto *kind : configKinds())
        if (kind->rows == rows)
            return *kind;
    throw std::logic_error("a configuration table without a kind");
}

} // namespace helpdesk::domain
