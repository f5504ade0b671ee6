#pragma once

#include "db/ConnectionPool.h"
#include "protocol/Messages.h"

#include <optional>
#include <string>
#include <vector>

namespace helpdesk::db {

/// What a ticket list may be narrowed to, including the caller's visibility.
struct TicketQuery {
    protocol::TicketListParams params;
    bool allGroups = false;                             // admin / supervisor
    std::vector<std::int64_t> visibleGroups;            // agent
    std::optional<std::int64_t> onlyCustomer;           // customer: own tickets
    std::optional<std::int64_t> orCustomerOrganization; // customer in a shared organization
};

/// SQL for tickets, their tags, links and history. Any thread.
class TicketRepository
{
public:
    /// Inserts a ticket (number from the sequence unless given) and returns it as stored.
    static protocol::Ticket insert(Tx &tx, const protocol::Ticket &ticket);
    /// Reads one ticket; `lock` takes a row lock for an update in the same transaction.
    static std::optional<protocol::Ticket> get(Tx &tx, std::int64_t id, bool lock = false);
    static std::optional<std::int64_t> idByNumber(Tx &tx, std::int64_t number);
    /// Writes every changeable column of `ticket` and returns the stored row.
    static protocol::Ticket update(Tx &tx, const protocol::Ticket &ticket);
    static void setTags(Tx &tx, std::int64_t ticketId, const std::vector<std::string> &tags);
    /// The ticket's rating as {score, comment, rated_by, article_id, source, created_at, updated_at}, or nullptr.
    static protocol::JsonObject rating(Tx &tx, std::int64_t ticketId);
    /// Sets (or replaces) a ticket's rating, naming the reply it rates (if any) and where it came
    /// from ('customer': the API, 'mail_link': a mail's rating link); returns it.
    static protocol::JsonObject setRating(Tx &tx, std::int64_t ticketId, std::int64_t ratedBy, int score,
                                          const std::optional<std::string> &comment,
                                          std::optional<std::int64_t> articleId = std::nullopt,
                                          const std::string &source = "customer");
    /// Ids of the tickets carrying a tag, ascending.
    static std::vector<std::int64_t> taggedWith(Tx &tx, const std::string &tag);
    static void addArticleCount(Tx &tx, std::int64_t ticketId, bool firstAgentResponse);
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
