#include "domain/TwoFactorService.h"

#include "db/ContentHash.h"
#include "db/TwoFactorRepository.h"
#include "db/UserRepository.h"
#include "domain/AccountWatch.h"
#include "domain/Audit.h"
#include "domain/MailSettings.h"
#include "domain/Permissions.h"
#include "domain/Secrets.h"
#include "domain/SecuritySettings.h"
#include "domain/Totp.h"
#include "protocol/ProtocolError.h"

#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <ctime>

using helpdesk::db::TwoFactorRepository;
using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
// Without 0/o, 1/l/i: a code copied from paper reads back unambiguously. 31 symbols, ~4.95 bits each.
constexpr std::string_view kRecoveryAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";
// 16 symbols, ~79 bits, shown as xxxx-xxxx-xxxx-xxxx: too many to try even against a stolen hash.
constexpr int kRecoveryLength = 16;
constexpr int kRecoveryGroup = 4;

std::string newRecoveryCode()
{
    std::string code;
    for (int i = 0; i < kRecoveryLength; ++i) {
        if (i > 0 && i % kRecoveryGroup == 0)
            code += '-';
        code += kRecoveryAlphabet[randombytes_uniform(static_cast<std::uint32_t>(kRecoveryAlphabet.size()))];
    }
    return code;
}

/// The code as typed, without separators and case: "ABCDE-FGHJK" and "abcdefghjk" are one code.
std::string normalizedRecoveryCode(const std::string &typed)
{
    std::string code;
    for (unsigned char c : typed)
        if (std::isalnum(c))
            code += static_cast<char>(std::tolower(c));
    return code;
}

/// Salted with the account, so that one hash cannot be tried against every account at once.
std::string recoveryCodeHash(std::int64_t userId, const std::string &typed)
{
    return db::ContentHash::sha256Hex(std::to_string(userId) + ":" + normalizedRecoveryCode(typed));
}

bool looksLikeTotp(const std::string &code)
{
    return code.size() == totp::kDigits &&
           std::all_of(code.begin(), code.end(), [](unsigned char c) { return std::isdigit(c); });
}

/// Ten fresh codes stored (hashed) in place of the account's old ones; the plain ones for the answer.
protocol::JsonObject issueRecoveryCodes(db::Tx &tx, std::int64_t userId)
{
    std::vector<std::string> hashes;
    auto codes = protocol::newArray();
    for (int i = 0; i < TwoFactorService::kRecoveryCodes; ++i) {
        auto code = newRecoveryCode();
        hashes.push_back(recoveryCodeHash(userId, code));
        codes->add(code);
    }
    TwoFactorRepository::replaceRecoveryCodes(tx, userId, hashes);
    auto out = protocol::newObject();
    out->set("recovery_codes", codes);
    return out;
}

/// The step of a right, unused code for the stored key; nullopt otherwise.
std::optional<std::int64_t> freshStep(const db::StoredTwoFactor &stored, const std::string &code)
{
    if (!looksLikeTotp(code))
        return std::nullopt;
    auto step = totp::matchingStep(secrets::open(stored.sealedSecret), code, std::time(nullptr));
    // A code is good once: a step at or before the last one accepted is a replay.
    if (!step || (stored.lastStep && *step <= *stored.lastStep))
        return std::nullopt;
    return step;
}

const std::string kInvalidCode = "the code is wrong, expired or already used";
} // namespace

void TwoFactorService::requireSession(const Actor &actor)
{
    if (actor.sessionHash.empty())
        throw ApiError(ErrorCode::Forbidden,
                       "two-factor sign-in is managed in a signed-in session, not with an API token");
}

bool TwoFactorService::useCode(db::Tx &tx, std::int64_t userId, const std::string &code)
{
    auto stored = TwoFactorRepository::find(tx, userId, true); // concurrent sign-ins use a code once
    if (!stored || !stored->enabled)
        return false;
    if (looksLikeTotp(code)) {
        auto step = freshStep(*stored, code);
        if (step)
            TwoFactorRepository::acceptStep(tx, userId, *step);
        return step.has_value();
    }
    return TwoFactorRepository::useRecoveryCode(tx, userId, recoveryCodeHash(userId, code));
}

SecondFactor TwoFactorService::checkAtSignIn(db::Tx &tx, const protocol::User &user,
                                             const std::optional<std::string> &code)
{
    auto stored = TwoFactorRepository::find(tx, user.id);
    if (!stored || !stored->enabled) {
        if (user.role != protocol::Role::Customer && SecuritySettings::load(tx).requiresTwoFactor(user.role))
            return SecondFactor::SetupRequired;
        return SecondFactor::NotNeeded;
    }
    if (!code || code->empty())
        return SecondFactor::Missing;
    return useCode(tx, user.id, *code) ? SecondFactor::Accepted : SecondFactor::Wrong;
}

protocol::JsonObject TwoFactorService::status(db::Tx &tx, const Actor &actor)
{
    auto stored = TwoFactorRepository::find(tx, actor.userId);
    const bool enabled = stored && stored->enabled;
    auto out = protocol::newObject();
    out->set("enabled", enabled);
    out->set("pending", stored && !stored->enabled);
    out->set("required", actor.isStaff() && SecuritySettings::load(tx).requiresTwoFactor(actor.role));
    out->set("recovery_codes_left", enabled ? TwoFactorRepository::recoveryCodesLeft(tx, actor.userId) : 0);
    return out;
}

protocol::JsonObject TwoFactorService::setUp(db::Tx &tx, const Actor &actor)
{
    requireSession(actor);
    auto key = totp::newKey();
    if (!TwoFactorRepository::putPending(tx, actor.userId, secrets::seal(key)))
        throw ApiError(ErrorCode::Conflict, "two-factor sign-in is already on; turn it off first to change the app");
    auto out = protocol::newObject();
    out->set("secret", totp::base32(key));
    out->set("otpauth_uri", totp::provisioningUri(MailSettings::load(tx).systemName, actor.email, key));
    return out;
}

protocol::JsonObject TwoFactorService::enable(db::Tx &tx, const Actor &actor, const std::string &code)
{
    requireSession(actor);
    auto stored = TwoFactorRepository::find(tx, actor.userId, true);
    if (!stored)
        throw ApiError(ErrorCode::Conflict, "set two-factor sign-in up first (two_factor.setup)");
    if (stored->enabled)
        throw ApiError(ErrorCode::Conflict, "two-factor sign-in is already on");
    auto step = freshStep(*stored, code);
    if (!step)
        throw ApiError(ErrorCode::TwoFactorInvalid, kInvalidCode + ": enter the code the app shows now", "code");
    TwoFactorRepository::enable(tx, actor.userId, *step);
    TwoFactorRepository::setSessionSetupOnly(tx, actor.sessionHash, false); // this session proved the second factor
    AccountWatch::announce(tx, actor.userId); // an open WebSocket of this session re-reads its limits
    auto after = protocol::newObject();
    after->set("two_factor", true);
    audit::record(tx, actor, "two_factor.enabled", "user", actor.userId, nullptr, after);
    return issueRecoveryCodes(tx, actor.userId);
}

void TwoFactorService::disable(db::Tx &tx, const Actor &actor)
{
    requireSession(actor);
    if (actor.isStaff() && SecuritySettings::load(tx).requiresTwoFactor(actor.role))
        throw ApiError(ErrorCode::Forbidden, "your role must sign in with two factors; an admin can reset it for you");
    TwoFactorRepository::remove(tx, actor.userId);
    auto before = protocol::newObject();
    before->set("two_factor", true);
    audit::record(tx, actor, "two_factor.disabled", "user", actor.userId, before, nullptr);
}

protocol::JsonObject TwoFactorService::newRecoveryCodes(db::Tx &tx, const Actor &actor)
{
    requireSession(actor);
    return issueRecoveryCodes(tx, actor.userId);
}

void TwoFactorService::reset(db::Tx &tx, const Actor &admin, std::int64_t userId)
{
    permissions::requireAdmin(admin);
    // One's own goes off only with the password and a code: a session left open is not enough.
    if (userId == admin.userId)
        throw ApiError(ErrorCode::Forbidden, "turn your own two-factor sign-in off with two_factor.disable", "id");
    auto user = db::UserRepository::findById(tx, userId);
    if (!user)
        throw ApiError(ErrorCode::NotFound, "no user " + std::to_string(userId), "id");
    if (user->role == protocol::Role::Customer)
        throw ApiError(ErrorCode::ValidationFailed, "only staff members' two-factor sign-in is reset here", "id");
    // A key set up but never confirmed signs nobody in: nothing to reset (and no sessions to end).
    auto stored = TwoFactorRepository::find(tx, userId, true);
    if (!stored || !stored->enabled)
        throw ApiError(ErrorCode::NotFound, user->email + " has no two-factor sign-in to reset", "id");
    TwoFactorRepository::remove(tx, userId);
    // Whoever holds the lost phone's sessions is out; the owner signs in again (and, when the
    // role requires it, sets a new app up first).
    db::CredentialRepository::deleteSessionsOf(tx, userId);
    AccountWatch::announce(tx, userId);
    auto before = protocol::newObject();
    before->set("two_factor", true);
    auto after = protocol::newObject();
    after->set("two_factor", false);
    audit::record(tx, admin, "two_factor.reset", "user", userId, before, after);
}

} // namespace helpdesk::domain
