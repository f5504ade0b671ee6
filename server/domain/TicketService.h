#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "protocol/Messages.h"

#include <string>

namespace helpdesk::domain {

/// The rules for tickets and articles: who may do what, what each change records (history
/// rows and events, in the caller's transaction). Stateless; any thread.
class TicketService
{
public:
    /// Opens a ticket, optionally with its first article; returns {ticket, article}.
    static protocol::JsonObject create(db::Tx &tx, const Actor &actor, const protocol::TicketCreateParams &params);
    static protocol::Ticket get(db::Tx &tx, const Actor &actor, std::int64_t id);
    static protocol::JsonArray list(db::Tx &tx, const Actor &actor, const protocol::TicketListParams &params);
    /// Applies the given fields; records one history row per changed field.
    static protocol::Ticket update(db::Tx &tx, const Actor &actor, const protocol::TicketUpdateParams &params);
    static protocol::Article addArticle(db::Tx &tx, const Actor &actor, std::int64_t ticketId,
                                        const protocol::ArticleParams &params);
    static protocol::JsonArray articles(db::Tx &tx, const Actor &actor, std::int64_t ticketId);
    /// The ticket's history: all of it for staff, its public part for customers (PublicHistory).
    static protocol::JsonArray history(db::Tx &tx, const Actor &actor, std::int64_t ticketId);
    /// The state a ticket takes when its customer writes again (on the web, through the API or by
    /// mail, where a mailbox may set its own) or asks to reopen it: a waiting or closed ticket comes
    /// back open; nullopt when it stays as it is (new, open, merged). The one place of this rule.
    static std::optional<std::int64_t> stateOnCustomerReturn(db::Tx &tx, const protocol::Ticket &ticket);
    /// The customer reopens a solved (pending close) or closed ticket they may read, as writing to
    /// it would (stateOnCustomerReturn); history, event, the "updated" triggers, and a customer's
    /// reopening mailed to the agents who hear of replies (agent_ticket_reopened). Conflict for a
    /// ticket in any other state.
    static protocol::Ticket reopen(db::Tx &tx, const Actor &actor, std::int64_t id);
    /// Moves `id`'s articles into `intoId` and closes `id` as merged.
    static protocol::Ticket merge(db::Tx &tx, const Actor &actor, std::int64_t id, std::int64_t intoId);
    static protocol::JsonArray link(db::Tx &tx, const Actor &actor, std::int64_t id, std::int64_t targetId,
                                    const std::string &kind);
    static protocol::JsonArray links(db::Tx &tx, const Actor &actor, std::int64_t id);
    /// Copies article `articleId` of ticket `id` (text, HTML, attachments, internal flag, sender)
    /// into a new ticket of the same customer (title: given, else the article's subject, else the
    /// ticket's; group: given with full access there, else the same), links the two as related with
    /// a history row on each (split_into, split_from) and announces ticket.created; mails nobody.
    /// Writers of the ticket; returns {ticket, article}.
    static protocol::JsonObject split(db::Tx &tx, const Actor &actor, std::int64_t id, std::int64_t articleId,
                                      const std::optional<std::string> &title, std::optional<std::int64_t> groupId);
    /// Staff who may read the ticket: the minutes accounted on its articles, {entries: [{article_id,
    /// agent_id, agent_name, minutes, at}], total_minutes}.
    static protocol::JsonObject timeAccounted(db::Tx &tx, const Actor &actor, std::int64_t id);
    /// Adds a staff member who may read the ticket as a watcher (they get every follow-up, like
    /// the owner). Anyone who can read may watch; adding someone else needs write access.
    static protocol::JsonArray watch(db::Tx &tx, const Actor &actor, std::int64_t id,
                                     std::optional<std::int64_t> userId);
    /// Removes a watcher; oneself always, others with write access.
    static protocol::JsonArray unwatch(db::Tx &tx, const Actor &actor, std::int64_t id, std::int64_t userId);
    static protocol::JsonArray watchers(db::Tx &tx, const Actor &actor, std::int64_t id);

    /// A ticket opened through a custom channel with its first message.
    struct ChannelTicket {
        protocol::Ticket ticket;
        protocol::Article article;
    };
    /// Opens `draft` (group, customer and channel decided by CustomChannels) for the channel's end
    /// user `customer` with their first message: default state and priority, the agents told,
    /// triggers run, no acknowledgement mailed (the channel is how the end user hears from us).
    static ChannelTicket openChannelTicket(db::Tx &tx, const Actor &customer, protocol::Ticket draft,
                                           const protocol::ArticleParams &message);
    /// Inserts a prepared ticket (mail ingestion): history and event, no permission checks.
    static protocol::Ticket openTicket(db::Tx &tx, std::optional<std::int64_t> actorId, const protocol::Ticket &draft);
    /// Appends a prepared article: counters, first response, event; no permission checks.
    static protocol::Article appendArticle(db::Tx &tx, std::optional<std::int64_t> actorId, bool byStaff,
                                           const protocol::Ticket &ticket, const protocol::Article &draft);
    /// Sets state (and optionally priority) with history and event; unchanged values do nothing.
    static protocol::Ticket changeState(db::Tx &tx, std::optional<std::int64_t> actorId, const protocol::Ticket &ticket,
                                        std::int64_t stateId, std::optional<std::int64_t> priorityId);

    /// The ticket's customer rates the answer (score 1–5, optional comment): the ticket as a
    /// whole once it is closed, or with `articleId` one agent reply at any time; rating again
    /// replaces that rating. History row and events (TicketRatings).
    static protocol::JsonObject rate(db::Tx &tx, const Actor &actor, std::int64_t id, int score,
                                     const std::optional<std::string> &comment,
                                     std::optional<std::int64_t> articleId = std::nullopt);
    /// An admin or an integration (its token, on a ticket its account may read) sets the rating of
    /// an agent reply that it collected from the ticket's customer (source sync); setting it again
    /// replaces it.
    static protocol::JsonObject syncRating(db::Tx &tx, const Actor &actor, std::int64_t id, std::int64_t articleId,
                                           int score, const std::optional<std::string> &comment);
    /// The newest rating of a ticket the actor may read (of the ticket or of a reply), or nullptr.
    static protocol::JsonObject rating(db::Tx &tx, const Actor &actor, std::int64_t id);
    /// Every rating of a ticket the actor may read: the ticket's own first, then its replies'.
    static protocol::JsonArray ratings(db::Tx &tx, const Actor &actor, std::int64_t id);
    /// Admins: renames a tag on every ticket carrying it (merging into `to` where it is already
    /// there), or removes it when `to` is empty. Each ticket gets a history row and an event.
    /// Returns how many tickets changed.
    static int replaceTag(db::Tx &tx, const Actor &actor, const std::string &from,
                          const std::optional<std::string> &to);
    /// Stores uploaded bytes by SHA-256 (once), records the actor as their uploader (who may then
    /// attach them) and returns the reference to attach.
    static protocol::AttachmentRef storeAttachment(db::Tx &tx, const Actor &actor, const std::string &content);
    /// The bytes of a file the actor uploaded or sees on an article. Throws ApiError(NotFound) otherwise.
    static std::string attachmentContent(db::Tx &tx, const Actor &actor, const std::string &sha256);
};

} // namespace helpdesk::domain
