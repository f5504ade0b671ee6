#pragma once

#include "db/ConnectionPool.h"
#include "db/SignInLinkRepository.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::domain {

/// One-time sign-in links for the requester portal ("e-mail me a sign-in link"): a customer's
/// address gets a link that signs its account in once (AuthService::signInWithLink). The token has
/// 32 random bytes, only its SHA-256 is stored, it works once, for 20 minutes, while the account is
/// active and still has the address, and only the newest one of an account works. Links go to
/// active customer accounts only (staff sign in with a password and the desktop client), at most
/// `linksPerHour` per account from all instances together; the caller is answered the same whether
/// the address has an account or not. The mail is the template `sign_in_link` in the account's
/// language; none goes out while the portal is off (PortalSettings). Any thread.
class SignInLinks
{
public:
    static constexpr int kValidSeconds = 20 * 60;
    /// The queue of link requests waiting to be looked up and mailed.
    static constexpr const char *kQueue = "auth.sign_in_link";

    /// `linksPerHour` (0: no limit) bounds the links one account is mailed per hour.
    explicit SignInLinks(db::ConnectionPool &pool, int linksPerHour = 3);

    /// Queues a link for `email`: one job, the same work whether the address has an account or not
    /// (looking it up here would answer a known address later than an unknown one).
    void request(const std::string &email);
    /// The work of a request, after the caller was answered (the job's handler): mails a new link
    /// to the active customer account of `email`, unless it got `linksPerHour` within the hour.
    void send(const std::string &email);
    /// What a link's token comes to now (usable and whose, or the address of a merely expired one).
    db::SignInLinkState state(const std::string &token);

    /// In the caller's transaction: marks a usable link used and returns its account, or nullopt
    /// when the token is not (any more) a usable link.
    static std::optional<std::int64_t> use(db::Tx &tx, const std::string &token);

private:
    db::ConnectionPool &m_pool;
    int m_linksPerHour;
};

} // namespace helpdesk::domain
