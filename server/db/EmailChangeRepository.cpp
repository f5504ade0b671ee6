#include "db/EmailChangeRepository.h"

namespace helpdesk::db {

namespace {
const Statement kSupersede{"email_changes_supersede",
                           "UPDATE email_changes SET used_at = now() WHERE user_id = $1 AND used_at IS NULL"};
const Statement kInsert{"email_changes_insert", "INSERT INTO email_changes (token_hash, user_id, new_email, expires_at)"
                                                " VALUES ($1, $2, $3, now() + make_interval(secs => $4))"};
const Statement kUse{"email_changes_use",
                     "UPDATE email_changes SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL"
                     " AND expires_at > now() RETURNING user_id, new_email"};
} // namespace

void EmailChangeRepository::insert(Tx &tx, const std::string &tokenHash, const EmailChange &change, int validSeconds)
{
    tx.exec(kSupersede, change.userId);
    tx.exec(kInsert, tokenHash, change.userId, change.newEmail, validSeconds);
}

std::optional<EmailChange> EmailChangeRepository::use(Tx &tx, const std::string &tokenHash)
{
    auto result = tx.exec(kUse, tokenHash);
    if (result.empty())
        return std::nullopt;
    return EmailChange{result[0][0].as<std::int64_t>(), result[0][1].c_str()};
}

} // namespace helpdesk::db
