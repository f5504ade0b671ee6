#pragma once

#include "api/ApiLimits.h"
#include "api/RateLimiter.h"

#include <cstdint>
#include <string>

namespace helpdesk::api {

/// Keeps one caller from crowding out the others: request rates per address and per user, and
/// password-reset and sign-in-link requests per account and per address, in this instance's
/// memory. Every refusal is ApiError(TooManyRequests) with a retry-after. An empty address skips
/// the per-address checks; per-account and per-user ones still apply. (Failed sign-ins are held
/// back in the database, for every instance together: domain::SignInGuard.) Any thread.
class RequestThrottle
{
public:
    explicit RequestThrottle(const ApiLimits &limits, const SteadyNow &now = {});

    /// Throws when `address` has used up its request rate.
    void admitAddress(const std::string &address);
    /// Throws when the user has used up its request rate.
    void admitUser(std::int64_t userId);

    /// Throws when the account or the address has asked for too many password resets this hour.
    void beforePasswordReset(const std::string &email, const std::string &address);
    /// Throws when the account or the address has asked for too many sign-in links this hour.
    void beforeSignInLink(const std::string &email, const std::string &address);
    /// Throws when the sender's address or the client's has sent too many web forms this hour.
    void beforeWebForm(const std::string &email, const std::string &address);

    /// One key per calling host: the address itself, or the /64 an IPv6 host usually holds whole
    /// (and could walk through); "" for "".
    static std::string clientKey(const std::string &address);

private:
    /// Spends one mailed link of an account and an address, or throws naming `what`.
    static void spendMailedLink(RateLimiter &perAccount, RateLimiter &perAddress, const std::string &email,
                                const std::string &address, const std::string &what);

    RateLimiter m_addressRequests;
    RateLimiter m_userRequests;
    RateLimiter m_accountResets;
    RateLimiter m_addressResets;
    RateLimiter m_accountSignInLinks;
    RateLimiter m_addressSignInLinks;
    RateLimiter m_senderWebForms;
    RateLimiter m_addressWebForms;
};

} // namespace helpdesk::api
