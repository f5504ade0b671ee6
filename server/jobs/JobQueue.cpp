#include "jobs/JobQueue.h"

#include <Poco/Logger.h>

#include <chrono>

namespace helpdesk::jobs {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.jobs");
}

constexpr auto kIdlePoll = std::chrono::seconds(1);

class Wakeup : public pqxx::notification_receiver
{
public:
    Wakeup(pqxx::connection_base &c, std::function<void()> onNotify)
        : pqxx::notification_receiver(c, "helpdesk_jobs"), m_onNotify(std::move(onNotify))
    {
    }
    void operator()(const std::string &, int) override { m_onNotify(); }

private:
    std::function<void()> m_onNotify;
};
} // namespace

JobQueue::JobQueue(db::ConnectionPool &pool, std::string conninfo, std::string workerId, int threads)
    : m_pool(pool), m_conninfo(std::move(conninfo)), m_workerId(std::move(workerId)), m_threadCount(threads)
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
    auto lastStaleCheck = std::chrono::steady_clock::time_point();
    while (!m_stopping) {
        try {
            pqxx::connection connection(m_conninfo);
            Wakeup wakeup(connection, [this] {
                std::lock_guard lock(m_mutex);
                ++m_wakeups;
                m_wake.notify_all();
            });
            while (!m_stopping) {
                connection.await_notification(0, 200 * 1000);
                if (std::chrono::steady_clock::now() - lastStaleCheck > std::chrono::seconds(30)) {
                    lastStaleCheck = std::chrono::steady_clock::now();
                    int requeued = m_pool.write([&](db::Tx &tx) { return db::JobRepository::requeueStale(tx, m_staleAfterSeconds); });
                    if (requeued > 0)
                        logger().warning("requeued %d jobs whose worker stopped", requeued);
                    // Finished jobs are kept a day for inspection, then dropped; failed ones stay.
                    m_pool.write([](db::Tx &tx) {
                        tx.raw().exec("DELETE FROM jobs WHERE state = 'done' AND updated_at < now() - interval '1 day'");
                    });
                }
            }
        } catch (const std::exception &e) {
            logger().warning("job listener lost the database: %s", std::string(e.what()));
            for (int i = 0; i < 10 && !m_stopping; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
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
        std::vector<db::Job> jobs;
        try {
            jobs = m_pool.write([&](db::Tx &tx) { return db::JobRepository::claim(tx, m_queues, m_workerId, 1); });
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
            runJob(job);
    }
}

void JobQueue::runJob(const db::Job &job)
{
    std::string error;
    bool retryable = true;
    try {
        m_handlers.at(job.queue)(job);
    } catch (const PermanentJobError &e) {
        error = e.what();
        retryable = false;
    } catch (const std::exception &e) {
        error = e.what();
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
        logger().warning("job %s (%s) attempt %d of %d failed%s: %s", std::to_string(job.id), job.queue,
                         job.attempts, job.maxAttempts, std::string(retryable ? "" : " permanently"), error);
}

} // namespace helpdesk::jobs
