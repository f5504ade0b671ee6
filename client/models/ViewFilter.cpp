#include "models/ViewFilter.h"

#include <QDateTime>

#include <algorithm>

namespace helpdesk::client {

namespace {
/// A time as the server writes it (and the cache keeps it), so that text order is time order.
QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

/// The start of a date (in UTC) or a time, as a view's `before` and `after` give it.
QString thresholdOf(const QString &value)
{
    if (value.size() == 10) {
        const auto date = QDate::fromString(value, Qt::ISODate);
        return date.isValid() ? isoUtc(QDateTime(date, QTime(0, 0), Qt::UTC)) : QString();
    }
    const auto at = QDateTime::fromString(value, Qt::ISODateWithMs);
    return at.isValid() ? isoUtc(at) : QString();
}

/// A custom value as text for comparing ("true", "5", "north").
QString textOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double && value.toDouble() == static_cast<double>(value.toLongLong()))
        return QString::number(value.toLongLong());
    return value.toString();
}

/// The values of a custom field (a multiselect's list, or the one value).
QStringList valuesOf(const QVariant &value)
{
    QStringList out;
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
        for (const auto &v : value.toList())
            out << textOf(v);
    } else if (value.isValid() && !value.isNull()) {
        out << textOf(value);
    }
    return out;
}
} // namespace

ViewFilter::ViewFilter(const SavedView &view, qint64 userId, const Search &search) : m_matchAll(view.matchAll)
{
    const auto now = QDateTime::currentDateTimeUtc();
    for (const auto &source : view.conditions) {
        Condition c{source.field, source.op, source.value, {}, {}, false, {}};
        for (const auto &v : source.value.toList()) {
            if (v.isNull())
                c.unassigned = true;
            else if (v.typeId() == QMetaType::QString && v.toString() == QLatin1String("me") &&
                     c.field == QLatin1String("owner_id"))
                c.ids.insert(userId);
            else if (v.typeId() == QMetaType::QString)
                c.texts.insert(v.toString());
            else {
                c.ids.insert(v.toLongLong());
                c.texts.insert(textOf(v));
            }
        }
        if (c.field == QLatin1String("query"))
            c.ids = search ? search(source.value.toString()) : QSet<qint64>();
        else if (c.op == QLatin1String("before") || c.op == QLatin1String("after"))
            c.threshold = thresholdOf(source.value.toString());
        else if (c.op == QLatin1String("within_days"))
            c.threshold = isoUtc(now.addDays(-source.value.toLongLong()));
        else if (c.op == QLatin1String("breached"))
            c.threshold = isoUtc(now);
        else if (c.op == QLatin1String("due_within_minutes"))
            c.threshold = isoUtc(now.addSecs(60 * source.value.toLongLong()));
        m_conditions.push_back(std::move(c));
    }
}

bool ViewFilter::matches(const TicketRow &row) const
{
    if (m_matchAll)
        return std::all_of(m_conditions.begin(), m_conditions.end(), [&](const Condition &c) { return holds(c, row); });
    return m_conditions.empty() ||
           std::any_of(m_conditions.begin(), m_conditions.end(), [&](const Condition &c) { return holds(c, row); });
}

bool ViewFilter::holds(const Condition &c, const TicketRow &row) const
{
    const auto &f = c.field;
    const bool negated = c.op == QLatin1String("not_in");
    auto listed = [&](bool in) { return negated ? !in : in; };
    if (f == QLatin1String("state_id"))
        return listed(c.ids.contains(row.stateId));
    if (f == QLatin1String("priority_id"))
        return listed(c.ids.contains(row.priorityId));
    if (f == QLatin1String("group_id"))
        return listed(c.ids.contains(row.groupId));
    if (f == QLatin1String("customer_id"))
        return listed(c.ids.contains(row.customerId));
    if (f == QLatin1String("organization_id"))
        return listed(row.organizationId && c.ids.contains(*row.organizationId));
    if (f == QLatin1String("owner_id"))
        return listed(row.ownerId ? c.ids.contains(*row.ownerId) : c.unassigned);
    if (f == QLatin1String("state_type"))
        return listed(c.texts.contains(row.stateType));
    if (f == QLatin1String("channel"))
        return listed(c.texts.contains(row.createdVia) || (row.channelId && c.ids.contains(*row.channelId)));
    if (f == QLatin1String("tags")) {
        const auto has = [&](const QString &tag) { return row.tags.contains(tag); };
        if (c.op == QLatin1String("all"))
            return std::all_of(c.texts.begin(), c.texts.end(), has);
        const bool any = std::any_of(c.texts.begin(), c.texts.end(), has);
        return c.op == QLatin1String("none") ? !any : any;
    }
    if (f == QLatin1String("sla")) {
        if (c.op == QLatin1String("breached"))
            return (!row.slaDue.isEmpty() && row.slaDue <= c.threshold) == c.value.toBool();
        return !row.slaDue.isEmpty() && row.slaDue <= c.threshold;
    }
    if (f == QLatin1String("created_at") || f == QLatin1String("updated_at")) {
        const auto &at = f == QLatin1String("created_at") ? row.createdAt : row.updatedAt;
        if (c.threshold.isEmpty() || at.isEmpty())
            return false;
        return c.op == QLatin1String("before") ? at < c.threshold : at >= c.threshold;
    }
    if (f == QLatin1String("shared"))
        return row.sharedWith.empty() != c.value.toBool();
    if (f == QLatin1String("query"))
        return c.ids.contains(row.id);
    if (f.startsWith(QLatin1String("custom."))) {
        const auto values = valuesOf(row.custom.value(f.mid(7)));
        const bool empty = values.isEmpty() || (values.size() == 1 && values.front().isEmpty());
        if (c.op == QLatin1String("empty"))
            return empty == c.value.toBool();
        if (c.op == QLatin1String("contains")) {
            const auto needle = c.value.toString();
            return std::any_of(values.begin(), values.end(),
                               [&](const QString &v) { return v.contains(needle, Qt::CaseInsensitive); });
        }
        if (c.op == QLatin1String("in"))
            return std::any_of(values.begin(), values.end(), [&](const QString &v) { return c.texts.contains(v); });
        const bool equal = values.contains(textOf(c.value));
        return c.op == QLatin1String("ne") ? !equal : equal;
    }
    return false; // a field this client does not know: no ticket is taken for it
}

} // namespace helpdesk::client
