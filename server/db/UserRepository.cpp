#include "db/UserRepository.h"

#include "protocol/ProtocolError.h"

namespace helpdesk::db {

using protocol::Role;

namespace {

protocol::User userFrom(const pqxx::row &row)
{
    protocol::User u;
    u.id = row[0].as<std::int64_t>();
    u.email = row[1].c_str();
    u.name = row[2].c_str();
    u.role = protocol::roleFromName(row[3].c_str());
    u.organizationId = optInt(row[4]);
    u.active = row[5].as<bool>();
    u.language = optString(row[6]);
    u.custom = protocol::parseJsonObject(row[7].c_str());
    u.createdAt = isoTime(row[8]);
    u.updatedAt = isoTime(row[9]);
    // Column 10 is the password hash (UserWithSecret); then the absence (USER_PRESENCE).
    u.absent = row[11].as<bool>();
    u.absentUntil = optIsoTime(row[12]);
    u.substituteId = optInt(row[13]);
    return u;
}

// Away now (user_is_away, migration 0044), the return date and the substitute.
#define USER_PRESENCE ", user_is_away(u.absent, u.absent_until), u.absent_until, u.substitute_id"
#define USER_SELECT                                                                                                    \
    "SELECT u.id, u.email, u.name, u.role, u.organization_id, u.active, u.language, u.custom::text,"                   \
    " u.created_at, u.updated_at, u.password_hash" USER_PRESENCE " FROM users u "

const Statement kByEmail{"users_by_email", USER_SELECT "WHERE lower(u.email) = lower($1)"};
const Statement kById{"users_by_id", USER_SELECT "WHERE u.id = $1"};
// Two rows are enough to tell "one" from "ambiguous".
const Statement kActiveByLocalPart{"users_active_by_local_part",
                                   USER_SELECT "WHERE u.active AND lower(split_part(u.email, '@', 1)) = lower($1)"
                                               " ORDER BY u.id LIMIT 2"};
const Statement kInsert{
    "users_insert",
    "INSERT INTO users AS u (email, name, role, organization_id, active, language, custom, password_hash)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)"
    " RETURNING u.id, u.email, u.name, u.role, u.organization_id, u.active, u.language, u.custom::text,"
    " u.created_at, u.updated_at, u.password_hash" USER_PRESENCE};
const Statement kUpdate{
    "users_update",
    "UPDATE users AS u SET email = $2, name = $3, role = $4, organization_id = $5, active = $6, language = $7,"
    " custom = $8::jsonb, updated_at = now() WHERE id = $1"
    " RETURNING u.id, u.email, u.name, u.role, u.organization_id, u.active, u.language, u.custom::text,"
    " u.created_at, u.updated_at, u.password_hash" USER_PRESENCE};
const Statement kActivate{"users_activate", "UPDATE users SET active = true WHERE id = $1"};
const Statement kSetPassword{"users_set_password",
                             "UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1"};
const Statement kList{"users_list", USER_SELECT
                      "WHERE ($1::text IS NULL OR u.role = $1) AND ($2::text IS NULL OR u.name ILIKE '%' || $2 || '%'"
                      " OR u.email ILIKE '%' || $2 || '%') AND ($3::bigint IS NULL OR u.organization_id = $3)"
                      " AND u.id > coalesce($4::bigint, 0) ORDER BY u.id LIMIT $5"};
const Statement kCountRole{"users_count_role", "SELECT count(*) FROM users WHERE role = $1 AND active"};
const Statement kActor{
    "users_actor",
    "SELECT u.id, u.role, u.email, u.name, u.organization_id, coalesce(o.shared, false),"
    " coalesce((SELECT string_agg(m.group_id || ':' || m.access, ',') FROM group_members m WHERE m.user_id = u.id), '')"
    ", u.language FROM users u LEFT JOIN organizations o ON o.id = u.organization_id WHERE u.id = $1 AND u.active"};
const Statement kPresentEmail{"users_present_email", "SELECT email FROM users WHERE id = $1 AND active"
                                                     " AND NOT user_is_away(absent, absent_until)"};
const Statement kPresentFullAccessEmails{
    "users_present_full_access_emails",
    "SELECT u.email FROM group_members m JOIN users u ON u.id = m.user_id"
    " WHERE m.group_id = $1 AND m.access = 'full' AND u.active AND NOT user_is_away(u.absent, u.absent_until)"};
const Statement kPresentOwnerOrFullAccessEmails{
    "users_present_owner_or_full_access_emails",
    "SELECT u.email FROM users u WHERE u.active AND NOT user_is_away(u.absent, u.absent_until)"
    " AND (u.id = $1 OR ($1 IS NULL AND u.id IN"
    " (SELECT user_id FROM group_members WHERE group_id = $2 AND access = 'full')))"};
// The substitute of an owner who is away, when the substitute is an active agent who is not away
// and may read the ticket's group (admins and supervisors read every group).
const Statement kSubstituteEmail{
    "users_substitute_email", "SELECT s.email FROM users o JOIN users s ON s.id = o.substitute_id WHERE o.id = $1"
                              " AND user_is_away(o.absent, o.absent_until) AND s.active AND s.role <> 'customer'"
                              " AND NOT user_is_away(s.absent, s.absent_until) AND (s.role IN ('admin', 'supervisor')"
                              " OR EXISTS (SELECT 1 FROM group_members m WHERE m.user_id = s.id AND m.group_id = $2))"};
const Statement kNotificationSettings{"users_notification_settings",
                                      "SELECT notification_settings::text FROM users WHERE id = $1"};
const Statement kSetNotificationSettings{"users_set_notification_settings",
                                         "UPDATE users SET notification_settings = $2::jsonb WHERE id = $1"};
// An address that belongs to no user keeps its mail; a user's choice for the kind, else the default.
const Statement kWantingMail{
    "users_wanting_mail",
    "SELECT a FROM unnest($1::text[]) AS a WHERE coalesce((SELECT (u.notification_settings -> $2 ->> 'mail')::boolean"
    " FROM users u WHERE lower(u.email) = lower(a) LIMIT 1), $3)"};
const Statement kEmailFailing{"users_email_failing", "SELECT email_failing FROM users WHERE lower(email) = $1"};
const Statement kSetAbsence{"users_set_absence", "UPDATE users SET absent = $2, absent_until = $3::timestamptz,"
                                                 " substitute_id = $4, updated_at = now() WHERE id = $1"};
const Statement kMarkedAbsent{"users_marked_absent", "SELECT absent FROM users WHERE id = $1"};
// LOCK cannot be prepared.
const Statement kLockAgainstWrites{"users_lock_against_writes", "LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE"};

const Statement kInsertSession{"sessions_insert",
                               "INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (decode($1, 'hex'), $2,"
                               " now() + make_interval(secs => $3))"};
const Statement kSessionUser{"sessions_user", "SELECT user_id, two_factor_setup_only FROM sessions"
                                              " WHERE token_hash = decode($1, 'hex') AND expires_at > now()"};
const Statement kDeleteSession{"sessions_delete",
                               "DELETE FROM sessions WHERE token_hash = decode($1, 'hex') RETURNING user_id"};
const Statement kDeleteSessionsOf{
    "sessions_delete_of_user",
    "DELETE FROM sessions WHERE user_id = $1 AND ($2::text IS NULL OR token_hash <> decode($2, 'hex'))"};
const Statement kInsertPasswordToken{"password_tokens_insert",
                                     "INSERT INTO password_tokens (token_hash, user_id, purpose, expires_at)"
                                     " VALUES ($1, $2, $3, now() + make_interval(secs => $4))"};
// A link works for an active account, and an invitation also for one never yet active (not for
// one deactivated: a link never re-activates it).
#define PASSWORD_TOKEN_ACCOUNT_OPEN "(u.active OR (t.purpose = 'invite' AND u.deactivated_at IS NULL))"
#define PASSWORD_TOKEN_USABLE                                                                                          \
    " t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now() AND u.id = t.user_id"                           \
    " AND " PASSWORD_TOKEN_ACCOUNT_OPEN
const Statement kPasswordTokenState{
    "password_tokens_state",
    "SELECT t.purpose, t.used_at IS NULL AND t.expires_at > now() AND " PASSWORD_TOKEN_ACCOUNT_OPEN ","
    " CASE WHEN t.used_at IS NULL AND t.expires_at <= now() AND " PASSWORD_TOKEN_ACCOUNT_OPEN " THEN u.email END"
    " FROM password_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1"};
const Statement kPasswordTokenUsable{"password_tokens_usable",
                                     "SELECT 1 FROM password_tokens t, users u WHERE" PASSWORD_TOKEN_USABLE};
const Statement kUsePasswordToken{"password_tokens_use",
                                  "UPDATE password_tokens t SET used_at = now() FROM users u"
                                  " WHERE" PASSWORD_TOKEN_USABLE " RETURNING t.user_id, t.purpose"};
const Statement kSupersedePasswordTokens{
    "password_tokens_supersede", "UPDATE password_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL"};
const Statement kRecentPasswordTokens{"password_tokens_recent",
                                      "SELECT count(*) FROM password_tokens WHERE user_id = $1 AND purpose = $2"
                                      " AND created_at > now() - make_interval(secs => $3)"};
const Statement kRevokeTokensOf{"api_tokens_revoke_of_user",
                                "UPDATE api_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL"};
const Statement kLockUser{"users_lock_row", "SELECT 1 FROM users WHERE id = $1 FOR UPDATE"};
const Statement kWasDeactivated{"users_was_deactivated", "SELECT deactivated_at IS NOT NULL FROM users WHERE id = $1"};
const Statement kHasPassword{"users_has_password", "SELECT password_hash IS NOT NULL FROM users WHERE id = $1"};
const Statement kInsertToken{"api_tokens_insert",
                             "INSERT INTO api_tokens (user_id, name, token_hash, scopes, expires_at, integration_id)"
                             " VALUES ($1, $2, decode($3, 'hex'), $4::text[], $5::timestamptz, $6::bigint)"
                             " RETURNING id, expires_at"};
const Statement kTokenUser{"api_tokens_user",
                           "UPDATE api_tokens SET last_used_at = now() WHERE token_hash = decode($1, 'hex')"
                           " AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())"
                           " RETURNING user_id, scopes, integration_id"};
// A null user means every user's tokens (admins).
const Statement kListTokens{
    "api_tokens_list", "SELECT t.id, t.name, t.created_at, t.last_used_at, t.revoked_at, t.user_id, u.name, u.email,"
                       " t.scopes, t.expires_at, t.integration_id FROM api_tokens t JOIN users u ON u.id = "
                       "t.user_id WHERE ($1::bigint IS NULL OR t.user_id = $1) ORDER BY t.id"};
const Statement kRevokeToken{"api_tokens_revoke", "UPDATE api_tokens SET revoked_at = now() WHERE id = $2 AND "
                                                  "($1::bigint IS NULL OR user_id = $1) AND revoked_at IS NULL"
                                                  " RETURNING name, user_id"};

const Statement kClaimKey{
    "idempotency_claim",
    "INSERT INTO idempotency_keys (user_id, key, method) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING"};
const Statement kStoredKey{
    "idempotency_stored",
    "SELECT method, response::text, status FROM idempotency_keys WHERE user_id = $1 AND key = $2"};
const Statement kStoreResponse{
    "idempotency_store",
    "UPDATE idempotency_keys SET response = $3::jsonb, status = $4 WHERE user_id = $1 AND key = $2"};
} // namespace

std::optional<UserWithSecret> UserRepository::findByEmail(Tx &tx, const std::string &email)
{
    auto result = tx.exec(kByEmail, email);
    if (result.empty())
        return std::nullopt;
    return UserWithSecret{userFrom(result[0]), optString(result[0][10])};
}

std::vector<protocol::User> UserRepository::activeByLocalPart(Tx &tx, const std::string &localPart)
{
    std::vector<protocol::User> users;
    for (const auto &row : tx.exec(kActiveByLocalPart, localPart))
        users.push_back(userFrom(row));
    return users;
}

std::optional<protocol::User> UserRepository::findById(Tx &tx, std::int64_t id)
{
    auto result = tx.exec(kById, id);
    if (result.empty())
        return std::nullopt;
    return userFrom(result[0]);
}

protocol::User UserRepository::insert(Tx &tx, const protocol::User &user,
                                      const std::optional<std::string> &passwordHash)
{
    auto custom = user.custom ? protocol::toJsonText(user.custom) : std::string("{}");
    return userFrom(tx.exec1(kInsert, user.email, user.name, std::string(protocol::roleName(user.role)),
                             user.organizationId, user.active, user.language, custom, passwordHash));
}

protocol::User UserRepository::update(Tx &tx, const protocol::User &user)
{
    auto custom = user.custom ? protocol::toJsonText(user.custom) : std::string("{}");
    return userFrom(tx.exec1(kUpdate, user.id, user.email, user.name, std::string(protocol::roleName(user.role)),
                             user.organizationId, user.active, user.language, custom));
}

void UserRepository::setPasswordHash(Tx &tx, std::int64_t userId, const std::string &hash)
{
    tx.exec(kSetPassword, userId, hash);
}

void UserRepository::activate(Tx &tx, std::int64_t userId)
{
    tx.exec(kActivate, userId);
}

std::vector<protocol::User> UserRepository::list(Tx &tx, const UserFilter &filter)
{
    std::optional<std::string> role;
    if (filter.role)
        role = protocol::roleName(*filter.role);
    std::vector<protocol::User> out;
    for (const auto &row : tx.exec(kList, role, filter.query, filter.organizationId, filter.afterId, filter.limit))
        out.push_back(userFrom(row));
    return out;
}

std::int64_t UserRepository::countByRole(Tx &tx, Role role)
{
    return tx.exec1(kCountRole, std::string(protocol::roleName(role)))[0].as<std::int64_t>();
}

std::optional<UserAccess> UserRepository::findAccess(Tx &tx, std::int64_t userId)
{
    auto result = tx.exec(kActor, userId);
    if (result.empty())
        return std::nullopt;
    const auto &row = result[0];
    UserAccess access;
    access.userId = row[0].as<std::int64_t>();
    access.role = protocol::roleFromName(row[1].c_str());
    access.email = row[2].c_str();
    access.name = row[3].c_str();
    access.organizationId = optInt(row[4]);
    access.organizationShared = row[5].as<bool>();
    if (!row[7].is_null())
        access.language = row[7].c_str();
    std::string memberships = row[6].c_str(); // "group:access,group:access"
    std::size_t start = 0;
    while (start < memberships.size()) {
        auto end = memberships.find(',', start);
        if (end == std::string::npos)
            end = memberships.size();
        auto item = memberships.substr(start, end - start);
        auto colon = item.find(':');
        if (colon != std::string::npos)
            access.groups.push_back({std::stoll(item.substr(0, colon)), item.substr(colon + 1) == "full"});
        start = end + 1;
    }
    return access;
}

std::optional<std::string> UserRepository::presentEmail(Tx &tx, std::int64_t userId)
{
    auto result = tx.exec(kPresentEmail, userId);
    if (result.empty())
        return std::nullopt;
    return std::string(result[0][0].c_str());
}

std::vector<std::string> UserRepository::presentFullAccessEmails(Tx &tx, std::int64_t groupId)
{
    std::vector<std::string> out;
    for (const auto &row : tx.exec(kPresentFullAccessEmails, groupId))
        out.emplace_back(row[0].c_str());
    return out;
}

std::vector<std::string> UserRepository::presentOwnerOrFullAccessEmails(Tx &tx, std::optional<std::int64_t> ownerId,
                                                                        std::int64_t groupId)
{
    std::vector<std::string> out;
    for (const auto &row : tx.exec(kPresentOwnerOrFullAccessEmails, ownerId, groupId))
        out.emplace_back(row[0].c_str());
    return out;
}

bool UserRepository::isEmailFailing(Tx &tx, const std::string &lowerCaseEmail)
{
    auto result = tx.exec(kEmailFailing, lowerCaseEmail);
    return !result.empty() && result[0][0].as<bool>();
}

void UserRepository::setAbsence(Tx &tx, std::int64_t userId, bool absent, const std::optional<std::string> &until,
                                std::optional<std::int64_t> substituteId)
{
    tx.exec(kSetAbsence, userId, absent, until, substituteId);
}

bool UserRepository::markedAbsent(Tx &tx, std::int64_t userId)
{
    auto result = tx.exec(kMarkedAbsent, userId);
    return !result.empty() && result[0][0].as<bool>();
}

std::optional<std::string> UserRepository::substituteEmail(Tx &tx, std::int64_t ownerId, std::int64_t groupId)
{
    auto result = tx.exec(kSubstituteEmail, ownerId, groupId);
    if (result.empty())
        return std::nullopt;
    return std::string(result[0][0].c_str());
}

protocol::JsonObject UserRepository::notificationSettings(Tx &tx, std::int64_t userId)
{
    auto result = tx.exec(kNotificationSettings, userId);
    return result.empty() ? protocol::newObject() : protocol::parseJsonObject(result[0][0].c_str());
}

void UserRepository::setNotificationSettings(Tx &tx, std::int64_t userId, const protocol::JsonObject &settings)
{
    tx.exec(kSetNotificationSettings, userId, protocol::toJsonText(settings));
}

std::vector<std::string> UserRepository::wantingMail(Tx &tx, const std::vector<std::string> &addresses,
                                                     const std::string &kind, bool byDefault)
{
    std::vector<std::string> out;
    if (addresses.empty())
        return out;
    for (const auto &row : tx.exec(kWantingMail, textArrayLiteral(addresses), kind, byDefault))
        out.emplace_back(row[0].c_str());
    return out;
}

void UserRepository::lockRow(Tx &tx, std::int64_t userId)
{
    tx.exec(kLockUser, userId);
}

bool UserRepository::wasDeactivated(Tx &tx, std::int64_t userId)
{
    auto result = tx.exec(kWasDeactivated, userId);
    return !result.empty() && result[0][0].as<bool>();
}

bool UserRepository::hasPassword(Tx &tx, std::int64_t userId)
{
    auto result = tx.exec(kHasPassword, userId);
    return !result.empty() && result[0][0].as<bool>();
}

void UserRepository::lockAgainstWrites(Tx &tx)
{
    tx.execUnprepared(kLockAgainstWrites);
}

void CredentialRepository::insertSession(Tx &tx, const std::string &tokenHash, std::int64_t userId, int ttlSeconds)
{
    tx.exec(kInsertSession, tokenHash, userId, ttlSeconds);
}

std::optional<SessionUser> CredentialRepository::sessionUser(Tx &tx, const std::string &tokenHash)
{
    auto result = tx.exec(kSessionUser, tokenHash);
    if (result.empty())
        return std::nullopt;
    return SessionUser{result[0][0].as<std::int64_t>(), result[0][1].as<bool>()};
}

std::optional<std::int64_t> CredentialRepository::deleteSession(Tx &tx, const std::string &tokenHash)
{
    auto result = tx.exec(kDeleteSession, tokenHash);
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<std::int64_t>();
}

void CredentialRepository::deleteSessionsOf(Tx &tx, std::int64_t userId,
                                            const std::optional<std::string> &keepTokenHash)
{
    tx.exec(kDeleteSessionsOf, userId, keepTokenHash);
}

void CredentialRepository::supersedePasswordTokens(Tx &tx, std::int64_t userId)
{
    tx.exec(kSupersedePasswordTokens, userId);
}

std::int64_t CredentialRepository::recentPasswordTokens(Tx &tx, std::int64_t userId, const std::string &purpose,
                                                        int withinSeconds)
{
    return tx.exec1(kRecentPasswordTokens, userId, purpose, withinSeconds)[0].as<std::int64_t>();
}

void CredentialRepository::revokeApiTokensOf(Tx &tx, std::int64_t userId)
{
    tx.exec(kRevokeTokensOf, userId);
}

void CredentialRepository::insertPasswordToken(Tx &tx, const std::string &tokenHash, std::int64_t userId,
                                               const std::string &purpose, int validSeconds)
{
    tx.exec(kInsertPasswordToken, tokenHash, userId, purpose, validSeconds);
}

bool CredentialRepository::passwordTokenUsable(Tx &tx, const std::string &tokenHash)
{
    return !tx.exec(kPasswordTokenUsable, tokenHash).empty();
}

PasswordTokenState CredentialRepository::passwordTokenState(Tx &tx, const std::string &tokenHash)
{
    PasswordTokenState state;
    auto result = tx.exec(kPasswordTokenState, tokenHash);
    if (result.empty())
        return state;
    const auto &row = result[0];
    state.purpose = row[0].c_str();
    state.usable = row[1].as<bool>();
    if (!row[2].is_null())
        state.expiredEmail = row[2].c_str();
    return state;
}

std::optional<std::pair<std::int64_t, std::string>> CredentialRepository::usePasswordToken(Tx &tx,
                                                                                           const std::string &tokenHash)
{
    auto row = tx.exec(kUsePasswordToken, tokenHash);
    if (row.empty())
        return std::nullopt;
    return std::make_pair(row[0][0].as<std::int64_t>(), std::string(row[0][1].c_str()));
}

IssuedApiToken CredentialRepository::insertApiToken(Tx &tx, const NewApiToken &token)
{
    auto row = tx.exec1(kInsertToken, token.userId, token.name, token.tokenHash, textArrayLiteral(token.scopes),
                        token.expiresAt, token.integrationId);
    return {row[0].as<std::int64_t>(), optIsoTime(row[1])};
}

std::optional<ApiTokenUse> CredentialRepository::apiTokenUser(Tx &tx, const std::string &tokenHash)
{
    auto result = tx.exec(kTokenUser, tokenHash);
    if (result.empty())
        return std::nullopt;
    return ApiTokenUse{result[0][0].as<std::int64_t>(), textArray(result[0][1]), optInt(result[0][2])};
}

protocol::JsonArray CredentialRepository::listApiTokens(Tx &tx, std::optional<std::int64_t> userId)
{
    auto list = protocol::newArray();
    for (const auto &row : tx.exec(kListTokens, userId)) {
        auto o = protocol::newObject();
        o->set("id", row[0].as<std::int64_t>());
        o->set("name", std::string(row[1].c_str()));
        o->set("created_at", isoTime(row[2]));
        protocol::setOptional(o, "last_used_at", optIsoTime(row[3]));
        protocol::setOptional(o, "revoked_at", optIsoTime(row[4]));
        o->set("user_id", row[5].as<std::int64_t>());
        o->set("user_name", std::string(row[6].c_str()));
        o->set("user_email", std::string(row[7].c_str()));
        auto scopes = protocol::newArray();
        for (const auto &scope : textArray(row[8]))
            scopes->add(scope);
        o->set("scopes", scopes);
        protocol::setOptional(o, "expires_at", optIsoTime(row[9]));
        protocol::setOptional(o, "integration_id", optInt(row[10]));
        list->add(o);
    }
    return list;
}

std::optional<std::pair<std::string, std::int64_t>>
CredentialRepository::revokeApiToken(Tx &tx, std::optional<std::int64_t> userId, std::int64_t tokenId)
{
    auto result = tx.exec(kRevokeToken, userId, tokenId);
    if (result.empty())
        return std::nullopt;
    return std::make_pair(std::string(result[0][0].c_str()), result[0][1].as<std::int64_t>());
}

std::optional<KeptAnswer> IdempotencyRepository::claim(Tx &tx, std::int64_t userId, const std::string &key,
                                                       const std::string &method)
{
    if (tx.exec(kClaimKey, userId, key, method).affected_rows() == 1)
        return std::nullopt;
    auto result = tx.exec(kStoredKey, userId, key);
    if (result.empty() || result[0][1].is_null())
        throw protocol::ApiError(protocol::ErrorCode::Conflict, "this idempotency key is still being processed",
                                 "idempotency_key");
    if (std::string(result[0][0].c_str()) != method)
        throw protocol::ApiError(protocol::ErrorCode::Conflict, "this idempotency key was used for another method",
                                 "idempotency_key");
    return KeptAnswer{result[0][1].c_str(), result[0][2].is_null() ? 0 : result[0][2].as<int>()};
}

void IdempotencyRepository::storeResponse(Tx &tx, std::int64_t userId, const std::string &key, const KeptAnswer &answer)
{
    tx.exec(kStoreResponse, userId, key, answer.json,
            answer.status == 0 ? std::nullopt : std::optional<int>(answer.status));
}

} // namespace helpdesk::db
