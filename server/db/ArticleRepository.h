#pragma once

#include "db/ConnectionPool.h"
#include "protocol/Messages.h"

#include <optional>
#include <string>
#include <vector>

namespace helpdesk::db {

/// Minutes an agent accounted with an article.
struct TimeEntry {
    std::int64_t articleId = 0;
    std::optional<std::int64_t> agentId;
    std::string agentName;
    std::int64_t minutes = 0;
    std::string at;
};

/// SQL for articles, their attachments and the content-addressed blob store. Any thread.
class ArticleRepository
{
public:
    // New articles go in through TicketRepository::insertArticle, which counts them on their ticket.
    static std::vector<protocol::Article> list(Tx &tx, std::int64_t ticketId, bool includeInternal);
    /// The minutes accounted on a ticket's articles, oldest first.
    static std::vector<TimeEntry> timeEntries(Tx &tx, std::int64_t ticketId);
    /// Adds a file (its blob stored) to an existing article: a new one's, or one that arrived after it.
    static void addAttachment(Tx &tx, std::int64_t articleId, const protocol::AttachmentRef &attachment);
    /// The ticket of an article; nullopt when there is no such article.
    static std::optional<std::int64_t> ticketOf(Tx &tx, std::int64_t articleId);
    /// Replaces the first `from` by `to` in an article's text (a note about a file that came later); false
    /// when the text does not hold `from`.
    static bool replaceInBodyText(Tx &tx, std::int64_t articleId, const std::string &from, const std::string &to);
    /// Stores content under its SHA-256 once; a second store of the same content is a no-op.
    static void storeBlob(Tx &tx, const std::string &sha256, const std::string &content);
    /// Size of a stored blob, or nullopt.
    static std::optional<std::int64_t> blobSize(Tx &tx, const std::string &sha256);
    static std::optional<std::string> blobContent(Tx &tx, const std::string &sha256);
    /// The tickets (and internal flags) of articles carrying this blob, for permission checks.
    static std::vector<std::pair<std::int64_t, bool>> blobOwners(Tx &tx, const std::string &sha256);
    /// The Message-IDs of the ticket's newest 20 articles that have one, newest first.
    static std::vector<std::string> recentMessageIds(Tx &tx, std::int64_t ticketId);
    /// Holds the transaction-scoped lock of one Message-ID until commit: two copies of a message
    /// taken in at once see each other's article.
    static void lockMessageId(Tx &tx, const std::string &messageId);
};

} // namespace helpdesk::db
