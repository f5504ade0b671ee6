// No single message, crash or stop keeps the desk down. The real helpdesk-server runs as a child
// process on its embedded database (the default setup), is ended with SIGTERM, SIGINT and SIGKILL,
// and is started again with the same command, as an operator or a supervisor would: it comes back
// with its data every time, its PostgreSQL never outlives it unnoticed, a message that kills the
// server is quarantined after a few attempts instead of killing it forever, and mail delivered
// while the server is killed becomes exactly one article per message.
//
// The poisoned message uses the server's fault-injection hook (HELPDESK_TEST_CRASH_ON_MARKER): the
// server kills itself with SIGKILL when it starts interpreting a message carrying the marker, as
// a crash in a parser would.

#include "support/ApiClient.h"
#include "support/ServerProcess.h"

#include <pqxx/pqxx>

#include <QtTest>

#include <atomic>
#include <csignal>
#include <fstream>
#include <memory>
#include <mutex>
#include <numeric>
#include <set>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace helpdesk;
using helpdesk::test::ApiClient;
using helpdesk::test::ApiResponse;

namespace {
const char *kMarker = "POISON-7f3a-not-for-interpretation";
constexpr int kQuarantineAfter = 3; // JobQueue's default: deaths before a job is quarantined

std::string mailMessage(const std::string &messageId, const std::string &from, const std::string &subject)
{
    return "From: " + from + "\r\nTo: support@desk.example\r\nSubject: " + subject + "\r\nMessage-ID: <" + messageId +
           ">\r\nDate: Mon, 01 Jun 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\nPlease help with " +
           subject + ".\r\n";
}

/// A process that runs (a zombie left for an init that does not reap has ended).
bool processRuns(int pid)
{
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(stat, line))
        return false;
    auto name = line.rfind(')');
    return name != std::string::npos && name + 2 < line.size() && line[name + 2] != 'Z';
}
} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_directory;
    std::unique_ptr<test::ServerProcess> m_server;
    std::string m_token;

    ApiClient admin() const
    {
        ApiClient client(m_server->port());
        client.setToken(m_token);
        return client;
    }

    ApiResponse deliver(ApiClient &client, const std::string &raw)
    {
        return client.send("POST", "/api/v1/mail/inbound", raw, "message/rfc822");
    }

    long long scalar(const std::string &sql, const std::string &parameter)
    {
        pqxx::connection connection(m_server->conninfo());
        pqxx::read_transaction tx(connection);
        return tx.exec_params1(sql, parameter)[0].as<long long>();
    }

    long long articlesWithMessageId(const std::string &messageId)
    {
        return scalar("SELECT count(*) FROM articles WHERE message_id = $1", messageId);
    }

    /// The quarantined jobs the API lists (empty while the server is down).
    protocol::JsonArray quarantinedJobs()
    {
        try {
            auto list = admin().get("/api/v1/jobs?state=quarantined&queue=mail.inbound");
            return list.status == 200 ? list.array("jobs") : protocol::newArray();
        } catch (const std::exception &) {
            return protocol::newArray();
        }
    }

    /// "It comes up with its data": the message delivered before any crash is still a ticket.
    void verifyDataSurvived()
    {
        QCOMPARE(articlesWithMessageId("before-any-crash@crash.test"), 1LL);
        QCOMPARE(admin().get("/api/v1/me").status, 200); // sessions survive too
    }

    void startAgain() { QVERIFY2(m_server->start(), m_server->output().c_str()); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        // The cluster runs as the postgres user when tests run as root: it must reach the directory.
        ::chmod(m_directory.path().toLocal8Bit().constData(), 0755);
        m_server =
            std::make_unique<test::ServerProcess>(m_directory.path().toStdString() + "/data", test::freeLoopbackPort());
        m_server->setEnvironment(QStringLiteral("HELPDESK_TEST_CRASH_ON_MARKER"), QString::fromLatin1(kMarker));
        startAgain();
        auto password = m_server->firstAdminPassword();
        QVERIFY(password);
        ApiClient client(m_server->port());
        QCOMPARE(client.login("admin@test.example", *password).status, 200);
        m_token = client.token();
        QCOMPARE(client.post("/api/v1/groups", test::json(R"({"name":"Support","addresses":["support@desk.example"]})"))
                     .status,
                 201);
        // 500 new tickets from 20 senders within a minute is a flood by the default limits; here
        // they stand for an MTA's backlog, so the flood limits are off.
        QCOMPARE(client
                     .patch("/api/v1/settings/mail", test::json(R"({"defences":{"new_tickets_per_sender_per_hour":0,)"
                                                                R"("new_tickets_per_group_per_hour":0}})"))
                     .status,
                 200);
        auto first =
            deliver(client, mailMessage("before-any-crash@crash.test", "carol@customer.example", "the first message"));
        QCOMPARE(first.status, 202);
        QCOMPARE(first.body->getValue<std::string>("state"), std::string("processed"));
    }

    void cleanupTestCase()
    {
        m_server.reset(); // SIGTERM: stops the cluster too
    }

    void terminationSignalsStopTheEmbeddedCluster_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM (a service manager stops it)") << int(SIGTERM);
        QTest::newRow("SIGINT (Ctrl-C)") << int(SIGINT);
    }

    void terminationSignalsStopTheEmbeddedCluster()
    {
        QFETCH(int, signal);
        auto postmaster = m_server->postmasterPid();
        QVERIFY(postmaster);
        m_server->signal(signal);
        QVERIFY(m_server->waitForEnd(60000));
        QVERIFY2(!m_server->endedBySignal(), "the signal ended the process without a shutdown");
        QCOMPARE(m_server->exitCode(), 0);
        QVERIFY(!processRuns(*postmaster));
        QVERIFY(!m_server->postmasterPid());
        QVERIFY(!m_server->watchdogPid());
        startAgain();
        verifyDataSurvived();
    }

    void aKilledServersClusterIsStoppedByItsWatchdog()
    {
        auto postmaster = m_server->postmasterPid();
        QVERIFY(postmaster);
        m_server->signal(SIGKILL);
        QVERIFY(m_server->waitForEnd(30000));
        QVERIFY(m_server->endedBySignal());
        // Nobody starts the server again yet: the cluster notices its server is gone by itself.
        QTRY_VERIFY_WITH_TIMEOUT(!processRuns(*postmaster), 30000);
        QVERIFY(!m_server->postmasterPid());
        startAgain();
        verifyDataSurvived();
    }

    void anOrphanedClusterIsStoppedAtTheNextStart()
    {
        // The worst case: the watchdog is killed too, and the postmaster runs on with nobody to stop it.
        auto postmaster = m_server->postmasterPid();
        auto watchdog = m_server->watchdogPid();
        QVERIFY(postmaster);
        QVERIFY(watchdog);
        ::kill(*watchdog, SIGKILL);
        m_server->signal(SIGKILL);
        QVERIFY(m_server->waitForEnd(30000));
        QVERIFY(processRuns(*postmaster));
        // Before: "pg_ctl: another server might be running ... lock file postmaster.pid already exists".
        startAgain();
        QVERIFY(!processRuns(*postmaster));
        QVERIFY(m_server->postmasterPid() && *m_server->postmasterPid() != *postmaster);
        verifyDataSurvived();
    }

    void aStalePidFileDoesNotBlockTheStart_data()
    {
        QTest::addColumn<bool>("pidRuns");
        QTest::newRow("its pid has ended") << false;
        QTest::newRow("its pid now belongs to another program (after a reboot)") << true;
    }

    void aStalePidFileDoesNotBlockTheStart()
    {
        QFETCH(bool, pidRuns);
        m_server->signal(SIGTERM);
        QVERIFY(m_server->waitForEnd(60000));
        int pid = static_cast<int>(::getpid()); // this test: alive, and no postmaster
        if (!pidRuns)
            for (pid = 999999; processRuns(pid);)
                --pid;
        // As a power cut leaves it: the pid file of a postmaster that did not stop.
        std::ofstream file(m_server->dataDirectory() + "/pgdata/postmaster.pid", std::ios::trunc);
        file << pid << "\n"
             << m_server->dataDirectory() << "/pgdata\n1780000000\n5432\n"
             << m_server->dataDirectory() << "/run\n\n  5432001         0\nready   \n";
        file.close();
        startAgain();
        verifyDataSurvived();
    }

    void aPoisonMessageIsQuarantinedNotRetriedForever()
    {
        const std::string poisonId = "poison@crash.test";
        auto poison = mailMessage(poisonId, "mallory@customer.example", std::string("Invoice ") + kMarker);
        int deaths = 0;
        {
            // Delivered by the mailgate: interpreting it kills the server mid-request.
            auto client = admin();
            try {
                auto answer = deliver(client, poison);
                QFAIL(("the server answered " + answer.raw).c_str());
            } catch (const Poco::Exception &) {
            }
        }
        QVERIFY(m_server->waitForEnd(30000));
        QVERIFY(m_server->endedBySignal());
        ++deaths;
        // A supervisor starts it again each time it dies. Each start runs the queued retry, which
        // kills it again, until the job has killed its worker kQuarantineAfter times.
        for (int start = 0; start < 2 * kQuarantineAfter && deaths <= kQuarantineAfter; ++start) {
            if (m_server->start()) {
                QTRY_VERIFY_WITH_TIMEOUT(!m_server->running() || quarantinedJobs()->size() == 1, 30000);
                if (m_server->running())
                    break;
            }
            QVERIFY(m_server->waitForEnd(30000));
            QVERIFY(m_server->endedBySignal());
            ++deaths;
        }
        QCOMPARE(deaths, kQuarantineAfter);
        QVERIFY2(m_server->running(), m_server->output().c_str());

        // Parked with its reason, in the job list and in the inbound list.
        auto jobs = quarantinedJobs();
        QCOMPARE(jobs->size(), 1u);
        auto job = jobs->getObject(0);
        auto jobId = job->getValue<std::int64_t>("id");
        QCOMPARE(job->getValue<int>("interrupted"), kQuarantineAfter);
        QCOMPARE(job->getValue<int>("attempts"), kQuarantineAfter);
        QVERIFY2(job->getValue<std::string>("last_error").find("stopped while running it") != std::string::npos,
                 job->getValue<std::string>("last_error").c_str());
        auto inbound = admin().get("/api/v1/mail/inbound?state=quarantined").array("messages");
        QCOMPARE(inbound->size(), 1u);
        QCOMPARE(inbound->getObject(0)->getValue<std::int64_t>("job_id"), jobId);
        QCOMPARE(inbound->getObject(0)->getValue<std::string>("state"), std::string("quarantined"));
        QVERIFY(inbound->getObject(0)->getValue<std::string>("error").find("quarantined") != std::string::npos);

        // The MTA delivers it again: accepted as quarantined, not interpreted.
        auto client = admin();
        auto again = deliver(client, poison);
        QCOMPARE(again.status, 202);
        QCOMPARE(again.body->getValue<std::string>("state"), std::string("quarantined"));

        // No crash loop: the desk stays up and answers. A job queued now (a password reset request) is claimed
        // by the workers that would run the poison again were it back in the queue, and claims go by
        // due time: once the marker was claimed, a poison job put back before it would have run first.
        QCOMPARE(ApiClient(m_server->port())
                     .post("/api/v1/auth/password_reset", test::json(R"({"email":"admin@test.example"})"))
                     .status,
                 200);
        const auto marker =
            std::to_string(scalar("SELECT coalesce(max(id), 0) FROM jobs WHERE queue = $1", "auth.password_reset"));
        QVERIFY(marker != "0");
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_server->running() || scalar("SELECT attempts FROM jobs WHERE id = $1::bigint", marker) >= 1, 30000);
        QVERIFY2(m_server->running(), m_server->output().c_str());
        QCOMPARE(ApiClient(m_server->port()).get("/api/v1/info").status, 200);
        QCOMPARE(scalar("SELECT count(*) FROM jobs WHERE state = 'quarantined' AND attempts = " +
                            std::to_string(kQuarantineAfter) + " AND id = $1::bigint",
                        std::to_string(jobId)),
                 1LL);
        QCOMPARE(articlesWithMessageId(poisonId), 0LL);
        verifyDataSurvived();

        // The bug is fixed (here: the fault disarmed) and an admin retries the message.
        m_server->signal(SIGTERM);
        QVERIFY(m_server->waitForEnd(60000));
        m_server->setEnvironment(QStringLiteral("HELPDESK_TEST_CRASH_ON_MARKER"), QString());
        startAgain();
        QCOMPARE(admin().post("/api/v1/jobs/" + std::to_string(jobId) + "/retry", protocol::newObject()).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(articlesWithMessageId(poisonId), 1LL, 30000);
        QCOMPARE(quarantinedJobs()->size(), 0u);
        QCOMPARE(admin().get("/api/v1/mail/inbound?state=quarantined").array("messages")->size(), 0u);
    }

    void everyMessageBecomesOneArticleAfterAKillMidIngest()
    {
        constexpr int kMessages = 500;
        constexpr int kSenders = 4;
        auto message = [](int n) {
            return mailMessage("ingest-" + std::to_string(n) + "@crash.test",
                               "customer" + std::to_string(n % 20) + "@customer.example",
                               "ingest " + std::to_string(n));
        };
        std::mutex mutex;
        std::set<int> accepted;
        // Delivers `pending` on a few connections at once until done or the server is gone.
        auto deliverAll = [&](std::vector<int> pending) {
            struct Work {
                std::vector<int> pending;
                std::atomic<std::size_t> next{0};
            };
            auto work = std::make_shared<Work>();
            work->pending = std::move(pending);
            std::vector<std::thread> senders;
            senders.reserve(kSenders);
            for (int s = 0; s < kSenders; ++s)
                senders.emplace_back([&, work, port = m_server->port(), token = m_token] {
                    ApiClient client(port);
                    client.setToken(token);
                    for (std::size_t i = work->next++; i < work->pending.size(); i = work->next++) {
                        int n = work->pending[i];
                        try {
                            if (client.send("POST", "/api/v1/mail/inbound", message(n), "message/rfc822").status ==
                                202) {
                                std::lock_guard lock(mutex);
                                accepted.insert(n);
                            }
                        } catch (const std::exception &) {
                            return; // killed: the MTA keeps this message and tries again later
                        }
                    }
                });
            return senders;
        };
        std::vector<int> all(kMessages);
        std::iota(all.begin(), all.end(), 0);
        auto senders = deliverAll(all);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                std::lock_guard lock(mutex);
                return accepted.size() >= kMessages / 3;
            }(),
            120000);
        m_server->signal(SIGKILL);
        for (auto &sender : senders)
            sender.join();
        QVERIFY(m_server->waitForEnd(30000));
        std::vector<int> unaccepted;
        for (int n : all)
            if (!accepted.count(n))
                unaccepted.push_back(n);
        QVERIFY2(!unaccepted.empty(), "the kill came after the last message");
        qInfo("killed after %zu of %d messages were accepted", accepted.size(), kMessages);

        startAgain();
        // The MTA retries what it could not hand over (some of it was stored, or even interpreted).
        auto retries = deliverAll(unaccepted);
        for (auto &sender : retries)
            sender.join();
        QCOMPARE(accepted.size(), std::size_t(kMessages));
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar("SELECT count(DISTINCT message_id) FROM articles WHERE message_id LIKE $1", "ingest-%"),
            (long long)kMessages, 120000);
        QCOMPARE(scalar("SELECT count(*) FROM articles WHERE message_id LIKE $1", "ingest-%"), (long long)kMessages);
        QCOMPARE(scalar("SELECT count(*) FROM inbound_messages WHERE message_id LIKE $1 AND state = 'processed'",
                        "ingest-%"),
                 (long long)kMessages);
        QCOMPARE(scalar("SELECT count(*) FROM tickets t WHERE EXISTS (SELECT 1 FROM articles a WHERE a.ticket_id = t.id"
                        " AND a.message_id LIKE $1)",
                        "ingest-%"),
                 (long long)kMessages);
        verifyDataSurvived();
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crash_recovery.moc"
