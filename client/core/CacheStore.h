#pragma once

#include "protocol/Messages.h"

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace helpdesk::client {

/// One inbox row: the ticket's list fields with names already resolved.
struct TicketRow {
    qint64 id = 0;
    qint64 number = 0;
    QString title;
    qint64 groupId = 0;
    std::optional<qint64> ownerId;
    qint64 customerId = 0;
    QString customer;
    QString group;
    QString owner;
    QString state;
    QString stateType;
    enum class StateClass { Active, Pending, Closed, Merged };  // stateType, for fast filtering
    StateClass stateClass = StateClass::Active;
    QString priority;
    int priorityRank = 0;
    QString updatedAt;  // ISO 8601, sorts as text
    QString slaDue;     // the nearest SLA deadline (ISO 8601), empty when none
    bool unread = false;   // never opened by the agent
    bool changedSinceLook = false;  // opened before, changed since
    bool pending = false;  // a change of ours waits in the outbox
};

/// A change the agent made, waiting to be sent (or refused by the server).
struct OutboxEntry {
    qint64 id = 0;
    QString idempotencyKey;
    QString method;
    QString params;  // JSON text
    qint64 ticketId = 0;
    QString summary;  // for the agent: "Reply to #10042"
    QString state;    // pending, rejected
    QString error;
};

/// A file the agent attached to an article still in the outbox; uploaded right before the article.
struct PendingFile {
    qint64 id = 0;
    QString filename;
    QString contentType;
    QByteArray data;
};

/// A named thing of the server's configuration (state, priority, group, type) or a person.
struct NamedItem {
    qint64 id = 0;
    QString name;
    QString detail;  // state type, e-mail, role…
};

/// The client's local replica: one SQLite file per account (WAL, versioned schema) holding the
/// tickets the agent may see, their articles as far as fetched, people and configuration names,
/// the event stream position, the outbox, and an FTS5 index over number, title, customer and
/// article text. Main thread.
class CacheStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSchemaVersion = 3;

    /// Opens (creating or migrating) the cache file; check isOpen().
    explicit CacheStore(const QString &path, QObject *parent = nullptr);
    ~CacheStore() override;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

    QString meta(const QString &key, const QString &fallback = {}) const;
    void setMeta(const QString &key, const QString &value);
    /// Highest event sequence number applied.
    qint64 lastSeq() const { return meta(QStringLiteral("last_seq"), QStringLiteral("0")).toLongLong(); }

    /// Groups writes into one transaction; signals go out after commit.
    void begin();
    void commit();

    void upsertTicket(const protocol::Ticket &ticket);
    void removeTicket(qint64 id);
    void upsertArticle(const protocol::Article &article);
    void upsertUser(qint64 id, const QString &name, const QString &email, const QString &role);
    /// kind: state, priority, group, type.
    void upsertConfig(const QString &kind, qint64 id, const QString &name, const QString &detail, int rank = 0,
                      bool active = true);

    /// Every cached ticket as an inbox row.
    std::vector<TicketRow> ticketRows() const;
    /// The rows of some tickets (after a change).
    std::vector<TicketRow> ticketRows(const QSet<qint64> &ids) const;
    std::optional<protocol::Ticket> ticket(qint64 id) const;
    /// Articles of a ticket by time; pending ones of ours (negative ids) last.
    std::vector<protocol::Article> articles(qint64 ticketId) const;
    /// Ids of articles pending in the outbox, as shown in articles().
    QSet<qint64> pendingArticleIds() const;
    /// Ids of tickets matching every word typed (prefix match) over number, title, customer, text.
    QSet<qint64> search(const QString &text) const;
    /// Tickets whose articles are cached.
    bool hasArticles(qint64 ticketId) const;
    qint64 ticketCount() const;

    QString userName(qint64 id) const;
    std::vector<NamedItem> config(const QString &kind, bool activeOnly = true) const;
    std::vector<NamedItem> staff() const;

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

signals:
    void ticketsChanged(const QSet<qint64> &ids);
    void ticketsRemoved(const QSet<qint64> &ids);
    void articlesChanged(qint64 ticketId);
    void outboxChanged();
    void namesChanged();

private:
    bool migrate();
    bool exec(const QString &sql);
    void indexTicket(qint64 id);
    void flushSignals();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
    int m_batchDepth = 0;
    QSet<qint64> m_changedTickets;
    QSet<qint64> m_removedTickets;
    QSet<qint64> m_changedArticleTickets;
    QSet<qint64> m_ticketsToIndex;
    bool m_outboxChanged = false;
    bool m_namesChanged = false;
};

} // namespace helpdesk::client
