#include "domain/CallerProfile.h"

#include "db/UserRepository.h"

#include <string>

namespace helpdesk::domain {

protocol::JsonObject CallerProfile::of(db::Tx &tx, const Actor &actor)
{
    auto user = db::UserRepository::findById(tx, actor.userId);
    auto groups = protocol::newObject();
    for (const auto &[id, access] : actor.groups)
        groups->set(std::to_string(id), access == GroupAccess::Full ? "full" : "read");
    auto out = protocol::newObject();
    out->set("user", user->toJson());
    out->set("groups", groups);
    return out;
}

} // namespace helpdesk::domain
