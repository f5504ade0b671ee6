#pragma once

#include "db/ConnectionPool.h"
#include "db/JobRepository.h"

#include <atomic>
#include <condition_variable>
#include <exception>
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
/// Each instance holds a lease (a session advisory lock on its listener connection) that every
/// claim records; when a process dies its lease goes with its session, and any instance returns
/// the dead worker's jobs to the queue at once, or quarantines a job that keeps killing workers.
/// A handler may run again after a crash, so handlers must be idempotent.
class JobQueue
{
public:
    using Handler = std::function<void(const db::Job &)>;

    JobQueue(db::ConnectionPool &pool, std::string conninfo, std::string workerId, int threads = 2);
    ~JobQueue();

    /// Registers the handler of a queue; call before start().
    void registerHandler(const std::string &queue, Handler handler);
    /// Starts the workers and returns once the lease is held (or after ten seconds without a
    /// database; the workers claim jobs when it comes).
    void start();
    /// Stops claiming and waits for running handlers to finish.
    void stop();

    /// Runs the pending job with this dedupe key now, on the calling thread, with `work` in place
    /// of its handler (callers that want the result, such as mail delivered over HTTP). The run
    /// is one counted attempt under this instance's lease, so a crash in it is seen; its outcome
    /// is recorded like a queued run and a failure is rethrown. Returns false without running
    /// `work` when the job is not pending (running elsewhere, quarantined, done) or no lease is held.
    bool runNow(const std::string &dedupeKey, const std::function<void()> &work);

    /// How long a job claimed without a lease (by an older version) may stay 'running' before it
    /// is assumed to be interrupted.
    void setStaleAfterSeconds(int seconds) { m_staleAfterSeconds = seconds; }
    /// How many attempts may end with their worker's death before a job is quarantined.
    void setQuarantineAfter(int deaths) { m_quarantineAfter = deaths; }
    /// Whether this instance holds its lease (and so may claim jobs).
    bool holdsLease() const { return m_leaseHeld; }

private:
    void work();
    void listen();
    void recoverInterruptedJobs();
    /// Runs a claimed job and records its outcome; returns the failure, if any.
    std::exception_ptr runClaimed(const db::Job &job, const std::function<void()> &run);

    db::ConnectionPool &m_pool;
    std::string m_conninfo;
    db::WorkerIdentity m_worker;
    int m_threadCount;
    int m_staleAfterSeconds = 600;
    int m_quarantineAfter = 3;
    std::atomic<bool> m_leaseHeld{false};
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
