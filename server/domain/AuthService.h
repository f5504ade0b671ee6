#pragma once

#include "db/ConnectionPool.h"
#include "db/UserRepository.h"
#include "domain/Actor.h"
#include "domain/SignInGuard.h"
#include "protocol/Json.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::domain {

/// What a caller asks of a new API token.
struct ApiTokenRequest {
    std::string name;                               // 1 to 200 characters
    std::optional<std::int64_t> forUserId;          // admins: the user the token acts as
    std::optional<std::vector<std::string>> scopes; // none: those of the caller's own credential
    std::optional<std::string> expiresAt;           // ISO 8601, in the future; none: until revoked
    std::optional<std::int64_t> integrationId;      // admins: the integration whose account the token is
};

/// The limits of sign-in and password links, held in the database for every instance together.
struct AuthPolicy {
    int resetMailsPerHour = 3; // password-reset mails one account gets per hour (0: no limit)
    SignInPolicy signIn;       // back-off and lock after failed sign-ins
};

/// Sign-in, sessions, API tokens and the first admin account. Any thread.
class AuthService
{
public:
    AuthService(db::ConnectionPool &pool, AuthPolicy policy = {}, int sessionTtlSeconds = 30 * 24 * 3600);

    /// Checks e-mail and password; returns {token, user}. Throws ApiError(Unauthenticated) for a
    /// wrong password or an unknown address alike (same message, a password hash either way), and
    /// ApiError(TooManyRequests) while the account or `clientKey` (the caller's address as one
    /// key, empty: none) must wait after failures (SignInGuard). Only once the password is right is
    /// the second factor judged (TwoFactorService): TwoFactorRequired without `twoFactorCode`,
    /// TwoFactorInvalid for a wrong one (a failure like a wrong password); when the role requires
    /// a second factor the account lacks, the session may only set one up and the answer says
    /// `two_factor_setup_required`.
    protocol::JsonObject login(const std::string &email, const std::string &password, const std::string &clientKey = {},
                               const std::optional<std::string> &twoFactorCode = std::nullopt);
    /// Signs in with the token of a one-time sign-in link (SignInLinks): the session a password
    /// sign-in would get, the second factor judged the same way; the link is used up only when a
    /// session is issued. Throws ApiError(Unauthenticated) for a link that no longer works,
    /// TwoFactorRequired, TwoFactorInvalid, and TooManyRequests while the account or `clientKey`
    /// must wait (SignInGuard).
    protocol::JsonObject signInWithLink(const std::string &token, const std::string &clientKey = {},
                                        const std::optional<std::string> &twoFactorCode = std::nullopt);
    /// Turns the actor's second factor off after checking their password and a code (wrong ones
    /// count as failed sign-ins of the account). Throws Unauthenticated or TwoFactorInvalid.
    void disableTwoFactor(const Actor &actor, const std::string &password, const std::string &code,
                          const std::string &clientKey);
    /// New recovery codes for the actor after checking a code (wrong ones count as failed
    /// sign-ins). Returns {recovery_codes}.
    protocol::JsonObject newRecoveryCodes(const Actor &actor, const std::string &code, const std::string &clientKey);
    /// Resolves a session or API token to its user. Throws ApiError(Unauthenticated).
    Actor authenticate(const std::string &token);
    /// Reloads a user's permissions (after group membership changes); nullopt when gone or inactive.
    std::optional<Actor> reload(std::int64_t userId);
    void logout(const std::string &token);
    /// Creates an API token for the actor (admins: for `forUserId`, e.g. an integration account)
    /// with at most the scopes the actor's own credential has, an optional expiry and (admins) the
    /// integration it belongs to; the token is in the answer once and never again.
    protocol::JsonObject createApiToken(db::Tx &tx, const Actor &actor, const ApiTokenRequest &request);
    /// The actor's own tokens; admins with `all` see everyone's.
    static protocol::JsonArray listApiTokens(db::Tx &tx, const Actor &actor, bool all);
    /// Revokes one of the actor's tokens (admins: anyone's). Throws NotFound when none is active.
    static void revokeApiToken(db::Tx &tx, const Actor &actor, std::int64_t tokenId);
    /// After the actor set a new password for `userId`: ends that account's other sessions (all of
    /// them when it is someone else's), and its API tokens when asked, on every instance.
    static void passwordChanged(db::Tx &tx, const Actor &actor, std::int64_t userId, bool revokeApiTokens = false);

    /// Mails a single-use reset link (valid one hour) when the address belongs to an active user
    /// who got fewer than the policy's reset mails this hour; the caller learns nothing either way,
    /// so addresses cannot be probed. A new link ends the account's earlier ones.
    /// The answer takes the same work whether the address has an account or not: one queued job
    /// (kPasswordResetQueue), whose handler calls sendPasswordReset.
    void requestPasswordReset(const std::string &email);
    /// The queue of password-reset requests waiting to be looked up and mailed.
    static constexpr const char *kPasswordResetQueue = "auth.password_reset";
    /// The work of a reset request, after the caller was answered (a job handler; idempotent
    /// enough: a rerun at worst sends a newer link, within the hourly limit).
    void sendPasswordReset(const std::string &email);
    /// Mails an invitation link (valid seven days) to a user; admins invite anyone, agents customers.
    void invite(db::Tx &tx, const Actor &actor, std::int64_t userId);
    /// What a reset or invitation link's token comes to before it is used (the page that opens it
    /// shows the form, or says the link no longer works and offers a new one).
    db::PasswordTokenState passwordLink(const std::string &token);
    /// Sets a new password with a reset or invitation token; the token then stops working, every
    /// session of the account ends (and its API tokens when asked). An invitation activates an
    /// account never yet active. Returns the user's e-mail. Throws ApiError(ValidationFailed) for
    /// a link that no longer works (used, expired, superseded, account deactivated or readdressed).
    std::string completePasswordToken(const std::string &token, const std::string &password,
                                      bool revokeApiTokens = false);

    /// Creates the first admin when there is none; returns its one-time password, or nullopt.
    std::optional<std::string> ensureFirstAdmin(const std::string &email, const std::string &name);

private:
    /// Once the first factor passed (a password, a link): judges the second and issues a session
    /// when `spend` (run in the same transaction; null: nothing to spend) agrees, or throws.
    protocol::JsonObject issueSession(const protocol::User &user, const std::string &clientKey,
                                      const std::optional<std::string> &twoFactorCode,
                                      const std::function<bool(db::Tx &)> &spend);

    db::ConnectionPool &m_pool;
    AuthPolicy m_policy;
    int m_sessionTtlSeconds;
};

} // namespace helpdesk::domain
