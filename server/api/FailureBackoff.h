#pragma once

#include "api/RecentKeys.h"

#include <mutex>
#include <optional>
#include <string>

namespace helpdesk::api {

/// Exponential back-off after failures in a row per key (an account, an address): the first
/// `freeFailures` come without delay; from the last of them on, each failure makes the key wait
/// base, 2·base, 4·base… at most `max`, before its next attempt. Success forgets the key, and so
/// does a quiet period of twice `max` (at least an hour). In memory, for at most `maxKeys` keys.
/// Any thread.
class FailureBackoff
{
public:
    struct Policy {
        int freeFailures = 5;
        std::chrono::seconds base{1};
        std::chrono::seconds max{900};
    };

    /// `policy.freeFailures` of zero or less: never blocks.
    FailureBackoff(Policy policy, std::size_t maxKeys, SteadyNow now = {});

    /// The seconds `key` must still wait before its next attempt; nullopt when it may try now.
    std::optional<int> blockedFor(const std::string &key);
    /// Counts a failure of `key` and starts its wait once it reaches the free failures.
    void recordFailure(const std::string &key);
    /// Forgets the failures of `key` (it succeeded).
    void forget(const std::string &key);

private:
    struct Record {
        int failures = 0;
        std::chrono::steady_clock::time_point lastFailure;
        std::chrono::steady_clock::time_point blockedUntil;
    };

    Policy m_policy;
    SteadyNow m_now;
    std::mutex m_mutex;
    RecentKeys<Record> m_records;
};

} // namespace helpdesk::api
