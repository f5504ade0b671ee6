#include "models/ViewListModel.h"

namespace helpdesk::client {

ViewListModel::ViewListModel(CacheReader &cache, TicketListModel &tickets, QObject *parent)
    : QAbstractListModel(parent), m_cache(cache), m_tickets(tickets)
{
    connect(&m_tickets, &TicketListModel::countsChanged, this, [this] { rebuild(); });
    connect(&m_cache, &CacheReader::namesChanged, this, [this] { rebuild(); });
    connect(&m_cache, &CacheReader::savedFiltersChanged, this, [this] { rebuild(); });
    rebuild();
}

void ViewListModel::rebuild()
{
    std::vector<Entry> entries{
        {{InboxView::Kind::MyOpen, 0}, tr("My open tickets")},
        {{InboxView::Kind::Unassigned, 0}, tr("Unassigned in my groups")},
    };
    for (const auto &group : m_cache.config(QStringLiteral("group")))
        entries.push_back({{InboxView::Kind::Group, group.id}, group.name});
    entries.push_back({{InboxView::Kind::Pending, 0}, tr("Pending")});
    entries.push_back({{InboxView::Kind::RecentlyClosed, 0}, tr("Recently closed")});
    entries.push_back({{InboxView::Kind::All, 0}, tr("All tickets")});
    const auto saved = m_cache.savedFilters();
    for (auto it = saved.begin(); it != saved.end(); ++it)
        entries.push_back({{InboxView::Kind::Saved, 0, it.value()}, QStringLiteral("🔎 ") + it.key()});
    for (auto &e : entries)
        e.count = m_tickets.countFor(e.view);
    bool sameShape = entries.size() == m_entries.size();
    for (std::size_t i = 0; sameShape && i < entries.size(); ++i)
        sameShape = entries[i].view == m_entries[i].view && entries[i].name == m_entries[i].name;
    if (sameShape) {
        m_entries = std::move(entries);
        if (!m_entries.empty())
            emit dataChanged(index(0), index(static_cast<int>(m_entries.size()) - 1));
        return;
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

InboxView ViewListModel::viewAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_entries[static_cast<std::size_t>(row)].view : InboxView{};
}

int ViewListModel::rowOf(const InboxView &view) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].view == view)
            return static_cast<int>(i);
    return -1;
}

int ViewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant ViewListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto &e = m_entries[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole)
        return QStringLiteral("%1 (%2)").arg(e.name).arg(e.count);
    if (role == Qt::UserRole)
        return e.count;
    return {};
}

} // namespace helpdesk::client
