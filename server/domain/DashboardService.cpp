#include "domain/DashboardService.h"

#include "db/DashboardRepository.h"
#include "domain/Permissions.h"
#include "protocol/ProtocolError.h"

#include <re2/re2.h>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

protocol::JsonObject DashboardService::panel(db::Tx &tx, const Actor &actor, const Query &query)
{
    if (!actor.isStaff())
        throw ApiError(ErrorCode::Forbidden, "dashboards are for staff");
    if (!db::DashboardRepository::hasPanel(query.panel))
        throw ApiError(ErrorCode::ValidationFailed,
                       "panel must be open_by_group_state, new_vs_closed, response_times, breaches, workload, "
                       "backlog_age or ratings",
                       "panel");
    if (query.by && (*query.by != "agent" || query.panel != "ratings"))
        throw ApiError(ErrorCode::ValidationFailed, "by may only be agent, for the ratings panel", "by");
    // Agents see their own groups; admins and supervisors everything.
    std::optional<std::string> visible;
    if (!actor.isAdmin() && actor.role != protocol::Role::Supervisor) {
        std::string list = "{";
        for (const auto &[group, access] : actor.groups)
            list += (list.size() > 1 ? "," : "") + std::to_string(group);
        visible = list + "}";
    }
    static const RE2 when("\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+(Z|[+-]\\d{2}(:?\\d{2})?)?)?");
    for (const auto &[value, field] : {std::pair{query.from, "from"}, std::pair{query.to, "to"}})
        if (!RE2::FullMatch(value, when))
            throw ApiError(ErrorCode::ValidationFailed, std::string(field) + " must be a date such as 2026-11-01",
                           field);
    // An integration's token counts no ticket of another integration's channel.
    std::optional<std::int64_t> integration;
    if (actor.integration)
        integration = actor.integration->id;
    auto rows = db::DashboardRepository::panelRows(
        tx, {query.panel, query.from, query.to, query.groupId, visible, query.by.has_value(), integration});
    auto out = protocol::newObject();
    out->set("panel", query.panel);
    out->set("rows", protocol::parseJsonObject("{\"r\":" + rows + "}")->get("r"));
    return out;
}

} // namespace helpdesk::domain
