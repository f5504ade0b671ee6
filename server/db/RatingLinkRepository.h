#pragma once

#include "db/ConnectionPool.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::db {

/// What a rating link's token comes to.
struct RatingLink {
    std::int64_t ticketId = 0;
    std::optional<std::int64_t> articleId; // the reply it rates; none: the ticket ("how did we do?")
    std::int64_t customerId = 0;           // whom it was mailed to: the rating is theirs
    bool expired = false;
};

/// SQL for the rating links of mail (table rating_links); only SHA-256 hashes of their tokens are
/// stored. Any thread.
class RatingLinkRepository
{
public:
    /// Stores a link's token for a reply (or, `articleId` none, the ticket), valid for `validSeconds`.
    /// False when it is the ticket's link and the ticket already has one (the request went out).
    static bool insert(Tx &tx, const std::string &tokenHash, std::int64_t ticketId,
                       std::optional<std::int64_t> articleId, std::int64_t customerId, int validSeconds);
    /// The link of a token's hash, expired or not; nullopt for a token never issued.
    static std::optional<RatingLink> find(Tx &tx, const std::string &tokenHash);
};

} // namespace helpdesk::db
