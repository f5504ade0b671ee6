#include "api/RateLimiter.h"

#include <algorithm>

namespace helpdesk::api {

RateLimiter::RateLimiter(double perSecond, double burst, std::size_t maxKeys, SteadyNow now)
    : m_perSecond(perSecond), m_burst(burst), m_now(now ? std::move(now) : SteadyNow(&std::chrono::steady_clock::now)),
      m_buckets(maxKeys)
{
}

std::optional<int> RateLimiter::spend(const std::string &key)
{
    if (m_perSecond <= 0 || m_burst <= 0)
        return std::nullopt;
    auto now = m_now();
    std::lock_guard lock(m_mutex);
    auto &bucket = m_buckets.touch(key);
    if (bucket.tokens < 0) {
        bucket.tokens = m_burst;
    } else {
        double elapsed = std::chrono::duration<double>(now - bucket.refilledAt).count();
        bucket.tokens = std::min(m_burst, bucket.tokens + elapsed * m_perSecond);
    }
    bucket.refilledAt = now;
    if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return std::nullopt;
    }
    auto wait = std::chrono::duration<double>((1 - bucket.tokens) / m_perSecond);
    return retryAfterSeconds(std::chrono::duration_cast<std::chrono::steady_clock::duration>(wait));
}

} // namespace helpdesk::api
