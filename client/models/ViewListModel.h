#pragma once

#include "models/TicketListModel.h"

#include <QAbstractListModel>

namespace helpdesk::client {

/// The inbox's views with their ticket counts: my open tickets, unassigned in my groups, one per
/// group, pending, recently closed, all, and the agent's saved searches. Main thread.
class ViewListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    ViewListModel(CacheReader &cache, TicketListModel &tickets, QObject *parent = nullptr);

    InboxView viewAt(int row) const;
    int rowOf(const InboxView &view) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    CacheReader &m_cache;
    TicketListModel &m_tickets;
    struct Entry {
        InboxView view;
        QString name;
        int count = 0;
    };
    std::vector<Entry> m_entries;
};

} // namespace helpdesk::client
