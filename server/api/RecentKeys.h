#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <list>
#include <string>
#include <unordered_map>
#include <utility>

namespace helpdesk::api {

/// The monotonic time source of the limiters; tests pass a fake one.
using SteadyNow = std::function<std::chrono::steady_clock::time_point()>;

/// Small state per key (an address, an account, a user) for at most `capacity` keys: a key
/// touched is the most recent, and a new key past the capacity evicts the least recent one, so
/// a flood of made-up keys costs bounded memory. Not thread-safe: the owner locks.
template <typename Value> class RecentKeys
{
public:
    explicit RecentKeys(std::size_t capacity) : m_capacity(capacity > 0 ? capacity : 1) {}

    /// The state of `key`, default-constructed when new; it becomes the most recent.
    Value &touch(const std::string &key)
    {
        auto found = m_index.find(key);
        if (found != m_index.end()) {
            m_order.splice(m_order.begin(), m_order, found->second);
            return found->second->second;
        }
        if (m_index.size() >= m_capacity) {
            m_index.erase(m_order.back().first);
            m_order.pop_back();
        }
        m_order.emplace_front(key, Value{});
        m_index.emplace(key, m_order.begin());
        return m_order.front().second;
    }

    /// The state of `key` without making it recent; nullptr when unknown.
    Value *find(const std::string &key)
    {
        auto found = m_index.find(key);
        return found == m_index.end() ? nullptr : &found->second->second;
    }

    void erase(const std::string &key)
    {
        auto found = m_index.find(key);
        if (found == m_index.end())
            return;
        m_order.erase(found->second);
        m_index.erase(found);
    }

    std::size_t size() const { return m_index.size(); }

private:
    using Entries = std::list<std::pair<std::string, Value>>;
    std::size_t m_capacity;
    Entries m_order; // most recent first
    std::unordered_map<std::string, typename Entries::iterator> m_index;
};

/// Whole seconds to announce in Retry-After for a wait: rounded up, at least one.
inline int retryAfterSeconds(std::chrono::steady_clock::duration wait)
{
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(wait).count();
    return ms <= 0 ? 1 : static_cast<int>((ms + 999) / 1000);
}

} // namespace helpdesk::api
