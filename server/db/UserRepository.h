#pragma once

#include "db/ConnectionPool.h"
#include "protocol/Messages.h"

#include <optional>
#include <string>
#include <vector>

namespace helpdesk::db {

/// A user row with the password hash, which never leaves the server.
struct UserWithSecret {
    protocol::User user;
    std::optional<std::string> passwordHash;
};

/// A user's membership of a group, as stored.
struct GroupMembership {
    std::int64_t groupId = 0;
    bool fullAccess = false; // false: read access
};

/// What decides an active user's permissions, as stored: role, organization and groups.
struct UserAccess {
    std::int64_t userId = 0;
    protocol::Role role = protocol::Role::Customer;
    std::string email;
    std::string name;
    std::optional<std::int64_t> organizationId;
    bool organizationShared = false;
    std::vector<GroupMembership> groups;
    std::optional<std::string> language; // the account's language, when set
};

struct UserFilter {
    std::optional<protocol::Role> role;
    std::optional<std::string> query; // substring of name or e-mail
    std::optional<std::int64_t> organizationId;
    std::optional<std::int64_t> afterId;
    int limit = 100;
};

/// SQL for users, their organizations and group memberships. Any thread.
class UserRepository
{
public:
    static std::optional<UserWithSecret> findByEmail(Tx &tx, const std::string &email);
    static std::optional<protocol::User> findById(Tx &tx, std::int64_t id);
    /// Active users whose address's local part (before '@') is `localPart`, case-insensitively;
    /// at most two (enough to tell one from several).
    static std::vector<protocol::User> activeByLocalPart(Tx &tx, const std::string &localPart);
    static protocol::User insert(Tx &tx, const protocol::User &user, const std::optional<std::string> &passwordHash);
    static protocol::User update(Tx &tx, const protocol::User &user);
    static void setPasswordHash(Tx &tx, std::int64_t userId, const std::string &hash);
    /// Marks a user active (an accepted invitation).
    static void activate(Tx &tx, std::int64_t userId);
    static std::vector<protocol::User> list(Tx &tx, const UserFilter &filter);
    static std::int64_t countByRole(Tx &tx, protocol::Role role);
    /// Everything permissions need about a user; nullopt when missing or inactive.
    static std::optional<UserAccess> findAccess(Tx &tx, std::int64_t userId);
    /// The address of an active user who is not marked absent; nullopt otherwise.
    static std::optional<std::string> presentEmail(Tx &tx, std::int64_t userId);
    /// The addresses of the group's active, present members with full access.
    static std::vector<std::string> presentFullAccessEmails(Tx &tx, std::int64_t groupId);
    /// The owner's address when present; with no owner, those of the group's present members with
    /// full access; nothing for an absent owner.
    static std::vector<std::string> presentOwnerOrFullAccessEmails(Tx &tx, std::optional<std::int64_t> ownerId,
                                                                   std::int64_t groupId);
    /// Whether mail to the user with this (lower-case) address keeps failing; false for no such user.
    static bool isEmailFailing(Tx &tx, const std::string &lowerCaseEmail);
    /// Marks a user absent until `until` (none: until unmarked; their follow-ups go to the
    /// substitute, else to the group) or back.
    static void setAbsence(Tx &tx, std::int64_t userId, bool absent, const std::optional<std::string> &until,
                           std::optional<std::int64_t> substituteId);
    /// The stored absent mark (users.absent), whether or not absent_until has passed.
    static bool markedAbsent(Tx &tx, std::int64_t userId);
    /// The address of `ownerId`'s substitute while the owner is away, when the substitute is an
    /// active agent who is not away and may read group `groupId`; nullopt otherwise.
    static std::optional<std::string> substituteEmail(Tx &tx, std::int64_t ownerId, std::int64_t groupId);
    /// The notification choices the user made ({kind: {desktop, mail}}; {} when none).
    static protocol::JsonObject notificationSettings(Tx &tx, std::int64_t userId);
    static void setNotificationSettings(Tx &tx, std::int64_t userId, const protocol::JsonObject &settings);
    /// Those of `addresses` that want mail of notification `kind`: each user's choice, else
    /// `byDefault`; an address of no user keeps its mail.
    static std::vector<std::string> wantingMail(Tx &tx, const std::vector<std::string> &addresses,
                                                const std::string &kind, bool byDefault);
    /// Keeps other transactions from writing users until this one ends (they may still read).
    static void lockAgainstWrites(Tx &tx);
    /// Locks one user's row until the transaction ends (serializes what is counted per account).
    static void lockRow(Tx &tx, std::int64_t userId);
    /// Whether the account was deactivated (and not activated since); false for one never active.
    static bool wasDeactivated(Tx &tx, std::int64_t userId);
    /// Whether the account has a password (it was set, chosen through a link, or reset); false for no such user.
    static bool hasPassword(Tx &tx, std::int64_t userId);
};

/// An API token to store: its owner, name, hash, scopes and optional expiry.
struct NewApiToken {
    std::int64_t userId = 0;
    std::string name;
    std::string tokenHash; // SHA-256, hex
    std::vector<std::string> scopes;
    std::optional<std::string> expiresAt;      // ISO 8601
    std::optional<std::int64_t> integrationId; // the integration whose account the token is
};

/// A stored API token: its id and expiry as the database has them.
struct IssuedApiToken {
    std::int64_t id = 0;
    std::optional<std::string> expiresAt;
};

/// What an API token that is still good stands for.
struct ApiTokenUse {
    std::int64_t userId = 0;
    std::vector<std::string> scopes;
    std::optional<std::int64_t> integrationId;
};

/// What a password link's token comes to, for the page that opens it.
struct PasswordTokenState {
    bool usable = false;                     // it would set a password now
    std::string purpose;                     // "reset" or "invite"; empty for a token never issued
    std::optional<std::string> expiredEmail; // the address it went to, when it merely expired unused
};

/// Whose an unexpired session is, and whether it may only set two-factor sign-in up.
struct SessionUser {
    std::int64_t userId = 0;
    bool twoFactorSetupOnly = false;
};

/// SQL for sessions and API tokens; only SHA-256 hashes of tokens are stored.
class CredentialRepository
{
public:
    static void insertSession(Tx &tx, const std::string &tokenHash, std::int64_t userId, int ttlSeconds);
    /// The user of an unexpired session (one statement: it runs for every request).
    static std::optional<SessionUser> sessionUser(Tx &tx, const std::string &tokenHash);
    /// Ends a session; returns its user, or nullopt when there was none.
    static std::optional<std::int64_t> deleteSession(Tx &tx, const std::string &tokenHash);
    static IssuedApiToken insertApiToken(Tx &tx, const NewApiToken &token);
    /// The user, scopes and integration of an unrevoked, unexpired API token (and marks it used).
    static std::optional<ApiTokenUse> apiTokenUser(Tx &tx, const std::string &tokenHash);
    /// A user's tokens, or everyone's when `userId` is empty, with the owner's name and address.
    static protocol::JsonArray listApiTokens(Tx &tx, std::optional<std::int64_t> userId);
    /// Revokes an active token (of `userId` when given); returns its name and owner, or nullopt when none was.
    static std::optional<std::pair<std::string, std::int64_t>>
    revokeApiToken(Tx &tx, std::optional<std::int64_t> userId, std::int64_t tokenId);
    /// Stores a password link's token (purpose "reset" or "invite") valid for `validSeconds`.
    static void insertPasswordToken(Tx &tx, const std::string &tokenHash, std::int64_t userId,
                                    const std::string &purpose, int validSeconds);
    /// Makes every unused password link of a user stop working (a newer one is issued).
    static void supersedePasswordTokens(Tx &tx, std::int64_t userId);
    /// How many password links of `purpose` the user was sent within the last `withinSeconds`.
    static std::int64_t recentPasswordTokens(Tx &tx, std::int64_t userId, const std::string &purpose,
                                             int withinSeconds);
    /// Whether a password link's token is unused, unexpired and its account may take it (active; an
    /// invitation also when never yet active, never when deactivated).
    static bool passwordTokenUsable(Tx &tx, const std::string &tokenHash);
    /// Whether a password link's token is usable, and its account's address when the link expired
    /// unused (used or superseded links name none: the address may have changed since).
    static PasswordTokenState passwordTokenState(Tx &tx, const std::string &tokenHash);
    /// Marks a usable password link's token used; its user and purpose, or nullopt when it was not usable.
    static std::optional<std::pair<std::int64_t, std::string>> usePasswordToken(Tx &tx, const std::string &tokenHash);
    /// Revokes every API token of a user.
    static void revokeApiTokensOf(Tx &tx, std::int64_t userId);
    /// Ends every session of a user but the one `keepTokenHash` names, if given (a new password
    /// ends those of the old one, but not the one it was set in).
    static void deleteSessionsOf(Tx &tx, std::int64_t userId, const std::optional<std::string> &keepTokenHash = {});
};

/// The answer kept under an idempotency key: its JSON text and its status (0: the method's usual one).
struct KeptAnswer {
    std::string json;
    int status = 0;
};

/// SQL for idempotency keys: the first answer to a keyed command, returned on retries.
class IdempotencyRepository
{
public:
    /// Claims the key inside the caller's transaction. Returns the stored answer of an earlier
    /// run, or nullopt when this run is the first (a concurrent first run makes this one wait).
    static std::optional<KeptAnswer> claim(Tx &tx, std::int64_t userId, const std::string &key,
                                           const std::string &method);
    static void storeResponse(Tx &tx, std::int64_t userId, const std::string &key, const KeptAnswer &answer);
};

} // namespace helpdesk::db
