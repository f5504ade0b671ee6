#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>

namespace helpdesk::domain {

/// One value read from the database and kept for a short time, so that a setting consulted on every
/// request costs at most one read per `ttl`; other instances' changes show within `ttl`. Any thread.
template <typename T> class ShortLivedCache
{
public:
    explicit ShortLivedCache(std::chrono::steady_clock::duration ttl) : m_ttl(ttl) {}

    /// The kept value while it is fresh, otherwise `read()`'s, kept for the next callers.
    template <typename Read> T get(Read &&read)
    {
        std::uint64_t generation;
        {
            std::lock_guard lock(m_mutex);
            if (m_value && std::chrono::steady_clock::now() - m_readAt < m_ttl)
                return *m_value;
            generation = m_generation;
        }
        T value = read();
        std::lock_guard lock(m_mutex);
        if (generation == m_generation) { // not when a change was made while we read: ours may be older
            m_value = value;
            m_readAt = std::chrono::steady_clock::now();
        }
        return value;
    }

    /// After a change on this instance: the next reader reads again.
    void forget()
    {
        std::lock_guard lock(m_mutex);
        m_value.reset();
        ++m_generation;
    }

private:
    const std::chrono::steady_clock::duration m_ttl;
    std::mutex m_mutex;
    std::optional<T> m_value;
    std::chrono::steady_clock::time_point m_readAt;
    std::uint64_t m_generation = 0;
};

} // namespace helpdesk::domain
