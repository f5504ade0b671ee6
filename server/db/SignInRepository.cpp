#include "db/SignInRepository.h"

namespace helpdesk::db {

namespace {
const Statement kLongestBlock{
    "sign_in_longest_block",
    "SELECT key, ceil(extract(epoch FROM blocked_until - now()))::int, failures FROM sign_in_failures"
    " WHERE key = ANY($1::text[]) AND blocked_until > now() ORDER BY blocked_until DESC LIMIT 1"};
const Statement kRecordFailure{
    "sign_in_record_failure",
    "INSERT INTO sign_in_failures AS f (key, failures, last_failure) VALUES ($1, 1, now())"
    " ON CONFLICT (key) DO UPDATE SET failures = CASE WHEN f.last_failure < now() - make_interval(secs => $2)"
    " THEN 1 ELSE f.failures + 1 END, last_failure = now() RETURNING failures"};
const Statement kBlockFor{
    "sign_in_block_for",
    "UPDATE sign_in_failures SET blocked_until = now() + make_interval(secs => $2) WHERE key = $1"};
const Statement kForget{"sign_in_forget", "DELETE FROM sign_in_failures WHERE key = $1"};
const Statement kForgetQuiet{
    "sign_in_forget_quiet",
    "DELETE FROM sign_in_failures WHERE key IN (SELECT key FROM sign_in_failures"
    " WHERE last_failure < now() - make_interval(secs => $1) LIMIT 100 FOR UPDATE SKIP LOCKED)"};
} // namespace

std::optional<BlockedKey> SignInRepository::longestBlock(Tx &tx, const std::vector<std::string> &keys)
{
    auto result = tx.exec(kLongestBlock, textArrayLiteral(keys));
    if (result.empty())
        return std::nullopt;
    return BlockedKey{result[0][0].c_str(), result[0][1].as<int>(), result[0][2].as<int>()};
}

int SignInRepository::recordFailure(Tx &tx, const std::string &key, int forgetAfterSeconds)
{
    return tx.exec1(kRecordFailure, key, forgetAfterSeconds)[0].as<int>();
}

void SignInRepository::blockFor(Tx &tx, const std::string &key, int seconds)
{
    tx.exec(kBlockFor, key, seconds);
}

void SignInRepository::forget(Tx &tx, const std::string &key)
{
    tx.exec(kForget, key);
}

void SignInRepository::forgetQuiet(Tx &tx, int seconds)
{
    tx.exec(kForgetQuiet, seconds);
}

} // namespace helpdesk::db
