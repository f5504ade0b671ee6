// No single caller crowds out the others: failed sign-ins back off per account and per address,
// password resets and requests are rate-limited, password hashes cannot exhaust memory, a made-up
// password link is refused before any hash, a statement stuck past its limit is stopped with a
// clear error (background work is not), and uploads have a daily quota.

#include "api/RateLimiter.h"
#include "db/ConnectionPool.h"
#include "domain/Passwords.h"
#include "protocol/ProtocolError.h"
#include "support/Desk.h"
#include "support/WsClient.h"

#include <QtTest>

#include <pqxx/pqxx>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <tuple>
#include <utility>

using namespace helpdesk::test;
using helpdesk::protocol::newObject;
using Clock = std::chrono::steady_clock;

namespace {
constexpr const char *kSecondAddress = "127.0.0.2"; // another caller on loopback
constexpr std::int64_t kUploadQuota = 300 * 1024;
constexpr int kHashesAtOnce = 2;

/// Small limits, so a test reaches them in a few requests.
void smallLimits(helpdesk::app::ServerConfig &config)
{
    auto &l = config.limits;
    l.statementTimeout = std::chrono::seconds(1);
    l.signInFreeFailuresPerAccount = 5;
    l.signInFreeFailuresPerAddress = 8;
    l.signInBackoff = std::chrono::seconds(1);
    l.signInBackoffMax = std::chrono::seconds(4);
    l.passwordResetsPerAccountPerHour = 3;
    l.passwordResetsPerAddressPerHour = 6;
    l.uploadBytesPerUserPerDay = kUploadQuota;
    l.concurrentPasswordHashes = kHashesAtOnce;
    l.queuedPasswordHashes = 16;
}

ApiClient from(const std::string &address, int port, const std::string &token = {})
{
    ApiClient client(port);
    client.setSourceAddress(address);
    client.setToken(token);
    return client;
}

ApiResponse signIn(ApiClient &client, const std::string &email, const std::string &password)
{
    auto body = newObject();
    body->set("email", email);
    body->set("password", password);
    return client.post("/api/v1/auth/login", body);
}

ApiResponse askForReset(ApiClient &client, const std::string &email)
{
    auto body = newObject();
    body->set("email", email);
    return client.post("/api/v1/auth/password_reset", body);
}

std::string errorMessage(const ApiResponse &r)
{
    return r.body && r.body->has("error") ? r.body->getObject("error")->getValue<std::string>("message")
                                          : std::string();
}

/// A 429 that says when to come back, in the header and in the body alike.
bool isTooManyRequests(const ApiResponse &r)
{
    return r.status == 429 && r.errorCode() == "too_many_requests" && r.retryAfter() >= 1 &&
           r.body->getObject("error")->getValue<int>("retry_after") == r.retryAfter();
}

/// The error code and message of a WebSocket response ("" for a result).
std::pair<std::string, std::string> wsError(const helpdesk::protocol::JsonObject &response)
{
    if (!response || !response->has("error"))
        return {};
    auto error = response->getObject("error");
    return {error->optValue<std::string>("code", ""), error->optValue<std::string>("message", "")};
}

/// Sends `method` over `ws` until it is refused for its rate (at most `limit` times): how many passed
/// the throttle (their answer may be another error), and the refusal's message ("" if none came).
std::pair<int, std::string> wsCallUntilThrottled(WsClient &ws, const std::string &method,
                                                 const helpdesk::protocol::JsonObject &params, int limit)
{
    for (int passed = 0; passed < limit; ++passed) {
        auto [code, message] = wsError(ws.request(method, params));
        if (code == "too_many_requests")
            return {passed, message};
    }
    return {limit, {}};
}

/// GETs `path` until an answer is not 200 (at most `limit` times): how many passed, and that answer.
std::pair<int, ApiResponse> getUntilRefused(ApiClient &client, const std::string &path, int limit)
{
    for (int passed = 0; passed < limit; ++passed) {
        auto r = client.get(path);
        if (r.status != 200)
            return {passed, r};
    }
    return {limit, ApiResponse{}};
}

long long residentBytes()
{
    std::ifstream statm("/proc/self/statm");
    long long pages = 0, resident = 0;
    statm >> pages >> resident;
    return resident * sysconf(_SC_PAGESIZE);
}

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/// A clock the unit rows move by hand.
struct FakeClock {
    Clock::time_point now = Clock::time_point(std::chrono::hours(1));
    helpdesk::api::SteadyNow function()
    {
        return [this] { return now; };
    }
};
} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<TestServer> m_strict;        // same database; request rates of a few per minute
    std::unique_ptr<TestServer> m_strictPerUser; // same database; a few requests a minute per user only

private slots:
    void initTestCase()
    {
        m_desk = std::make_unique<Desk>(&smallLimits);
        m_strict = std::make_unique<TestServer>(m_desk->database().conninfo(), [](helpdesk::app::ServerConfig &config) {
            smallLimits(config);
            config.limits.requestsPerSecondPerUser = 0.1;
            config.limits.requestBurstPerUser = 5;
            config.limits.requestsPerSecondPerAddress = 0.1;
            config.limits.requestBurstPerAddress = 30;
        });
        m_strictPerUser =
            std::make_unique<TestServer>(m_desk->database().conninfo(), [](helpdesk::app::ServerConfig &config) {
                smallLimits(config);
                config.limits.requestsPerSecondPerUser = 0.1;
                config.limits.requestBurstPerUser = 5;
            });
    }
    void cleanupTestCase()
    {
        m_strictPerUser.reset();
        m_strict.reset();
        m_desk.reset();
    }

    void tokenBucketAllowsBurstThenRate_data()
    {
        QTest::addColumn<double>("perSecond");
        QTest::addColumn<double>("burst");
        QTest::addColumn<int>("allowedAtOnce");
        QTest::addColumn<int>("retryAfter");
        QTest::newRow("a burst of 5 at 1/s: the sixth waits a second") << 1.0 << 5.0 << 5 << 1;
        QTest::newRow("3 an hour: the fourth waits twenty minutes") << 3.0 / 3600 << 3.0 << 3 << 1200;
        QTest::newRow("a zero rate limits nothing") << 0.0 << 0.0 << 1000 << 0;
    }

    void tokenBucketAllowsBurstThenRate()
    {
        QFETCH(double, perSecond);
        QFETCH(double, burst);
        QFETCH(int, allowedAtOnce);
        QFETCH(int, retryAfter);
        FakeClock clock;
        helpdesk::api::RateLimiter limiter(perSecond, burst, 100, clock.function());
        for (int i = 0; i < allowedAtOnce; ++i)
            QVERIFY2(!limiter.spend("caller"), qPrintable(QStringLiteral("request %1 refused").arg(i + 1)));
        auto refused = limiter.spend("caller");
        if (retryAfter == 0) {
            QVERIFY(!refused);
            return;
        }
        QVERIFY(refused);
        QCOMPARE(*refused, retryAfter);
        QVERIFY2(!limiter.spend("someone else"), "one caller's bucket is not another's");
        clock.now += std::chrono::seconds(retryAfter);
        QVERIFY2(!limiter.spend("caller"), "allowed again after the announced wait");
    }

    void trackedCallersAreBounded()
    {
        FakeClock clock;
        helpdesk::api::RateLimiter limiter(1.0 / 3600, 1, 1000, clock.function());
        QVERIFY(!limiter.spend("first"));
        QVERIFY(limiter.spend("first"));
        // A flood of made-up callers pushes out the least recent one, which then starts full;
        // the table never holds more than its bound.
        for (int i = 0; i < 1000; ++i)
            limiter.spend("made-up " + std::to_string(i));
        QVERIFY2(!limiter.spend("first"), "the oldest caller was forgotten");
    }

    void wrongSignInsBackOffTheAccountFromAnyAddress()
    {
        const std::string email = "carol@test.example";
        ApiClient local(m_desk->port());
        for (int i = 1; i <= 5; ++i) {
            auto r = signIn(local, email, "guess number " + std::to_string(i));
            QVERIFY2(r.status == 401, qPrintable(QStringLiteral("failure %1 answered %2").arg(i).arg(r.status)));
        }
        auto blocked = signIn(local, email, "guess number 6");
        QVERIFY2(isTooManyRequests(blocked), blocked.raw.c_str());
        QVERIFY(errorMessage(blocked).find("this account") != std::string::npos);

        // The same account from another address, even with the right password: still waiting.
        auto elsewhere = from(kSecondAddress, m_desk->port());
        auto other = signIn(elsewhere, email, Desk::kPassword);
        QVERIFY2(isTooManyRequests(other), other.raw.c_str());

        // Once the wait is over, the right password works, and the count starts over.
        QTRY_COMPARE_WITH_TIMEOUT(signIn(local, email, Desk::kPassword).status, 200, 5000);
        QCOMPARE(signIn(local, email, "one more guess").status, 401);
        QCOMPARE(signIn(local, email, Desk::kPassword).status, 200);
    }

    void wrongSignInsFromOneAddressBackOffThatAddress()
    {
        auto guesser = from(kSecondAddress, m_desk->port());
        for (int i = 1; i <= 8; ++i)
            QCOMPARE(signIn(guesser, "nobody" + std::to_string(i) + "@test.example", "guess").status, 401);
        auto blocked = signIn(guesser, "dave@test.example", Desk::kPassword);
        QVERIFY2(isTooManyRequests(blocked), blocked.raw.c_str());
        QVERIFY(errorMessage(blocked).find("your address") != std::string::npos);

        ApiClient local(m_desk->port());
        QCOMPARE(signIn(local, "dave@test.example", Desk::kPassword).status, 200);
    }

    void passwordResetFloodIsRefused()
    {
        ApiClient local(m_desk->port());
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(askForReset(local, "erin@test.example").status, 200);
        auto fourth = askForReset(local, "erin@test.example");
        QVERIFY2(isTooManyRequests(fourth), fourth.raw.c_str());
        QVERIFY2(fourth.retryAfter() > 60 && fourth.retryAfter() <= 3600, fourth.raw.c_str());

        // The account's limit holds from another address too; that address has its own.
        auto elsewhere = from(kSecondAddress, m_desk->port());
        QVERIFY(isTooManyRequests(askForReset(elsewhere, "erin@test.example")));
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(askForReset(elsewhere, "stranger" + std::to_string(i) + "@test.example").status, 200);
        auto flood = askForReset(elsewhere, "stranger6@test.example");
        QVERIFY2(isTooManyRequests(flood), flood.raw.c_str());
        QVERIFY(errorMessage(flood).find("your address") != std::string::npos);
    }

    void madeUpPasswordLinkIsRefusedWithoutHashing()
    {
        double hashMs = 1e9;
        for (int i = 0; i < 3; ++i) {
            auto start = Clock::now();
            helpdesk::domain::passwords::hash("a password of some length");
            hashMs = std::min(hashMs, millisecondsSince(start));
        }
        ApiClient anonymous(m_desk->port());
        double refusalMs = 1e9;
        for (int i = 0; i < 5; ++i) {
            auto body = newObject();
            body->set("token", "hdr_made-up-" + std::to_string(i));
            body->set("password", "a perfectly long password");
            auto start = Clock::now();
            auto r = anonymous.post("/api/v1/auth/set_password", body);
            refusalMs = std::min(refusalMs, millisecondsSince(start));
            QCOMPARE(r.status, 422);
            QCOMPARE(r.errorField(), std::string("token"));
        }
        qInfo("one password hash: %.1f ms; refusing a made-up link: %.1f ms", hashMs, refusalMs);
        QVERIFY2(refusalMs < hashMs / 4, "the link is checked before the password is hashed");
    }

    void burstOfSignInsKeepsMemoryBoundedAndTheServerResponsive()
    {
        constexpr int kLogins = 150;
        constexpr int kLinks = 50;
        const long long before = residentBytes();
        std::atomic<long long> peak{before};
        std::atomic<bool> running{true};
        std::thread sampler([&] {
            while (running) {
                long long now = residentBytes();
                long long seen = peak;
                while (now > seen && !peak.compare_exchange_weak(seen, now)) {
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        });

        std::mutex mutex;
        std::vector<ApiResponse> logins, links;
        std::vector<std::thread> callers;
        std::atomic<int> started{0};
        callers.reserve(kLogins + kLinks);
        for (int i = 0; i < kLogins + kLinks; ++i) {
            callers.emplace_back([&, i] {
                ApiClient client(m_desk->port());
                ++started;
                if (i < kLogins) {
                    auto r = signIn(client, "supervisor@test.example", Desk::kPassword);
                    std::lock_guard lock(mutex);
                    logins.push_back(r);
                } else {
                    auto body = newObject();
                    body->set("token", "hdi_made-up-" + std::to_string(i));
                    body->set("password", "a perfectly long password");
                    auto r = client.post("/api/v1/auth/set_password", body);
                    std::lock_guard lock(mutex);
                    links.push_back(r);
                }
            });
        }
        // While the burst runs, the server still answers at once.
        double slowestInfoMs = 0;
        ApiClient watcher(m_desk->port());
        QTRY_VERIFY(started == kLogins + kLinks);
        for (int i = 0; i < 20; ++i) {
            auto start = Clock::now();
            QCOMPARE(watcher.get("/api/v1/info").status, 200);
            slowestInfoMs = std::max(slowestInfoMs, millisecondsSince(start));
        }
        for (auto &caller : callers)
            caller.join();
        running = false;
        sampler.join();

        int signedIn = 0, busy = 0;
        for (const auto &r : logins) {
            if (r.status == 200) {
                ++signedIn;
            } else {
                QVERIFY2(r.status == 503 && r.errorCode() == "unavailable" && r.retryAfter() >= 1, r.raw.c_str());
                ++busy;
            }
        }
        for (const auto &r : links)
            QVERIFY2(r.status == 422, r.raw.c_str());
        const double grownMiB = double(peak - before) / (1024 * 1024);
        qInfo("%d signed in, %d told to retry; resident memory grew by %.0f MiB at most; slowest /info %.1f ms",
              signedIn, busy, grownMiB, slowestInfoMs);
        QVERIFY(signedIn >= kHashesAtOnce);
        QVERIFY2(busy > 0, "callers past the queue are told to come back instead of waiting in memory");
        // Each hash takes 64 MiB: the server holds at most its few at once (200 would be 12.5 GiB).
        QVERIFY2(grownMiB < (kHashesAtOnce + 2) * 64, qPrintable(QString::number(grownMiB)));
        QVERIFY2(slowestInfoMs < 1000, qPrintable(QString::number(slowestInfoMs)));
    }

    void statementPastItsLimitIsStoppedAndTheConnectionRecovers()
    {
        auto id = m_desk->openTicket("Alpha", "carol", "Locked by a long transaction");
        auto agent = m_desk->as("alphaFull");
        const std::string path = "/api/v1/tickets/" + std::to_string(id);
        pqxx::connection lockerConnection(m_desk->database().conninfo());
        auto locker = std::make_unique<pqxx::work>(lockerConnection);
        locker->exec("SELECT 1 FROM tickets WHERE id = " + std::to_string(id) + " FOR UPDATE");

        auto start = Clock::now();
        auto pending = std::async(std::launch::async,
                                  [&] { return agent.patch(path, json(R"({"title":"Renamed while locked"})")); });
        if (pending.wait_for(std::chrono::seconds(15)) != std::future_status::ready) {
            locker->abort();
            QFAIL("the request waited on the lock past its statement timeout");
        }
        auto stuck = pending.get();
        double waitedMs = millisecondsSince(start);
        QCOMPARE(stuck.status, 503);
        QCOMPARE(stuck.errorCode(), std::string("unavailable"));
        QVERIFY2(errorMessage(stuck).find("limit of 1 s") != std::string::npos, stuck.raw.c_str());
        QVERIFY2(waitedMs >= 900, qPrintable(QString::number(waitedMs)));
        locker->abort();
        locker.reset();

        // Every connection of the pool still works: more requests than connections succeed.
        for (int i = 0; i < 20; ++i)
            QCOMPARE(agent.get(path).status, 200);
        auto renamed = agent.patch(path, json(R"({"title":"Renamed after the lock"})"));
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.object("ticket")->getValue<std::string>("title"), std::string("Renamed after the lock"));
    }

    void backgroundWorkRunsWithoutTheRequestLimit()
    {
        // One connection, so the same session switches between a request's limit and none.
        helpdesk::db::ConnectionPool pool(m_desk->database().conninfo(), 1);
        const helpdesk::db::Statement sleepFor{"test_sleep", "SELECT pg_sleep($1)"};
        auto sleep = [&](double seconds) { pool.read([&](helpdesk::db::Tx &tx) { tx.exec(sleepFor, seconds); }); };
        {
            helpdesk::db::StatementTimeout request(std::chrono::milliseconds(200));
            try {
                sleep(0.6);
                QFAIL("a statement past the request's limit ran to the end");
            } catch (const helpdesk::protocol::ApiError &e) {
                QCOMPARE(e.code(), helpdesk::protocol::ErrorCode::Unavailable);
                QVERIFY2(std::string(e.what()).find("200 ms") != std::string::npos, e.what());
            }
        }
        auto start = Clock::now();
        sleep(0.6); // a job, an import or a migration: no limit
        QVERIFY(millisecondsSince(start) >= 550);
        helpdesk::db::StatementTimeout request(std::chrono::milliseconds(200));
        sleep(0.01);
    }

    void uploadsStopAtTheDailyQuota()
    {
        auto agent = m_desk->as("alphaRead");
        auto upload = [&](ApiClient &client, std::int64_t bytes, char fill) {
            return client.send("POST", "/api/v1/attachments?filename=scan.bin", std::string(std::size_t(bytes), fill),
                               "application/octet-stream");
        };
        QCOMPARE(upload(agent, 200 * 1024, 'a').status, 201);
        auto over = upload(agent, 200 * 1024, 'b');
        QVERIFY2(isTooManyRequests(over), over.raw.c_str());
        QVERIFY2(errorMessage(over).find("daily upload quota") != std::string::npos, over.raw.c_str());
        QVERIFY2(over.retryAfter() <= 24 * 3600, over.raw.c_str());
        // The refused upload was not counted: the rest of the day's quota is still there.
        QCOMPARE(upload(agent, 100 * 1024, 'c').status, 201);
        QVERIFY(isTooManyRequests(upload(agent, 1, 'd')));

        auto colleague = m_desk->as("alphaFull");
        QCOMPARE(upload(colleague, 200 * 1024, 'e').status, 201);
        auto huge = upload(colleague, kUploadQuota + 1, 'f');
        QCOMPARE(huge.status, 413);
        QVERIFY2(errorMessage(huge).find("larger than your daily upload quota") != std::string::npos, huge.raw.c_str());
    }

    void requestRatesArePerUserAndPerAddress()
    {
        ApiClient carol(m_strict->port());
        carol.setToken(m_desk->as("carol").token());
        auto [allowed, refused] = getUntilRefused(carol, "/api/v1/me", 10);
        QCOMPARE(allowed, 5);
        QVERIFY2(isTooManyRequests(refused), refused.raw.c_str());
        QVERIFY(errorMessage(refused).find("your account") != std::string::npos);
        ApiClient dave(m_strict->port());
        dave.setToken(m_desk->as("dave").token());
        QCOMPARE(dave.get("/api/v1/me").status, 200);

        auto elsewhere = from(kSecondAddress, m_strict->port());
        std::tie(allowed, refused) = getUntilRefused(elsewhere, "/api/v1/info", 40);
        QCOMPARE(allowed, 30);
        QVERIFY2(isTooManyRequests(refused), refused.raw.c_str());
        QVERIFY(errorMessage(refused).find("your address") != std::string::npos);
        QCOMPARE(ApiClient(m_strict->port()).get("/api/v1/info").status, 200);
    }

    void webSocketRequestsAreThrottledLikeHttp_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("params");
        // Not auth.login: this address still backs off from the failed sign-ins of earlier tests.
        QTest::newRow("set_password") << "auth.set_password"
                                      << R"({"token":"made-up","password":"%1"})";
        QTest::newRow("confirm") << "user.confirm_email"
                                 << R"({"token":"made-up"})";
        QTest::newRow("me") << "auth.me"
                            << "{}";
    }
    void webSocketRequestsAreThrottledLikeHttp()
    {
        QFETCH(QString, method);
        QFETCH(QString, params);
        // A fresh account each row: its allowance on the strict server is 5 requests, then one per 10 s.
        const auto email = "ws-" + std::string(QTest::currentDataTag()) + "@test.example";
        m_desk->addPerson(email);
        // Earlier rows leave this address backing off from failed sign-ins for a few seconds.
        std::string token;
        QTRY_VERIFY_WITH_TIMEOUT(!(token = m_desk->signIn(email)).empty(), 10000);
        WsClient ws(m_strictPerUser->port(), token);
        QVERIFY(ws.accepted());
        const auto body = params.replace(QStringLiteral("%1"), QString::fromUtf8(Desk::kPassword)).toStdString();
        auto [passed, message] =
            wsCallUntilThrottled(ws, method.toStdString(), helpdesk::protocol::parseJsonObject(body), 20);
        QVERIFY2(passed <= 5, std::to_string(passed).c_str());
        QVERIFY2(message.find("your account") != std::string::npos, message.c_str());
    }

    void presenceUpdatesOfOneSessionAreBounded()
    {
        auto ticket = m_desk->openTicket("Alpha", "carol", "Presence flood");
        WsClient ws(m_desk->port(), m_desk->as("alphaFull").token());
        QVERIFY(ws.accepted());
        auto params = newObject();
        params->set("ticket_id", ticket);
        params->set("activity", "viewing");
        auto [passed, message] = wsCallUntilThrottled(ws, "presence.set", params, 50);
        QVERIFY2(passed >= 2 && passed <= 6, std::to_string(passed).c_str());
        QVERIFY2(message.find("presence") != std::string::npos, message.c_str());
        // Another session of the same agent has its own allowance.
        WsClient other(m_desk->port(), m_desk->as("alphaFull").token());
        QCOMPARE(wsError(other.request("presence.set", params)).first, std::string());
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
