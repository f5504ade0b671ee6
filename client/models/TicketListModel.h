#pragma once

#include "core/CacheReader.h"
#include "models/ViewFilter.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>
#include <QHash>

#include <map>
#include <memory>
#include <optional>

namespace helpdesk::client {

/// Which tickets a view shows.
struct InboxView {
    enum class Kind { MyOpen, Unassigned, Group, Pending, RecentlyClosed, All, Server };
    Kind kind = Kind::MyOpen;
    qint64 groupId = 0; // for Kind::Group
    qint64 viewId = 0;  // for Kind::Server: a saved view of the server (core's SavedView)
    bool operator==(const InboxView &o) const { return kind == o.kind && groupId == o.groupId && viewId == o.viewId; }
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
    enum Role {
        TicketIdRole = Qt::UserRole + 1,
        UnreadRole,
        PendingRole,
        SortRole,
        ChangedSinceLookRole,
        // What the inbox's rows draw; the same whichever column is asked.
        NumberRole,
        CustomerRole,
        TitleRole,       // the title alone, without the marks DisplayRole adds
        PreviewRole,     // the start of the last public message
        TimeRole,        // when it changed, short: "14:32" today, "3 Dec" this year, else "3 Dec 2025"
        StateRole,       // the state's name
        StateColourRole, // QColor, by the state's type
        PriorityRole,    // the priority's name
        PriorityColourRole,
        SlaRole,           // SlaState as int
        SlaTextRole,       // "in 25 min", "2 h late"; empty when no deadline is open
        OwnerRole,         // the owner's name; empty when nobody owns it
        OwnerInitialsRole, // "AF" for Alice Fuller
        SharedRole,        // bool: shared with a partner desk
        SharedColourRole,  // QColor of the worst share's state
        ChannelRole,       // how it came: email, phone_in, phone_out, web, note, channel (a custom channel); or empty
    };
    /// How near the ticket's nearest SLA deadline is: amber within kSlaSoonSeconds, red when past.
    enum class SlaState { None, Ok, Soon, Late };
    static constexpr int kSlaSoonSeconds = 3600;
    static SlaState slaStateOf(const QDateTime &due, const QDateTime &now);
    /// "AF" for "Alice Fuller", "B" for "bob"; empty for an empty name.
    static QString initialsOf(const QString &name);
    /// The badge colour of an SLA state (amber, red; green when met in time); invalid for None.
    static QColor slaColour(SlaState state);
    /// "in 25 min", "2 h late" for a deadline (ISO 8601); empty for none.
    static QString slaText(const QString &dueIso);

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
    /// The view to open on: the agent's open tickets, or unassigned in their groups when they own
    /// none that are open and their groups hold some.
    InboxView startView() const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    qint64 ticketIdAt(int row) const;
    int rowOfTicket(qint64 id) const;
    /// Reloads everything from the cache (after sign-in or a first sync).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The columns the current saved view shows, in order (its `columns`, as Column values);
    /// empty for the built-in views and a saved view that leaves them to the inbox.
    QList<int> viewColumns() const { return m_viewColumns; }

signals:
    /// The set of tickets (or the counts per view) changed.
    void countsChanged();
    /// A saved view was chosen (or changed) that shows these columns (see viewColumns()); its
    /// sort is applied already.
    void viewColumnsChanged(const QList<int> &columns);

private:
    bool inView(const TicketRow &row, const InboxView &view, const ViewFilter *filter) const;
    /// A saved view's compiled filter (null for the built-in views or a view no longer there),
    /// kept until rows or views change.
    const ViewFilter *filterFor(const InboxView &view) const;
    /// Applies a saved view's sort and columns when it is the current view.
    void applyServerView();
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
    mutable std::map<qint64, std::unique_ptr<ViewFilter>> m_viewFilters; // by saved view id
    QList<int> m_viewColumns;
    int m_sortColumn = Updated;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace helpdesk::client
