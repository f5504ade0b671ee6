#pragma once

#include "db/ConnectionPool.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::db {

/// Which panel of the dashboard to read, for which period and groups.
struct DashboardQuery {
    std::string panel; // open_by_group_state, new_vs_closed, response_times, breaches, workload, backlog_age, ratings
    std::string from;  // ISO date or time, inclusive
    std::string to;    // exclusive
    std::optional<std::int64_t> groupId;
    std::optional<std::string> visibleGroups; // bigint[] literal of the groups the caller may see; nullopt: all
    bool byAgent = false;                     // ratings: one row per agent rated instead of one summary
    /// An integration's token: of the custom channels' tickets it counts only its own integration's
    /// (Permissions::canReadTicket). nullopt: any other caller.
    std::optional<std::int64_t> integrationId;
};

/// SQL for the supervisors' dashboard panels and the aggregates behind them. Any thread.
class DashboardRepository
{
public:
    /// Whether a panel of this name exists.
    static bool hasPanel(const std::string &panel);
    /// The panel's rows as JSON text built by PostgreSQL: an array, or one object for the summary
    /// panels; "[]" when there is nothing. The panel must exist.
    static std::string panelRows(Tx &tx, const DashboardQuery &query);
    /// Folds the pending daily ticket counts into ticket_daily_stats.
    static void foldDailyStats(Tx &tx);
    /// Folds the pending response-time buckets into ticket_time_histogram.
    static void foldTimeHistograms(Tx &tx);
};

} // namespace helpdesk::db
