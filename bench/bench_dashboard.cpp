// bench_dashboard: every supervisor dashboard panel over 1,000,000 tickets (two years, 85% closed,
// first responses, owners, some SLA breaches), through the HTTP API as a supervisor; p50 and p95
// per panel for the last 30 days and the last year.
//
//   build/bin/bench_dashboard [--tickets 1000000] [--runs 40]

#include "BenchSupport.h"
#include "support/Desk.h"

#include <pqxx/pqxx>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>

using namespace helpdesk::test;
using Clock = std::chrono::steady_clock;

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    int tickets = 1000000, runs = 40;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--tickets") == 0)
            tickets = std::atoi(argv[i + 1]);
        if (std::strcmp(argv[i], "--runs") == 0)
            runs = std::atoi(argv[i + 1]);
    }
    Desk desk;
    auto started = Clock::now();
    {
        pqxx::connection c(desk.database().conninfo());
        pqxx::work tx(c);
        // One bulk INSERT: the statement trigger counts all rows into the deltas at once.
        tx.exec_params(
            "INSERT INTO tickets (title, group_id, customer_id, owner_id, state_id, priority_id, created_at, "
            "updated_at,"
            " first_response_at, closed_at, sla_breached)"
            " SELECT 'Ticket ' || i, CASE WHEN i % 3 = 0 THEN $2::bigint ELSE $3::bigint END, $4::bigint,"
            "  CASE WHEN i % 5 = 0 THEN NULL WHEN i % 2 = 0 THEN $5::bigint ELSE $6::bigint END,"
            "  CASE WHEN i % 100 < 85 THEN (SELECT id FROM ticket_states WHERE state_type = 'closed' LIMIT 1)"
            "       ELSE (SELECT id FROM ticket_states WHERE state_type = 'open' LIMIT 1) END,"
            "  (SELECT id FROM ticket_priorities ORDER BY rank LIMIT 1 OFFSET i % 4),"
            "  now() - (i % 730) * interval '1 day' - (i % 1440) * interval '1 minute', now() - (i % 700) * interval "
            "'1 day',"
            "  now() - (i % 730) * interval '1 day' + (i % 600) * interval '1 minute',"
            "  CASE WHEN i % 100 < 85 THEN now() - (i % 730) * interval '1 day' + (i % 5000) * interval '1 minute' END,"
            "  CASE WHEN i % 37 = 0 THEN ARRAY['solution'] WHEN i % 53 = 0 THEN ARRAY['first_response'] ELSE '{}' END"
            " FROM generate_series(1, $1::int) AS i",
            tickets, desk.alpha(), desk.beta(), desk.userId("carol"), desk.userId("alphaFull"),
            desk.userId("betaFull"));
        tx.exec("SELECT ticket_daily_stats_fold()"); // as the SLA watcher's next round would
        tx.exec("SELECT ticket_time_histogram_fold()");
        tx.commit();
        pqxx::nontransaction analyze(c);
        analyze.exec("VACUUM ANALYZE tickets");
        analyze.exec("ANALYZE ticket_daily_stats");
        analyze.exec("ANALYZE ticket_time_histogram");
    }
    std::printf("database: %d tickets over two years (85%% closed), set up in %.0f s\n", tickets,
                std::chrono::duration<double>(Clock::now() - started).count());
    auto supervisor = desk.as("supervisor");
    const char *panels[] = {"open_by_group_state", "new_vs_closed", "response_times", "breaches", "workload",
                            "backlog_age"};
    for (const char *period : {"30", "365"}) {
        auto from = [&] {
            pqxx::connection c(desk.database().conninfo());
            pqxx::read_transaction tx(c);
            return std::string(
                tx.exec(std::string("SELECT (now() - interval '") + period + " days')::date")[0][0].c_str());
        }();
        std::printf("period: last %s days\n", period);
        for (const char *panel : panels) {
            std::vector<double> ms;
            std::size_t rows = 0;
            for (int run = 0; run < runs; ++run) {
                auto t0 = Clock::now();
                auto r = supervisor.get(std::string("/api/v1/dashboard/") + panel + "?from=" + from + "&to=2999-01-01");
                ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
                if (r.status != 200) {
                    std::printf("  %s: HTTP %d %s\n", panel, r.status, r.raw.c_str());
                    break;
                }
                auto list = r.body->get("rows");
                rows = list.type() == typeid(helpdesk::protocol::JsonArray)
                           ? list.extract<helpdesk::protocol::JsonArray>()->size()
                           : 1;
            }
            std::sort(ms.begin(), ms.end());
            const double p95 = ms[std::min(ms.size() - 1, ms.size() * 95 / 100)];
            std::printf("  %-20s p50 %7.1f ms   p95 %7.1f ms   (%zu rows)\n", panel, ms[ms.size() / 2], p95, rows);
            helpdesk::bench::printResult(std::string("dashboard.") + panel + "." + period + "d.p95", p95, "ms",
                                         std::string("dashboard panel ") + panel + ", last " + period + " days, " +
                                             std::to_string(tickets) + " tickets: p95",
                                         "<50");
        }
    }
    return 0;
}
