// bench_api: ticket creation throughput with concurrent API clients, its ratio to what the
// database allows for the same rows (pgbench, bench/limit/ticket_create*.sql, same cluster, same
// run), the process's memory, and live fan-out latency from commit to delivery over many
// WebSocket sessions. Prints its figures (and RESULT lines for bench/run-all.sh); see
// docs/performance.md for how to read them.
//
//   build/bin/bench_api [--clients 50] [--tickets 5000] [--sessions 500] [--events 200] [--rate 50]
//                       [--durable] [--demo] [--limit-seconds 10]
//
// --demo configures the bench group as the demo desk is (server/app/DemoData.cpp): an SLA with
// business hours on every ticket, a "created" trigger, and an acknowledgement mailed to each new
// ticket's customer (one customer per client, so the hourly auto-reply limit never stops one).
// The server runs in this process: the memory printed is the whole process's, clients included.

#include "BenchLimit.h"
#include "BenchSupport.h"
#include "support/ApiClient.h"
#include "support/TestDatabase.h"
#include "support/TestServer.h"
#include "support/WsClient.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>
#include <thread>

#include <unistd.h>
#include <vector>

using namespace helpdesk::test;
using namespace helpdesk::bench;
using Clock = std::chrono::steady_clock;

namespace {

/// What one creation run measured.
struct CreationFigures {
    double ticketsPerSecond = 0;
    double p50 = 0;
    double p99 = 0;
    int failures = 0;
};

/// Configures the bench desk as the demo desk is: its group mails from an address of its own, an
/// SLA (office hours) applies to every ticket, a trigger runs on each new one, acknowledgements go
/// out (the auto-reply limit at its highest). Returns one customer per client.
std::vector<std::int64_t> configureDemo(ApiClient &admin, const BenchDesk &desk, int clients)
{
    auto check = [](const ApiResponse &r, const char *what) {
        if (r.status != 200 && r.status != 201)
            throw std::runtime_error(std::string("demo set-up: ") + what + " answered " + std::to_string(r.status));
    };
    check(admin.patch("/api/v1/groups/" + std::to_string(desk.groupId),
                      json(R"({"addresses":["support@bench.example"]})")),
          "group addresses");
    check(admin.patch("/api/v1/settings/mail",
                      json(R"({"system_address":"helpdesk@bench.example","auto_reply_limit_per_hour":1000})")),
          "mail settings");
    auto calendar = admin.post("/api/v1/calendars", json(R"({"name":"Office hours","time_zone":"Europe/Berlin"})"));
    check(calendar, "calendar");
    check(admin.post("/api/v1/slas",
                     json(R"({"name":"Standard","first_response_minutes":240,"update_minutes":480,)"
                          R"("solution_minutes":2880,"calendar_id":)" +
                          std::to_string(calendar.object("calendar")->getValue<std::int64_t>("id")) + "}")),
          "SLA");
    check(
        admin.post("/api/v1/triggers",
                   json(R"({"name":"VIP customers first","event":"created","conditions":{"tags_include":["vip"]},)"
                        R"("actions":{"add_tags":["escalated"],"notify_agents":"A VIP customer opened a ticket."}})")),
        "trigger");
    std::vector<std::int64_t> customers;
    for (int c = 0; c < clients; ++c) {
        auto user =
            admin.post("/api/v1/users", json(R"({"email":"customer)" + std::to_string(c) +
                                             R"(@bench.example","name":"Customer )" + std::to_string(c) + R"("})"));
        check(user, "customer");
        customers.push_back(user.object("user")->getValue<std::int64_t>("id"));
    }
    return customers;
}

/// Creates tickets with a first article from `clients` threads over keep-alive connections;
/// client c opens its tickets for customers[c % size].
CreationFigures benchCreation(int port, const std::string &token, std::int64_t groupId,
                              const std::vector<std::int64_t> &customers, int clients, int total)
{
    std::atomic<int> next{0};
    std::atomic<int> failures{0};
    std::mutex mutex;
    std::vector<double> latencies;
    latencies.reserve(static_cast<std::size_t>(total));
    auto started = Clock::now();
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(clients));
    for (int c = 0; c < clients; ++c)
        threads.emplace_back([&, customerId = customers[static_cast<std::size_t>(c) % customers.size()]] {
            Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port));
            session.setKeepAlive(true);
            std::vector<double> mine;
            for (int i = next++; i < total; i = next++) {
                std::string body = R"({"title":"Bench ticket )" + std::to_string(i) + R"(","group_id":)" +
                                   std::to_string(groupId) + R"(,"customer_id":)" + std::to_string(customerId) +
                                   R"(,"article":{"channel":"phone_in","body_text":"The customer reports that the )"
                                   R"(printer on floor )" +
                                   std::to_string(i % 7) +
                                   R"( prints blank pages since the )"
                                   R"(toner change. Please check the fuser unit and call back."}})";
                Poco::Net::HTTPRequest request("POST", "/api/v1/tickets", Poco::Net::HTTPMessage::HTTP_1_1);
                request.setKeepAlive(true);
                request.set("Authorization", "Bearer " + token);
                request.setContentType("application/json");
                request.setContentLength(static_cast<std::streamsize>(body.size()));
                auto t0 = Clock::now();
                try {
                    session.sendRequest(request) << body;
                    Poco::Net::HTTPResponse response;
                    auto &in = session.receiveResponse(response);
                    std::string text;
                    Poco::StreamCopier::copyToString(in, text);
                    if (response.getStatus() != 201)
                        ++failures;
                } catch (const std::exception &) {
                    ++failures;
                    session.reset();
                }
                mine.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
            }
            std::lock_guard lock(mutex);
            latencies.insert(latencies.end(), mine.begin(), mine.end());
        });
    for (auto &t : threads)
        t.join();
    double seconds = std::chrono::duration<double>(Clock::now() - started).count();
    CreationFigures figures{total / seconds, percentile(latencies, 50), percentile(latencies, 99), failures.load()};
    std::printf("ticket creation (ticket + first article + history + event, one transaction each)\n");
    std::printf("  clients            %d\n", clients);
    std::printf("  tickets            %d (%d failed)\n", total, figures.failures);
    std::printf("  throughput         %.0f tickets/s\n", figures.ticketsPerSecond);
    std::printf("  latency p50        %.2f ms\n", figures.p50);
    std::printf("  latency p99        %.2f ms\n", figures.p99);
    return figures;
}

/// pgbench writing the same rows with `clients` connections, or nullopt (said why) when it cannot run.
std::optional<bench::PgbenchLimit> measureLimit(const std::string &conninfo, const std::string &script, int clients,
                                                int seconds, bench::Triggers triggers)
{
    try {
        return bench::runPgbenchLimit(conninfo, bench::limitScript(script), clients, seconds, triggers);
    } catch (const std::exception &e) {
        std::printf("  pgbench %s failed: %s\n", script.c_str(), e.what());
        return std::nullopt;
    }
}

/// Opens `sessions` WebSocket sessions, commits `events` tickets at `rate` per second, and
/// measures, per delivered event, the time from the writer's commit acknowledgement to delivery.
void benchFanOut(int port, const std::string &token, std::int64_t groupId, std::int64_t customerId, int sessions,
                 int events, int rate)
{
    std::vector<std::unique_ptr<WsClient>> clients;
    auto connectStart = Clock::now();
    for (int i = 0; i < sessions; ++i) {
        auto client = std::make_unique<WsClient>(port, token);
        if (!client->accepted()) {
            std::printf("session %d refused\n", i);
            return;
        }
        auto params = helpdesk::protocol::newObject();
        params->set("after", client->hello()->getValue<std::int64_t>("watermark"));
        client->request("event.subscribe", params);
        clients.push_back(std::move(client));
    }
    double connectSeconds = std::chrono::duration<double>(Clock::now() - connectStart).count();

    // Title → time the writer sent the request and time it got the commit acknowledgement.
    std::mutex mutex;
    std::map<std::string, std::pair<Clock::time_point, Clock::time_point>> sent;
    std::vector<double> fromAck, fromSend;
    std::atomic<bool> writing{true};
    std::atomic<int> delivered{0};

    std::vector<std::thread> readers;
    const int perReader = 25;
    for (int r = 0; r * perReader < sessions; ++r)
        readers.emplace_back([&, r] {
            std::vector<double> ackLocal, sendLocal;
            std::vector<std::size_t> seen(static_cast<std::size_t>(perReader), 0);
            auto deadline = Clock::time_point::max();
            while (Clock::now() < deadline) {
                bool any = false;
                for (int k = 0; k < perReader && r * perReader + k < sessions; ++k) {
                    auto &client = clients[static_cast<std::size_t>(r) * perReader + k];
                    if (!client->pump(std::chrono::milliseconds(1)))
                        continue;
                    any = true;
                    auto now = Clock::now();
                    const auto &list = client->events();
                    for (auto i = seen[static_cast<std::size_t>(k)]; i < list.size(); ++i) {
                        auto data = list[i]->getObject("data");
                        if (list[i]->getValue<std::string>("kind") != "ticket.created")
                            continue;
                        auto title = data->getObject("ticket")->getValue<std::string>("title");
                        std::lock_guard lock(mutex);
                        auto it = sent.find(title);
                        if (it == sent.end())
                            continue;
                        sendLocal.push_back(std::chrono::duration<double, std::milli>(now - it->second.first).count());
                        if (it->second.second != Clock::time_point())
                            ackLocal.push_back(std::max(
                                0.0, std::chrono::duration<double, std::milli>(now - it->second.second).count()));
                        ++delivered;
                    }
                    seen[static_cast<std::size_t>(k)] = list.size();
                }
                if (!writing && deadline == Clock::time_point::max())
                    deadline = Clock::now() + std::chrono::seconds(5);
                if (!any)
                    std::this_thread::yield();
            }
            std::lock_guard lock(mutex);
            fromAck.insert(fromAck.end(), ackLocal.begin(), ackLocal.end());
            fromSend.insert(fromSend.end(), sendLocal.begin(), sendLocal.end());
        });

    ApiClient writer(port);
    writer.setToken(token);
    auto interval = std::chrono::microseconds(1000000 / std::max(1, rate));
    auto nextAt = Clock::now();
    for (int i = 0; i < events; ++i) {
        std::this_thread::sleep_until(nextAt);
        nextAt += interval;
        std::string title = "fanout " + std::to_string(i);
        auto body = helpdesk::protocol::newObject();
        body->set("title", title);
        body->set("group_id", groupId);
        body->set("customer_id", customerId);
        {
            std::lock_guard lock(mutex);
            sent[title] = {Clock::now(), Clock::time_point()};
        }
        auto r = writer.post("/api/v1/tickets", body);
        auto ack = Clock::now();
        std::lock_guard lock(mutex);
        sent[title].second = ack;
        if (r.status != 201)
            std::printf("write failed: %d\n", r.status);
    }
    writing = false;
    for (auto &t : readers)
        t.join();
    std::printf("live fan-out\n");
    std::printf("  sessions           %d (connected and subscribed in %.1f s)\n", sessions, connectSeconds);
    std::printf("  events             %d at %d/s, %d deliveries of %d expected\n", events, rate, delivered.load(),
                events * sessions);
    std::printf("  commit ack → delivery  p50 %.2f ms  p99 %.2f ms  max %.2f ms\n", percentile(fromAck, 50),
                percentile(fromAck, 99), percentile(fromAck, 100));
    std::printf("  request sent → delivery p50 %.2f ms  p99 %.2f ms\n", percentile(fromSend, 50),
                percentile(fromSend, 99));
    for (auto &c : clients)
        c->close();
}

} // namespace

int main(int argc, char **argv)
{
    int clients = argInt(argc, argv, "--clients", 50);
    int tickets = argInt(argc, argv, "--tickets", 5000);
    int sessions = argInt(argc, argv, "--sessions", 500);
    int events = argInt(argc, argv, "--events", 200);
    int rate = argInt(argc, argv, "--rate", 50);
    bool durable = argFlag(argc, argv, "--durable");
    bool demo = argFlag(argc, argv, "--demo");
    int limitSeconds = argInt(argc, argv, "--limit-seconds", 10);

    TestDatabase database(!durable);
    database.start();
    TestServer server(database.conninfo());
    ApiClient admin(server.port());
    admin.login("admin@test.example", server.adminPassword());
    const auto desk = createBenchDesk(admin, server.port());

    std::vector<std::int64_t> customers{desk.customerId};
    if (demo)
        customers = configureDemo(admin, desk, clients);

    std::printf("PostgreSQL: %s (fsync %s)%s\n", durable ? "durable settings" : "test settings", durable ? "on" : "off",
                demo ? "; demo desk: SLA, trigger, acknowledgement mail" : "");
    const long rssBefore = bench::residentMemoryKiB(static_cast<int>(::getpid()));
    auto created = benchCreation(server.port(), desk.agentToken, desk.groupId, customers, clients, tickets);
    const long rssAfter = bench::residentMemoryKiB(static_cast<int>(::getpid()));
    const long rssPeak = bench::peakResidentMemoryKiB(static_cast<int>(::getpid()));
    std::printf("  memory (this process: server and %d client threads) %.1f MiB before, %.1f MiB after, peak %.1f "
                "MiB\n",
                clients, rssBefore / 1024.0, rssAfter / 1024.0, rssPeak / 1024.0);

    // The same rows written by pgbench on this cluster now, with the product's triggers and without.
    auto limit = measureLimit(database.conninfo(), "ticket_create", clients, limitSeconds, bench::Triggers::Off);
    auto limitTriggers = measureLimit(database.conninfo(), "ticket_create", clients, limitSeconds, bench::Triggers::On);
    if (limit)
        std::printf("  pgbench, same rows, triggers off   %.0f tx/s  (ratio to limit %.0f%%)\n",
                    limit->transactionsPerSecond, 100.0 * created.ticketsPerSecond / limit->transactionsPerSecond);
    if (limitTriggers)
        std::printf("  pgbench, same rows, triggers on    %.0f tx/s  (the API reaches %.0f%% of it)\n",
                    limitTriggers->transactionsPerSecond,
                    100.0 * created.ticketsPerSecond / limitTriggers->transactionsPerSecond);
    const std::string key = std::string("api.create") + (demo ? ".demo" : "") + (durable ? ".durable" : "");
    const std::string setting = std::string(durable ? "durable" : "fsync off") + (demo ? ", demo desk" : "");
    bench::printResult(key + ".tps", created.ticketsPerSecond, "tickets/s",
                       "ticket creation, " + std::to_string(clients) + " clients (" + setting + ")", ">=2000",
                       limit ? limit->transactionsPerSecond : 0);
    bench::printResult(key + ".p99", created.p99, "ms", "ticket creation p99 (" + setting + ")", "<50");
    bench::printResult(key + ".rss_peak", rssPeak / 1024.0, "MiB",
                       "peak memory of server + clients in one process (" + setting + ")", "<100");
    benchFanOut(server.port(), desk.agentToken, desk.groupId, desk.customerId, sessions, events, rate);
    return 0;
}
