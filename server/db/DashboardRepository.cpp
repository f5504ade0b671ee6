#include "db/DashboardRepository.h"

#include <map>

namespace helpdesk::db {

namespace {
// The custom channels' rule of Permissions::canReadTicket, for a ticket `t`, as every panel states
// it: $5, an integration's token's integration (NULL: any other caller), reaches no ticket of
// another integration's channel.
#define REACHED                                                                                                        \
    "($5::bigint IS NULL OR t.channel_id IS NULL OR EXISTS (SELECT 1 FROM custom_channels c"                           \
    " WHERE c.id = t.channel_id AND c.integration_id = $5))"

// Every panel takes $1 from, $2 to, $3 group (or NULL), $4 the groups the caller may see (NULL:
// all) and $5 for REACHED. Rows come back as JSON built by PostgreSQL.
const std::map<std::string, Statement> &panels()
{
    static const std::map<std::string, Statement> all{
        {"open_by_group_state",
         {"dashboard_open_by_group_state",
          "SELECT coalesce(json_agg(r ORDER BY r.group_name, r.state_name), '[]')::text FROM ("
          " SELECT t.group_id, g.name AS group_name, t.state_id, s.name AS state_name, count(*) AS tickets"
          " FROM tickets t JOIN groups g ON g.id = t.group_id JOIN ticket_states s ON s.id = t.state_id"
          " WHERE t.closed_at IS NULL AND ($3::bigint IS NULL OR t.group_id = $3) AND ($4::bigint[] IS NULL OR "
          "t.group_id = ANY ($4)) AND " REACHED
          " AND ($1::text, $2::text) IS NOT NULL" // the open work now: the period does not apply
          " GROUP BY 1, 2, 3, 4) r"}},
        {"new_vs_closed",
         {"dashboard_new_vs_closed",
          "SELECT coalesce(json_agg(r ORDER BY r.day), '[]')::text FROM ("
          " SELECT d.day, sum(d.created)::bigint AS created, sum(d.closed)::bigint AS closed FROM"
          "  (SELECT day, group_id, created, closed FROM ticket_daily_stats"
          "   UNION ALL SELECT day, group_id, created, closed FROM ticket_stat_deltas" // deltas not folded yet
          // The counts hold every ticket: those of channels the caller does not reach are taken out.
          "   UNION ALL SELECT (t.created_at AT TIME ZONE 'UTC')::date, t.group_id, -1, 0 FROM tickets t"
          "    WHERE t.channel_id IS NOT NULL AND NOT " REACHED
          "   UNION ALL SELECT (t.closed_at AT TIME ZONE 'UTC')::date, t.group_id, 0, -1 FROM tickets t"
          "    WHERE t.channel_id IS NOT NULL AND t.closed_at IS NOT NULL AND NOT " REACHED ") d"
          " WHERE d.day >= $1::date AND d.day < $2::date AND ($3::bigint IS NULL OR d.group_id = $3)"
          " AND ($4::bigint[] IS NULL OR d.group_id = ANY ($4)) GROUP BY d.day) r"}},
        {"response_times",
         {"dashboard_response_times",
          "SELECT row_to_json(r)::text FROM ("
          " SELECT count(*) AS tickets,"
          "  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t.first_response_at - t.created_at) / 60)"
          "   FILTER (WHERE t.first_response_at IS NOT NULL) AS first_response_median_minutes,"
          "  percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM t.first_response_at - t.created_at) / 60)"
          "   FILTER (WHERE t.first_response_at IS NOT NULL) AS first_response_p90_minutes,"
          "  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t.closed_at - t.created_at) / 60)"
          "   FILTER (WHERE t.closed_at IS NOT NULL) AS resolution_median_minutes,"
          "  percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM t.closed_at - t.created_at) / 60)"
          "   FILTER (WHERE t.closed_at IS NOT NULL) AS resolution_p90_minutes,"
          "  (SELECT avg(first_response_minutes) FROM slas WHERE active) AS sla_first_response_minutes,"
          "  (SELECT avg(solution_minutes) FROM slas WHERE active) AS sla_solution_minutes, false AS approximate"
          " FROM tickets t WHERE t.created_at >= $1::timestamptz AND t.created_at < $2::timestamptz"
          " AND ($3::bigint IS NULL OR t.group_id = $3) AND ($4::bigint[] IS NULL OR t.group_id = ANY ($4))"
          " AND " REACHED ") r"}},
        {"ratings",
         {"dashboard_ratings",
          "SELECT row_to_json(r)::text FROM ("
          " SELECT count(*) AS ratings, round(avg(x.score), 2) AS average,"
          "  round(100.0 * count(*) FILTER (WHERE x.score >= 4) / nullif(count(*), 0), 1) AS satisfied_percent,"
          "  count(*) FILTER (WHERE x.score = 1) AS score_1, count(*) FILTER (WHERE x.score = 2) AS score_2,"
          "  count(*) FILTER (WHERE x.score = 3) AS score_3, count(*) FILTER (WHERE x.score = 4) AS score_4,"
          "  count(*) FILTER (WHERE x.score = 5) AS score_5"
          " FROM ticket_ratings x JOIN tickets t ON t.id = x.ticket_id"
          " WHERE x.updated_at >= $1::timestamptz AND x.updated_at < $2::timestamptz"
          " AND ($3::bigint IS NULL OR t.group_id = $3) AND ($4::bigint[] IS NULL OR t.group_id = ANY ($4))"
          " AND " REACHED ") r"}},
        {"breaches",
         {"dashboard_breaches", "SELECT coalesce(json_agg(r ORDER BY r.kind), '[]')::text FROM ("
                                " SELECT k.kind, count(*) AS tickets FROM tickets t, unnest(t.sla_breached) AS k(kind)"
                                " WHERE t.created_at >= $1::timestamptz AND t.created_at < $2::timestamptz AND "
                                "cardinality(t.sla_breached) > 0"
                                " AND ($3::bigint IS NULL OR t.group_id = $3) AND ($4::bigint[] IS NULL OR t.group_id "
                                "= ANY ($4)) AND " REACHED " GROUP BY k.kind) r"}},
        {"workload",
         {"dashboard_workload",
          "SELECT coalesce(json_agg(r ORDER BY r.open_tickets DESC), '[]')::text FROM ("
          " SELECT t.owner_id, coalesce(u.name, '(nobody)') AS owner_name, count(*) AS open_tickets,"
          "  count(*) FILTER (WHERE least(t.first_response_due_at, t.update_due_at, t.solution_due_at) < now()) AS "
          "overdue"
          " FROM tickets t LEFT JOIN users u ON u.id = t.owner_id"
          " WHERE t.closed_at IS NULL AND ($3::bigint IS NULL OR t.group_id = $3) AND ($4::bigint[] IS NULL OR "
          "t.group_id = ANY ($4)) AND " REACHED " AND ($1::text, $2::text) IS NOT NULL"
          " GROUP BY t.owner_id, u.name) r"}},
        {"backlog_age",
         {"dashboard_backlog_age",
          // One pass over the open work (a join per bucket read it five times: 208 ms at p95 on 1M tickets).
          "SELECT coalesce(json_agg(json_build_object('bucket', b.bucket, 'tickets', coalesce(c.tickets, 0)) ORDER BY "
          "b.n), '[]')::text"
          " FROM (VALUES (1, 'under 1 day'), (2, '1-3 days'), (3, '3-7 days'), (4, '7-30 days'), (5, 'over 30 days')) "
          "AS b(n, bucket)"
          " LEFT JOIN (SELECT CASE WHEN t.created_at > now() - interval '1 day' THEN 1 WHEN t.created_at > now() - "
          "interval '3 days' THEN 2"
          "   WHEN t.created_at > now() - interval '7 days' THEN 3 WHEN t.created_at > now() - interval '30 days' THEN "
          "4 ELSE 5 END AS n,"
          "   count(*) AS tickets FROM tickets t WHERE t.closed_at IS NULL AND ($3::bigint IS NULL OR t.group_id = $3)"
          "   AND ($4::bigint[] IS NULL OR t.group_id = ANY ($4)) AND " REACHED " AND ($1::text, $2::text) IS NOT NULL"
          "   GROUP BY 1) c "
          "ON c.n = b.n"}},
    };
    return all;
}

// Whole months of the period [$1, $2) in UTC: from the first month that starts inside it to the
// month $2 falls in; both as instants, passed on as constants so the ticket scans use the index.
const Statement kFullMonths{
    "dashboard_full_months",
    "SELECT first_full < end_full, (first_full AT TIME ZONE 'UTC')::text, (end_full AT TIME ZONE 'UTC')::text FROM ("
    " SELECT CASE WHEN date_trunc('month', f) = f THEN f ELSE date_trunc('month', f) + interval '1 month' END AS "
    "first_full,"
    "        date_trunc('month', t) AS end_full FROM (SELECT $1::timestamptz AT TIME ZONE 'UTC' AS f, $2::timestamptz "
    "AT TIME ZONE 'UTC' AS t) x) b"};

// response_times for periods with whole months ($5 first whole month, $6 the month after the
// last): the months' histograms plus the tickets of the partial months at both ends, bucketed on
// the fly; percentiles from the merged histogram are within 2.5% (the buckets are 5% wide).
const Statement kResponseTimesFromHistograms{
    "dashboard_response_times_from_histograms",
    "WITH edge AS MATERIALIZED (SELECT t.created_at, t.first_response_at, t.closed_at FROM tickets t"
    "  WHERE t.created_at >= $1::timestamptz AND t.created_at < $5::timestamptz"
    "  AND ($3::bigint IS NULL OR t.group_id = $3) AND ($4::bigint[] IS NULL OR t.group_id = ANY ($4))"
    "  UNION ALL SELECT t.created_at, t.first_response_at, t.closed_at FROM tickets t"
    "  WHERE t.created_at >= $6::timestamptz AND t.created_at < $2::timestamptz"
    "  AND ($3::bigint IS NULL OR t.group_id = $3) AND ($4::bigint[] IS NULL OR t.group_id = ANY ($4))),"
    " h AS (SELECT metric, bucket, sum(n)::bigint AS n FROM ("
    "   SELECT s.metric, s.bucket, s.tickets AS n FROM"
    "    (SELECT month, group_id, metric, bucket, tickets FROM ticket_time_histogram"
    "     UNION ALL SELECT month, group_id, metric, bucket, tickets FROM ticket_time_deltas) s"
    "    WHERE s.month >= ($5::timestamptz AT TIME ZONE 'UTC')::date AND s.month < ($6::timestamptz AT TIME ZONE "
    "'UTC')::date"
    "    AND ($3::bigint IS NULL OR s.group_id = $3) AND ($4::bigint[] IS NULL OR s.group_id = ANY ($4))"
    "   UNION ALL SELECT 1::smallint, response_bucket(extract(epoch FROM first_response_at - created_at) / 60), 1"
    "    FROM edge WHERE first_response_at IS NOT NULL"
    "   UNION ALL SELECT 2::smallint, response_bucket(extract(epoch FROM closed_at - created_at) / 60), 1"
    "    FROM edge WHERE closed_at IS NOT NULL) x GROUP BY 1, 2 HAVING sum(n) > 0),"
    " c AS (SELECT metric, bucket, sum(n) OVER (PARTITION BY metric ORDER BY bucket) AS cumulative,"
    "              sum(n) OVER (PARTITION BY metric) AS total FROM h),"
    " p AS (SELECT metric, round(response_bucket_minutes(min(bucket) FILTER (WHERE cumulative >= 0.5 * "
    "total))::numeric, 1) AS median,"
    "              round(response_bucket_minutes(min(bucket) FILTER (WHERE cumulative >= 0.9 * total))::numeric, 1) AS "
    "p90"
    "       FROM c GROUP BY metric)"
    " SELECT row_to_json(r)::text FROM (SELECT"
    "  (SELECT coalesce(sum(d.created), 0) FROM (SELECT day, group_id, created FROM ticket_daily_stats"
    "     UNION ALL SELECT day, group_id, created FROM ticket_stat_deltas) d"
    "   WHERE d.day >= $1::date AND d.day < $2::date AND ($3::bigint IS NULL OR d.group_id = $3)"
    "   AND ($4::bigint[] IS NULL OR d.group_id = ANY ($4))) AS tickets,"
    "  (SELECT median FROM p WHERE metric = 1) AS first_response_median_minutes,"
    "  (SELECT p90 FROM p WHERE metric = 1) AS first_response_p90_minutes,"
    "  (SELECT median FROM p WHERE metric = 2) AS resolution_median_minutes,"
    "  (SELECT p90 FROM p WHERE metric = 2) AS resolution_p90_minutes,"
    "  (SELECT avg(first_response_minutes) FROM slas WHERE active) AS sla_first_response_minutes,"
    "  (SELECT avg(solution_minutes) FROM slas WHERE active) AS sla_solution_minutes,"
    "  true AS approximate) r"};
// ratings by agent: the summary's columns per agent rated, the most rated first; ratings that
// name no agent (a ticket rated while it had no owner) under agent_id null.
const Statement kRatingsByAgent{
    "dashboard_ratings_by_agent",
    "SELECT coalesce(json_agg(r ORDER BY r.ratings DESC, r.agent_name), '[]')::text FROM ("
    " SELECT x.agent_id, coalesce(u.name, '(nobody)') AS agent_name, count(*) AS ratings,"
    "  round(avg(x.score), 2) AS average,"
    "  round(100.0 * count(*) FILTER (WHERE x.score >= 4) / count(*), 1) AS satisfied_percent,"
    "  count(*) FILTER (WHERE x.article_id IS NOT NULL) AS reply_ratings,"
    "  count(*) FILTER (WHERE x.score = 1) AS score_1, count(*) FILTER (WHERE x.score = 2) AS score_2,"
    "  count(*) FILTER (WHERE x.score = 3) AS score_3, count(*) FILTER (WHERE x.score = 4) AS score_4,"
    "  count(*) FILTER (WHERE x.score = 5) AS score_5"
    " FROM ticket_ratings x JOIN tickets t ON t.id = x.ticket_id LEFT JOIN users u ON u.id = x.agent_id"
    " WHERE x.updated_at >= $1::timestamptz AND x.updated_at < $2::timestamptz"
    " AND ($3::bigint IS NULL OR t.group_id = $3) AND ($4::bigint[] IS NULL OR t.group_id = ANY ($4)) AND " REACHED
    " GROUP BY x.agent_id, u.name) r"};
const Statement kFoldDailyStats{"dashboard_fold_daily_stats", "SELECT ticket_daily_stats_fold()"};
const Statement kFoldTimeHistograms{"dashboard_fold_time_histograms", "SELECT ticket_time_histogram_fold()"};

// Panels run unprepared: each is planned with its period and groups, so the planner can use the
// indexes on created_at for short periods (a prepared statement may switch to a generic plan).
pqxx::result runUnprepared(Tx &tx, const Statement &panel, const DashboardQuery &query)
{
    return tx.execUnprepared(panel, query.from, query.to, query.groupId, query.visibleGroups, query.integrationId);
}
} // namespace

bool DashboardRepository::hasPanel(const std::string &panel)
{
    return panels().count(panel) > 0;
}

std::string DashboardRepository::panelRows(Tx &tx, const DashboardQuery &query)
{
    pqxx::result r;
    // The monthly histograms count every ticket: a caller who does not reach every channel's
    // tickets gets the exact figures from the tickets it reaches.
    const bool mayUseHistograms = query.panel == "response_times" && !query.integrationId;
    auto months = mayUseHistograms ? tx.execUnprepared(kFullMonths, query.from, query.to)[0] : pqxx::row();
    if (mayUseHistograms && months[0].as<bool>())
        r = tx.execUnprepared(kResponseTimesFromHistograms, query.from, query.to, query.groupId, query.visibleGroups,
                              months[1].as<std::string>(), months[2].as<std::string>());
    else if (query.panel == "ratings" && query.byAgent)
        r = runUnprepared(tx, kRatingsByAgent, query);
    else
        r = runUnprepared(tx, panels().at(query.panel), query);
    return r.empty() || r[0][0].is_null() ? "[]" : r[0][0].c_str();
}

void DashboardRepository::foldDailyStats(Tx &tx)
{
    tx.exec(kFoldDailyStats);
}

void DashboardRepository::foldTimeHistograms(Tx &tx)
{
    tx.exec(kFoldTimeHistograms);
}

} // namespace helpdesk::db
