#pragma once

#include "db/ConnectionPool.h"

#include <optional>
#include <string>
#include <vector>

namespace helpdesk::db {

/// A key that must still wait before its next sign-in attempt.
struct BlockedKey {
    std::string key;
    int seconds = 0;  // still to wait, rounded up
    int failures = 0; // failures in a row so far
};

/// SQL for failed sign-ins in a row per key ("account:…", "address:…"), shared by every server
/// instance. Any thread.
class SignInRepository
{
public:
    /// The longest wait among `keys` that are blocked now; nullopt when none is.
    static std::optional<BlockedKey> longestBlock(Tx &tx, const std::vector<std::string> &keys);
    /// Counts a failure of `key` (starting over when its last one is older than `forgetAfterSeconds`);
    /// returns the failures in a row, this one included. Locks the key's row until the transaction ends.
    static int recordFailure(Tx &tx, const std::string &key, int forgetAfterSeconds);
    /// Blocks `key` for `seconds` from now.
    static void blockFor(Tx &tx, const std::string &key, int seconds);
    /// Forgets `key` (it signed in).
    static void forget(Tx &tx, const std::string &key);
    /// Forgets up to 100 keys quiet for longer than `seconds` (a cheap step on each failure, so the
    /// table does not keep every address and made-up e-mail ever tried).
    static void forgetQuiet(Tx &tx, int seconds);
};

} // namespace helpdesk::db
