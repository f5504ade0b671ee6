#include "db/EmailChangeRepository.h"

#include <algorithm>

namespace helpdesk::db {

namespace {
const Statement kSupersede{"email_changes_supersede",
                           "UPDATE email_changes SET used_at = now() WHERE user_id = $1 AND used_at IS NULL"};
const Statement kInsert{"email_changes_insert", "INSERT INTO email_changes (token_hash, user_id, new_email, expires_at)"
                                                " VALUES ($1, $2, $3, now() + make_interval(secs => $4))"};
const Statement kUse{"email_changes_use",
                     "UPDATE email_changes SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL"
                     " AND expires_at > now() RETURNING user_id, new_email"};
// Per account and per recipient, each from its own oldest mail of the window: the wait until the
// window of whichever is full frees a place.
const Statement kRecent{
    "email_changes_recent",
    "WITH mine AS (SELECT created_at FROM email_changes WHERE user_id = $1"
    "               AND created_at > now() - make_interval(secs => $4) ORDER BY created_at DESC LIMIT $3),"
    " theirs AS (SELECT created_at FROM email_changes WHERE lower(new_email) = lower($2)"
    "               AND created_at > now() - make_interval(secs => $4) ORDER BY created_at DESC LIMIT $3)"
    " SELECT greatest(CASE WHEN (SELECT count(*) FROM mine) >= $3 THEN"
    "                   ceil(extract(epoch FROM (SELECT min(created_at) FROM mine) + make_interval(secs => $4) - "
    "now()))"
    "                 END,"
    "                 CASE WHEN (SELECT count(*) FROM theirs) >= $3 THEN"
    "                   ceil(extract(epoch FROM (SELECT min(created_at) FROM theirs) + make_interval(secs => $4) - "
    "now()))"
    "                 END)::integer"};
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

std::optional<int> EmailChangeRepository::waitForAnother(Tx &tx, std::int64_t userId, const std::string &newEmail,
                                                         int limit, int withinSeconds)
{
    auto row = tx.exec1(kRecent, userId, newEmail, limit, withinSeconds);
    if (row[0].is_null())
        return std::nullopt;
    return std::max(1, row[0].as<int>());
}

} // namespace helpdesk::db
