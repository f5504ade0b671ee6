#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>

namespace helpdesk::integrations::freshdesk {

/// Runs jobs one after another, in the order submitted, on a thread of its own: the importer's
/// database writes of one batch while the next batch is read and resolved. At most one job waits
/// besides the one running. After a job throws, the jobs behind it are dropped and drain()
/// rethrows. One submitting thread.
class SerialWorker
{
public:
    SerialWorker() : m_thread([this] { run(); }) {}

    /// Runs what was submitted (errors are dropped), then stops.
    ~SerialWorker()
    {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_jobs.empty() && !m_busy; });
            m_stopping = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    SerialWorker(const SerialWorker &) = delete;
    SerialWorker &operator=(const SerialWorker &) = delete;

    /// Queues `job`; waits while another job is already waiting.
    void submit(std::function<void()> job)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_jobs.empty(); });
        m_jobs.push_back(std::move(job));
        lock.unlock();
        m_changed.notify_all();
    }

    /// Waits until every job submitted has run; rethrows (once) what a job threw.
    void drain()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_jobs.empty() && !m_busy; });
        if (auto error = std::exchange(m_error, nullptr))
            std::rethrow_exception(error);
    }

private:
    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_changed.wait(lock, [&] { return !m_jobs.empty() || m_stopping; });
            if (m_jobs.empty())
                return;
            auto job = std::move(m_jobs.front());
            m_jobs.pop_front();
            m_busy = true;
            lock.unlock();
            std::exception_ptr error;
            try {
                job();
            } catch (...) {
                error = std::current_exception();
            }
            lock.lock();
            m_busy = false;
            if (error) {
                m_error = error;
                m_jobs.clear(); // later jobs (a batch's progress) must not run past a failed one
            }
            m_changed.notify_all();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::function<void()>> m_jobs;
    bool m_busy = false;
    bool m_stopping = false;
    std::exception_ptr m_error;
    std::thread m_thread; // last: starts once everything above is made
};

} // namespace helpdesk::integrations::freshdesk
