#include "api/FailureBackoff.h"

#include <algorithm>

namespace helpdesk::api {

FailureBackoff::FailureBackoff(Policy policy, std::size_t maxKeys, SteadyNow now)
    : m_policy(policy), m_now(now ? std::move(now) : SteadyNow(&std::chrono::steady_clock::now)), m_records(maxKeys)
{
}

std::optional<int> FailureBackoff::blockedFor(const std::string &key)
{
    if (m_policy.freeFailures <= 0)
        return std::nullopt;
    auto now = m_now();
    std::lock_guard lock(m_mutex);
    auto *record = m_records.find(key);
    if (!record || record->blockedUntil <= now)
        return std::nullopt;
    return retryAfterSeconds(record->blockedUntil - now);
}

void FailureBackoff::recordFailure(const std::string &key)
{
    if (m_policy.freeFailures <= 0)
        return;
    auto now = m_now();
    // Long enough that waiting out the longest block does not start a fresh count.
    auto quiet = std::max<std::chrono::steady_clock::duration>(2 * m_policy.max, std::chrono::hours(1));
    std::lock_guard lock(m_mutex);
    auto &record = m_records.touch(key);
    if (record.failures > 0 && now - record.lastFailure > quiet)
        record.failures = 0;
    ++record.failures;
    record.lastFailure = now;
    int beyond = record.failures - m_policy.freeFailures;
    if (beyond < 0)
        return;
    // base·2^beyond, computed without overflow: the doubling stops at the cap.
    auto wait = std::chrono::duration_cast<std::chrono::steady_clock::duration>(m_policy.base);
    for (int i = 0; i < beyond && wait < m_policy.max; ++i)
        wait *= 2;
    record.blockedUntil = now + std::min<std::chrono::steady_clock::duration>(wait, m_policy.max);
}

void FailureBackoff::forget(const std::string &key)
{
    std::lock_guard lock(m_mutex);
    m_records.erase(key);
}

} // namespace helpdesk::api
