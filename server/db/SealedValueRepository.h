#pragma once

#include "db/ConnectionPool.h"

#include <string>
#include <vector>

namespace helpdesk::db {

/// One stored secret: where it is (a place of the registry and the row's key there) and its
/// stored text (sealed, or in clear when stored before sealing existed).
struct SealedValue {
    std::string place; // e.g. "mailboxes.password"
    std::string key;   // the row within the place, e.g. a mailbox id
    std::string stored;
};

/// The registry of every place in the schema that holds a secret sealed with the key file
/// (mailbox and SMTP passwords, the Message-ID signing secret, …). Key rotation and the start-up
/// resealing go through it alone, so a secret listed here is never left under an old key; a new
/// secret column is added as one entry in SealedValueRepository.cpp (tst_secrets_at_rest fails
/// for a column named like a secret that is missing). Any thread.
class SealedValueRepository
{
public:
    /// The names of the registered places ("table.column", or "settings.<key>.<json path>").
    static std::vector<std::string> places();
    /// Every non-empty stored secret of every place, each row locked until the transaction ends.
    static std::vector<SealedValue> lockAll(Tx &tx);
    /// Stores `stored` in the place and row of `value`.
    static void replace(Tx &tx, const SealedValue &value, const std::string &stored);
};

} // namespace helpdesk::db
