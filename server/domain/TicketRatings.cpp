#include "domain/TicketRatings.h"

#include "db/EventRepository.h"
#include "db/TicketRepository.h"
#include "domain/TicketEvents.h"
#include "protocol/ProtocolError.h"

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

void TicketRatings::check(int score, const std::optional<std::string> &comment)
{
    if (score < 1 || score > 5)
        throw ApiError(ErrorCode::ValidationFailed, "the score must be 1 to 5", "score");
    if (comment && comment->size() > kMaxComment)
        throw ApiError(ErrorCode::ValidationFailed, "the comment may have at most 5000 characters", "comment");
}

protocol::JsonObject TicketRatings::record(db::Tx &tx, const protocol::Ticket &ticket, std::int64_t ratedBy, int score,
                                           const std::optional<std::string> &comment,
                                           std::optional<std::int64_t> articleId, const std::string &source)
{
    check(score, comment);
    auto before = db::TicketRepository::rating(tx, ticket.id);
    auto stored = db::TicketRepository::setRating(tx, ticket.id, ratedBy, score, comment, articleId, source);
    db::TicketRepository::addHistory(tx, ticket.id, ratedBy, "rating",
                                     before ? std::optional(before->get("score").toString()) : std::nullopt,
                                     std::to_string(score));
    db::EventRepository::append(tx, TicketEvents::updated(ticket, ratedBy, {"rating"}));
    // Integrations (and a later sync to outside systems) read the rating itself from this one.
    auto rated = TicketEvents::about("ticket.rated", ticket, ratedBy);
    rated.data->set("rating", stored);
    db::EventRepository::append(tx, rated);
    return stored;
}

} // namespace helpdesk::domain
