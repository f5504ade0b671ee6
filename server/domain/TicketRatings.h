#pragma once

#include "db/ConnectionPool.h"
#include "protocol/Messages.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::domain {

/// A customer's rating to record: of the ticket as a whole or of one agent reply.
struct NewRating {
    std::optional<std::int64_t> articleId; // the rated reply; none: the ticket ("how did we do?")
    std::optional<std::int64_t> ratedBy;   // the customer whose rating it is
    int score = 0;                         // 1–5
    std::optional<std::string> comment;
    std::string source; // customer (the API), mail_link (a mail's link), sync (an integration collected it)
};

/// The one place a customer's satisfaction rating is stored, whichever way it came (the API's
/// ticket.rate, a mail's rating link, an integration's sync): one rating of the ticket as a whole
/// and one per agent reply; a newer one replaces the rating of the same ticket or reply. Each
/// rating names the agent it rates: the reply's author, or for the ticket as a whole the ticket's
/// owner when it is rated (the agent who answered for it; none while it has no owner). Each rating
/// leaves a history row, a ticket.updated event (the clients' replicas) and a rating.created or
/// rating.updated event for integrations and webhooks (plus ticket.rated for the ticket's own
/// rating, as before ratings per reply). Any thread.
class TicketRatings
{
public:
    static constexpr std::size_t kMaxComment = 5000; // characters (bytes of UTF-8) of a comment

    /// Checks the rating, stores it on `ticket` (read with a lock) and announces it as done by
    /// `actorId`; returns the stored rating. Throws ApiError(ValidationFailed) for a bad score or
    /// comment, or on article_id for an article that is not a public agent reply on the ticket.
    static protocol::JsonObject record(db::Tx &tx, const protocol::Ticket &ticket, const NewRating &rating,
                                       std::optional<std::int64_t> actorId);
};

} // namespace helpdesk::domain
