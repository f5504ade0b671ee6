#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "protocol/Json.h"

#include <optional>
#include <string>

namespace helpdesk::domain {

/// What a supervisor's dashboard shows, panel by panel, for a period and optionally one group:
/// open tickets by group and state, new versus closed per day, first-response and resolution
/// times (median and 90th percentile) against the SLA, SLA breaches, agent workload, and the age
/// of the backlog, customer ratings (in all or per agent rated). Admins and supervisors see every group; an agent only
/// their own groups; an integration's token no ticket of another integration's custom channel, in any panel.
/// Answers come from pre-aggregated daily counts and partial indexes (docs/performance.md).
class DashboardService
{
public:
    struct Query {
        std::string panel; // open_by_group_state, new_vs_closed, response_times, breaches, workload, backlog_age,
                           // ratings
        std::string from;  // ISO date or time, inclusive
        std::string to;    // exclusive
        std::optional<std::int64_t> groupId;
        std::optional<std::string> by; // "agent": the ratings panel per agent rated
    };
    /// {"panel": …, "rows": [...]}; throws ApiError for an unknown panel or a bad period.
    static protocol::JsonObject panel(db::Tx &tx, const Actor &actor, const Query &query);
};

} // namespace helpdesk::domain
