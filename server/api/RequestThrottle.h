#pragma once

#include "api/ApiLimits.h"
#include "api/FailureBackoff.h"
#include "api/RateLimiter.h"

#include <cstdint>
#include <string>

namespace helpdesk::api {

/// Keeps one caller from crowding out the others: request rates per address and per user,
/// back-off after failed sign-ins per account and per address, and password-reset requests per
/// account and per address. Every refusal is ApiError(TooManyRequests) with a retry-after. An
/// empty address (a WebSocket request, whose address the session does not pass on) skips the
/// per-address checks; per-account and per-user ones still apply. Any thread.
class RequestThrottle
{
public:
    explicit RequestThrottle(const ApiLimits &limits, const SteadyNow &now = {});

    /// Throws when `address` has used up its request rate.
    void admitAddress(const std::string &address);
    /// Throws when the user has used up its request rate.
    void admitUser(std::int64_t userId);

    /// Throws while the account or the address waits after failed sign-ins.
    void beforeSignIn(const std::string &email, const std::string &address);
    void signInFailed(const std::string &email, const std::string &address);
    /// Clears the account's failures (the address keeps its own: it may be guessing many accounts).
    void signInSucceeded(const std::string &email);

    /// Throws when the account or the address has asked for too many password resets this hour.
    void beforePasswordReset(const std::string &email, const std::string &address);

private:
    RateLimiter m_addressRequests;
    RateLimiter m_userRequests;
    FailureBackoff m_accountFailures;
    FailureBackoff m_addressFailures;
    RateLimiter m_accountResets;
    RateLimiter m_addressResets;
};

} // namespace helpdesk::api
