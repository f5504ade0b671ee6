#include "domain/DeskSettings.h"

#include "db/MailRepository.h"
#include "domain/Audit.h"
#include "domain/Permissions.h"

namespace helpdesk::domain::desksettings {

void requireAdmin(const Actor &actor)
{
    permissions::requireAdmin(actor);
}

void store(db::Tx &tx, const Actor &actor, const char *key, const char *name, const protocol::JsonObject &before,
           const protocol::JsonObject &after)
{
    db::MailRepository::putSetting(tx, key, after);
    const std::string kind = std::string(name) + "_settings";
    audit::record(tx, actor, kind + ".updated", kind, std::nullopt, before, after);
}

} // namespace helpdesk::domain::desksettings
