#pragma once

#include "db/ConnectionPool.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::db {

/// What a one-time sign-in link's token comes to, for the page that opens it.
struct SignInLinkState {
    bool usable = false;                     // it would sign its account in now
    std::optional<std::int64_t> userId;      // whose it is, when usable
    std::optional<std::string> expiredEmail; // the address it went to, when it merely expired unused
};

/// SQL for one-time sign-in links; only SHA-256 hashes of their tokens are stored. A link is
/// usable while unused, unexpired, its account active and still at the address it was mailed to.
/// Any thread.
class SignInLinkRepository
{
public:
    /// Stores a link's token for `userId`, mailed to `email`, valid for `validSeconds`.
    static void insert(Tx &tx, const std::string &tokenHash, std::int64_t userId, const std::string &email,
                       int validSeconds);
    /// Makes every unused link of a user stop working (a newer one is mailed).
    static void supersede(Tx &tx, std::int64_t userId);
    /// How many links the user was mailed within the last `withinSeconds`.
    static std::int64_t recent(Tx &tx, std::int64_t userId, int withinSeconds);
    /// The state of a link's token (a token never issued is not usable and names no address).
    static SignInLinkState state(Tx &tx, const std::string &tokenHash);
    /// Marks a usable link used; its user, or nullopt when it was not usable.
    static std::optional<std::int64_t> use(Tx &tx, const std::string &tokenHash);
};

} // namespace helpdesk::db
