#pragma once

#include "core/CacheReader.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace helpdesk::client {

/// Which tickets a view shows.
struct InboxView {
    enum class Kind { MyOpen, Unassigned, Group, Pending, RecentlyClosed, All, Saved };
    Kind kind = Kind::MyOpen;
    qint64 groupId = 0;  // for Kind::Group
    QString search = {}; // for Kind::Saved: the agent's saved search over every ticket not merged
    bool operator==(const InboxView &o) const { return kind == o.kind && groupId == o.groupId && search == o.search; }
};

/// The inbox: every cached ticket held in memory (a row is ~200 bytes; 100,000 tickets fit in
/// ~20 MB), filtered by a view and a search (FTS5 in the cache), sorted by any column. Changes
/// from the cache update single rows. Main thread.
class TicketListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Shared: the partner desks a ticket is shared with (their state as tooltip and colour).
    enum Column { Number, Title, Customer, Group, Owner, State, Priority, Updated, SlaDue, Shared, ColumnCount };
    enum Role { TicketIdRole = Qt::UserRole + 1, UnreadRole, PendingRole, SortRole, ChangedSinceLookRole };

    TicketListModel(CacheReader &cache, QObject *parent = nullptr);

    /// The signed-in agent (for "my open tickets").
    void setCurrentUser(qint64 userId);
    /// Groups the agent belongs to (for "unassigned in my groups").
    void setMyGroups(const QList<qint64> &groupIds);
    void setView(const InboxView &view);
    InboxView view() const { return m_view; }
    /// Filters as the agent types: every word must match number, title, customer or text.
    void setSearch(const QString &text);
    /// Tickets a view holds, without the search (for the view list's counts).
    int countFor(const InboxView &view) const;
    qint64 ticketIdAt(int row) const;
    int rowOfTicket(qint64 id) const;
    /// Reloads everything from the cache (after sign-in or a first sync).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /// The set of tickets (or the counts per view) changed.
    void countsChanged();

private:
    bool inView(const TicketRow &row, const InboxView &view, const QSet<qint64> *saved) const;
    /// Hits of a saved view's search, kept until rows change.
    const QSet<qint64> *savedMatches(const InboxView &view) const;
    void refilter();
    void onTicketsChanged(const QSet<qint64> &ids);
    void onTicketsRemoved(const QSet<qint64> &ids);
    bool lessThan(const TicketRow &a, const TicketRow &b) const;

    CacheReader &m_cache;
    std::vector<TicketRow> m_all;       // every cached ticket
    QHash<qint64, std::size_t> m_index; // ticket id -> position in m_all
    std::vector<std::size_t> m_order;   // every position in m_all, in display order
    bool m_orderDirty = true;
    bool m_countsStale = true;          // rows changed since the views' counts were announced
    std::vector<std::size_t> m_visible; // positions in m_all shown, in display order
    InboxView m_view;
    QString m_search;
    std::optional<QSet<qint64>> m_matches; // search hits; none: no search
    qint64 m_userId = 0;
    QList<qint64> m_myGroups;
    mutable QString m_closedCutoff;
    mutable QHash<QString, QSet<qint64>> m_savedMatches; // "recently closed": updated after this time
    int m_sortColumn = Updated;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace helpdesk::client
