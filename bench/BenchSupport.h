#pragma once

// Small helpers the benchmarks share: percentiles of measured figures and command-line numbers.

#include "support/ApiClient.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace helpdesk::bench {

/// The p-th percentile (0–100) of `values`, nearest rank; 0 for none.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    auto index = static_cast<std::size_t>(std::lround(p / 100.0 * static_cast<double>(values.size() - 1)));
    return values[std::min(index, values.size() - 1)];
}

/// Prints one figure for bench/run-all.sh's table as a line of its own on stdout:
///   RESULT name=<key> value=<number> unit=<unit> target=<op><number> limit=<number> label=<words>
/// `name` and `unit` have no spaces (api.create.tps, tickets/s); `target` is what the issue asks,
/// an operator and a number (">=2000", "<50"), or "" for none (printed as -); `limit` is the
/// pgbench figure of the same rows on the same cluster in the same run (throughput figures only;
/// 0 for none); `label`, last and up to the end of the line, is the table's wording. Flushed, so
/// a crash keeps it.
inline void printResult(const std::string &name, double value, const std::string &unit, const std::string &label,
                        const std::string &target = {}, double limit = 0)
{
    std::printf("RESULT name=%s value=%.6g unit=%s target=%s limit=%.6g label=%s\n", name.c_str(), value, unit.c_str(),
                target.empty() ? "-" : target.c_str(), limit, label.c_str());
    std::fflush(stdout);
}

/// The number after `name` on the command line, or `fallback`.
inline int argInt(int argc, char **argv, const char *name, int fallback)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return std::atoi(argv[i + 1]);
    return fallback;
}

/// Whether `name` is on the command line.
inline bool argFlag(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return true;
    return false;
}

/// What a benchmark works with: a group, an agent with full access to it (signed in), a customer.
struct BenchDesk {
    std::int64_t groupId = 0;
    std::int64_t customerId = 0;
    std::string agentToken;
};

/// Creates the benchmark's group, agent and customer through the API as `admin`.
inline BenchDesk createBenchDesk(test::ApiClient &admin, int port)
{
    using test::json;
    BenchDesk desk;
    desk.groupId =
        admin.post("/api/v1/groups", json(R"({"name":"Bench"})")).object("group")->getValue<std::int64_t>("id");
    auto agent =
        admin
            .post("/api/v1/users",
                  json(R"({"email":"bench@bench.example","name":"Bench","role":"agent","password":"bench-password"})"))
            .object("user")
            ->getValue<std::int64_t>("id");
    desk.customerId = admin.post("/api/v1/users", json(R"({"email":"cust@bench.example","name":"Customer"})"))
                          .object("user")
                          ->getValue<std::int64_t>("id");
    admin.put("/api/v1/groups/" + std::to_string(desk.groupId) + "/members/" + std::to_string(agent),
              json(R"({"access":"full"})"));
    test::ApiClient bench(port);
    bench.login("bench@bench.example", "bench-password");
    desk.agentToken = bench.token();
    return desk;
}

} // namespace helpdesk::bench
