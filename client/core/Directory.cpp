#include "core/Directory.h"

#include "core/AccountSession.h"
#include "core/JsonVariant.h"
#include "core/Replica.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <tuple>

namespace helpdesk::client {

namespace {
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QDateTime timeOf(const std::optional<std::string> &iso)
{
    return iso ? QDateTime::fromString(qs(*iso), Qt::ISODateWithMs) : QDateTime();
}

TicketDetails detailsOf(const protocol::Ticket &t)
{
    TicketDetails d;
    d.id = t.id;
    d.number = t.number;
    d.title = qs(t.title);
    d.groupId = t.groupId;
    d.ownerId = t.ownerId;
    d.customerId = t.customerId;
    d.stateId = t.stateId;
    d.stateType = qs(t.stateType);
    d.priorityId = t.priorityId;
    d.typeId = t.typeId;
    for (const auto &tag : t.tags)
        d.tags << qs(tag);
    if (t.custom)
        d.custom = toVariant(t.custom).toMap();
    d.firstResponseDue = timeOf(t.firstResponseDueAt);
    d.updateDue = timeOf(t.updateDueAt);
    d.solutionDue = timeOf(t.solutionDueAt);
    if (t.sharedWith)
        d.sharedWith = sharedPartnersOf(*t.sharedWith);
    d.timeSpentMinutes = t.timeSpentMinutes;
    return d;
}
} // namespace

Directory::Directory(AccountSession &session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(&m_session, &AccountSession::accountOpened, this, [this] {
        auto &cache = m_session.replica()->cache;
        connect(&cache, &CacheStore::namesChanged, this, &Directory::configurationChanged);
        connect(&cache, &CacheStore::ticketsChanged, this, [this](const QSet<qint64> &ids) {
            for (auto id : ids)
                emit ticketChanged(id);
        });
    });
}

std::vector<NamedItem> Directory::config(const QString &kind) const
{
    auto *replica = m_session.replica();
    return replica ? replica->cache.config(kind) : std::vector<NamedItem>{};
}

std::vector<NamedItem> Directory::states() const
{
    return config(QStringLiteral("state"));
}

std::vector<NamedItem> Directory::priorities() const
{
    return config(QStringLiteral("priority"));
}

std::vector<NamedItem> Directory::groups() const
{
    return config(QStringLiteral("group"));
}

std::vector<NamedItem> Directory::types() const
{
    return config(QStringLiteral("type"));
}

std::vector<NamedItem> Directory::macros() const
{
    return config(QStringLiteral("macro"));
}

std::vector<NamedItem> Directory::agents() const
{
    auto *replica = m_session.replica();
    return replica ? replica->cache.staff() : std::vector<NamedItem>{};
}

QString Directory::nameOfUser(qint64 id) const
{
    auto *replica = m_session.replica();
    return replica ? replica->cache.userName(id) : QString();
}

qint64 Directory::agentIdOfEmail(const QString &email) const
{
    qint64 id = 0;
    for (const auto &agent : agents())
        if (agent.detail.compare(email, Qt::CaseInsensitive) == 0)
            id = agent.id;
    return id;
}

std::vector<TextModule> Directory::textModules(const QString &prefix) const
{
    // The cache keeps a module's definition as the server sent it, keyed by keyword.
    std::vector<TextModule> out;
    for (const auto &item : config(QStringLiteral("text_module"))) {
        if (!item.name.startsWith(prefix, Qt::CaseInsensitive))
            continue;
        auto o = QJsonDocument::fromJson(item.detail.toUtf8()).object();
        out.push_back({item.name, o.value(QStringLiteral("name")).toString(),
                       o.value(QStringLiteral("body")).toString(), o.value(QStringLiteral("folder")).toString()});
    }
    // By folder (unfiled first), so the composer's picker shows each folder's modules together.
    std::sort(out.begin(), out.end(), [](const TextModule &a, const TextModule &b) {
        return std::tie(a.folder, a.keyword) < std::tie(b.folder, b.keyword);
    });
    return out;
}

QString Directory::expandTextModule(const TextModule &module, qint64 ticketId) const
{
    QString text = module.body;
    if (auto t = ticket(ticketId)) {
        text.replace(QStringLiteral("{customer_name}"), nameOfUser(t->customerId));
        text.replace(QStringLiteral("{ticket_number}"), QString::number(t->number));
        text.replace(QStringLiteral("{ticket_title}"), t->title);
    }
    text.replace(QStringLiteral("{agent_name}"), nameOfUser(m_session.userId()));
    return text;
}

std::vector<CustomField> Directory::ticketCustomFields() const
{
    std::vector<CustomField> out;
    QMap<qint64, QString> integrations; // names of the fields' owners, when the account may read them
    for (const auto &integration : config(QStringLiteral("integration")))
        integrations.insert(integration.id, integration.name);
    for (const auto &item : config(QStringLiteral("custom_field"))) {
        auto o = QJsonDocument::fromJson(item.detail.toUtf8()).object();
        if (o.value(QStringLiteral("object_kind")).toString() != QLatin1String("ticket"))
            continue;
        QStringList options;
        for (const auto &option : o.value(QStringLiteral("options")).toArray())
            options << (option.isObject() ? option.toObject().value(QStringLiteral("value")).toString()
                                          : option.toString());
        const auto owner = o.value(QStringLiteral("integration_id")).toInteger();
        out.push_back({item.name, o.value(QStringLiteral("label")).toString(),
                       o.value(QStringLiteral("field_type")).toString(), options, owner, integrations.value(owner)});
    }
    return out;
}

std::optional<TicketDetails> Directory::ticket(qint64 id) const
{
    auto *replica = m_session.replica();
    if (!replica)
        return std::nullopt;
    auto t = replica->cache.ticket(id);
    if (!t)
        return std::nullopt;
    auto details = detailsOf(*t);
    details.origin = replica->cache.ticketOrigin(id);
    return details;
}

std::optional<qint64> Directory::ticketIdOfNumber(qint64 number) const
{
    auto *replica = m_session.replica();
    if (!replica)
        return std::nullopt;
    for (auto id : replica->cache.search(QString::number(number)))
        if (auto t = replica->cache.ticket(id); t && t->number == number)
            return id;
    return std::nullopt;
}

QStringList Directory::participants(qint64 ticketId) const
{
    QStringList out;
    auto *replica = m_session.replica();
    if (!replica)
        return out;
    // Our own addresses never go into a reply-all: the agent's and every group's.
    QStringList ours{m_session.email()};
    for (const auto &group : replica->cache.config(QStringLiteral("group"), false))
        ours << group.detail.split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto isOurs = [&](const QString &address) {
        for (const auto &own : ours)
            if (!own.trimmed().isEmpty() && address.contains(own.trimmed(), Qt::CaseInsensitive))
                return true;
        return false;
    };
    auto articles = replica->cache.articles(ticketId);
    for (auto it = articles.rbegin(); it != articles.rend(); ++it) {
        if (it->sender != "customer" || it->channel != "email")
            continue;
        for (const auto &list : {it->to, it->cc})
            for (const auto &address : QString::fromStdString(list).split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (!isOurs(address))
                    out << address.trimmed();
        break;
    }
    return out;
}

} // namespace helpdesk::client
