#pragma once

#include "db/ConnectionPool.h"
#include "db/JobRepository.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace helpdesk::jobs {

/// Thrown by a handler for a failure that retrying cannot fix (the job fails at once).
class PermanentJobError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Runs handlers for queued jobs on worker threads. Several instances (in one process or on
/// several machines) share one database's jobs: each job is claimed by one worker with
/// SKIP LOCKED, runs outside the claiming transaction, and is then completed or failed.
/// A handler may run again after a crash, so handlers must be idempotent.
class JobQueue
{
public:
    using Handler = std::function<void(const db::Job &)>;

    JobQueue(db::ConnectionPool &pool, std::string conninfo, std::string workerId, int threads = 2);
    ~JobQueue();

    /// Registers the handler of a queue; call before start().
    void registerHandler(const std::string &queue, Handler handler);
    void start();
    /// Stops claiming and waits for running handlers to finish.
    void stop();

    /// How long a job may stay 'running' before another instance assumes its worker died.
    void setStaleAfterSeconds(int seconds) { m_staleAfterSeconds = seconds; }

private:
    void work();
    void listen();
    void runJob(const db::Job &job);

    db::ConnectionPool &m_pool;
    std::string m_conninfo;
    std::string m_workerId;
    int m_threadCount;
    int m_staleAfterSeconds = 600;
    std::map<std::string, Handler> m_handlers;
    std::vector<std::string> m_queues;
    std::vector<std::thread> m_threads;
    std::thread m_listener;
    std::atomic<bool> m_stopping{false};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::uint64_t m_wakeups = 0;
};

} // namespace helpdesk::jobs
