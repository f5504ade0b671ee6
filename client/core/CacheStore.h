#pragma once

#include "core/CacheReader.h"
#include "protocol/Messages.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <map>
#include <optional>
#include <vector>

struct sqlite3;

namespace helpdesk::client {

/// The partner desks of a ticket from the wire, as the screens take them.
std::vector<SharedPartner> sharedPartnersOf(const std::vector<protocol::TicketSharePartner> &partners);

/// The client's local replica: one SQLite file per account (WAL, versioned schema) holding the
/// tickets the agent may see, their articles as far as fetched, people and configuration names,
/// the event stream position, the outbox, and an FTS5 index over number, title, customer and
/// article text. A write of several statements goes through a CacheTransaction (all or nothing).
/// Main thread.
class CacheStore : public CacheReader
{
    Q_OBJECT
public:
    static constexpr int kSchemaVersion = 7;

    /// Opens (creating or migrating) the cache file; check isOpen().
    explicit CacheStore(const QString &path, QObject *parent = nullptr);
    ~CacheStore() override;

    /// Deletes a cache file no CacheStore has open, with its WAL and shared-memory files; a file
    /// that cannot be deleted is truncated. True when nothing of it is left.
    static bool removeFiles(const QString &path);

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

    QString meta(const QString &key, const QString &fallback = {}) const;
    void setMeta(const QString &key, const QString &value);
    /// Highest event sequence number applied.
    qint64 lastSeq() const { return meta(QStringLiteral("last_seq"), QStringLiteral("0")).toLongLong(); }

    /// Stores a ticket as the server sent it; one without shared_with keeps the partners it had.
    void upsertTicket(const protocol::Ticket &ticket);
    void removeTicket(qint64 id);
    /// The partner desks a cached ticket is shared with now (a ticket_share.changed event).
    void setSharedWith(qint64 ticketId, const std::vector<protocol::TicketSharePartner> &partners);
    /// Stores an article as the server sent it; true when it was not cached before.
    bool upsertArticle(const protocol::Article &article);
    void upsertUser(qint64 id, const QString &name, const QString &email, const QString &role);
    /// A ticket's or a person's ids in integrations, as the server's answers list them (events
    /// do not carry them: what was stored stays until the next answer that does).
    void setTicketExternalIds(qint64 ticketId, const std::vector<ExternalId> &ids);
    void setUserExternalIds(qint64 userId, const std::vector<ExternalId> &ids);
    /// Whether the ticket's and its customer's external ids were read (false: fetch them).
    bool knowsExternalIds(qint64 ticketId) const;
    /// The ticket's channel, external ids and customer, with the names this account may read.
    TicketOrigin ticketOrigin(qint64 ticketId) const;
    /// Replaces what is known of the ticket's outgoing articles' deliveries (article id -> delivery);
    /// the thread is told only when something changed.
    void setDeliveries(qint64 ticketId, const std::map<qint64, Delivery> &byArticle);
    std::map<qint64, Delivery> deliveries(qint64 ticketId) const;
    /// kind: state, priority, group, type.
    void upsertConfig(const QString &kind, qint64 id, const QString &name, const QString &detail, int rank = 0,
                      bool active = true);

    std::vector<TicketRow> ticketRows() const override;
    std::vector<TicketRow> ticketRows(const QSet<qint64> &ids) const override;
    /// The rows of a customer's tickets, newest first (at most 100).
    std::vector<TicketRow> ticketRowsOfCustomer(qint64 customerId) const;
    /// The rows of an organization's tickets, newest first (at most 100).
    std::vector<TicketRow> ticketRowsOfOrganization(qint64 organizationId) const;
    std::optional<protocol::Ticket> ticket(qint64 id) const;
    /// Articles of a ticket by time; pending ones of ours (negative ids) last.
    std::vector<protocol::Article> articles(qint64 ticketId) const;
    std::vector<ThreadArticle> thread(qint64 ticketId) const override;
    /// Ids of articles pending in the outbox, as shown in articles().
    QSet<qint64> pendingArticleIds() const;
    QSet<qint64> search(const QString &text) const override;
    /// Tickets whose articles are cached.
    bool hasArticles(qint64 ticketId) const;
    qint64 ticketCount() const;
    /// Tickets never opened, not closed or merged, that are `userId`'s or unassigned in `groupIds`.
    int unreadCount(qint64 userId, const QList<qint64> &groupIds) const;

    QString userName(qint64 id) const;
    std::vector<NamedItem> config(const QString &kind, bool activeOnly = true) const override;
    std::vector<NamedItem> staff() const;

    std::vector<SavedView> savedViews() const override;
    /// Replaces the saved views with those the server listed (view.list), each with whether the
    /// agent may change it.
    void replaceSavedViews(const std::vector<std::pair<protocol::JsonObject, bool>> &views);
    /// Stores a view as the server sent it (view.changed).
    void upsertSavedView(const protocol::JsonObject &view, bool editable);
    void removeSavedView(qint64 id);

    /// The agent opened the ticket: it is no longer "new since last look".
    void markSeen(qint64 ticketId);

    qint64 addOutbox(const QString &key, const QString &method, const QString &params, qint64 ticketId,
                     const QString &summary);
    std::vector<OutboxEntry> outbox(const QString &state = QStringLiteral("pending")) const;
    void rejectOutbox(qint64 id, const QString &error);
    void removeOutbox(qint64 id);
    /// Shows a change of ours before the server confirms it: fields merged into the ticket, which
    /// is marked pending until its outbox entries are done.
    void applyLocalTicketChange(qint64 ticketId, const protocol::JsonObject &fields);
    void addPendingArticle(qint64 outboxId, const protocol::Article &article);
    void removePendingArticle(qint64 outboxId);
    void refreshPendingFlag(qint64 ticketId);
    /// Files of an outbox entry, kept in the cache until the server has them.
    void addPendingFile(qint64 outboxId, const PendingFile &file);
    std::vector<PendingFile> pendingFiles(qint64 outboxId) const;

private:
    friend class CacheTransaction;
    /// A transaction level (the outermost one opens the SQLite transaction).
    void beginBatch();
    /// Ends a level; `keep` false marks the whole transaction to be rolled back. The outermost
    /// level indexes the changed tickets, commits (or rolls back, dropping the change signals),
    /// then signals.
    void endBatch(bool keep);
    bool migrate();
    bool exec(const QString &sql);
    /// The SQLite connection under m_db (the system library the Qt driver uses), for the reads
    /// where QSqlQuery's QVariant per value costs more than the query; null if not SQLite.
    sqlite3 *handle() const;
    void indexTicket(qint64 id);
    void flushSignals();
    /// `table`: tickets or users.
    void setExternalIds(const QString &table, qint64 id, const std::vector<ExternalId> &ids);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
    int m_batchDepth = 0;
    bool m_batchFailed = false; // a level rolled back: the transaction ends with a rollback
    QSet<qint64> m_changedTickets;
    QSet<qint64> m_removedTickets;
    QSet<qint64> m_changedArticleTickets;
    QSet<qint64> m_ticketsToIndex;
    bool m_outboxChanged = false;
    bool m_namesChanged = false;
    bool m_savedViewsChanged = false;
};

} // namespace helpdesk::client
