#include "models/TicketListModel.h"

#include "models/SharedPartnerText.h"

#include <QDateTime>
#include <QColor>
#include <QLocale>
#include <QFont>

#include <algorithm>

namespace helpdesk::client {

namespace {
constexpr int kRecentlyClosedDays = 7;

/// A state's chip colour, by its type (names are the admins' and vary).
QColor stateColour(const QString &stateType)
{
    if (stateType == QLatin1String("new"))
        return {0x1e, 0x6f, 0xd9};
    if (stateType == QLatin1String("open"))
        return {0x2e, 0x7d, 0x32};
    if (stateType.startsWith(QLatin1String("pending")))
        return {0x8e, 0x5b, 0xc4};
    return {0x75, 0x75, 0x75}; // closed, merged
}

/// A priority's chip colour, by its rank (1 low … 4 urgent).
QColor priorityColour(int rank)
{
    if (rank >= 4)
        return {0xc6, 0x28, 0x28};
    if (rank == 3)
        return {0xe6, 0x6a, 0x00};
    if (rank <= 1)
        return {0x60, 0x7d, 0x8b};
    return {0x78, 0x78, 0x78};
}

QString shortTime(const QString &iso)
{
    const auto at = QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime();
    if (!at.isValid())
        return {};
    const auto today = QDate::currentDate();
    if (at.date() == today)
        return at.toString(QStringLiteral("HH:mm"));
    if (at.date().year() == today.year())
        return QLocale().toString(at.date(), QStringLiteral("d MMM"));
    return QLocale().toString(at.date(), QStringLiteral("d MMM yyyy"));
}
} // namespace

TicketListModel::SlaState TicketListModel::slaStateOf(const QDateTime &due, const QDateTime &now)
{
    if (!due.isValid())
        return SlaState::None;
    if (due <= now)
        return SlaState::Late;
    return now.secsTo(due) <= kSlaSoonSeconds ? SlaState::Soon : SlaState::Ok;
}

QString TicketListModel::initialsOf(const QString &name)
{
    const auto words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    QString initials = words.front().left(1);
    if (words.size() > 1)
        initials += words.back().left(1);
    return initials.toUpper();
}

TicketListModel::TicketListModel(CacheReader &cache, QObject *parent) : QAbstractTableModel(parent), m_cache(cache)
{
    connect(&m_cache, &CacheReader::ticketsChanged, this, [this](const QSet<qint64> &ids) { onTicketsChanged(ids); });
    connect(&m_cache, &CacheReader::ticketsRemoved, this, [this](const QSet<qint64> &ids) { onTicketsRemoved(ids); });
    connect(&m_cache, &CacheReader::namesChanged, this, [this] {
        if (!m_all.empty())
            reload(); // a renamed state or agent shows everywhere
    });
    connect(&m_cache, &CacheReader::savedViewsChanged, this, [this] {
        m_viewFilters.clear();
        m_countsStale = true;
        applyServerView();
        refilter();
    });
}

void TicketListModel::setCurrentUser(qint64 userId)
{
    m_userId = userId;
    m_countsStale = true;
    refilter();
}

void TicketListModel::setMyGroups(const QList<qint64> &groupIds)
{
    m_myGroups = groupIds;
    m_countsStale = true;
    refilter();
}

void TicketListModel::reload()
{
    m_all = m_cache.ticketRows();
    m_index.clear();
    m_index.reserve(static_cast<qsizetype>(m_all.size()));
    for (std::size_t i = 0; i < m_all.size(); ++i)
        m_index.insert(m_all[i].id, i);
    if (!m_search.isEmpty())
        m_matches = m_cache.search(m_search);
    m_orderDirty = true;
    m_countsStale = true;
    refilter();
}

void TicketListModel::setView(const InboxView &view)
{
    m_view = view;
    applyServerView();
    refilter();
}

void TicketListModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    if (m_search.isEmpty())
        m_matches.reset();
    else
        m_matches = m_cache.search(m_search);
    refilter();
}

const ViewFilter *TicketListModel::filterFor(const InboxView &view) const
{
    if (view.kind != InboxView::Kind::Server)
        return nullptr;
    auto it = m_viewFilters.find(view.viewId);
    if (it == m_viewFilters.end()) {
        std::unique_ptr<ViewFilter> filter;
        for (const auto &saved : m_cache.savedViews())
            if (saved.id == view.viewId)
                filter = std::make_unique<ViewFilter>(saved, m_userId,
                                                      [this](const QString &text) { return m_cache.search(text); });
        it = m_viewFilters.emplace(view.viewId, std::move(filter)).first;
    }
    return it->second.get();
}

void TicketListModel::applyServerView()
{
    QList<int> columns;
    if (m_view.kind == InboxView::Kind::Server) {
        // A view's field names as the inbox's columns (created_at sorts as the number: numbers
        // are given in the order tickets are created).
        static const QHash<QString, int> kColumns{
            {QStringLiteral("number"), Number},     {QStringLiteral("title"), Title},
            {QStringLiteral("customer"), Customer}, {QStringLiteral("group"), Group},
            {QStringLiteral("owner"), Owner},       {QStringLiteral("state"), State},
            {QStringLiteral("priority"), Priority}, {QStringLiteral("updated_at"), Updated},
            {QStringLiteral("created_at"), Number}, {QStringLiteral("sla_due"), SlaDue}};
        for (const auto &saved : m_cache.savedViews()) {
            if (saved.id != m_view.viewId)
                continue;
            for (const auto &name : saved.columns)
                if (!columns.contains(kColumns.value(name, Updated)))
                    columns << kColumns.value(name, Updated);
            const int column = kColumns.value(saved.sortField, Updated);
            const auto order = saved.sortAscending ? Qt::AscendingOrder : Qt::DescendingOrder;
            if (column != m_sortColumn || order != m_sortOrder) {
                m_sortColumn = column;
                m_sortOrder = order;
                m_orderDirty = true;
            }
        }
    }
    if (columns != m_viewColumns) {
        m_viewColumns = columns;
        emit viewColumnsChanged(m_viewColumns);
    }
}

bool TicketListModel::inView(const TicketRow &row, const InboxView &view, const ViewFilter *filter) const
{
    const bool active = row.stateClass == TicketRow::StateClass::Active;
    const bool pending = row.stateClass == TicketRow::StateClass::Pending;
    const bool closed =
        row.stateClass == TicketRow::StateClass::Closed || row.stateClass == TicketRow::StateClass::Merged;
    switch (view.kind) {
    case InboxView::Kind::MyOpen:
        return row.ownerId && *row.ownerId == m_userId && (active || pending);
    case InboxView::Kind::Unassigned:
        return !row.ownerId && !closed && m_myGroups.contains(row.groupId);
    case InboxView::Kind::Group:
        return row.groupId == view.groupId && !closed;
    case InboxView::Kind::Pending:
        return pending;
    case InboxView::Kind::RecentlyClosed:
        return row.stateClass == TicketRow::StateClass::Closed && row.updatedAt >= m_closedCutoff;
    case InboxView::Kind::All:
        return true;
    case InboxView::Kind::Server:
        return filter && filter->matches(row);
    }
    return false;
}

int TicketListModel::countFor(const InboxView &view) const
{
    m_closedCutoff = QDateTime::currentDateTimeUtc().addDays(-kRecentlyClosedDays).toString(Qt::ISODate);
    auto *filter = filterFor(view);
    return static_cast<int>(
        std::count_if(m_all.begin(), m_all.end(), [&](const TicketRow &r) { return inView(r, view, filter); }));
}

InboxView TicketListModel::startView() const
{
    const InboxView mine{InboxView::Kind::MyOpen, 0};
    const InboxView unassigned{InboxView::Kind::Unassigned, 0};
    return countFor(mine) == 0 && countFor(unassigned) > 0 ? unassigned : mine;
}

namespace {
/// The names of the partner desks a ticket is shared with, as the inbox shows them.
QString partnerNames(const TicketRow &row)
{
    QStringList names;
    for (const auto &partner : row.sharedWith)
        names << partner.partner;
    return names.join(QStringLiteral(", "));
}
} // namespace

bool TicketListModel::lessThan(const TicketRow &a, const TicketRow &b) const
{
    auto cmp = [&](const auto &x, const auto &y) { return m_sortOrder == Qt::AscendingOrder ? x < y : y < x; };
    switch (m_sortColumn) {
    case Number:
        return cmp(a.number, b.number);
    case Title:
        return cmp(a.title.toCaseFolded(), b.title.toCaseFolded());
    case Customer:
        return cmp(a.customer.toCaseFolded(), b.customer.toCaseFolded());
    case Group:
        return cmp(a.group, b.group);
    case Owner:
        return cmp(a.owner, b.owner);
    case State:
        return cmp(a.state, b.state);
    case Priority:
        return cmp(a.priorityRank, b.priorityRank);
    case Shared:
        return cmp(partnerNames(a), partnerNames(b));
    case SlaDue: {
        // Tickets without a deadline go last, whichever the direction.
        if (a.slaDue.isEmpty() != b.slaDue.isEmpty())
            return b.slaDue.isEmpty();
        return cmp(a.slaDue, b.slaDue);
    }
    default:
        return cmp(a.updatedAt, b.updatedAt);
    }
}

void TicketListModel::refilter()
{
    m_closedCutoff = QDateTime::currentDateTimeUtc().addDays(-kRecentlyClosedDays).toString(Qt::ISODate);
    // Sorting 100,000 rows costs more than filtering them: keep every row in display order and
    // sort again only when the order or the rows change, not on each keystroke.
    if (m_orderDirty) {
        m_order.resize(m_all.size());
        for (std::size_t i = 0; i < m_all.size(); ++i)
            m_order[i] = i;
        const auto before = [&](std::size_t a, std::size_t b) { return lessThan(m_all[a], m_all[b]); };
        // The cache hands the rows newest first: the usual order costs one pass, not a sort.
        if (!std::is_sorted(m_order.begin(), m_order.end(), before))
            std::stable_sort(m_order.begin(), m_order.end(), before);
        m_orderDirty = false;
    }
    if (m_countsStale)
        m_viewFilters.clear(); // rows changed: saved views' searches are asked again
    auto *filter = filterFor(m_view);
    beginResetModel();
    m_visible.clear();
    for (auto i : m_order) {
        const auto &row = m_all[i];
        if (inView(row, m_view, filter) && (!m_matches || m_matches->contains(row.id)))
            m_visible.push_back(i);
    }
    endResetModel();
    if (std::exchange(m_countsStale, false))
        emit countsChanged(); // the counts ignore the search and the view: only row changes move them
}

void TicketListModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    m_orderDirty = true;
    refilter();
}

namespace {

/// A field some saved view's conditions read differs (ViewFilter::holds): saved views' counts move.
bool filteredFieldsDiffer(const TicketRow &a, const TicketRow &b)
{
    return a.stateId != b.stateId || a.priorityId != b.priorityId || a.groupId != b.groupId ||
           a.customerId != b.customerId || a.organizationId != b.organizationId || a.ownerId != b.ownerId ||
           a.stateType != b.stateType || a.channelId != b.channelId || a.createdVia != b.createdVia ||
           a.tags != b.tags || a.slaDue != b.slaDue || a.createdAt != b.createdAt || a.updatedAt != b.updatedAt ||
           a.sharedWith.empty() != b.sharedWith.empty() || a.custom != b.custom || a.title != b.title;
}

} // namespace

void TicketListModel::onTicketsChanged(const QSet<qint64> &ids)
{
    bool membershipChanged = false;
    bool filteredChanged = false;
    // The saved view shown: each changed row and whether the view held it before the change.
    std::vector<std::pair<std::size_t, bool>> heldBefore;
    const bool savedView = m_view.kind == InboxView::Kind::Server;
    const ViewFilter *before = savedView ? filterFor(m_view) : nullptr;
    for (const auto &row : m_cache.ticketRows(ids)) {
        auto it = m_index.find(row.id);
        if (it == m_index.end()) {
            m_index.insert(row.id, m_all.size());
            m_all.push_back(row);
            membershipChanged = true;
            continue;
        }
        auto &stored = m_all[*it];
        filteredChanged |= filteredFieldsDiffer(stored, row);
        if (savedView)
            heldBefore.emplace_back(*it, inView(stored, m_view, before));
        else
            membershipChanged |= inView(stored, m_view, nullptr) != inView(row, m_view, nullptr);
        membershipChanged |= stored.updatedAt != row.updatedAt || stored.stateType != row.stateType ||
                             stored.ownerId != row.ownerId || stored.groupId != row.groupId;
        stored = row;
    }
    if (!heldBefore.empty()) {
        // Asked anew: the view's text search may find (or lose) the changed tickets now.
        m_viewFilters.erase(m_view.viewId);
        const ViewFilter *after = filterFor(m_view);
        for (auto [i, held] : heldBefore)
            membershipChanged |= held != inView(m_all[i], m_view, after);
    }
    if (filteredChanged)
        m_countsStale = true;
    if (!m_search.isEmpty())
        m_matches = m_cache.search(m_search);
    if (membershipChanged || !m_search.isEmpty()) {
        m_orderDirty = true;
        m_countsStale = true;
        refilter();
        return;
    }
    // Same rows in the same places: repaint just them.
    for (auto id : ids) {
        int r = rowOfTicket(id);
        if (r >= 0)
            emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
    if (std::exchange(m_countsStale, false)) {
        m_viewFilters.clear(); // saved views' searches are asked again
        emit countsChanged();
    }
}

void TicketListModel::onTicketsRemoved(const QSet<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    m_all.erase(std::remove_if(m_all.begin(), m_all.end(), [&](const TicketRow &r) { return ids.contains(r.id); }),
                m_all.end());
    m_index.clear();
    for (std::size_t i = 0; i < m_all.size(); ++i)
        m_index.insert(m_all[i].id, i);
    m_orderDirty = true;
    m_countsStale = true;
    refilter();
}

qint64 TicketListModel::ticketIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_all[m_visible[static_cast<std::size_t>(row)]].id : 0;
}

int TicketListModel::rowOfTicket(qint64 id) const
{
    auto it = m_index.find(id);
    if (it == m_index.end())
        return -1;
    auto pos = std::find(m_visible.begin(), m_visible.end(), *it);
    return pos == m_visible.end() ? -1 : static_cast<int>(pos - m_visible.begin());
}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int TicketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto &row = m_all[m_visible[static_cast<std::size_t>(index.row())]];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return row.number;
        case Title: {
            QString title = row.changedSinceLook ? QStringLiteral("● ") + row.title : row.title; // news since last look
            return row.pending ? title + QStringLiteral(" ⏳") : title;
        }
        case Customer:
            return row.customer;
        case Group:
            return row.group;
        case Owner:
            return row.owner;
        case State:
            return row.state;
        case Priority:
            return row.priority;
        case Updated:
            return QDateTime::fromString(row.updatedAt, Qt::ISODateWithMs)
                .toLocalTime()
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Shared:
            return partnerNames(row);
        case SlaDue:
            return row.slaDue.isEmpty() ? QString()
                                        : QDateTime::fromString(row.slaDue, Qt::ISODateWithMs)
                                              .toLocalTime()
                                              .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        }
        break;
    case NumberRole:
        return row.number;
    case CustomerRole:
        return row.customer;
    case TitleRole:
        return row.title;
    case PreviewRole:
        return row.preview;
    case TimeRole:
        return shortTime(row.updatedAt);
    case StateRole:
        return row.state;
    case StateColourRole:
        return stateColour(row.stateType);
    case PriorityRole:
        return row.priority;
    case PriorityColourRole:
        return priorityColour(row.priorityRank);
    case SlaRole:
        return static_cast<int>(
            slaStateOf(QDateTime::fromString(row.slaDue, Qt::ISODateWithMs), QDateTime::currentDateTimeUtc()));
    case SlaTextRole:
        return slaText(row.slaDue);
    case OwnerRole:
        return row.owner;
    case OwnerInitialsRole:
        return initialsOf(row.owner);
    case SharedRole:
        return !row.sharedWith.empty();
    case SharedColourRole:
        if (!row.sharedWith.empty())
            return SharedPartnerText::colour(*SharedPartnerText::worst(row.sharedWith));
        break;
    case ChannelRole:
        return row.channelId ? QStringLiteral("channel") : row.createdVia;
    case Qt::ForegroundRole:
        if (index.column() == Shared && !row.sharedWith.empty())
            return SharedPartnerText::colour(*SharedPartnerText::worst(row.sharedWith));
        if (index.column() == SlaDue && !row.slaDue.isEmpty()) {
            auto sla =
                slaStateOf(QDateTime::fromString(row.slaDue, Qt::ISODateWithMs), QDateTime::currentDateTimeUtc());
            if (sla == SlaState::Late || sla == SlaState::Soon)
                return slaColour(sla);
        }
        break;
    case Qt::FontRole:
        if (row.unread) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Shared && !row.sharedWith.empty()) {
            QStringList lines;
            for (const auto &partner : row.sharedWith)
                lines << SharedPartnerText::details(partner);
            return SharedPartnerText::asToolTip(lines.join(QLatin1Char('\n')));
        }
        if (row.pending)
            return tr("A change of yours waits to be sent.");
        if (row.unread)
            return tr("Not opened yet.");
        if (row.changedSinceLook)
            return tr("Changed since you last looked.");
        break;
    case TicketIdRole:
        return row.id;
    case UnreadRole:
        return row.unread;
    case ChangedSinceLookRole:
        return row.changedSinceLook;
    case PendingRole:
        return row.pending;
    }
    return {};
}

QColor TicketListModel::slaColour(SlaState state)
{
    switch (state) {
    case SlaState::Late:
        return {0xc6, 0x28, 0x28};
    case SlaState::Soon:
        return {0xe0, 0x8e, 0x00};
    case SlaState::Ok:
        return {0x2e, 0x7d, 0x32};
    case SlaState::None:
        break;
    }
    return {};
}

QString TicketListModel::slaText(const QString &dueIso)
{
    if (dueIso.isEmpty())
        return {};
    const auto due = QDateTime::fromString(dueIso, Qt::ISODateWithMs);
    if (!due.isValid())
        return {};
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(due);
    const qint64 minutes = std::abs(seconds) / 60;
    QString span = minutes < 60        ? tr("%1 min").arg(minutes)
                   : minutes < 48 * 60 ? tr("%1 h").arg(minutes / 60)
                                       : tr("%1 d").arg(minutes / (24 * 60));
    return seconds <= 0 ? tr("%1 late").arg(span) : tr("in %1").arg(span);
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Number");
    case Title:
        return tr("Title");
    case Customer:
        return tr("Customer");
    case Group:
        return tr("Group");
    case Owner:
        return tr("Owner");
    case State:
        return tr("State");
    case Priority:
        return tr("Priority");
    case Updated:
        return tr("Updated");
    case SlaDue:
        return tr("SLA due");
    case Shared:
        return tr("Shared");
    }
    return {};
}

} // namespace helpdesk::client
