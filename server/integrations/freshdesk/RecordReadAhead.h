#pragma once

#include "integrations/freshdesk/RailsXml.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <fstream>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace helpdesk::integrations::freshdesk {

/// One record of an export file as read ahead: converted, or why it could not be.
template <typename Record> struct ReadRecord {
    long long position = 0;
    std::optional<Record> record; // nullopt: `problem` says why
    std::string problem;
};

/// Reads one export file on a thread of its own, converting each record from position `from` on,
/// while the caller stores the ones read before: parsing the XML (a fifth of an import's time,
/// measured) overlaps the database's work. Holds at most `capacity` records in waiting. The
/// caller takes them in file order with next(); one caller thread.
template <typename Record> class RecordReadAhead
{
public:
    using Convert = std::function<Record(const XmlNode &)>;

    RecordReadAhead(const std::string &path, const std::string &sourceName, long long from, std::size_t capacity,
                    Convert convert)
        : m_capacity(capacity > 0 ? capacity : 1), m_convert(std::move(convert)),
          m_thread([this, path, sourceName, from] { read(path, sourceName, from); })
    {
    }

    ~RecordReadAhead()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    RecordReadAhead(const RecordReadAhead &) = delete;
    RecordReadAhead &operator=(const RecordReadAhead &) = delete;

    /// The next record in file order; nullopt at the end of the file. Rethrows what reading the
    /// file threw (a malformed document) once the records before it are taken.
    std::optional<ReadRecord<Record>> next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_waiting.empty() || m_finished; });
        if (m_waiting.empty()) {
            if (m_error)
                std::rethrow_exception(m_error);
            return std::nullopt;
        }
        auto out = std::move(m_waiting.front());
        m_waiting.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return out;
    }

private:
    struct Stopped {
    }; // thrown through the parser when the caller is gone

    void read(const std::string &path, const std::string &sourceName, long long from)
    {
        std::exception_ptr error;
        try {
            std::ifstream in(path, std::ios::binary);
            readRecords(in, sourceName, [&](const XmlNode &node, long long position) {
                if (position < from)
                    return;
                ReadRecord<Record> item;
                item.position = position;
                try {
                    if (!node.problem.empty())
                        item.problem = node.problem;
                    else
                        item.record = m_convert(node);
                } catch (const std::exception &e) {
                    item.problem = e.what();
                }
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] { return m_waiting.size() < m_capacity || m_stopped; });
                if (m_stopped)
                    throw Stopped{};
                m_waiting.push_back(std::move(item));
                lock.unlock();
                m_changed.notify_all();
            });
        } catch (const Stopped &) {
        } catch (...) {
            error = std::current_exception();
        }
        {
            std::lock_guard lock(m_mutex);
            m_error = error;
            m_finished = true;
        }
        m_changed.notify_all();
    }

    const std::size_t m_capacity;
    const Convert m_convert;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<ReadRecord<Record>> m_waiting;
    bool m_finished = false;
    bool m_stopped = false;
    std::exception_ptr m_error;
    std::thread m_thread; // last: starts once everything above is made
};

} // namespace helpdesk::integrations::freshdesk
