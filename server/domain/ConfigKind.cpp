#include "domain/ConfigKind.h"

#include "domain/Validation.h"
#include "domain/config/ConfigFields.h"

namespace helpdesk::domain {

bool mayUse(const Actor &actor, ConfigAccess access)
{
    switch (access) {
    case ConfigAccess::SignedIn:
        return true;
    case ConfigAccess::Staff:
        return actor.isStaff();
    case ConfigAccess::Admin:
        return actor.isAdmin();
    }
    return false;
}

ConfigDocument ConfigKind::read(protocol::JsonReader &request, bool creating) const
{
    ConfigFields fields(request, creating);
    readFields(fields);
    // Every kind's name is a label people read in lists.
    if (fields.columns()->has("name"))
        requireName(fields.columns()->getValue<std::string>("name"));
    request.finish();
    return {fields.columns(), fields.beside()};
}

} // namespace helpdesk::domain
