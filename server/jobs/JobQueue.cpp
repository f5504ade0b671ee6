#include "jobs/JobQueue.h"

#include "db/NotificationListener.h"

#include <Poco/Logger.h>

#include <chrono>
#include <random>

namespace helpdesk::jobs {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.jobs");
}

constexpr auto kIdlePoll = std::chrono::seconds(1);
// Dead workers are looked for this often (one indexed query); a restarted process looks at once.
constexpr auto kRecoveryInterval = std::chrono::seconds(5);
constexpr auto kCleanupInterval = std::chrono::seconds(30);

/// A lease key of its own for every queue instance, even in a process restarted with the same pid:
/// 40 random bits under a fixed prefix, apart from the application's other advisory locks.
std::int64_t newLeaseKey()
{
    std::random_device random;
    std::uint64_t bits = (std::uint64_t(random()) << 32 | random()) & ((std::uint64_t(1) << 40) - 1);
    return static_cast<std::int64_t>((std::uint64_t(0x4a4f42) << 40) | bits); // "JOB"
}
} // namespace

JobQueue::JobQueue(db::ConnectionPool &pool, std::string conninfo, std::string workerId, int threads)
    : m_pool(pool), m_conninfo(std::move(conninfo)), m_worker{std::move(workerId), newLeaseKey()},
      m_threadCount(threads)
{
}

JobQueue::~JobQueue()
{
    stop();
}

void JobQueue::registerHandler(const std::string &queue, Handler handler)
{
    m_handlers[queue] = std::move(handler);
    m_queues.push_back(queue);
}

void JobQueue::start()
{
    m_stopping = false;
    m_listener = std::thread([this] { listen(); });
    for (int i = 0; i < m_threadCount; ++i)
        m_threads.emplace_back([this] { work(); });
    // Returning with the lease held lets callers run jobs (runNow) at once; without a database
    // the workers take it later.
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::seconds(10), [&] { return m_leaseHeld.load(); });
}

void JobQueue::stop()
{
    m_stopping = true;
    m_wake.notify_all();
    for (auto &t : m_threads)
        if (t.joinable())
            t.join();
    m_threads.clear();
    if (m_listener.joinable())
        m_listener.join();
}

void JobQueue::listen()
{
    auto lastRecovery = std::chrono::steady_clock::time_point();
    auto lastCleanup = std::chrono::steady_clock::now();
    while (!m_stopping) {
        try {
            db::NotificationListener listener(m_conninfo, {"helpdesk_jobs"},
                                              [this](const std::string &, const std::string &) {
                                                  std::lock_guard lock(m_mutex);
                                                  ++m_wakeups;
                                                  m_wake.notify_all();
                                              });
            // The lease lives as long as this session.
            listener.holdSessionLock(m_worker.leaseKey);
            {
                std::lock_guard lock(m_mutex);
                m_leaseHeld = true;
                ++m_wakeups;
                m_wake.notify_all();
            }
            while (!m_stopping) {
                listener.await(std::chrono::milliseconds(200));
                auto now = std::chrono::steady_clock::now();
                // On the pool's connections: a failure there must not drop this session's lease.
                try {
                    if (now - lastRecovery > kRecoveryInterval) {
                        lastRecovery = now;
                        recoverInterruptedJobs();
                    }
                    if (now - lastCleanup > kCleanupInterval) {
                        lastCleanup = now;
                        // Finished jobs are kept a day for inspection, then dropped; failed ones stay.
                        m_pool.write([](db::Tx &tx) { db::JobRepository::deleteDoneOlderThanADay(tx); });
                    }
                } catch (const std::exception &e) {
                    logger().warning("cannot look for interrupted jobs: %s", std::string(e.what()));
                }
            }
        } catch (const std::exception &e) {
            m_leaseHeld = false;
            logger().warning("job listener lost the database: %s", std::string(e.what()));
            for (int i = 0; i < 10 && !m_stopping; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
    m_leaseHeld = false;
}

void JobQueue::recoverInterruptedJobs()
{
    auto interrupted = m_pool.write(
        [&](db::Tx &tx) { return db::JobRepository::recoverInterrupted(tx, m_staleAfterSeconds, m_quarantineAfter); });
    for (const auto &job : interrupted) {
        if (job.state == "quarantined")
            logger().error("job %s (%s) %s; an admin can retry it", std::to_string(job.id), job.queue, job.reason);
        else
            logger().warning("job %s (%s) %s", std::to_string(job.id), job.queue, job.reason);
    }
}

void JobQueue::work()
{
    int failuresInARow = 0;
    while (!m_stopping) {
        std::uint64_t seen;
        {
            std::lock_guard lock(m_mutex);
            seen = m_wakeups;
        }
        if (!m_leaseHeld) {
            // Without the lease a claim could not be told from a dead worker's.
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, kIdlePoll, [&] { return m_stopping.load() || m_wakeups != seen; });
            continue;
        }
        std::vector<db::Job> jobs;
        try {
            jobs = m_pool.write([&](db::Tx &tx) { return db::JobRepository::claim(tx, m_queues, m_worker, 1); });
            failuresInARow = 0;
        } catch (const std::exception &e) {
            // Database down: back off, never crash; the jobs wait in the table.
            ++failuresInARow;
            logger().warning("cannot claim jobs: %s", std::string(e.what()));
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(std::min(5000, 100 << std::min(failuresInARow, 6))),
                            [&] { return m_stopping.load(); });
            continue;
        }
        if (jobs.empty()) {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, kIdlePoll, [&] { return m_stopping.load() || m_wakeups != seen; });
            continue;
        }
        for (const auto &job : jobs)
            runClaimed(job, [&] { m_handlers.at(job.queue)(job); });
    }
}

bool JobQueue::runNow(const std::string &dedupeKey, const std::function<void()> &work)
{
    if (!m_leaseHeld)
        return false;
    auto job = m_pool.write([&](db::Tx &tx) { return db::JobRepository::claimByKey(tx, dedupeKey, m_worker); });
    if (!job)
        return false;
    if (auto failure = runClaimed(*job, work))
        std::rethrow_exception(failure);
    return true;
}

std::exception_ptr JobQueue::runClaimed(const db::Job &job, const std::function<void()> &run)
{
    std::string error;
    bool retryable = true;
    std::exception_ptr failure;
    try {
        run();
    } catch (const PermanentJobError &e) {
        error = e.what();
        retryable = false;
        failure = std::current_exception();
    } catch (const std::exception &e) {
        error = e.what();
        failure = std::current_exception();
    }
    // Recording the outcome must survive a short database outage, or the job runs again later
    // (handlers are idempotent, so that is safe but wasteful).
    for (int attempt = 0; attempt < 50 && !m_stopping; ++attempt) {
        try {
            m_pool.write([&](db::Tx &tx) {
                if (error.empty())
                    db::JobRepository::complete(tx, job.id);
                else
                    db::JobRepository::fail(tx, job.id, error, retryable);
            });
            break;
        } catch (const std::exception &e) {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
    }
    if (!error.empty())
        logger().warning("job %s (%s) attempt %d of %d failed%s: %s", std::to_string(job.id), job.queue, job.attempts,
                         job.maxAttempts, std::string(retryable ? "" : " permanently"), error);
    return failure;
}

} // namespace helpdesk::jobs
