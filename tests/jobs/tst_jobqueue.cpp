// The job queue that every pipeline builds on: each job runs once even with several server
// instances competing, failures are retried with backoff and then shown, permanent failures
// stop at once, duplicates are refused by key, a dead worker's job is picked up again, and
// a job enqueued by a transaction that rolled back never runs.

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

    std::string stateOf(std::int64_t id)
    {
        return m_pool->read([&](db::Tx &tx) {
            return std::string(tx.raw().exec_params1("SELECT state FROM jobs WHERE id = $1", id)[0].c_str());
        });
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
        QTRY_VERIFY_WITH_TIMEOUT([&] { std::lock_guard l(mutex); return runs.size() == std::size_t(kJobs); }(), 30000);
        first.stop();
        second.stop();
        for (const auto &[n, count] : runs)
            QVERIFY2(count == 1, qPrintable(QStringLiteral("job %1 ran %2 times").arg(n).arg(count)));
        auto pending = m_pool->read([&](db::Tx &tx) {
            return tx.raw().exec1("SELECT count(*) FROM jobs WHERE queue = 'once' AND state <> 'done'")[0].as<int>();
        });
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
        QTRY_VERIFY_WITH_TIMEOUT(m_pool->read([&](db::Tx &tx) {
            return !tx.raw().exec_params1("SELECT last_error FROM jobs WHERE id = $1", id)[0].is_null();
        }) || calls.load() >= 2, 10000);
        QVERIFY2(calls.load() == 1, "retried at once");
        // After the first failure the job waits for its backoff (2 s for the first retry).
        auto runAt = m_pool->read([&](db::Tx &tx) {
            return tx.raw().exec_params1("SELECT extract(epoch FROM run_at - now()) FROM jobs WHERE id = $1", id)[0].as<double>();
        });
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
        auto id = m_pool->write([&](db::Tx &tx) { return db::JobRepository::enqueue(tx, "doomed", newObject(), 0, 1); });
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(id) == "failed", 10000);
        queue.stop();
        auto failed = m_pool->read([&](db::Tx &tx) { return db::JobRepository::list(tx, std::string("failed"), std::string("doomed"), 10); });
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
        auto count = m_pool->read([&](db::Tx &tx) {
            return tx.raw().exec1("SELECT count(*) FROM jobs WHERE queue = 'unique'")[0].as<int>();
        });
        QCOMPARE(count, 1);
    }

    void aDeadWorkersJobIsPickedUpAgain()
    {
        // A worker claimed the job and died (its claim is an hour old).
        auto id = m_pool->write([&](db::Tx &tx) {
            auto jobId = db::JobRepository::enqueue(tx, "orphan", newObject());
            tx.raw().exec_params("UPDATE jobs SET state = 'running', locked_by = 'dead', attempts = 1,"
                                 " locked_at = now() - interval '1 hour' WHERE id = $1", jobId);
            return jobId;
        });
        std::atomic<int> calls{0};
        jobs::JobQueue queue(*m_pool, m_database->conninfo(), "rescuer", 1);
        queue.setStaleAfterSeconds(60);
        queue.registerHandler("orphan", [&](const db::Job &) { ++calls; });
        queue.start();
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(id) == "done", 10000);
        queue.stop();
        QCOMPARE(calls.load(), 1);
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
        auto ghosts = m_pool->read([&](db::Tx &tx) {
            return tx.raw().exec1("SELECT count(*) FROM jobs WHERE queue = 'ghost'")[0].as<int>();
        });
        QCOMPARE(ghosts, 0);
    }
};

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_jobqueue.moc"
