#pragma once

#include "models/TicketListModel.h"

#include <QAbstractListModel>

namespace helpdesk::client {

/// The inbox's views with their ticket counts: the built-in ones (my open tickets, unassigned in my
/// groups, one per group, pending, recently closed, all), then under the heading "My views" the
/// agent's saved views, then under "Shared with <group>" those shared with each group. Headings
/// are rows that cannot be selected. Main thread.
class ViewListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    ViewListModel(CacheReader &cache, TicketListModel &tickets, QObject *parent = nullptr);

    enum Role { CountRole = Qt::UserRole, HeadingRole, EditableRole };

    InboxView viewAt(int row) const;
    int rowOf(const InboxView &view) const;
    /// The saved view of a row; nullopt for a built-in view or a heading.
    std::optional<SavedView> savedViewAt(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void rebuild();

    CacheReader &m_cache;
    TicketListModel &m_tickets;
    struct Entry {
        InboxView view;
        QString name;
        int count = 0;
        bool heading = false;
        std::optional<SavedView> saved = {};
    };
    std::vector<Entry> m_entries;
};

} // namespace helpdesk::client
