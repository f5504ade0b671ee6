#pragma once

#include "db/ConnectionPool.h"
#include "protocol/Messages.h"

#include <chrono>
#include <optional>
#include <string>

namespace helpdesk::domain {

/// How sign-ins are held back; zero failures turn a back-off (or the lock) off.
struct SignInPolicy {
    int freeFailuresPerAccount = 5;                 // failures in a row before an account waits
    int freeFailuresPerAddress = 50;                // the same for one client address (an IPv6 /64)
    std::chrono::seconds backoff{1};                // the first wait, doubled with each further failure…
    std::chrono::seconds backoffMax{15 * 60};       // …up to this
    int lockAfterFailures = 10;                     // failures in a row that lock the account (0: never)
    std::chrono::seconds lockDuration{60 * 60};     // how long a lock lasts
    std::chrono::seconds forgetAfter{24 * 60 * 60}; // a key quiet this long starts over

    /// The wait after `failures` failures in a row of a key with `freeFailures` free ones:
    /// none before, then backoff, 2·backoff, 4·backoff… up to backoffMax.
    std::chrono::seconds waitAfter(int failures, int freeFailures) const;
};

/// Holds back password guessing, per account and per client address, with its state in the
/// database so that every server instance counts together. After a few failures in a row each
/// further one makes the key wait longer (ApiError(TooManyRequests) with a retry-after); after
/// lockAfterFailures the account is locked for lockDuration and its owner is mailed once. An
/// unknown address is counted and locked like a known one, so the answers do not tell them apart.
/// Any thread.
class SignInGuard
{
public:
    explicit SignInGuard(SignInPolicy policy) : m_policy(policy) {}

    /// Before the password is checked: throws ApiError(TooManyRequests) with the seconds to wait
    /// while the account or the address `clientKey` (empty: none) must wait.
    void check(db::Tx &tx, const std::string &email, const std::string &clientKey) const;
    /// A wrong password: counts it for the account and the address and starts their waits; when
    /// it locks the account, mails `owner` (the account's active user, if there is one).
    void failed(db::Tx &tx, const std::string &email, const std::string &clientKey,
                const std::optional<protocol::User> &owner) const;
    /// The right password: the account starts over (the address keeps its count: it may be
    /// trying many accounts).
    void succeeded(db::Tx &tx, const std::string &email) const;
    /// The account starts over (a new password was set).
    static void forgetAccount(db::Tx &tx, const std::string &email);

private:
    SignInPolicy m_policy;
};

} // namespace helpdesk::domain
