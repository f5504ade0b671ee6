#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "protocol/Json.h"
#include "protocol/Messages.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::domain {

/// What the second factor of a sign-in whose password was right comes to.
enum class SecondFactor {
    NotNeeded,     // the account has no second factor and its role needs none
    Accepted,      // the right code (now used up)
    Missing,       // the account has one and no code came
    Wrong,         // a wrong, replayed or used-up code
    SetupRequired, // the role requires one the account does not have: a session limited to setting it up
};

/// Two-factor sign-in with an authenticator app (TOTP, RFC 6238, see domain/totp) and single-use
/// recovery codes. The key is stored sealed (domain::secrets); a code is accepted once and never
/// one of an earlier step; recovery codes are stored hashed. Managed by the account's owner in a
/// signed-in session (not with an API token), and reset by an admin. Any thread.
class TwoFactorService
{
public:
    static constexpr int kRecoveryCodes = 10;

    /// At sign-in, once the password was found right: judges `code` (six digits or a recovery
    /// code) for `user`, using it up when it is right.
    static SecondFactor checkAtSignIn(db::Tx &tx, const protocol::User &user, const std::optional<std::string> &code);
    /// Whether `code` is a right code of the actor's enabled second factor; uses it up if so.
    static bool useCode(db::Tx &tx, std::int64_t userId, const std::string &code);

    /// {enabled, pending, required, recovery_codes_left} for the actor's own account.
    static protocol::JsonObject status(db::Tx &tx, const Actor &actor);
    /// Starts (or restarts) setting up: a new key, not used for sign-in until enable() confirms it.
    /// Returns {secret (base32), otpauth_uri}. Throws Conflict when two-factor sign-in is on.
    static protocol::JsonObject setUp(db::Tx &tx, const Actor &actor);
    /// Confirms the pending key with a code from the app: two-factor sign-in is on, the session
    /// is no longer limited, and {recovery_codes} (shown this once) is returned.
    static protocol::JsonObject enable(db::Tx &tx, const Actor &actor, const std::string &code);
    /// Turns it off, once the caller checked the password and a code (AuthService::disableTwoFactor).
    /// Throws Forbidden when the actor's role requires it.
    static void disable(db::Tx &tx, const Actor &actor);
    /// New recovery codes in place of the old ones, once the caller checked a code; {recovery_codes},
    /// shown this once.
    static protocol::JsonObject newRecoveryCodes(db::Tx &tx, const Actor &actor);
    /// Admins: turns off another staff member's second factor (a lost phone), ends their
    /// sessions and records it in the audit log.
    static void reset(db::Tx &tx, const Actor &admin, std::int64_t userId);

    /// Throws Forbidden unless the actor came with a session (a token cannot manage sign-in).
    static void requireSession(const Actor &actor);
};

} // namespace helpdesk::domain
