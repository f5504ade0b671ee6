#pragma once

#include "db/ConnectionPool.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::db {

/// An account's authenticator key as stored: sealed, pending until enabled.
struct StoredTwoFactor {
    std::string sealedSecret;             // domain::secrets::seal of the raw key
    bool enabled = false;                 // false: set up but not yet confirmed with a code
    std::optional<std::int64_t> lastStep; // time step of the last code accepted
};

/// SQL for two-factor sign-in: the sealed TOTP key per account, its recovery codes (hashed) and
/// sessions limited to setting it up. Any thread.
class TwoFactorRepository
{
public:
    /// The account's key; `forUpdate` locks the row until the transaction ends (one code, one use).
    static std::optional<StoredTwoFactor> find(Tx &tx, std::int64_t userId, bool forUpdate = false);
    /// Stores a new pending key for the account, replacing a pending one (never an enabled one:
    /// returns false then).
    static bool putPending(Tx &tx, std::int64_t userId, const std::string &sealedSecret);
    /// Marks the pending key enabled with the step of the code that confirmed it.
    static void enable(Tx &tx, std::int64_t userId, std::int64_t step);
    /// Records the step of an accepted code.
    static void acceptStep(Tx &tx, std::int64_t userId, std::int64_t step);
    /// Forgets the account's key and recovery codes; false when it had none.
    static bool remove(Tx &tx, std::int64_t userId);
    /// Replaces the account's recovery codes with these hashes.
    static void replaceRecoveryCodes(Tx &tx, std::int64_t userId, const std::vector<std::string> &codeHashes);
    /// Marks an unused recovery code used; false when there is no such unused code.
    static bool useRecoveryCode(Tx &tx, std::int64_t userId, const std::string &codeHash);
    /// How many recovery codes the account has left.
    static std::int64_t recoveryCodesLeft(Tx &tx, std::int64_t userId);
    /// Limits a session to setting two-factor sign-in up, or lifts the limit.
    static void setSessionSetupOnly(Tx &tx, const std::string &sessionHash, bool setupOnly);
};

} // namespace helpdesk::db
