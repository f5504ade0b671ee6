#pragma once

#include "db/ConnectionPool.h"
#include "jobs/JobQueue.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace helpdesk::jobs {

/// Keeps SLA promises watched: every 30 s it records warnings and breaches that came due (one
/// instance at a time, by an advisory lock), and it runs the "sla.recompute" job that an SLA or
/// calendar change queues, refreshing the due times of every open ticket in batches.
class SlaWatcher
{
public:
    explicit SlaWatcher(db::ConnectionPool &pool);
    ~SlaWatcher();

    void registerJobs(JobQueue &queue);
    void start();
    void stop();
    /// One round now (tests).
    int checkNow();

private:
    db::ConnectionPool &m_pool;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
    std::mutex m_mutex;
    std::condition_variable m_wake;
};

} // namespace helpdesk::jobs
