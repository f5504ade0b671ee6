#include "domain/Actor.h"

#include "db/UserRepository.h"

namespace helpdesk::domain {

std::optional<Actor> loadActor(db::Tx &tx, std::int64_t userId)
{
    auto access = db::UserRepository::findAccess(tx, userId);
    if (!access)
        return std::nullopt;
    Actor actor;
    actor.userId = access->userId;
    actor.role = access->role;
    actor.email = access->email;
    actor.name = access->name;
    actor.organizationId = access->organizationId;
    actor.organizationShared = access->organizationShared;
    actor.language = access->language;
    for (const auto &membership : access->groups)
        actor.groups[membership.groupId] = membership.fullAccess ? GroupAccess::Full : GroupAccess::Read;
    return actor;
}

} // namespace helpdesk::domain
