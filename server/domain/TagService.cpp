#include "domain/TagService.h"

#include "db/ConfigRepository.h"
#include "domain/Audit.h"
#include "domain/Permissions.h"
#include "domain/TicketService.h"

namespace helpdesk::domain {

namespace {
protocol::JsonObject tagObject(const std::string &tag)
{
    auto out = protocol::newObject();
    out->set("tag", tag);
    return out;
}
} // namespace

protocol::JsonArray TagService::list(db::Tx &tx, const Actor &actor, bool withCounts)
{
    permissions::requireStaff(actor);
    if (withCounts) {
        // A count over tickets the caller cannot read would tell an agent about other groups' work.
        std::optional<std::vector<std::int64_t>> readable;
        if (actor.role == protocol::Role::Agent) {
            readable.emplace();
            for (const auto &[groupId, access] : actor.groups)
                readable->push_back(groupId);
        }
        return db::ConfigRepository::tagCounts(tx, 10000, readable);
    }
    return protocol::toJsonArray(db::ConfigRepository::allTags(tx, 1000));
}

int TagService::rename(db::Tx &tx, const Actor &actor, const std::string &from, const std::string &to)
{
    auto changed = TicketService::replaceTag(tx, actor, from, to);
    audit::record(tx, actor, "tag.renamed", "tag", std::nullopt, tagObject(from), tagObject(to));
    return changed;
}

int TagService::remove(db::Tx &tx, const Actor &actor, const std::string &tag)
{
    auto changed = TicketService::replaceTag(tx, actor, tag, std::nullopt);
    audit::record(tx, actor, "tag.removed", "tag", std::nullopt, tagObject(tag), nullptr);
    return changed;
}

} // namespace helpdesk::domain
