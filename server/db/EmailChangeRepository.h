#pragma once

#include "db/ConnectionPool.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::db {

/// An address change a user asked for, as its confirmation link names it.
struct EmailChange {
    std::int64_t userId = 0;
    std::string newEmail;
};

/// SQL for e-mail address changes waiting for their confirmation (token hashes only). Any thread.
class EmailChangeRepository
{
public:
    /// Stores a change valid for `validSeconds`; the user's earlier unconfirmed changes stop working.
    static void insert(Tx &tx, const std::string &tokenHash, const EmailChange &change, int validSeconds);
    /// Seconds until one more confirmation mail is allowed, when the user, or the address, was sent
    /// `limit` of them within the last `withinSeconds`; nullopt when one may be sent now.
    static std::optional<int> waitForAnother(Tx &tx, std::int64_t userId, const std::string &newEmail, int limit,
                                             int withinSeconds);
    /// Marks an unused, unexpired change used and returns it; nullopt when there is none.
    static std::optional<EmailChange> use(Tx &tx, const std::string &tokenHash);
};

} // namespace helpdesk::db
