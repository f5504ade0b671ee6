#pragma once

#include "db/ConnectionPool.h"
#include "protocol/Messages.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::domain {

/// The one place a customer's satisfaction rating is stored, whichever way it came (the API's
/// ticket.rate, a mail's rating link): one rating per ticket, a newer one replaces it, naming the
/// reply it rates when it rates one. Each rating leaves a history row, a ticket.updated event (the
/// clients' replicas) and a ticket.rated event for integrations. Any thread.
class TicketRatings
{
public:
    static constexpr std::size_t kMaxComment = 5000; // characters (bytes of UTF-8) of a comment

    /// Throws ApiError(ValidationFailed) unless the score is 1–5 and the comment at most kMaxComment.
    static void check(int score, const std::optional<std::string> &comment);
    /// Checks the score (1–5) and comment (at most kMaxComment), stores the rating of `ticket` by
    /// `ratedBy` and announces it; returns the stored rating. Throws ApiError(ValidationFailed).
    static protocol::JsonObject record(db::Tx &tx, const protocol::Ticket &ticket, std::int64_t ratedBy, int score,
                                       const std::optional<std::string> &comment, std::optional<std::int64_t> articleId,
                                       const std::string &source);
};

} // namespace helpdesk::domain
