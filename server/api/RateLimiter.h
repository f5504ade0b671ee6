#pragma once

#include "api/RecentKeys.h"

#include <mutex>
#include <optional>
#include <string>

namespace helpdesk::api {

/// A token bucket per key: a key may spend `burst` requests at once and regains `perSecond` of
/// them each second. In memory, for at most `maxKeys` keys (a forgotten key starts full again).
/// Any thread.
class RateLimiter
{
public:
    /// `perSecond` or `burst` of zero or less: unlimited.
    RateLimiter(double perSecond, double burst, std::size_t maxKeys, SteadyNow now = {});

    /// Spends one request of `key`'s allowance: nullopt when allowed, otherwise the seconds until
    /// the next one is (nothing is spent then).
    std::optional<int> spend(const std::string &key);

private:
    struct Bucket {
        double tokens = -1; // -1: new, full
        std::chrono::steady_clock::time_point refilledAt;
    };

    double m_perSecond;
    double m_burst;
    SteadyNow m_now;
    std::mutex m_mutex;
    RecentKeys<Bucket> m_buckets;
};

} // namespace helpdesk::api
