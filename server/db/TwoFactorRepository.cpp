#include "db/TwoFactorRepository.h"

#include "db/PqxxOptional.h"

namespace helpdesk::db {

namespace {
const Statement kFind{"two_factor_find",
                      "SELECT secret, enabled_at IS NOT NULL, last_step FROM two_factor WHERE user_id = $1"};
const Statement kFindForUpdate{
    "two_factor_find_for_update",
    "SELECT secret, enabled_at IS NOT NULL, last_step FROM two_factor WHERE user_id = $1 FOR UPDATE"};
const Statement kPutPending{"two_factor_put_pending",
                            "INSERT INTO two_factor (user_id, secret) VALUES ($1, $2)"
                            " ON CONFLICT (user_id) DO UPDATE SET secret = EXCLUDED.secret, created_at = now(),"
                            " last_step = NULL WHERE two_factor.enabled_at IS NULL RETURNING 1"};
const Statement kEnable{"two_factor_enable",
                        "UPDATE two_factor SET enabled_at = now(), last_step = $2 WHERE user_id = $1"};
const Statement kAcceptStep{"two_factor_accept_step", "UPDATE two_factor SET last_step = $2 WHERE user_id = $1"};
const Statement kRemove{"two_factor_remove", "DELETE FROM two_factor WHERE user_id = $1 RETURNING 1"};
const Statement kRemoveCodes{"two_factor_codes_remove", "DELETE FROM two_factor_recovery_codes WHERE user_id = $1"};
const Statement kInsertCode{"two_factor_codes_insert",
                            "INSERT INTO two_factor_recovery_codes (user_id, code_hash) VALUES ($1, $2)"};
const Statement kUseCode{"two_factor_codes_use",
                         "UPDATE two_factor_recovery_codes SET used_at = now()"
                         " WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING 1"};
const Statement kCodesLeft{"two_factor_codes_left",
                           "SELECT count(*) FROM two_factor_recovery_codes WHERE user_id = $1 AND used_at IS NULL"};
const Statement kSetSessionSetupOnly{
    "sessions_set_two_factor_setup_only",
    "UPDATE sessions SET two_factor_setup_only = $2 WHERE token_hash = decode($1, 'hex')"};
} // namespace

std::optional<StoredTwoFactor> TwoFactorRepository::find(Tx &tx, std::int64_t userId, bool forUpdate)
{
    auto result = tx.exec(forUpdate ? kFindForUpdate : kFind, userId);
    if (result.empty())
        return std::nullopt;
    StoredTwoFactor stored;
    stored.sealedSecret = result[0][0].c_str();
    stored.enabled = result[0][1].as<bool>();
    if (!result[0][2].is_null())
        stored.lastStep = result[0][2].as<std::int64_t>();
    return stored;
}

bool TwoFactorRepository::putPending(Tx &tx, std::int64_t userId, const std::string &sealedSecret)
{
    return !tx.exec(kPutPending, userId, sealedSecret).empty();
}

void TwoFactorRepository::enable(Tx &tx, std::int64_t userId, std::int64_t step)
{
    tx.exec(kEnable, userId, step);
}

void TwoFactorRepository::acceptStep(Tx &tx, std::int64_t userId, std::int64_t step)
{
    tx.exec(kAcceptStep, userId, step);
}

bool TwoFactorRepository::remove(Tx &tx, std::int64_t userId)
{
    tx.exec(kRemoveCodes, userId);
    return !tx.exec(kRemove, userId).empty();
}

void TwoFactorRepository::replaceRecoveryCodes(Tx &tx, std::int64_t userId, const std::vector<std::string> &codeHashes)
{
    tx.exec(kRemoveCodes, userId);
    for (const auto &hash : codeHashes)
        tx.exec(kInsertCode, userId, hash);
}

bool TwoFactorRepository::useRecoveryCode(Tx &tx, std::int64_t userId, const std::string &codeHash)
{
    return !tx.exec(kUseCode, userId, codeHash).empty();
}

std::int64_t TwoFactorRepository::recoveryCodesLeft(Tx &tx, std::int64_t userId)
{
    return tx.exec1(kCodesLeft, userId)[0].as<std::int64_t>();
}

void TwoFactorRepository::setSessionSetupOnly(Tx &tx, const std::string &sessionHash, bool setupOnly)
{
    tx.exec(kSetSessionSetupOnly, sessionHash, setupOnly);
}

} // namespace helpdesk::db
