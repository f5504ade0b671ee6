#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <utility>
#include <vector>

namespace helpdesk::integrations::freshdesk {

/// Runs the importer's database writes on threads of their own, several batches at once (each in
/// its own transaction), while the caller reads and resolves the next batch: the database's work
/// spreads over the cores. A job submitted with `afterEarlier` (a file's committed position) runs
/// only once every job submitted before it has finished, so a resumed import never skips a batch;
/// those jobs run one at a time, in the order submitted. At most one job waits per thread besides
/// the running ones. After a job throws, the jobs not yet started are dropped and drain() rethrows.
/// One submitting thread.
class BatchWriters
{
public:
    explicit BatchWriters(int threads)
    {
        for (int i = 0; i < std::max(1, threads); ++i)
            m_threads.emplace_back([this] { run(); });
    }

    /// Runs what was submitted (errors are dropped), then stops.
    ~BatchWriters()
    {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return idle(); });
            m_stopping = true;
        }
        m_changed.notify_all();
        for (auto &thread : m_threads)
            thread.join();
    }

    BatchWriters(const BatchWriters &) = delete;
    BatchWriters &operator=(const BatchWriters &) = delete;

    /// Queues `job` for the next free thread; waits while as many jobs wait as there are threads.
    void submit(std::function<void()> job)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_queued.size() < m_threads.size(); });
        m_queued.emplace_back(m_nextNumber++, std::move(job));
        lock.unlock();
        m_changed.notify_all();
    }

    /// Queues `job` to run once every job submitted before it has finished.
    void afterEarlier(std::function<void()> job)
    {
        std::unique_lock lock(m_mutex);
        m_ordered.emplace(m_nextNumber++, std::move(job));
        lock.unlock();
        m_changed.notify_all();
    }

    /// Waits until every job submitted has run; rethrows (once) what a job threw.
    void drain()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return idle(); });
        if (auto error = std::exchange(m_error, nullptr))
            std::rethrow_exception(error);
    }

private:
    using Number = std::uint64_t;

    bool idle() const { return m_queued.empty() && m_ordered.empty() && m_running.empty(); }

    /// The lowest number of a job not finished yet (queued or running).
    Number firstUnfinished() const
    {
        Number first = m_nextNumber;
        if (!m_queued.empty())
            first = std::min(first, m_queued.front().first);
        if (!m_running.empty())
            first = std::min(first, *m_running.begin());
        return first;
    }

    bool orderedDue() const
    {
        return !m_orderedBusy && !m_ordered.empty() && m_ordered.begin()->first < firstUnfinished();
    }

    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_changed.wait(lock, [&] { return orderedDue() || !m_queued.empty() || m_stopping; });
            Number number = 0;
            std::function<void()> job;
            bool ordered = orderedDue();
            if (ordered) {
                auto first = m_ordered.begin();
                number = first->first;
                job = std::move(first->second);
                m_ordered.erase(first);
                m_orderedBusy = true;
            } else if (!m_queued.empty()) {
                number = m_queued.front().first;
                job = std::move(m_queued.front().second);
                m_queued.pop_front();
            } else {
                return; // stopping, nothing left
            }
            m_running.insert(number);
            lock.unlock();
            std::exception_ptr error;
            try {
                job();
            } catch (...) {
                error = std::current_exception();
            }
            lock.lock();
            m_running.erase(number);
            if (ordered)
                m_orderedBusy = false;
            if (error) {
                m_error = error;
                m_queued.clear(); // later jobs (a batch's position) must not run past a failed one
                m_ordered.clear();
            }
            m_changed.notify_all();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    Number m_nextNumber = 0;
    std::deque<std::pair<Number, std::function<void()>>> m_queued;
    std::map<Number, std::function<void()>> m_ordered;
    std::set<Number> m_running;
    bool m_orderedBusy = false;
    bool m_stopping = false;
    std::exception_ptr m_error;
    std::vector<std::thread> m_threads; // last: start once everything above is made
};

} // namespace helpdesk::integrations::freshdesk
