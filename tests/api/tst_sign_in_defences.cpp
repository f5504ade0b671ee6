// Password guessing is held back across server instances: wrong passwords for one account soon
// answer 429 with a Retry-After that grows, then the account is locked and its owner mailed; the
// right password is refused during the lock (on every instance), and an unknown account is
// answered exactly like a known one, in about the same time. An address guessing many accounts
// waits too, on every instance.

#include "domain/SignInGuard.h"
#include "support/Desk.h"
#include "support/MailLinks.h"
#include "support/SmtpSink.h"
#include "support/WaitUntil.h"

#include <QtTest>

#include <algorithm>
#include <chrono>
#include <memory>
#include <regex>
#include <thread>

using namespace helpdesk::test;
using helpdesk::protocol::newObject;
using Clock = std::chrono::steady_clock;

namespace {
constexpr int kFreeFailures = 3;
constexpr int kLockAfter = 7;
constexpr auto kLockDuration = std::chrono::seconds(120);

/// Small limits, so that a test reaches the lock within seconds.
void quickLock(helpdesk::app::ServerConfig &config)
{
    auto &l = config.limits;
    l.signInFreeFailuresPerAccount = kFreeFailures;
    l.signInFreeFailuresPerAddress = 1000;
    l.signInBackoff = std::chrono::seconds(1);
    l.signInBackoffMax = std::chrono::seconds(4);
    l.signInLockAfterFailures = kLockAfter;
    l.signInLockDuration = kLockDuration;
}

ApiResponse signIn(int port, const std::string &email, const std::string &password, const std::string &fromAddress = {})
{
    ApiClient client(port);
    if (!fromAddress.empty())
        client.setSourceAddress(fromAddress);
    auto body = newObject();
    body->set("email", email);
    body->set("password", password);
    return client.post("/api/v1/auth/login", body);
}

std::string errorMessage(const ApiResponse &r)
{
    return r.body && r.body->has("error") ? r.body->getObject("error")->getValue<std::string>("message")
                                          : std::string();
}

/// The message with its numbers (the seconds to wait) left out.
std::string withoutNumbers(const std::string &text)
{
    return std::regex_replace(text, std::regex("[0-9]+"), "N");
}

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}
} // namespace

class TestSignInDefences : public QObject
{
    Q_OBJECT

    std::unique_ptr<SmtpSink> m_sink;
    std::unique_ptr<Desk> m_desk;

private slots:
    void initTestCase()
    {
        m_sink = std::make_unique<SmtpSink>();
        m_sink->start();
        m_desk = std::make_unique<Desk>(&quickLock);
        m_desk->useSmtp(m_sink->port());
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_sink.reset();
    }

    void theWaitDoublesAfterTheFreeFailures_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("waitSeconds");
        QTest::newRow("four failures cost no wait") << 4 << 0;
        QTest::newRow("the fifth makes the next attempt wait the base") << 5 << 1;
        QTest::newRow("the sixth doubles it") << 6 << 2;
        QTest::newRow("the eighth doubles it twice more") << 8 << 8;
        QTest::newRow("the wait stops at the maximum") << 30 << 60;
        QTest::newRow("a thousand failures do not overflow it") << 1000 << 60;
    }

    void theWaitDoublesAfterTheFreeFailures()
    {
        QFETCH(int, failures);
        QFETCH(int, waitSeconds);
        helpdesk::domain::SignInPolicy policy;
        policy.backoff = std::chrono::seconds(1);
        policy.backoffMax = std::chrono::seconds(60);
        QCOMPARE(static_cast<int>(policy.waitAfter(failures, 5).count()), waitSeconds);
        QCOMPARE(static_cast<int>(policy.waitAfter(failures, 0).count()), 0); // no free failures: no back-off
    }

    void fortyWrongPasswordsAreSlowedThenLocked()
    {
        const std::string known = "guarded@defence.example";
        const std::string unknown = "nobody-here@defence.example";
        m_desk->addPerson(known);
        TestServer other(m_desk->database().conninfo(), &quickLock);

        std::vector<int> waitsAnnounced; // the first Retry-After of each wait
        std::vector<double> knownMs, unknownMs;
        bool waiting = false;
        int unauthenticated = 0, tooMany = 0;
        for (int attempt = 1; attempt <= 40; ++attempt) {
            const auto password = "guess number " + std::to_string(attempt);
            auto started = Clock::now();
            auto forKnown = signIn(m_desk->port(), known, password);
            const double knownTook = millisecondsSince(started);
            started = Clock::now();
            auto forUnknown = signIn(m_desk->port(), unknown, password);
            const double unknownTook = millisecondsSince(started);
            const auto what = "attempt " + std::to_string(attempt) + ": " + forKnown.raw + " / " + forUnknown.raw;

            // An unknown account is answered as the known one is.
            QVERIFY2(forKnown.status == 401 || forKnown.status == 429, what.c_str());
            QVERIFY2(forUnknown.status == forKnown.status, what.c_str());
            QVERIFY2(forUnknown.errorCode() == forKnown.errorCode(), what.c_str());
            QVERIFY2(withoutNumbers(errorMessage(forUnknown)) == withoutNumbers(errorMessage(forKnown)), what.c_str());
            QVERIFY2(std::abs(forUnknown.retryAfter() - forKnown.retryAfter()) <= 1, what.c_str());
            if (forKnown.status == 401) {
                ++unauthenticated;
                knownMs.push_back(knownTook);
                unknownMs.push_back(unknownTook);
                waiting = false;
                continue;
            }
            ++tooMany;
            QVERIFY2(forKnown.retryAfter() >= 1 &&
                         forKnown.body->getObject("error")->getValue<int>("retry_after") == forKnown.retryAfter(),
                     what.c_str());
            if (!waiting)
                waitsAnnounced.push_back(forKnown.retryAfter());
            waiting = true;
            // A client honours Retry-After and comes back then; once locked, the remaining attempts
            // meet the lock at once.
            if (forKnown.retryAfter() < 10)
                std::this_thread::sleep_for(std::chrono::seconds(forKnown.retryAfter()));
        }
        qInfo("%d attempts answered 401, %d answered 429; waits announced: %s", unauthenticated, tooMany,
              qPrintable(QString::fromStdString([&] {
                  std::string out;
                  for (int w : waitsAnnounced)
                      out += std::to_string(w) + " s ";
                  return out;
              }())));
        QCOMPARE(unauthenticated, kLockAfter);
        QVERIFY(tooMany == 40 - kLockAfter);
        // The waits grow: 1, 2, 4, 4 s, then the lock.
        QVERIFY2(waitsAnnounced.size() >= 4, "a wait after each failure past the free ones");
        QVERIFY(std::is_sorted(waitsAnnounced.begin(), waitsAnnounced.end()));
        QVERIFY(waitsAnnounced.front() <= 1 && waitsAnnounced.at(2) >= 4);
        QVERIFY(waitsAnnounced.back() > 60);

        // The owner is told once; an unknown address has no owner to tell.
        QVERIFY(waitUntil([&] { return !mailsTo(*m_sink, known).empty(); }, std::chrono::seconds(20),
                          "the lock mail reached the owner"));
        QVERIFY(m_desk->waitUntilMailSettled());
        auto mails = mailsTo(*m_sink, known);
        QCOMPARE(mails.size(), std::size_t(1));
        QVERIFY2(mails.front().header("Subject").find("locked") != std::string::npos, mails.front().raw.c_str());
        QVERIFY(textOf(mails.front()).find(std::to_string(kLockAfter) + " failed sign-ins") != std::string::npos);
        QCOMPARE(mailsTo(*m_sink, unknown).size(), std::size_t(0));

        // The right password is refused while locked, from another address and on another instance too.
        for (const auto &refused : {signIn(m_desk->port(), known, Desk::kPassword),
                                    signIn(m_desk->port(), known, Desk::kPassword, "127.0.0.2"),
                                    signIn(other.port(), known, Desk::kPassword)}) {
            QVERIFY2(refused.status == 429 && refused.retryAfter() > 60, refused.raw.c_str());
            QVERIFY2(errorMessage(refused).find("locked") != std::string::npos, refused.raw.c_str());
        }

        // Both kinds of answer take about as long for an unknown account as for a known one.
        const double knownMedian = median(knownMs), unknownMedian = median(unknownMs);
        qInfo("a wrong password takes %.0f ms for a known account, %.0f ms for an unknown one", knownMedian,
              unknownMedian);
        QVERIFY2(unknownMedian > knownMedian / 2 && unknownMedian < knownMedian * 2,
                 qPrintable(QStringLiteral("%1 ms against %2 ms").arg(unknownMedian).arg(knownMedian)));

        // Once the lock is over (moved into the past here), the right password works and the count starts over.
        m_desk->exec("UPDATE sign_in_failures SET blocked_until = now() WHERE key = 'account:" + known + "'");
        QCOMPARE(signIn(other.port(), known, Desk::kPassword).status, 200);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM sign_in_failures WHERE key = 'account:" + known + "'"), 0LL);
    }

    void aNewPasswordFromAResetLinkEndsTheLock()
    {
        const std::string email = "locked-out@defence.example";
        m_desk->addPerson(email);
        m_desk->exec("INSERT INTO sign_in_failures (key, failures, last_failure, blocked_until) VALUES ('account:" +
                     email + "', " + std::to_string(kLockAfter) + ", now(), now() + interval '1 hour')");
        QCOMPARE(signIn(m_desk->port(), email, Desk::kPassword).status, 429);
        QCOMPARE(
            ApiClient(m_desk->port()).post("/api/v1/auth/password_reset", json("{\"email\":\"" + email + "\"}")).status,
            200);
        QVERIFY(waitUntil([&] { return !mailsTo(*m_sink, email).empty(); }, std::chrono::seconds(20),
                          "the reset mail arrived"));
        auto body = newObject();
        body->set("token", linkTokenIn(mailsTo(*m_sink, email).front()));
        body->set("password", "a fresh long password");
        QCOMPARE(ApiClient(m_desk->port()).post("/api/v1/auth/set_password", body).status, 200);
        QCOMPARE(signIn(m_desk->port(), email, "a fresh long password").status, 200);
    }

    void anAddressGuessingManyAccountsWaitsOnEveryInstance()
    {
        // Instance B lets an address fail five times; the wait it sets holds on instance A as well.
        TestServer strict(m_desk->database().conninfo(), [](helpdesk::app::ServerConfig &config) {
            quickLock(config);
            config.limits.signInFreeFailuresPerAddress = 5;
            config.limits.signInBackoff = std::chrono::seconds(30); // long enough to try both instances
            config.limits.signInBackoffMax = std::chrono::seconds(30);
        });
        const std::string guesser = "127.0.0.3";
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(
                signIn(strict.port(), "stranger" + std::to_string(i) + "@defence.example", "guess", guesser).status,
                401);
        m_desk->addPerson("bystander@defence.example");
        for (int port : {strict.port(), m_desk->port()}) {
            auto blocked = signIn(port, "bystander@defence.example", Desk::kPassword, guesser);
            QVERIFY2(blocked.status == 429 && blocked.retryAfter() >= 1, blocked.raw.c_str());
            QVERIFY2(errorMessage(blocked).find("your address") != std::string::npos, blocked.raw.c_str());
        }
        // Another address is not held back by it.
        QCOMPARE(signIn(strict.port(), "bystander@defence.example", Desk::kPassword).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSignInDefences)
#include "tst_sign_in_defences.moc"
