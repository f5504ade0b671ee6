// bench_http: the HTTP layer's cost on its own. Runs the real `helpdesk-server` as a child process
// (so its memory is its own) and lets keep-alive clients call, as fast as it answers,
//   GET /api/v1/info  unauthenticated, no database at all: parsing, routing, JSON, threads;
//   GET /api/v1/me    with a session token: the same plus authentication (two lookups) and one
//                     read transaction, the floor of every signed-in request.
// Prints requests per second, latency p50/p99 and the server's resident memory for each, and
// RESULT lines for bench/run-all.sh.
//
//   build/bin/bench_http [--clients 50] [--seconds 10] [--quick]

#include "BenchLimit.h"
#include "BenchSupport.h"
#include "ChildServer.h"
#include "support/ApiClient.h"
#include "support/TestDatabase.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

using namespace helpdesk::test;
using namespace helpdesk::bench;
using Clock = std::chrono::steady_clock;

namespace {

struct LoadFigures {
    long requests = 0;
    long failures = 0;
    double seconds = 0;
    std::vector<double> latenciesMs;
};

/// `clients` threads, each on one keep-alive connection, GET `path` until `seconds` have passed.
LoadFigures getUntil(int port, const std::string &path, const std::string &token, int clients, int seconds)
{
    LoadFigures figures;
    std::mutex mutex;
    std::atomic<long> failures{0};
    const auto started = Clock::now();
    const auto deadline = started + std::chrono::seconds(seconds);
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(clients));
    for (int c = 0; c < clients; ++c)
        threads.emplace_back([&] {
            Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port));
            session.setKeepAlive(true);
            std::vector<double> mine;
            std::string text;
            while (Clock::now() < deadline) {
                Poco::Net::HTTPRequest request("GET", path, Poco::Net::HTTPMessage::HTTP_1_1);
                request.setKeepAlive(true);
                if (!token.empty())
                    request.set("Authorization", "Bearer " + token);
                auto t0 = Clock::now();
                try {
                    session.sendRequest(request);
                    Poco::Net::HTTPResponse response;
                    auto &in = session.receiveResponse(response);
                    text.clear();
                    Poco::StreamCopier::copyToString(in, text);
                    if (response.getStatus() != 200 && failures++ < 3)
                        std::printf("  %s answered %d: %s\n", path.c_str(), static_cast<int>(response.getStatus()),
                                    text.c_str());
                } catch (const std::exception &e) {
                    if (failures++ < 3)
                        std::printf("  %s failed: %s\n", path.c_str(), e.what());
                    session.reset();
                }
                mine.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
            }
            std::lock_guard lock(mutex);
            figures.latenciesMs.insert(figures.latenciesMs.end(), mine.begin(), mine.end());
        });
    for (auto &t : threads)
        t.join();
    figures.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    figures.requests = static_cast<long>(figures.latenciesMs.size());
    figures.failures = failures.load();
    return figures;
}

/// Prints one phase's figures and their RESULT lines under `key`.
void report(const std::string &key, const std::string &what, const LoadFigures &f, int clients, int serverPid)
{
    const double perSecond = static_cast<double>(f.requests) / f.seconds;
    const double p50 = percentile(f.latenciesMs, 50);
    const double p99 = percentile(f.latenciesMs, 99);
    const double rssMiB = static_cast<double>(residentMemoryKiB(serverPid)) / 1024.0;
    std::printf("%s, %d keep-alive clients, %.0f s\n", what.c_str(), clients, f.seconds);
    std::printf("  requests           %ld (%ld failed)\n", f.requests, f.failures);
    std::printf("  throughput         %.0f requests/s\n", perSecond);
    std::printf("  latency p50        %.2f ms\n", p50);
    std::printf("  latency p99        %.2f ms\n", p99);
    std::printf("  server RSS         %.1f MiB\n", rssMiB);
    const std::string where = what + ", " + std::to_string(clients) + " clients";
    printResult("http." + key + ".rps", perSecond, "requests/s", where + ": requests per second");
    printResult("http." + key + ".p50", p50, "ms", where + ": latency p50");
    printResult("http." + key + ".p99", p99, "ms", where + ": latency p99");
    if (f.failures > 0)
        printResult("http." + key + ".failures", static_cast<double>(f.failures), "requests",
                    where + ": failed requests", "<1");
}

} // namespace

int main(int argc, char **argv)
{
    const bool quick = argFlag(argc, argv, "--quick");
    const int clients = argInt(argc, argv, "--clients", 50);
    const int seconds = argInt(argc, argv, "--seconds", quick ? 2 : 10);

    TestDatabase database;
    database.start();
    // The per-address and per-user request rates stay checked on every request, but so high that
    // 50 clients on one address and one account are never refused.
    ChildServer server(database.conninfo(), "bench_http-server.log",
                       {"--address-rate", "10000000", "--user-rate", "10000000"});
    ApiClient admin(server.port());
    admin.login("admin@bench.example", server.adminPassword());
    const auto desk = createBenchDesk(admin, server.port());
    const long idleKiB = residentMemoryKiB(server.pid());
    std::printf("bench_http: helpdesk-server pid %d, RSS idle %.1f MiB; 2 cores shared with this client\n",
                server.pid(), static_cast<double>(idleKiB) / 1024.0);

    auto info = getUntil(server.port(), "/api/v1/info", {}, clients, seconds);
    report("info", "GET /api/v1/info (no authentication, no database)", info, clients, server.pid());
    auto me = getUntil(server.port(), "/api/v1/me", desk.agentToken, clients, seconds);
    report("me", "GET /api/v1/me (session token: authentication and one read)", me, clients, server.pid());

    const double peakMiB = static_cast<double>(peakResidentMemoryKiB(server.pid())) / 1024.0;
    std::printf("server peak RSS      %.1f MiB\n", peakMiB);
    printResult("http.server.peak_rss", peakMiB, "MiB", "bench_http: server peak resident memory");
    return info.failures == 0 && me.failures == 0 ? 0 : 1;
}
