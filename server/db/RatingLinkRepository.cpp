#include "db/RatingLinkRepository.h"

#include "db/PqxxOptional.h"

namespace helpdesk::db {

namespace {
// A ticket's own link ("how did we do?") exists once: the partial unique index refuses a second.
const Statement kInsert{"rating_links_insert",
                        "INSERT INTO rating_links (token_hash, ticket_id, article_id, customer_id, expires_at)"
                        " VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))"
                        " ON CONFLICT (ticket_id) WHERE article_id IS NULL DO NOTHING RETURNING ticket_id"};
const Statement kFind{"rating_links_find", "SELECT ticket_id, article_id, customer_id, expires_at <= now()"
                                           " FROM rating_links WHERE token_hash = $1"};
} // namespace

bool RatingLinkRepository::insert(Tx &tx, const std::string &tokenHash, std::int64_t ticketId,
                                  std::optional<std::int64_t> articleId, std::int64_t customerId, int validSeconds)
{
    return !tx.exec(kInsert, tokenHash, ticketId, articleId, customerId, validSeconds).empty();
}

std::optional<RatingLink> RatingLinkRepository::find(Tx &tx, const std::string &tokenHash)
{
    auto result = tx.exec(kFind, tokenHash);
    if (result.empty())
        return std::nullopt;
    const auto &row = result[0];
    RatingLink link;
    link.ticketId = row[0].as<std::int64_t>();
    if (!row[1].is_null())
        link.articleId = row[1].as<std::int64_t>();
    link.customerId = row[2].as<std::int64_t>();
    link.expired = row[3].as<bool>();
    return link;
}

} // namespace helpdesk::db
