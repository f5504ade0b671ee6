#include "db/SignInLinkRepository.h"

namespace helpdesk::db {

namespace {
#define SIGN_IN_LINK_ACCOUNT_OPEN "(u.active AND lower(u.email) = lower(l.email))"
const Statement kInsert{"sign_in_links_insert", "INSERT INTO sign_in_links (token_hash, user_id, email, expires_at)"
                                                " VALUES ($1, $2, $3, now() + make_interval(secs => $4))"};
const Statement kSupersede{"sign_in_links_supersede",
                           "UPDATE sign_in_links SET used_at = now() WHERE user_id = $1 AND used_at IS NULL"};
const Statement kRecent{"sign_in_links_recent", "SELECT count(*) FROM sign_in_links WHERE user_id = $1"
                                                " AND created_at > now() - make_interval(secs => $2)"};
const Statement kState{"sign_in_links_state",
                       "SELECT l.used_at IS NULL AND l.expires_at > now() AND " SIGN_IN_LINK_ACCOUNT_OPEN ", l.user_id,"
                       " CASE WHEN l.used_at IS NULL AND l.expires_at <= now() AND " SIGN_IN_LINK_ACCOUNT_OPEN
                       " THEN u.email END"
                       " FROM sign_in_links l JOIN users u ON u.id = l.user_id WHERE l.token_hash = $1"};
const Statement kUse{"sign_in_links_use",
                     "UPDATE sign_in_links l SET used_at = now() FROM users u"
                     " WHERE l.token_hash = $1 AND l.used_at IS NULL AND l.expires_at > now() AND u.id = l.user_id"
                     " AND " SIGN_IN_LINK_ACCOUNT_OPEN " RETURNING l.user_id"};
#undef SIGN_IN_LINK_ACCOUNT_OPEN
} // namespace

void SignInLinkRepository::insert(Tx &tx, const std::string &tokenHash, std::int64_t userId, const std::string &email,
                                  int validSeconds)
{
    tx.exec(kInsert, tokenHash, userId, email, validSeconds);
}

void SignInLinkRepository::supersede(Tx &tx, std::int64_t userId)
{
    tx.exec(kSupersede, userId);
}

std::int64_t SignInLinkRepository::recent(Tx &tx, std::int64_t userId, int withinSeconds)
{
    return tx.exec1(kRecent, userId, withinSeconds)[0].as<std::int64_t>();
}

SignInLinkState SignInLinkRepository::state(Tx &tx, const std::string &tokenHash)
{
    SignInLinkState state;
    auto result = tx.exec(kState, tokenHash);
    if (result.empty())
        return state;
    const auto &row = result[0];
    state.usable = row[0].as<bool>();
    if (state.usable)
        state.userId = row[1].as<std::int64_t>();
    if (!row[2].is_null())
        state.expiredEmail = row[2].c_str();
    return state;
}

std::optional<std::int64_t> SignInLinkRepository::use(Tx &tx, const std::string &tokenHash)
{
    auto result = tx.exec(kUse, tokenHash);
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<std::int64_t>();
}

} // namespace helpdesk::db
