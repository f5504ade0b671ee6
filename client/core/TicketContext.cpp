#include "core/TicketContext.h"

#include "core/AccountSession.h"
#include "core/Replica.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sstream>

namespace helpdesk::client {

namespace {
/// The cache keeps what the server last said of these as JSON text under a meta key, so the
/// sidebar shows them offline and at once when a ticket opens.
QString customerKey(qint64 id)
{
    return QStringLiteral("customer:%1").arg(id);
}
QString watchersKey(qint64 ticketId)
{
    return QStringLiteral("watchers:%1").arg(ticketId);
}
QString timeAccountingKey(qint64 groupId)
{
    return QStringLiteral("time_accounting:%1").arg(groupId);
}

QJsonObject objectOf(const protocol::JsonObject &object)
{
    if (!object)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromStdString(protocol::toJsonText(object))).object();
}
QJsonArray arrayOf(const protocol::JsonArray &array)
{
    if (!array)
        return {};
    std::ostringstream text;
    array->stringify(text);
    return QJsonDocument::fromJson(QByteArray::fromStdString(text.str())).array();
}

/// A custom field's value as text: a list joined, a boolean as yes/no.
QString shownValue(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? TicketContext::tr("yes") : TicketContext::tr("no");
    if (value.isArray()) {
        QStringList parts;
        for (const auto &v : value.toArray())
            parts << v.toVariant().toString();
        return parts.join(QStringLiteral(", "));
    }
    return value.toVariant().toString();
}
} // namespace

TicketContext::TicketContext(AccountSession &session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(&m_session, &AccountSession::accountOpened, this, [this] {
        auto &connection = m_session.replica()->connection;
        connect(&connection, &ServerConnection::helloAccepted, this, [this] { loadGroupSettings(); });
        connect(&connection, &ServerConnection::eventsReceived, this, [this](const protocol::JsonArray &events) {
            // The events that change what this pane shows; the sync engine applies the rest.
            bool groupsChanged = false;
            for (unsigned i = 0; events && i < events->size(); ++i) {
                auto event = events->getObject(i);
                const auto kind = event->optValue<std::string>("kind", "");
                auto data = event->getObject("data");
                if (kind == "ticket.watchers_changed" && data && data->getArray("watchers")) {
                    const auto ticketId = event->optValue<std::int64_t>("ticket_id", 0);
                    m_session.replica()->cache.setMeta(
                        watchersKey(ticketId),
                        QString::fromUtf8(
                            QJsonDocument(arrayOf(data->getArray("watchers"))).toJson(QJsonDocument::Compact)));
                    emit watchersChanged(ticketId);
                } else if (kind.rfind("group.", 0) == 0) {
                    groupsChanged = true;
                }
            }
            if (groupsChanged)
                loadGroupSettings();
        });
    });
}

CustomerCard TicketContext::customer(qint64 customerId) const
{
    CustomerCard card;
    card.id = customerId;
    auto *replica = m_session.replica();
    if (!replica || customerId == 0)
        return card;
    auto &cache = replica->cache;
    card.name = cache.userName(customerId);
    const auto user = QJsonDocument::fromJson(cache.meta(customerKey(customerId)).toUtf8()).object();
    if (user.isEmpty())
        return card;
    card.complete = true;
    card.name = user.value(QStringLiteral("name")).toString();
    card.email = user.value(QStringLiteral("email")).toString();
    card.organizationId = user.value(QStringLiteral("organization_id")).toInteger();
    if (card.organizationId)
        for (const auto &organization : cache.config(QStringLiteral("organization"), false))
            if (organization.id == card.organizationId)
                card.organization = organization.name;
    // Custom fields by the admins' labels, in their order; values of unknown fields by their names.
    const auto custom = user.value(QStringLiteral("custom")).toObject();
    QSet<QString> shown;
    for (const auto &item : cache.config(QStringLiteral("custom_field"))) {
        const auto field = QJsonDocument::fromJson(item.detail.toUtf8()).object();
        if (field.value(QStringLiteral("object_kind")).toString() != QLatin1String("user"))
            continue;
        const auto value = custom.value(item.name);
        if (value.isNull() || value.isUndefined() || shownValue(value).isEmpty())
            continue;
        const auto label = field.value(QStringLiteral("label")).toString();
        card.fields.append({label.isEmpty() ? item.name : label, shownValue(value)});
        shown.insert(item.name);
    }
    for (auto it = custom.begin(); it != custom.end(); ++it)
        if (!shown.contains(it.key()) && !it.value().isNull() && !shownValue(it.value()).isEmpty())
            card.fields.append({it.key(), shownValue(it.value())});
    QMap<qint64, QString> integrations;
    for (const auto &integration : cache.config(QStringLiteral("integration"), false))
        integrations.insert(integration.id, integration.name);
    for (const auto &link : user.value(QStringLiteral("external_ids")).toArray()) {
        const auto o = link.toObject();
        const auto integration = o.value(QStringLiteral("integration_id")).toInteger();
        card.externalIds.push_back({integration, integrations.value(integration),
                                    o.value(QStringLiteral("external_id")).toVariant().toString()});
    }
    return card;
}

void TicketContext::refreshCustomer(qint64 customerId)
{
    auto *replica = m_session.replica();
    if (!replica || customerId == 0 || replica->connection.state() != ConnectionState::Online)
        return;
    auto params = protocol::newObject();
    params->set("id", customerId);
    replica->connection.request(QStringLiteral("user.get"), params, [this, customerId](const Reply &reply) {
        auto *replica = m_session.replica();
        if (!reply.ok || !replica || !reply.result->getObject("user"))
            return;
        const auto user = objectOf(reply.result->getObject("user"));
        replica->cache.setMeta(customerKey(customerId),
                               QString::fromUtf8(QJsonDocument(user).toJson(QJsonDocument::Compact)));
        const auto organization = user.value(QStringLiteral("organization_id")).toInteger();
        bool named = organization == 0;
        for (const auto &known : replica->cache.config(QStringLiteral("organization"), false))
            named = named || known.id == organization;
        if (!named)
            loadOrganizations(); // tells customerChanged again once the name is in
        emit customerChanged(customerId);
    });
}

void TicketContext::loadOrganizations()
{
    auto *replica = m_session.replica();
    if (!replica)
        return;
    replica->connection.request(QStringLiteral("organization.list"), protocol::newObject(), [this](const Reply &reply) {
        auto *replica = m_session.replica();
        if (!reply.ok || !replica)
            return;
        const auto list = arrayOf(reply.result->getArray("organizations"));
        for (const auto &item : list) {
            const auto o = item.toObject();
            replica->cache.upsertConfig(QStringLiteral("organization"), o.value(QStringLiteral("id")).toInteger(),
                                        o.value(QStringLiteral("name")).toString(), QStringLiteral(""), 0, true);
        }
        emit customerChanged(0); // 0: any customer's card may show a name now
    });
}

std::vector<TicketRow> TicketContext::ticketsOfCustomer(qint64 customerId, qint64 exceptTicket) const
{
    auto *replica = m_session.replica();
    if (!replica || customerId == 0)
        return {};
    auto rows = replica->cache.ticketRowsOfCustomer(customerId);
    std::erase_if(rows, [&](const TicketRow &row) { return row.id == exceptTicket; });
    return rows;
}

std::vector<TicketRow> TicketContext::ticketsOfOrganization(qint64 organizationId, qint64 customerId) const
{
    auto *replica = m_session.replica();
    if (!replica || organizationId == 0)
        return {};
    auto rows = replica->cache.ticketRowsOfOrganization(organizationId);
    std::erase_if(rows, [&](const TicketRow &row) { return row.customerId == customerId; });
    return rows;
}

std::vector<NamedItem> TicketContext::watchers(qint64 ticketId) const
{
    auto *replica = m_session.replica();
    if (!replica)
        return {};
    std::vector<NamedItem> out;
    for (const auto &item : QJsonDocument::fromJson(replica->cache.meta(watchersKey(ticketId)).toUtf8()).array()) {
        const auto o = item.toObject();
        out.push_back({o.value(QStringLiteral("user_id")).toInteger(), o.value(QStringLiteral("name")).toString(),
                       o.value(QStringLiteral("email")).toString()});
    }
    return out;
}

void TicketContext::refreshWatchers(qint64 ticketId)
{
    auto *replica = m_session.replica();
    if (!replica || ticketId <= 0 || replica->connection.state() != ConnectionState::Online)
        return;
    auto params = protocol::newObject();
    params->set("id", ticketId);
    replica->connection.request(QStringLiteral("ticket.watchers"), params, [this, ticketId](const Reply &reply) {
        auto *replica = m_session.replica();
        if (!reply.ok || !replica)
            return;
        const auto text = QString::fromUtf8(
            QJsonDocument(arrayOf(reply.result->getArray("watchers"))).toJson(QJsonDocument::Compact));
        if (text == replica->cache.meta(watchersKey(ticketId)))
            return;
        replica->cache.setMeta(watchersKey(ticketId), text);
        emit watchersChanged(ticketId);
    });
}

QString TicketContext::timeAccounting(qint64 groupId) const
{
    auto *replica = m_session.replica();
    return replica ? replica->cache.meta(timeAccountingKey(groupId), QStringLiteral("off")) : QStringLiteral("off");
}

void TicketContext::loadGroupSettings()
{
    auto *replica = m_session.replica();
    if (!replica)
        return;
    replica->connection.request(QStringLiteral("group.list"), protocol::newObject(), [this](const Reply &reply) {
        auto *replica = m_session.replica();
        if (!reply.ok || !replica)
            return;
        bool changed = false;
        for (const auto &item : arrayOf(reply.result->getArray("groups"))) {
            const auto o = item.toObject();
            const auto key = timeAccountingKey(o.value(QStringLiteral("id")).toInteger());
            const auto value = o.value(QStringLiteral("time_accounting")).toString(QStringLiteral("off"));
            if (replica->cache.meta(key, QStringLiteral("off")) != value) {
                replica->cache.setMeta(key, value);
                changed = true;
            }
        }
        if (changed)
            emit groupSettingsChanged();
    });
}

void TicketContext::loadTime(qint64 ticketId)
{
    auto *replica = m_session.replica();
    if (!replica || ticketId <= 0 || replica->connection.state() != ConnectionState::Online)
        return;
    auto params = protocol::newObject();
    params->set("id", ticketId);
    replica->connection.request(QStringLiteral("ticket.time"), params, [this, ticketId](const Reply &reply) {
        auto *replica = m_session.replica();
        if (!reply.ok || !replica)
            return;
        const auto answer = objectOf(reply.result);
        std::vector<TimeEntry> entries;
        for (const auto &item : answer.value(QStringLiteral("entries")).toArray()) {
            const auto o = item.toObject();
            const auto who = o.value(QStringLiteral("agent_id")).toInteger();
            entries.push_back({o.value(QStringLiteral("article_id")).toInteger(),
                               o.value(QStringLiteral("agent_name")).toString(replica->cache.userName(who)),
                               o.value(QStringLiteral("minutes")).toInt(), o.value(QStringLiteral("at")).toString()});
        }
        emit timeLoaded(ticketId, answer.value(QStringLiteral("total_minutes")).toInt(), entries);
    });
}

} // namespace helpdesk::client
