#include "domain/TicketRatings.h"

#include "db/EventRepository.h"
#include "db/TicketRepository.h"
#include "domain/TicketEvents.h"
#include "protocol/ProtocolError.h"

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
/// Throws ApiError(ValidationFailed) unless the score is 1–5 and the comment at most kMaxComment.
void check(int score, const std::optional<std::string> &comment)
{
    if (score < 1 || score > 5)
        throw ApiError(ErrorCode::ValidationFailed, "the score must be 1 to 5", "score");
    if (comment && comment->size() > TicketRatings::kMaxComment)
        throw ApiError(ErrorCode::ValidationFailed, "the comment may have at most 5000 characters", "comment");
}
} // namespace

protocol::JsonObject TicketRatings::record(db::Tx &tx, const protocol::Ticket &ticket, const NewRating &rating,
                                           std::optional<std::int64_t> actorId)
{
    check(rating.score, rating.comment);
    db::RatingRow row{ticket.id,    rating.articleId, ticket.ownerId, rating.ratedBy,
                      rating.score, rating.comment,   rating.source};
    if (rating.articleId) {
        // Only what an agent said to the customer is rated: not notes, not the customer's own words.
        auto author = db::TicketRepository::replyAuthor(tx, ticket.id, *rating.articleId);
        if (!author)
            throw ApiError(ErrorCode::ValidationFailed, "the article is no public agent reply on this ticket",
                           "article_id");
        row.agentId = *author;
    }
    auto before = db::TicketRepository::rating(tx, ticket.id, rating.articleId);
    auto [stored, created] = db::TicketRepository::setRating(tx, row);
    db::TicketRepository::addHistory(tx, ticket.id, actorId, "rating",
                                     before ? std::optional(before->get("score").toString()) : std::nullopt,
                                     std::to_string(rating.score));
    db::EventRepository::append(tx, TicketEvents::updated(ticket, actorId, {"rating"}));
    // Integrations and webhooks read the rating itself from these; the ticket's own rating is
    // also told as ticket.rated (as before ratings per reply), with the very same payload.
    auto event = TicketEvents::about(created ? "rating.created" : "rating.updated", ticket, actorId);
    event.data->set("rating", stored);
    db::EventRepository::append(tx, event);
    if (!rating.articleId) {
        event.kind = "ticket.rated";
        db::EventRepository::append(tx, event);
    }
    return stored;
}

} // namespace helpdesk::domain
