#include "domain/AuthService.h"
#include "domain/AccountWatch.h"
#include "domain/Audit.h"

#include "db/ContentHash.h"
#include "db/ExternalIdRepository.h"
#include "db/SignInLinkRepository.h"
#include "db/JobRepository.h"
#include "db/UserRepository.h"
#include "domain/MailOutbox.h"
#include "domain/MailSettings.h"
#include "domain/MailTemplateCatalog.h"
#include "domain/PasswordPolicy.h"
#include "domain/SignInLinks.h"
#include "domain/Passwords.h"
#include "domain/Permissions.h"
#include "domain/TwoFactorService.h"
#include "db/TwoFactorRepository.h"
#include "protocol/ProtocolError.h"

#include <Poco/DateTime.h>
#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/DateTimeParser.h>
#include <Poco/Logger.h>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
constexpr const char *kSessionPrefix = "hds_";
constexpr const char *kApiTokenPrefix = "hdt_";
constexpr const char *kDeadSignInLink = "this sign-in link no longer works (used, expired, replaced by a newer one, "
                                        "or the account changed); ask for a new one";

const std::string &dummyHash()
{
    // Verified when the e-mail is unknown so both answers take the same time.
    static const std::string hash = passwords::hash("not a real password");
    return hash;
}
} // namespace

AuthService::AuthService(db::ConnectionPool &pool, AuthPolicy policy, int sessionTtlSeconds)
    : m_pool(pool), m_policy(policy), m_sessionTtlSeconds(sessionTtlSeconds)
{
}

protocol::JsonObject AuthService::login(const std::string &email, const std::string &password,
                                        const std::string &clientKey, const std::optional<std::string> &twoFactorCode)
{
    const SignInGuard guard(m_policy.signIn);
    auto found = m_pool.read([&](db::Tx &tx) {
        guard.check(tx, email, clientKey); // before the costly hash
        return db::UserRepository::findByEmail(tx, email);
    });
    bool ok = false;
    if (found && found->passwordHash && found->user.active)
        ok = passwords::verify(password, *found->passwordHash);
    else
        passwords::verify(password, dummyHash());
    if (!ok) {
        // Counted for a known and an unknown address alike, so neither answer nor timing tells them apart.
        m_pool.write([&](db::Tx &tx) {
            guard.failed(tx, email, clientKey, found && found->user.active ? std::optional(found->user) : std::nullopt);
        });
        Poco::Logger::get("helpdesk.server.auth").notice("failed login for %s", email);
        throw ApiError(ErrorCode::Unauthenticated, "wrong e-mail or password");
    }
    // The second factor is judged only now: before, an answer would tell whether the password was right.
    return issueSession(found->user, clientKey, twoFactorCode, nullptr);
}

protocol::JsonObject AuthService::signInWithLink(const std::string &token, const std::string &clientKey,
                                                 const std::optional<std::string> &twoFactorCode)
{
    const SignInGuard guard(m_policy.signIn);
    auto holder = m_pool.read([&](db::Tx &tx) -> std::optional<protocol::User> {
        auto link = db::SignInLinkRepository::state(tx, db::ContentHash::sha256Hex(token));
        auto user = link.usable ? db::UserRepository::findById(tx, *link.userId) : std::nullopt;
        if (user)
            guard.check(tx, user->email, clientKey); // a held-back account waits, whichever way it signs in
        return user;
    });
    if (!holder)
        throw ApiError(ErrorCode::Unauthenticated, kDeadSignInLink, "token");
    return issueSession(*holder, clientKey, twoFactorCode, [&](db::Tx &tx) {
        auto userId = SignInLinks::use(tx, token);
        return userId && *userId == holder->id;
    });
}

protocol::JsonObject AuthService::issueSession(const protocol::User &user, const std::string &clientKey,
                                               const std::optional<std::string> &twoFactorCode,
                                               const std::function<bool(db::Tx &)> &spend)
{
    const SignInGuard guard(m_policy.signIn);
    auto token = passwords::newToken(kSessionPrefix);
    auto secondFactor = m_pool.write([&](db::Tx &tx) {
        auto judged = TwoFactorService::checkAtSignIn(tx, user, twoFactorCode);
        if (judged == SecondFactor::Wrong) {
            guard.failed(tx, user.email, clientKey, user); // guessing codes costs like guessing passwords
        } else if (judged != SecondFactor::Missing) {
            // Thrown, so that a code just accepted is not used up by a sign-in that did not happen.
            if (spend && !spend(tx))
                throw ApiError(ErrorCode::Unauthenticated, kDeadSignInLink, "token");
            auto hash = db::ContentHash::sha256Hex(token);
            db::CredentialRepository::insertSession(tx, hash, user.id, m_sessionTtlSeconds);
            if (judged == SecondFactor::SetupRequired)
                db::TwoFactorRepository::setSessionSetupOnly(tx, hash, true);
            guard.succeeded(tx, user.email);
        }
        return judged;
    });
    if (secondFactor == SecondFactor::Missing)
        throw ApiError(ErrorCode::TwoFactorRequired,
                       "this account signs in with two factors: send two_factor_code (six digits from the "
                       "authenticator app, or a recovery code)",
                       "two_factor_code");
    if (secondFactor == SecondFactor::Wrong) {
        Poco::Logger::get("helpdesk.server.auth").notice("wrong second factor for %s", user.email);
        throw ApiError(ErrorCode::TwoFactorInvalid, "the code is wrong, expired or already used", "two_factor_code");
    }
    auto out = protocol::newObject();
    out->set("token", token);
    out->set("user", user.toJson());
    if (secondFactor == SecondFactor::SetupRequired)
        out->set("two_factor_setup_required", true);
    return out;
}

void AuthService::disableTwoFactor(const Actor &actor, const std::string &password, const std::string &code,
                                   const std::string &clientKey)
{
    TwoFactorService::requireSession(actor);
    const SignInGuard guard(m_policy.signIn);
    auto found = m_pool.read([&](db::Tx &tx) {
        guard.check(tx, actor.email, clientKey);
        return db::UserRepository::findByEmail(tx, actor.email);
    });
    const bool passwordRight = found && found->passwordHash && passwords::verify(password, *found->passwordHash);
    auto failure = m_pool.write([&](db::Tx &tx) -> std::optional<ErrorCode> {
        std::optional<ErrorCode> failed;
        if (!passwordRight)
            failed = ErrorCode::Unauthenticated;
        else if (!TwoFactorService::useCode(tx, actor.userId, code))
            failed = ErrorCode::TwoFactorInvalid;
        if (failed) {
            guard.failed(tx, actor.email, clientKey, found ? std::optional(found->user) : std::nullopt);
            return failed;
        }
        TwoFactorService::disable(tx, actor);
        return std::nullopt;
    });
    if (failure == ErrorCode::Unauthenticated)
        throw ApiError(ErrorCode::Unauthenticated, "the password is wrong", "password");
    if (failure)
        throw ApiError(*failure, "the code is wrong, expired or already used", "code");
}

protocol::JsonObject AuthService::newRecoveryCodes(const Actor &actor, const std::string &code,
                                                   const std::string &clientKey)
{
    TwoFactorService::requireSession(actor);
    const SignInGuard guard(m_policy.signIn);
    m_pool.read([&](db::Tx &tx) { guard.check(tx, actor.email, clientKey); });
    auto codes = m_pool.write([&](db::Tx &tx) -> protocol::JsonObject {
        if (!TwoFactorService::useCode(tx, actor.userId, code)) {
            guard.failed(tx, actor.email, clientKey, db::UserRepository::findById(tx, actor.userId));
            return nullptr;
        }
        return TwoFactorService::newRecoveryCodes(tx, actor);
    });
    if (!codes)
        throw ApiError(ErrorCode::TwoFactorInvalid, "the code is wrong, expired or already used", "code");
    return codes;
}

Actor AuthService::authenticate(const std::string &token)
{
    if (token.empty())
        throw ApiError(ErrorCode::Unauthenticated, "sign in first: no token was given");
    auto hash = db::ContentHash::sha256Hex(token);
    std::optional<Actor> actor;
    if (token.rfind(kSessionPrefix, 0) == 0) {
        // Every request passes here: two lookups without a transaction around them (a session ended
        // between them answers as it would have a moment earlier).
        actor = m_pool.readEach([&](db::Tx &tx) -> std::optional<Actor> {
            auto session = db::CredentialRepository::sessionUser(tx, hash);
            auto found = session ? loadActor(tx, session->userId) : std::nullopt;
            if (found)
                found->twoFactorSetupOnly = session->twoFactorSetupOnly;
            return found;
        });
        if (actor)
            actor->sessionHash = hash;
    } else if (token.rfind(kApiTokenPrefix, 0) == 0) {
        // A write: API tokens record when they were last used.
        actor = m_pool.write([&](db::Tx &tx) -> std::optional<Actor> {
            auto use = db::CredentialRepository::apiTokenUser(tx, hash);
            auto found = use ? loadActor(tx, use->userId) : std::nullopt;
            if (found)
                found->scopes = ScopeSet::knownOf(use->scopes);
            if (found && use->integrationId)
                if (auto integration = db::ExternalIdRepository::integration(tx, *use->integrationId))
                    found->integration = ActorIntegration{integration->id, integration->name, integration->active,
                                                          integration->allowedNetworks};
            return found;
        });
    }
    if (!actor)
        throw ApiError(ErrorCode::Unauthenticated, "the token is unknown, expired or revoked; sign in again");
    return *actor;
}

std::optional<Actor> AuthService::reload(std::int64_t userId)
{
    return m_pool.read([&](db::Tx &tx) { return loadActor(tx, userId); });
}

void AuthService::logout(const std::string &token)
{
    m_pool.write([&](db::Tx &tx) {
        if (auto userId = db::CredentialRepository::deleteSession(tx, db::ContentHash::sha256Hex(token)))
            AccountWatch::announce(tx, *userId); // the session may be open on another instance
    });
}

namespace {
/// An expiry given as ISO 8601, in UTC as PostgreSQL reads it; throws unless it is in the future.
std::string futureTime(const std::string &text)
{
    Poco::DateTime at;
    int zone = 0;
    if (!Poco::DateTimeParser::tryParse(Poco::DateTimeFormat::ISO8601_FRAC_FORMAT, text, at, zone))
        throw ApiError(ErrorCode::ValidationFailed, "expires_at must be an ISO 8601 time, e.g. 2030-01-31T12:00:00Z",
                       "expires_at");
    at.makeUTC(zone);
    if (at <= Poco::DateTime())
        throw ApiError(ErrorCode::ValidationFailed, "expires_at must be in the future", "expires_at");
    return Poco::DateTimeFormatter::format(at, Poco::DateTimeFormat::ISO8601_FORMAT);
}
} // namespace

protocol::JsonObject AuthService::createApiToken(db::Tx &tx, const Actor &actor, const ApiTokenRequest &request)
{
    const auto &name = request.name;
    if (name.empty() || name.size() > 200)
        throw ApiError(ErrorCode::ValidationFailed, "a token needs a name of 1 to 200 characters", "name");
    // Customers' scripts would reach what the customer sees; an administrator decides.
    if (!actor.isStaff() && !MailSettings::load(tx).customersMayCreateTokens)
        throw ApiError(ErrorCode::Forbidden, "customers may not create API tokens here; an administrator can allow it");
    auto ownerId = request.forUserId.value_or(actor.userId);
    if (ownerId != actor.userId) {
        if (!actor.isAdmin())
            throw ApiError(ErrorCode::Forbidden, "only administrators may create tokens for others", "user_id");
        auto owner = db::UserRepository::findById(tx, ownerId);
        if (!owner || !owner->active)
            throw ApiError(ErrorCode::ValidationFailed, "no active user " + std::to_string(ownerId), "user_id");
    }
    // A token never has more than the credential that made it.
    auto scopes = request.scopes ? ScopeSet::named(*request.scopes) : actor.scopes;
    if (!actor.scopes.covers(scopes))
        throw ApiError(ErrorCode::Forbidden, "a token cannot get a scope the credential creating it lacks", "scopes");
    std::optional<std::string> expiresAt;
    if (request.expiresAt)
        expiresAt = futureTime(*request.expiresAt);
    // A token made with an integration's token is that integration's too: none escapes its
    // networks and its log. Handing an integration a token is for administrators.
    auto integrationId = actor.integration ? std::optional(actor.integration->id) : request.integrationId;
    if (request.integrationId) {
        if (!actor.isAdmin() || request.integrationId != integrationId)
            throw ApiError(ErrorCode::Forbidden, "only administrators may create an integration's tokens",
                           "integration_id");
        if (!db::ExternalIdRepository::integration(tx, *request.integrationId))
            throw ApiError(ErrorCode::ValidationFailed, "no integration " + std::to_string(*request.integrationId),
                           "integration_id");
    }
    auto token = passwords::newToken(kApiTokenPrefix);
    auto issued = db::CredentialRepository::insertApiToken(
        tx, {ownerId, name, db::ContentHash::sha256Hex(token), scopes.names(), expiresAt, integrationId});
    auto scopeList = protocol::newArray();
    for (const auto &scope : scopes.names())
        scopeList->add(scope);
    auto out = protocol::newObject();
    out->set("id", issued.id);
    out->set("name", name);
    out->set("user_id", ownerId);
    out->set("scopes", scopeList);
    protocol::setOptional(out, "expires_at", issued.expiresAt);
    protocol::setOptional(out, "integration_id", integrationId);
    out->set("token", token);
    auto audited = protocol::newObject();
    audited->set("name", name);
    audited->set("user_id", ownerId);
    audited->set("scopes", scopeList);
    protocol::setOptional(audited, "expires_at", issued.expiresAt);
    protocol::setOptional(audited, "integration_id", integrationId);
    audit::record(tx, actor, "token.created", "token", issued.id, nullptr, audited);
    return out;
}

protocol::JsonArray AuthService::listApiTokens(db::Tx &tx, const Actor &actor, bool all)
{
    if (all)
        permissions::requireAdmin(actor);
    return db::CredentialRepository::listApiTokens(tx, all ? std::nullopt : std::optional(actor.userId));
}

void AuthService::revokeApiToken(db::Tx &tx, const Actor &actor, std::int64_t tokenId)
{
    auto revoked = db::CredentialRepository::revokeApiToken(
        tx, actor.isAdmin() ? std::nullopt : std::optional(actor.userId), tokenId);
    if (!revoked)
        throw ApiError(ErrorCode::NotFound, "no active token " + std::to_string(tokenId), "id");
    AccountWatch::announce(tx, revoked->second);
    auto audited = protocol::newObject();
    audited->set("name", revoked->first);
    audit::record(tx, actor, "token.revoked", "token", tokenId, audited, nullptr);
}

namespace {
/// Ends the account's sessions but `keep`, and its API tokens when asked, on every instance.
void endCredentials(db::Tx &tx, std::int64_t userId, const std::optional<std::string> &keep, bool revokeApiTokens)
{
    db::CredentialRepository::deleteSessionsOf(tx, userId, keep);
    if (revokeApiTokens)
        db::CredentialRepository::revokeApiTokensOf(tx, userId);
    AccountWatch::announce(tx, userId);
}
} // namespace

void AuthService::passwordChanged(db::Tx &tx, const Actor &actor, std::int64_t userId, bool revokeApiTokens)
{
    // The session the change was made in goes on; every other one of the account ends.
    std::optional<std::string> keep;
    if (actor.userId == userId && !actor.sessionHash.empty())
        keep = actor.sessionHash;
    endCredentials(tx, userId, keep, revokeApiTokens);
    if (auto user = db::UserRepository::findById(tx, userId))
        SignInGuard::forgetAccount(tx, user->email);
}

namespace {
std::string linkTo(const MailSettings &settings, const std::string &path, const std::string &token)
{
    return settings.publicUrl + path + "?token=" + token;
}

constexpr int kInvitationsPerHour = 5; // invitation mails one account gets

constexpr const char *kDeadLink =
    "this link no longer works (used, expired, replaced by a newer one, or the account changed); ask for a new one";

/// Mails a new reset or invitation link (template password_reset or invitation, with `values`).
void issuePasswordToken(db::Tx &tx, const protocol::User &user, const std::string &purpose, int validSeconds,
                        MailValues values)
{
    // Only the newest link works: one mailed earlier (perhaps to a mailbox read by others) dies.
    db::CredentialRepository::supersedePasswordTokens(tx, user.id);
    auto token = passwords::newToken(purpose == "reset" ? "hdr_" : "hdi_");
    db::CredentialRepository::insertPasswordToken(tx, db::ContentHash::sha256Hex(token), user.id, purpose,
                                                  validSeconds);
    auto settings = MailSettings::load(tx);
    auto link = linkTo(settings, purpose == "reset" ? "/reset-password" : "/accept-invitation", token);
    values.text["link"] = link;
    MailOutbox::queueAccountMail(tx, settings, user, user.email,
                                 purpose == "reset" ? mailtemplates::kPasswordReset : mailtemplates::kInvitation,
                                 values);
}
} // namespace

void AuthService::requestPasswordReset(const std::string &email)
{
    // Looking the address up here would answer an unknown one sooner than a known one (a lock,
    // counting, a new link and a mail): the caller only queues the request, the same either way.
    m_pool.write([&](db::Tx &tx) {
        auto payload = protocol::newObject();
        payload->set("email", email);
        db::JobRepository::enqueue(tx, kPasswordResetQueue, payload, 0, 3);
    });
}

void AuthService::sendPasswordReset(const std::string &email)
{
    m_pool.write([&](db::Tx &tx) {
        auto found = db::UserRepository::findByEmail(tx, email);
        if (!found || !found->user.active)
            return;
        // Counted per account across every instance; the caller is answered the same either way.
        db::UserRepository::lockRow(tx, found->user.id);
        if (m_policy.resetMailsPerHour > 0 && db::CredentialRepository::recentPasswordTokens(
                                                  tx, found->user.id, "reset", 3600) >= m_policy.resetMailsPerHour) {
            Poco::Logger::get("helpdesk.server.auth")
                .notice("password reset for user %s not mailed: %d reset mails within the hour",
                        std::to_string(found->user.id), m_policy.resetMailsPerHour);
            return;
        }
        issuePasswordToken(tx, found->user, "reset", 3600, {});
    });
}

void AuthService::invite(db::Tx &tx, const Actor &actor, std::int64_t userId)
{
    permissions::requireStaff(actor);
    auto user = db::UserRepository::findById(tx, userId);
    if (!user)
        throw ApiError(ErrorCode::NotFound, "no user " + std::to_string(userId), "id");
    // Agents create customers without a password (AdminService::createUser) and invite them.
    if (!actor.isAdmin() && user->role != protocol::Role::Customer)
        throw ApiError(ErrorCode::Forbidden, "only administrators may invite staff", "id");
    // An invitation activates an account that was never active, never one an administrator deactivated.
    if (db::UserRepository::wasDeactivated(tx, userId))
        throw ApiError(ErrorCode::ValidationFailed, "this account was deactivated; activate it before inviting", "id");
    // Counted in the database like reset mails, so no one mails an address over and over from any instance.
    db::UserRepository::lockRow(tx, userId);
    if (db::CredentialRepository::recentPasswordTokens(tx, userId, "invite", 3600) >= kInvitationsPerHour)
        throw ApiError::retryLater(ErrorCode::TooManyRequests,
                                   "this account was invited " + std::to_string(kInvitationsPerHour) +
                                       " times within the hour; try again later",
                                   3600); // at most an hour: the count is of the last hour
    auto invited = protocol::newObject();
    invited->set("email", user->email);
    audit::record(tx, actor, "user.invited", "user", userId, nullptr, invited);
    MailValues values;
    values.text["inviter_name"] = actor.name;
    issuePasswordToken(tx, *user, "invite", 7 * 24 * 3600, values);
}

db::PasswordTokenState AuthService::passwordLink(const std::string &token)
{
    return m_pool.read([&](db::Tx &tx) {
        return db::CredentialRepository::passwordTokenState(tx, db::ContentHash::sha256Hex(token));
    });
}

std::string AuthService::completePasswordToken(const std::string &token, const std::string &password,
                                               bool revokeApiTokens)
{
    PasswordPolicy::require(password);
    // The token is checked before the costly hash, so made-up tokens cost a lookup, not 64 MiB;
    // the hash runs outside any transaction, and the update below checks the token again.
    auto tokenHash = db::ContentHash::sha256Hex(token);
    bool usable = m_pool.read([&](db::Tx &tx) { return db::CredentialRepository::passwordTokenUsable(tx, tokenHash); });
    if (!usable)
        throw ApiError(ErrorCode::ValidationFailed, kDeadLink, "token");
    auto hash = passwords::hash(password);
    return m_pool.write([&](db::Tx &tx) {
        auto used = db::CredentialRepository::usePasswordToken(tx, tokenHash);
        if (!used)
            throw ApiError(ErrorCode::ValidationFailed, kDeadLink, "token");
        auto [userId, purpose] = *used;
        db::UserRepository::setPasswordHash(tx, userId, hash);
        if (purpose == "invite")
            db::UserRepository::activate(tx, userId);
        // Old sessions end with the old password, on every instance.
        endCredentials(tx, userId, std::nullopt, revokeApiTokens);
        auto email = db::UserRepository::findById(tx, userId)->email;
        SignInGuard::forgetAccount(tx, email); // the owner of a locked account is in again
        return email;
    });
}

std::optional<std::string> AuthService::ensureFirstAdmin(const std::string &email, const std::string &name)
{
    return m_pool.write([&](db::Tx &tx) -> std::optional<std::string> {
        db::UserRepository::lockAgainstWrites(tx); // two instances starting at once
        if (db::UserRepository::countByRole(tx, protocol::Role::Admin) > 0)
            return std::nullopt;
        auto password = passwords::newPassword();
        protocol::User admin;
        admin.email = email;
        admin.name = name;
        admin.role = protocol::Role::Admin;
        db::UserRepository::insert(tx, admin, passwords::hash(password));
        return password;
    });
}

} // namespace helpdesk::domain
