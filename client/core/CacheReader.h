#pragma once

#include "core/CacheTypes.h"

#include <QMap>
#include <QObject>
#include <QSet>

namespace helpdesk::client {

/// What the item models read from the local replica, and the signals that say it changed. The
/// SQLite cache (CacheStore) implements it; models see only this, never SQL. Main thread.
class CacheReader : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Every cached ticket as an inbox row.
    virtual std::vector<TicketRow> ticketRows() const = 0;
    /// The rows of some tickets (after a change).
    virtual std::vector<TicketRow> ticketRows(const QSet<qint64> &ids) const = 0;
    /// Ids of tickets matching every word typed (prefix match) over number, title, customer, text.
    virtual QSet<qint64> search(const QString &text) const = 0;
    /// Configuration names of a kind (state, priority, group, type, …), by rank and name.
    virtual std::vector<NamedItem> config(const QString &kind, bool activeOnly = true) const = 0;
    /// The saved views the agent sees: their own first, then those shared with a group.
    virtual std::vector<SavedView> savedViews() const = 0;
    /// A ticket's articles by time; pending ones of ours (negative ids) last.
    virtual std::vector<ThreadArticle> thread(qint64 ticketId) const = 0;

signals:
    void ticketsChanged(const QSet<qint64> &ids);
    void ticketsRemoved(const QSet<qint64> &ids);
    void articlesChanged(qint64 ticketId);
    void outboxChanged();
    void namesChanged();
    void savedViewsChanged();
};

} // namespace helpdesk::client
