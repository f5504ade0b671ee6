#include "models/ViewListModel.h"

#include <QFont>

namespace helpdesk::client {

ViewListModel::ViewListModel(CacheReader &cache, TicketListModel &tickets, QObject *parent)
    : QAbstractListModel(parent), m_cache(cache), m_tickets(tickets)
{
    connect(&m_tickets, &TicketListModel::countsChanged, this, [this] { rebuild(); });
    connect(&m_cache, &CacheReader::namesChanged, this, [this] { rebuild(); });
    connect(&m_cache, &CacheReader::savedViewsChanged, this, [this] { rebuild(); });
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
    // Saved views: the agent's own under one heading, then the shared ones under their group's.
    QHash<qint64, QString> groupNames;
    for (const auto &group : m_cache.config(QStringLiteral("group"), false))
        groupNames.insert(group.id, group.name);
    std::optional<qint64> section; // 0: "My views"
    for (const auto &saved : m_cache.savedViews()) {
        const qint64 group = saved.groupId.value_or(0);
        if (section != group) {
            section = group;
            const auto heading = group == 0 ? tr("My views") : tr("Shared with %1").arg(groupNames.value(group));
            entries.push_back({{InboxView::Kind::Server, 0, -group - 1}, heading, 0, true});
        }
        entries.push_back({{InboxView::Kind::Server, 0, saved.id}, saved.name, 0, false, saved});
    }
    for (auto &e : entries)
        if (!e.heading)
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
        return e.heading ? e.name : QStringLiteral("%1 (%2)").arg(e.name).arg(e.count);
    if (role == CountRole)
        return e.count;
    if (role == HeadingRole)
        return e.heading;
    if (role == EditableRole)
        return e.saved && e.saved->editable;
    if (role == Qt::FontRole && e.heading) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

Qt::ItemFlags ViewListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return Qt::NoItemFlags;
    return m_entries[static_cast<std::size_t>(index.row())].heading ? Qt::ItemIsEnabled
                                                                    : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

std::optional<SavedView> ViewListModel::savedViewAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_entries[static_cast<std::size_t>(row)].saved : std::nullopt;
}

} // namespace helpdesk::client
