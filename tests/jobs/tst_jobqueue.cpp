// The job queue that every pipeline builds on: each job runs once even with several server
// instances competing, failures are retried with backoff and then shown, permanent failures
// stop at once, duplicates are refused by key, a dead worker's job is picked up again at once
// (its lease is gone with its process) and counted, a job that keeps killing its workers is
// quarantined until an admin retries it, a caller can run a queued job now as one counted
// attempt, and a job enqueued by a transaction that rolled back never runs.

#include "db/ConnectionPool.h"
#include "db/JobRepository.h"
#include "db/Migrator.h"
#include "jobs/JobQueue.h"
#include "support/TestDatabase.h"

#include <QtTest>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>

using namespace helpdesk;
using helpdesk::protocol::newObject;

namespace {
protocol::JsonObject payloadWith(int n)
{
    auto p = newObject();
    p->set("n", n);
    return p;
}
} // namespace

class TestJobQueue : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<db::ConnectionPool> m_pool;

    /// Runs the test's own SQL (a look at the jobs table, or a staged fault) on a connection of its own.
    template <typename... Args> pqxx::result sql(const std::string &statement, Args &&...args)
    {
        pqxx::connection connection(m_database->conninfo());
        pqxx::work tx(connection);
        auto result = tx.exec_params(statement, std::forward<Args>(args)...);
        tx.commit();
        return result;
    }

    std::string stateOf(std::int64_t id)
    {
        return std::string(sql("SELECT state FROM jobs WHERE id = $1", id)[0][0].c_str());
    }

private slots:
    void initTestCase()
    {
        m_database = std::make_unique<test::TestDatabase>();
        m_database->start();
        db::Migrator(m_database->conninfo()).migrate();
        m_pool = std::make_unique<db::ConnectionPool>(m_database->conninfo(), 8);
    }

    void cleanupTestCase()
    {
        m_pool.reset();
        m_database.reset();
    }

    void eachJobRunsOnceAcrossTwoInstances()
    {
        constexpr int kJobs = 200;
        std::mutex mutex;
        std::map<int, int> runs;
        auto handler = [&](const db::Job &job) {
            std::lock_guard lock(mutex);
            ++runs[job.payload->getValue<int>("n")];
        };
        jobs::JobQueue first(*m_pool, m_database->conninfo(), "instance-1", 2);
        jobs::JobQueue second(*m_pool, m_database->conninfo(), "instance-2", 2);
        first.registerHandler("once", handler);
        second.registerHandler("once", handler);
        first.start();
        second.start();
        m_pool->write([&](db::Tx &tx) {
            for (int i = 0; i < kJobs; ++i)
                db::JobRepository::enqueue(tx, "once", payloadWith(i));
        });
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                std::lock_guard l(mutex);
                return runs.size() == std::size_t(kJobs);
            }(),
            30000);
        first.stop();
        second.stop();
        for (const auto &[n, count] : runs)
            QVERIFY2(count == 1, qPrintable(QStringLiteral("job %1 ran %2 times").arg(n).arg(count)));
        auto pending = sql("SELECT count(*) FROM jobs WHERE queue = 'once' AND state <> 'done'")[0][0].as<int>();
        QCOMPARE(pending, 0);
    }

    void aRetryableFailureIsRetriedWithBackoffThenSucceeds()
    {
        std::atomic<int> calls{0};
        jobs::JobQueue queue(*m_pool, m_database->conninfo(), "retry", 1);
        queue.registerHandler("flaky", [&](const db::Job &job) {
            if (++calls == 1)
                throw std::runtime_error("SMTP server said 451 try later");
        });
        queue.start();
        auto id = m_pool->write([&](db::Tx &tx) { return db::JobRepository::enqueue(tx, "flaky", newObject()); });
        QTRY_VERIFY_WITH_TIMEOUT(calls.load() >= 1, 10000);
        // The failure is recorded once the worker's transaction commits (a moment after the throw).
        QTRY_VERIFY_WITH_TIMEOUT(
            !sql("SELECT last_error FROM jobs WHERE id = $1", id)[0][0].is_null() || calls.load() >= 2, 10000);
        QVERIFY2(calls.load() == 1, "retried at once");
        // After the first failure the job waits for its backoff (2 s for the first retry).
        auto runAt = sql("SELECT extract(epoch FROM run_at - now()) FROM jobs WHERE id = $1", id)[0][0].as<double>();
        QVERIFY2(runAt > 0.5, "the retry was not delayed");
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(id) == "done", 15000);
        QCOMPARE(calls.load(), 2);
        queue.stop();
    }

    void aJobOutOfAttemptsFailsVisiblyWithItsError()
    {
        jobs::JobQueue queue(*m_pool, m_database->conninfo(), "exhaust", 1);
        queue.registerHandler("doomed", [&](const db::Job &) { throw std::runtime_error("mailbox unreachable"); });
        queue.start();
        auto id =
            m_pool->write([&](db::Tx &tx) { return db::JobRepository::enqueue(tx, "doomed", newObject(), 0, 1); });
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(id) == "failed", 10000);
        queue.stop();
        auto failed = m_pool->read(
            [&](db::Tx &tx) { return db::JobRepository::list(tx, std::string("failed"), std::string("doomed"), 10); });
        QCOMPARE(failed->size(), 1u);
        QCOMPARE(failed->getObject(0)->getValue<std::string>("last_error"), std::string("mailbox unreachable"));
        // An admin can put it back.
        QVERIFY(m_pool->write([&](db::Tx &tx) { return db::JobRepository::retry(tx, id); }));
        QCOMPARE(stateOf(id), std::string("pending"));
    }

    void aPermanentErrorFailsAtOnce()
    {
        std::atomic<int> calls{0};
        jobs::JobQueue queue(*m_pool, m_database->conninfo(), "permanent", 1);
        queue.registerHandler("bad", [&](const db::Job &) {
            ++calls;
            throw jobs::PermanentJobError("550 no such user");
        });
        queue.start();
        auto id = m_pool->write([&](db::Tx &tx) { return db::JobRepository::enqueue(tx, "bad", newObject(), 0, 8); });
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(id) == "failed", 10000);
        queue.stop();
        QCOMPARE(calls.load(), 1);
    }

    void aDedupeKeyRefusesADuplicate()
    {
        auto first = m_pool->write([&](db::Tx &tx) {
            return db::JobRepository::enqueue(tx, "unique", newObject(), 60, 8, std::string("mail:<abc@example>"));
        });
        auto second = m_pool->write([&](db::Tx &tx) {
            return db::JobRepository::enqueue(tx, "unique", newObject(), 60, 8, std::string("mail:<abc@example>"));
        });
        QCOMPARE(second, first);
        auto count = sql("SELECT count(*) FROM jobs WHERE queue = 'unique'")[0][0].as<int>();
        QCOMPARE(count, 1);
    }

    void aDeadWorkersJobIsPickedUpAgain()
    {
        // A worker claimed the job and died (its claim is an hour old).
        auto id = m_pool->write([&](db::Tx &tx) { return db::JobRepository::enqueue(tx, "orphan", newObject()); });
        sql("UPDATE jobs SET state = 'running', locked_by = 'dead', attempts = 1, locked_at = now() - interval '1 hour'"
            " WHERE id = $1",
            id);
        std::atomic<int> calls{0};
        jobs::JobQueue queue(*m_pool, m_database->conninfo(), "rescuer", 1);
        queue.setStaleAfterSeconds(60);
        queue.registerHandler("orphan", [&](const db::Job &) { ++calls; });
        queue.start();
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(id) == "done", 10000);
        queue.stop();
        QCOMPARE(calls.load(), 1);
    }

    /// A job left 'running' under a lease; `leaseHolder` keeps the lease held while it lives.
    std::int64_t runningJobUnderLease(const std::string &queue, std::int64_t lease, int interrupted,
                                      std::unique_ptr<pqxx::connection> &leaseHolder)
    {
        leaseHolder = std::make_unique<pqxx::connection>(m_database->conninfo());
        pqxx::nontransaction(*leaseHolder).exec("SELECT pg_advisory_lock(" + std::to_string(lease) + ")");
        auto id = m_pool->write([&](db::Tx &tx) { return db::JobRepository::enqueue(tx, queue, newObject()); });
        sql("UPDATE jobs SET state = 'running', locked_by = 'host:4242', lease_key = $2, attempts = $3 + 1,"
            " interrupted = $3, locked_at = now() WHERE id = $1",
            id, lease, interrupted);
        return id;
    }

    /// Ends a worker's session as its process's death would, once PostgreSQL has noticed.
    void killWorker(std::unique_ptr<pqxx::connection> &worker)
    {
        int backend = worker->backendpid();
        worker.reset();
        QTRY_COMPARE_WITH_TIMEOUT(sql("SELECT count(*) FROM pg_stat_activity WHERE pid = $1", backend)[0][0].as<int>(),
                                  0, 10000);
    }

    std::vector<db::InterruptedJob> recover()
    {
        return m_pool->write([](db::Tx &tx) { return db::JobRepository::recoverInterrupted(tx, 600, 3); });
    }

    void aDeadWorkersJobIsRequeuedAtOnceAndCounted()
    {
        // Its worker's process died: PostgreSQL dropped the lease with its session.
        std::unique_ptr<pqxx::connection> worker;
        auto id = runningJobUnderLease("leased", 0x4a4f420000000101LL, 0, worker);
        killWorker(worker);
        std::atomic<int> calls{0};
        jobs::JobQueue queue(*m_pool, m_database->conninfo(), "host:4242", 1); // the same host and pid, restarted
        queue.registerHandler("leased", [&](const db::Job &) { ++calls; });
        queue.start();
        QVERIFY(queue.holdsLease());
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(id) == "done", 15000);
        queue.stop();
        QCOMPARE(calls.load(), 1);
        auto counted = sql("SELECT interrupted, attempts FROM jobs WHERE id = $1", id)[0];
        QCOMPARE(counted[0].as<int>(), 1);
        QCOMPARE(counted[1].as<int>(), 2);
    }

    void aLiveWorkersJobIsLeftToIt()
    {
        // Running for an hour, but its worker holds its lease: nobody takes the job away.
        std::unique_ptr<pqxx::connection> worker;
        auto id = runningJobUnderLease("long", 0x4a4f420000000202LL, 0, worker);
        sql("UPDATE jobs SET locked_at = now() - interval '1 hour' WHERE id = $1", id);
        QVERIFY(recover().empty());
        QCOMPARE(stateOf(id), std::string("running"));
        killWorker(worker);
        auto recovered = recover();
        QCOMPARE(recovered.size(), 1u);
        QCOMPARE(recovered[0].id, id);
        QCOMPARE(recovered[0].state, std::string("pending"));
    }

    void aJobThatKeepsKillingItsWorkerIsQuarantinedUntilRetried()
    {
        std::unique_ptr<pqxx::connection> worker;
        auto id = runningJobUnderLease("poison", 0x4a4f420000000303LL, 2, worker);
        killWorker(worker); // its third worker died too
        auto recovered = recover();
        QCOMPARE(recovered.size(), 1u);
        QCOMPARE(recovered[0].state, std::string("quarantined"));
        QVERIFY2(recovered[0].reason.find("3 of 3 attempts") != std::string::npos, recovered[0].reason.c_str());
        auto listed = m_pool->read([&](db::Tx &tx) {
            return db::JobRepository::list(tx, std::string("quarantined"), std::string("poison"), 10);
        });
        QCOMPARE(listed->size(), 1u);
        QVERIFY(listed->getObject(0)->getValue<std::string>("last_error").find("host:4242") != std::string::npos);
        // Nothing claims it; an admin's retry puts it back with fresh counts.
        std::atomic<int> calls{0};
        jobs::JobQueue queue(*m_pool, m_database->conninfo(), "after", 1);
        queue.registerHandler("poison", [&](const db::Job &) { ++calls; });
        queue.start();
        QVERIFY(m_pool->write([&](db::Tx &tx) { return db::JobRepository::retry(tx, id); }));
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(id) == "done", 10000);
        queue.stop();
        QCOMPARE(calls.load(), 1);
    }

    void runNowRunsAQueuedJobAsOneCountedAttempt()
    {
        jobs::JobQueue queue(*m_pool, m_database->conninfo(), "inline", 1);
        queue.registerHandler("later", [](const db::Job &) {});
        queue.start();
        auto id = m_pool->write([&](db::Tx &tx) {
            return db::JobRepository::enqueue(tx, "later", newObject(), 60, 8, std::string("later:1"));
        });
        int calls = 0;
        QVERIFY(queue.runNow("later:1", [&] {
            ++calls;
            QCOMPARE(stateOf(id), std::string("running")); // counted and leased before it runs
        }));
        QCOMPARE(calls, 1);
        QCOMPARE(stateOf(id), std::string("done"));
        // Done (or running elsewhere, or quarantined): not run again.
        QVERIFY(!queue.runNow("later:1", [&] { ++calls; }));
        // A failure is recorded like a queued run's, and the caller hears of it.
        m_pool->write(
            [&](db::Tx &tx) { db::JobRepository::enqueue(tx, "later", newObject(), 60, 8, std::string("later:2")); });
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 queue.runNow("later:2", [] { throw std::runtime_error("database gone"); }));
        queue.stop();
        auto failed = sql("SELECT state, attempts, last_error FROM jobs WHERE dedupe_key = 'later:2'")[0];
        QCOMPARE(std::string(failed[0].c_str()), std::string("pending"));
        QCOMPARE(failed[1].as<int>(), 1);
        QCOMPARE(std::string(failed[2].c_str()), std::string("database gone"));
    }

    void aJobOfARolledBackTransactionNeverRuns()
    {
        std::atomic<int> calls{0};
        jobs::JobQueue queue(*m_pool, m_database->conninfo(), "rollback", 1);
        queue.registerHandler("ghost", [&](const db::Job &) { ++calls; });
        queue.registerHandler("marker", [&](const db::Job &) { ++calls; });
        queue.start();
        try {
            m_pool->write([&](db::Tx &tx) {
                db::JobRepository::enqueue(tx, "ghost", newObject());
                throw std::runtime_error("the article insert failed");
            });
        } catch (const std::runtime_error &) {
        }
        // A job committed after it runs; the ghost must not have run by then.
        auto marker = m_pool->write([&](db::Tx &tx) { return db::JobRepository::enqueue(tx, "marker", newObject()); });
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(marker) == "done", 10000);
        queue.stop();
        QCOMPARE(calls.load(), 1);
        auto ghosts = sql("SELECT count(*) FROM jobs WHERE queue = 'ghost'")[0][0].as<int>();
        QCOMPARE(ghosts, 0);
    }
};

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_jobqueue.moc"
