#pragma once

#include "db/ConnectionPool.h"
#include "protocol/Messages.h"

#include <optional>
#include <utility>
#include <string>
#include <vector>

namespace helpdesk::db {

/// What a ticket list may be narrowed to, including the caller's visibility.
struct TicketQuery {
    protocol::TicketListParams params;
    bool allGroups = false;                              // admin / supervisor
    std::vector<std::int64_t> visibleGroups;             // agent
    std::optional<std::int64_t> onlyCustomer;            // customer: own tickets
    std::optional<std::int64_t> orCustomerOrganization;  // customer in a shared organization
    std::optional<std::int64_t> onlyIntegrationChannels; // an integration's token: of the custom channels only its own
};

/// A rating to store (table ticket_ratings).
struct RatingRow {
    std::int64_t ticketId = 0;
    std::optional<std::int64_t> articleId; // the rated reply; none: the ticket as a whole
    std::optional<std::int64_t> agentId;   // the agent rated
    std::optional<std::int64_t> ratedBy;   // the customer whose rating it is
    int score = 0;
    std::optional<std::string> comment;
    std::string source; // customer, mail_link, sync (imports merge theirs in ImportRepository)
};

/// SQL for tickets, their tags, ratings, links and history. Any thread.
class TicketRepository
{
public:
    /// Who opened a ticket, for its "created" history row (no actor: the system).
    struct Creator {
        std::optional<std::int64_t> actorId;
    };
    /// Inserts a ticket (number from the sequence unless given) and returns it as stored; with a
    /// `creator`, its "created" history row (new value: the number) goes in with it.
    static protocol::Ticket insert(Tx &tx, const protocol::Ticket &ticket,
                                   const std::optional<Creator> &creator = std::nullopt);
    /// Reads one ticket; `lock` takes a row lock for an update in the same transaction.
    static std::optional<protocol::Ticket> get(Tx &tx, std::int64_t id, bool lock = false);
    static std::optional<std::int64_t> idByNumber(Tx &tx, std::int64_t number);
    /// Writes every changeable column of `ticket` and returns the stored row.
    static protocol::Ticket update(Tx &tx, const protocol::Ticket &ticket);
    static void setTags(Tx &tx, std::int64_t ticketId, const std::vector<std::string> &tags);
    /// The rating of the ticket as a whole (`articleId` none) or of one of its replies, as
    /// {id, ticket_id, article_id, agent_id, rated_by, score, comment, source, created_at,
    /// updated_at}, or nullptr.
    static protocol::JsonObject rating(Tx &tx, std::int64_t ticketId, std::optional<std::int64_t> articleId);
    /// The ticket's most recently given rating, of the ticket or of a reply, or nullptr.
    static protocol::JsonObject newestRating(Tx &tx, std::int64_t ticketId);
    /// Every rating of the ticket: the ticket's own first, then its replies' in their order.
    static protocol::JsonArray ratings(Tx &tx, std::int64_t ticketId);
    /// Sets (or replaces) the rating of the ticket or of one reply; returns it and whether it is new.
    static std::pair<protocol::JsonObject, bool> setRating(Tx &tx, const RatingRow &rating);
    /// The author of `articleId` when it is a public agent reply on `ticketId` (the author may be
    /// unknown: nullopt inside); nullopt when it is no such reply.
    static std::optional<std::optional<std::int64_t>> replyAuthor(Tx &tx, std::int64_t ticketId,
                                                                  std::int64_t articleId);
    /// Ids of the tickets carrying a tag, ascending.
    static std::vector<std::int64_t> taggedWith(Tx &tx, const std::string &tag);
    /// Inserts an article with its attachment rows (the blobs must exist) and counts it on its
    /// ticket in the same statement: created_via (the first article's channel), preview (of a public
    /// article), accounted minutes. Returns the stored article and the ticket as it then stands.
    static std::pair<protocol::Article, protocol::Ticket> insertArticle(Tx &tx, const protocol::Article &article,
                                                                        bool firstAgentResponse);
    /// What the inbox shows of a message: its first 200 characters without quoted lines ("> …",
    /// "On …, … wrote:"), white space folded; the same as SQL's article_preview().
    static std::string articlePreview(const std::string &body);
    static std::vector<protocol::Ticket> list(Tx &tx, const TicketQuery &query);
    static void addHistory(Tx &tx, std::int64_t ticketId, std::optional<std::int64_t> actorId, const std::string &field,
                           const std::optional<std::string> &oldValue, const std::optional<std::string> &newValue);
    static std::vector<protocol::HistoryEntry> history(Tx &tx, std::int64_t ticketId);
    static void link(Tx &tx, std::int64_t sourceId, std::int64_t targetId, const std::string &kind);
    static protocol::JsonArray links(Tx &tx, std::int64_t ticketId);
    /// Staff who asked to hear of every follow-up (besides the owner); returns false if unchanged.
    static bool addWatcher(Tx &tx, std::int64_t ticketId, std::int64_t userId);
    static bool removeWatcher(Tx &tx, std::int64_t ticketId, std::int64_t userId);
    /// [{user_id, name, email}] by name.
    static protocol::JsonArray watchers(Tx &tx, std::int64_t ticketId);
    /// Moves every article of `from` onto `into`.
    static void moveArticles(Tx &tx, std::int64_t from, std::int64_t into);
};

} // namespace helpdesk::db
