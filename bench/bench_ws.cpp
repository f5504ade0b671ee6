// bench_ws: many agents on one server. Runs the real `helpdesk-server` as a child process, opens
// N authenticated, subscribed WebSocket sessions, then commits tickets at a steady rate and
// measures the server's memory and threads, fan-out from commit acknowledgement to delivery on
// every session, and the HTTP API's latency while the sessions are open. Prints each figure with
// its ratio to the goal (10,000 sessions, fan-out p99 < 250 ms, GET /info p99 < 20 ms).
//
//   build/bin/bench_ws [--sessions 10000] [--events 60] [--rate 4] [--connectors 8] [--readers 2]

#include "BenchLimit.h"
#include "BenchSupport.h"
#include "ChildServer.h"
#include "support/ApiClient.h"
#include "support/TestDatabase.h"
#include "support/WaitUntil.h"

#include "protocol/Messages.h"

#include <Poco/Buffer.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/PollSet.h>
#include <Poco/Net/WebSocket.h>
#include <Poco/Path.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>
#include <string>
#include <sys/resource.h>
#include <thread>
#include <vector>

using namespace helpdesk::test;
using namespace helpdesk::bench;
using Clock = std::chrono::steady_clock;

namespace {

double millisSince(Clock::time_point then, Clock::time_point now = Clock::now())
{
    return std::chrono::duration<double, std::milli>(now - then).count();
}

/// Lets this process hold one descriptor per session (root may raise the hard limit too).
void raiseDescriptorLimit(rlim_t wanted)
{
    rlimit files{};
    ::getrlimit(RLIMIT_NOFILE, &files);
    if (files.rlim_max < wanted) {
        rlimit raised{wanted, wanted};
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            return;
    }
    files.rlim_cur = files.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &files);
}

/// One agent's socket, kept as light as possible: the bench reads frames as text and looks for
/// its marker instead of parsing JSON, so the client costs little of the two cores.
struct Session {
    std::unique_ptr<Poco::Net::HTTPClientSession> http;
    std::unique_ptr<Poco::Net::WebSocket> socket;
};

std::string receiveText(Poco::Net::WebSocket &socket)
{
    Poco::Buffer<char> buffer(0);
    for (;;) {
        int flags = 0;
        buffer.resize(0);
        int n = socket.receiveFrame(buffer, flags);
        if ((flags & Poco::Net::WebSocket::FRAME_OP_BITMASK) == Poco::Net::WebSocket::FRAME_OP_TEXT)
            return std::string(buffer.begin(), static_cast<std::size_t>(n));
        if (n == 0 && flags == 0)
            throw std::runtime_error("closed");
    }
}

Session openSession(int port, const std::string &token)
{
    Session s;
    s.http = std::make_unique<Poco::Net::HTTPClientSession>("127.0.0.1", static_cast<Poco::UInt16>(port));
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, "/api/v1/ws", Poco::Net::HTTPMessage::HTTP_1_1);
    Poco::Net::HTTPResponse response;
    s.socket = std::make_unique<Poco::Net::WebSocket>(*s.http, request, response);
    s.socket->setReceiveTimeout(Poco::Timespan(30, 0));
    std::string hello = R"({"type":"hello","protocol_version":)" +
                        std::to_string(helpdesk::protocol::kProtocolVersion) + R"(,"token":")" + token +
                        R"(","client":"bench_ws"})";
    s.socket->sendFrame(hello.data(), static_cast<int>(hello.size()));
    auto answer = receiveText(*s.socket);
    if (answer.find(R"("type":"hello")") == std::string::npos)
        throw std::runtime_error("hello refused: " + answer);
    auto at = answer.find(R"("watermark":)");
    auto watermark = at == std::string::npos ? 0 : std::atoll(answer.c_str() + at + 12);
    std::string subscribe = R"({"type":"request","id":"s","method":"event.subscribe","params":{"after":)" +
                            std::to_string(watermark) + "}}";
    s.socket->sendFrame(subscribe.data(), static_cast<int>(subscribe.size()));
    auto subscribed = receiveText(*s.socket);
    if (subscribed.find(R"("id":"s")") == std::string::npos || subscribed.find("error") != std::string::npos)
        throw std::runtime_error("subscribe failed: " + subscribed);
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    const int sessions = argInt(argc, argv, "--sessions", 10000);
    const int events = argInt(argc, argv, "--events", 60);
    const int rate = argInt(argc, argv, "--rate", 4);
    const int connectors = argInt(argc, argv, "--connectors", 8);
    const int readerCount = argInt(argc, argv, "--readers", 2);
    raiseDescriptorLimit(static_cast<rlim_t>(sessions) + 1024);

    TestDatabase database;
    database.start();
    ChildServer server(database.conninfo(), "bench_ws-server.log");
    const int port = server.port();
    ApiClient admin(port);
    admin.login("admin@bench.example", server.adminPassword());
    const auto desk = createBenchDesk(admin, port);
    const auto group = desk.groupId;
    const auto customer = desk.customerId;
    const auto token = desk.agentToken;
    ApiClient bench(port);
    bench.setToken(token);

    // GET /info with no sessions open: the floor the loaded figure is compared with.
    auto probeInfo = [&](int count, std::vector<double> &out, const std::atomic<bool> *until) {
        ApiClient probe(port);
        for (int i = 0; until ? until->load() : i < count; ++i) {
            auto t0 = Clock::now();
            auto r = probe.get("/api/v1/info");
            out.push_back(millisSince(t0));
            if (r.status != 200)
                std::printf("GET /info answered %d\n", r.status);
            std::this_thread::sleep_for(std::chrono::milliseconds(20)); // the probe rate, not a wait for something
        }
    };
    std::vector<double> infoIdle;
    probeInfo(200, infoIdle, nullptr);
    const long rssBefore = bench::procStatusField(server.pid(), "VmRSS");
    const long threadsBefore = bench::procStatusField(server.pid(), "Threads");

    // Connect.
    std::vector<Session> all(static_cast<std::size_t>(sessions));
    std::atomic<int> nextSession{0};
    std::atomic<int> refused{0};
    auto connectStart = Clock::now();
    {
        std::vector<std::thread> threads;
        threads.reserve(static_cast<std::size_t>(connectors));
        for (int c = 0; c < connectors; ++c)
            threads.emplace_back([&] {
                for (int i = nextSession++; i < sessions; i = nextSession++) {
                    try {
                        all[static_cast<std::size_t>(i)] = openSession(port, token);
                    } catch (const std::exception &e) {
                        if (refused++ < 3)
                            std::printf("session %d: %s\n", i, e.what());
                    }
                }
            });
        for (auto &t : threads)
            t.join();
    }
    const double connectSeconds = std::chrono::duration<double>(Clock::now() - connectStart).count();
    const int open = sessions - refused.load();
    const long rssOpen = bench::procStatusField(server.pid(), "VmRSS");
    const long threadsOpen = bench::procStatusField(server.pid(), "Threads");

    // Read: each reader polls its share of the sockets and notes when each event's frame arrives.
    std::vector<Clock::time_point> ackAt(static_cast<std::size_t>(events));
    std::vector<std::atomic<int>> deliveredPerEvent(static_cast<std::size_t>(events));
    std::mutex resultMutex;
    std::vector<std::pair<int, Clock::time_point>> arrivals;
    std::atomic<bool> reading{true};
    std::atomic<long> deliveries{0};
    std::vector<std::thread> readers;
    readers.reserve(static_cast<std::size_t>(readerCount));
    for (int r = 0; r < readerCount; ++r)
        readers.emplace_back([&, r] {
            Poco::Net::PollSet poll;
            std::map<Poco::Net::Socket, Poco::Net::WebSocket *> bySocket;
            for (std::size_t i = static_cast<std::size_t>(r); i < all.size();
                 i += static_cast<std::size_t>(readerCount))
                if (all[i].socket) {
                    poll.add(*all[i].socket, Poco::Net::PollSet::POLL_READ);
                    bySocket[*all[i].socket] = all[i].socket.get();
                }
            std::vector<std::pair<int, Clock::time_point>> mine;
            Poco::Buffer<char> buffer(0);
            const std::string marker = R"("title":"fanout )";
            auto lastPing = Clock::now();
            while (reading) {
                for (auto &[socket, mode] : poll.poll(Poco::Timespan(0, 100000))) {
                    auto *ws = bySocket[socket];
                    int flags = 0;
                    buffer.resize(0);
                    int n = 0;
                    try {
                        n = ws->receiveFrame(buffer, flags);
                    } catch (const std::exception &) {
                        poll.remove(socket);
                        continue;
                    }
                    if (n == 0 && flags == 0) {
                        poll.remove(socket);
                        continue;
                    }
                    auto now = Clock::now();
                    std::string_view text(buffer.begin(), static_cast<std::size_t>(n));
                    for (auto at = text.find(marker); at != std::string_view::npos; at = text.find(marker, at + 1)) {
                        int index = std::atoi(std::string(text.substr(at + marker.size(), 8)).c_str());
                        if (index < 0 || index >= events)
                            continue;
                        mine.emplace_back(index, now);
                        ++deliveredPerEvent[static_cast<std::size_t>(index)];
                        ++deliveries;
                    }
                }
                if (Clock::now() - lastPing > std::chrono::seconds(30)) { // the server closes sessions idle for 90 s
                    for (auto &[socket, ws] : bySocket)
                        ws->sendFrame("", 0,
                                      static_cast<int>(Poco::Net::WebSocket::FRAME_FLAG_FIN) |
                                          static_cast<int>(Poco::Net::WebSocket::FRAME_OP_PING));
                    lastPing = Clock::now();
                }
            }
            std::lock_guard lock(resultMutex);
            arrivals.insert(arrivals.end(), mine.begin(), mine.end());
        });

    // Write at a steady rate while /info is probed.
    std::vector<double> infoLoaded;
    std::atomic<bool> probing{true};
    std::thread prober([&] { probeInfo(0, infoLoaded, &probing); });
    auto interval = std::chrono::microseconds(1000000 / std::max(1, rate));
    auto nextAt = Clock::now();
    for (int i = 0; i < events; ++i) {
        std::this_thread::sleep_until(nextAt);
        nextAt += interval;
        auto body = helpdesk::protocol::newObject();
        body->set("title", "fanout " + std::to_string(i));
        body->set("group_id", group);
        body->set("customer_id", customer);
        auto r = bench.post("/api/v1/tickets", body);
        ackAt[static_cast<std::size_t>(i)] = Clock::now();
        if (r.status != 201)
            std::printf("write failed: %d\n", r.status);
    }
    const long expected = static_cast<long>(events) * open;
    // Missing deliveries after the deadline are reported below, not fatal.
    helpdesk::test::waitUntil([&] { return deliveries >= expected; }, std::chrono::seconds(30),
                              "every session received every event", std::chrono::milliseconds(50));
    probing = false;
    prober.join();
    const long rssLoaded = bench::procStatusField(server.pid(), "VmRSS");
    reading = false;
    for (auto &t : readers)
        t.join();

    std::vector<double> perDelivery;
    std::vector<Clock::time_point> lastArrival(static_cast<std::size_t>(events));
    perDelivery.reserve(arrivals.size());
    for (auto &[index, at] : arrivals) {
        perDelivery.push_back(std::max(0.0, millisSince(ackAt[static_cast<std::size_t>(index)], at)));
        lastArrival[static_cast<std::size_t>(index)] = std::max(lastArrival[static_cast<std::size_t>(index)], at);
    }
    std::vector<double> toAll;
    for (int i = 0; i < events; ++i)
        if (deliveredPerEvent[static_cast<std::size_t>(i)] == open)
            toAll.push_back(std::max(
                0.0, millisSince(ackAt[static_cast<std::size_t>(i)], lastArrival[static_cast<std::size_t>(i)])));

    const double fanP99 = percentile(perDelivery, 99);
    const double infoP99 = percentile(infoLoaded, 99);
    std::printf("bench_ws: %d sessions requested, helpdesk-server pid %d, 2 cores shared with this client\n", sessions,
                server.pid());
    std::printf("  sessions open          %d (%d refused), connected+hello+subscribed in %.1f s (%.0f/s)\n", open,
                refused.load(), connectSeconds, open / connectSeconds);
    std::printf("  server RSS             %.1f MiB idle -> %.1f MiB with sessions -> %.1f MiB after fan-out (%.1f KiB "
                "per session)\n",
                rssBefore / 1024.0, rssOpen / 1024.0, rssLoaded / 1024.0,
                open ? static_cast<double>(rssOpen - rssBefore) / open : 0.0);
    std::printf("  server threads         %ld idle, %ld with sessions\n", threadsBefore, threadsOpen);
    std::printf("  events                 %d at %d/s: %ld of %ld deliveries\n", events, rate, deliveries.load(),
                expected);
    std::printf("  commit ack -> delivery p50 %.1f ms  p99 %.1f ms  max %.1f ms  (goal p99 < 250 ms: ratio %.2f)\n",
                percentile(perDelivery, 50), fanP99, percentile(perDelivery, 100), fanP99 / 250.0);
    std::printf("  commit ack -> last of all sessions  p50 %.1f ms  p99 %.1f ms (%zu of %d events reached all)\n",
                percentile(toAll, 50), percentile(toAll, 99), toAll.size(), events);
    std::printf("  GET /info idle         p50 %.2f ms  p99 %.2f ms\n", percentile(infoIdle, 50),
                percentile(infoIdle, 99));
    std::printf("  GET /info with sessions, during fan-out  p50 %.2f ms  p99 %.2f ms  (goal p99 < 20 ms: ratio %.2f; "
                "%.1fx idle p99)\n",
                percentile(infoLoaded, 50), infoP99, infoP99 / 20.0,
                infoP99 / std::max(0.01, percentile(infoIdle, 99)));
    printResult("ws.sessions", open, "sessions", "bench_ws: WebSocket sessions open (authenticated, subscribed)",
                ">=" + std::to_string(sessions));
    printResult("ws.lost", static_cast<double>(expected - deliveries.load()), "deliveries",
                "bench_ws: deliveries lost in the fan-out", "<1");
    printResult("ws.fanout.p99", fanP99, "ms", "bench_ws: commit acknowledged -> delivered, p99", "<250");
    printResult("ws.info.p99", infoP99, "ms", "bench_ws: GET /info p99 with the sessions open, during fan-out", "<20");
    printResult("ws.server.rss", static_cast<double>(rssOpen) / 1024.0, "MiB",
                "bench_ws: server resident memory with the sessions open");
    all.clear();
    return open == sessions && deliveries == expected ? 0 : 1;
}
