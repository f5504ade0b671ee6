// bench_reads: the reads an agent makes at volume, through the HTTP API. Seeds a desk straight
// into its tables (bench/ReadsSeed.h: 1,000,000 tickets, 4,000,000 articles in English, German
// and French by default), then measures p50/p95/p99 of
//   - a page of 100 tickets of a view (ticket.list with the filters saved views use),
//   - full-text search (ticket.list with query: ranked, stemmed per the ticket's language),
//   - opening a ticket with 200 articles (ticket.get and article.list, as the client does).
//
//   build/bin/bench_reads [--tickets 1000000] [--runs 60]
//   build/bin/bench_reads --seed-only 'host=… dbname=…' [--tickets N]   (a migrated, empty desk of
//       your own to EXPLAIN the queries on; nothing is measured)

#include "BenchSupport.h"
#include "ReadsSeed.h"
#include "support/Desk.h"

#include <pqxx/pqxx>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

using namespace helpdesk;
using namespace helpdesk::test;
using Clock = std::chrono::steady_clock;

namespace {

double millisecondsSince(Clock::time_point started)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - started).count();
}

void seed(const std::string &conninfo, int tickets)
{
    pqxx::connection c(conninfo);
    pqxx::nontransaction tx(c);
    tx.exec("SET seed.tickets = " + std::to_string(tickets));
    for (const char *statement : bench::kReadsSeed) {
        auto started = Clock::now();
        tx.exec(statement);
        if (auto ms = millisecondsSince(started); ms > 5000)
            std::printf("  seed step took %.0f s: %.60s…\n", ms / 1000, statement);
    }
    tx.exec("VACUUM ANALYZE tickets");
    tx.exec("VACUUM ANALYZE articles");
    tx.exec("ANALYZE");
}

struct Figures {
    double p50 = 0, p95 = 0, p99 = 0;
    std::size_t items = 0; // what the last answer held (tickets, articles)
};

/// Runs `request` `runs` times; its answer's status must be 200. Returns the percentiles.
Figures measure(int runs, const std::function<ApiResponse()> &request, const char *listKey)
{
    std::vector<double> ms;
    Figures f;
    for (int run = 0; run < runs; ++run) {
        auto started = Clock::now();
        auto r = request();
        ms.push_back(millisecondsSince(started));
        if (r.status != 200) {
            std::printf("  HTTP %d %.200s\n", r.status, r.raw.c_str());
            std::exit(1);
        }
        auto list = r.array(listKey);
        f.items = list ? list->size() : 0;
    }
    f.p50 = bench::percentile(ms, 50);
    f.p95 = bench::percentile(ms, 95);
    f.p99 = bench::percentile(ms, 99);
    return f;
}

void print(const char *what, const Figures &f, const char *unitOfItems)
{
    std::printf("  %-48s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%zu %s)\n", what, f.p50, f.p95, f.p99, f.items,
                unitOfItems);
}

std::string urlEncoded(const std::string &text)
{
    std::string out;
    for (unsigned char ch : text) {
        if (std::isalnum(ch) || ch == '-' || ch == '_' || ch == '.')
            out += static_cast<char>(ch);
        else {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", ch);
            out += hex;
        }
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const int tickets = bench::argInt(argc, argv, "--tickets", 1000000);
    const int runs = bench::argInt(argc, argv, "--runs", 60);
    for (int i = 1; i + 1 < argc; ++i)
        if (std::string(argv[i]) == "--seed-only") {
            seed(argv[i + 1], tickets);
            return 0;
        }
    Desk desk;
    auto started = Clock::now();
    seed(desk.database().conninfo(), tickets);
    const auto articles = desk.scalar("SELECT count(*) FROM articles");
    std::printf("database: %d tickets, %lld articles, seeded in %.0f s\n", tickets, articles,
                std::chrono::duration<double>(Clock::now() - started).count());

    // The agent alphaFull works in three of the ten seeded groups (through the API, so the
    // server's view of memberships is current); one of the seeded agents owns their tickets.
    auto admin = desk.as("admin");
    const auto agentId = desk.userId("alphaFull");
    std::vector<std::int64_t> groups;
    for (int g = 1; g <= 3; ++g)
        groups.push_back(desk.scalar("SELECT id FROM groups WHERE name = 'Seed " + std::to_string(g) + "'"));
    for (auto g : groups)
        admin.put("/api/v1/groups/" + std::to_string(g) + "/members/" + std::to_string(agentId),
                  json(R"({"access":"full"})"));
    auto agent = desk.as("alphaFull");
    const auto group = std::to_string(groups[0]);
    const auto owner = std::to_string(desk.scalar("SELECT owner_id FROM tickets WHERE group_id = " + group +
                                                  " AND owner_id IS NOT NULL ORDER BY id DESC LIMIT 1"));
    const auto middle = std::to_string(
        desk.scalar("SELECT id FROM tickets ORDER BY id OFFSET " + std::to_string(tickets / 2) + " LIMIT 1"));
    const auto longTicket = std::to_string(desk.scalar("SELECT min(id) FROM tickets WHERE article_count = 200"));

    std::printf("a page of 100 tickets of a view (as an agent of 3 of 10 groups)\n");
    std::vector<std::pair<const char *, std::string>> views = {
        {"open in one group", "/api/v1/tickets?state_type=open&group_id=" + group},
        {"open in one group, from the middle",
         "/api/v1/tickets?state_type=open&group_id=" + group + "&after_id=" + middle},
        {"open of one owner", "/api/v1/tickets?state_type=open&owner_id=" + owner},
        {"new and unassigned in my groups", "/api/v1/tickets?state_type=new&unassigned=true"},
        {"every ticket in my groups", "/api/v1/tickets?after_id=" + middle},
    };
    std::vector<double> worstViewP99;
    for (const auto &view : views) {
        const auto &path = view.second; // a plain reference: lambdas may not capture structured bindings (clang)
        auto f = measure(
            runs, [&] { return agent.get(path + "&limit=100"); }, "tickets");
        print(view.first, f, "tickets");
        worstViewP99.push_back(f.p99);
    }

    std::printf("full-text search (ranked; stemmed in the ticket's language)\n");
    std::vector<std::pair<const char *, std::string>> searches = {
        {"a serial number (one ticket)", "SN" + std::to_string(100000 + (tickets / 3 * 7907LL) % 900000)},
        {"a common English word: printers", "printers"},
        {"two English words: refund cancelled", "refund cancelled"},
        {"German inflected: Rechnungen", "Rechnungen"},
        {"French inflected: imprimantes bloquées", "imprimantes bloquées"},
        {"a word found nowhere", "xylophonic"},
    };
    std::vector<double> worstSearchP95;
    for (const auto &search : searches) {
        const auto &text = search.second;
        auto f = measure(
            runs, [&] { return agent.get("/api/v1/tickets?limit=100&query=" + urlEncoded(text)); }, "tickets");
        print(search.first, f, "tickets");
        worstSearchP95.push_back(f.p95);
    }

    std::printf("opening the ticket with 200 articles\n");
    auto articleList = measure(
        runs, [&] { return agent.get("/api/v1/tickets/" + longTicket + "/articles"); }, "articles");
    print("article.list", articleList, "articles");
    auto opening = measure(
        runs,
        [&] {
            agent.get("/api/v1/tickets/" + longTicket);
            return agent.get("/api/v1/tickets/" + longTicket + "/articles");
        },
        "articles");
    print("ticket.get + article.list", opening, "articles");

    const auto worst = [](const std::vector<double> &v) { return *std::max_element(v.begin(), v.end()); };
    const auto scale = std::to_string(tickets / 1000) + "k tickets";
    bench::printResult("reads.view_page.p99", worst(worstViewP99), "ms",
                       "a page of 100 tickets of a view, p99 (worst view), " + scale, "<10");
    bench::printResult("reads.search.p95", worst(worstSearchP95), "ms", "full-text search, p95 (worst query), " + scale,
                       "<50");
    bench::printResult("reads.open_ticket.p99", opening.p99, "ms",
                       "a ticket with 200 articles (ticket.get + article.list), p99, " + scale, "<20");
    return 0;
}
