#include "core/TicketActions.h"

#include "core/AccountSession.h"
#include "core/Directory.h"
#include "core/Replica.h"

namespace helpdesk::client {

TicketActions::TicketActions(AccountSession &session, const Directory &directory, QObject *parent)
    : QObject(parent), m_session(session), m_directory(directory)
{
    connect(&m_session, &AccountSession::accountOpened, this, [this] {
        auto *replica = m_session.replica();
        connect(&replica->outbox, &Outbox::rejected, this, &TicketActions::changeRejected);
        connect(&replica->cache, &CacheStore::outboxChanged, this,
                [this] { emit pendingChangesChanged(pendingChanges()); });
    });
}

std::optional<qint64> TicketActions::numberOf(qint64 ticketId) const
{
    auto *replica = m_session.replica();
    if (!replica)
        return std::nullopt;
    auto t = replica->cache.ticket(ticketId);
    return t ? std::optional<qint64>(t->number) : std::nullopt;
}

void TicketActions::open(qint64 ticketId)
{
    auto *replica = m_session.replica();
    if (!replica)
        return;
    replica->cache.markSeen(ticketId);
    if (replica->connection.state() == ConnectionState::Online) {
        replica->sync.fetchArticles(ticketId);
        replica->sync.fetchOrigin(ticketId);
        replica->sync.fetchDeliveries(ticketId);
    }
}

void TicketActions::refreshDeliveries(qint64 ticketId)
{
    if (auto *replica = m_session.replica())
        replica->sync.fetchDeliveries(ticketId);
}

void TicketActions::reply(qint64 ticketId, const QString &text, const QString &to, const QString &cc,
                          const QString &summary, const QString &html, const std::vector<PendingFile> &files,
                          int timeSpentMinutes)
{
    auto number = numberOf(ticketId);
    if (!number)
        return;
    protocol::ArticleParams article;
    article.channel = "email";
    article.bodyText = text.toStdString();
    if (!html.isEmpty())
        article.bodyHtml = html.toStdString();
    if (!to.isEmpty())
        article.to = to.toStdString();
    if (!cc.isEmpty())
        article.cc = cc.toStdString();
    if (timeSpentMinutes > 0)
        article.timeSpentMinutes = timeSpentMinutes;
    m_session.replica()->outbox.addArticle(ticketId, article, m_session.email(),
                                           summary.isEmpty() ? tr("Reply to #%1").arg(*number) : summary, files);
}

void TicketActions::addNote(qint64 ticketId, const QString &text, const std::vector<PendingFile> &files,
                            const QList<qint64> &mentions, int timeSpentMinutes)
{
    auto number = numberOf(ticketId);
    if (!number)
        return;
    protocol::ArticleParams article;
    article.channel = "note";
    article.internal = true;
    article.bodyText = text.toStdString();
    for (auto id : mentions)
        article.mentions.push_back(id);
    if (timeSpentMinutes > 0)
        article.timeSpentMinutes = timeSpentMinutes;
    m_session.replica()->outbox.addArticle(ticketId, article, m_session.email(), tr("Note on #%1").arg(*number), files);
}

void TicketActions::logPhoneCall(qint64 ticketId, const QString &text, bool inbound, int timeSpentMinutes)
{
    auto number = numberOf(ticketId);
    if (!number)
        return;
    protocol::ArticleParams article;
    article.channel = inbound ? "phone_in" : "phone_out";
    article.bodyText = text.toStdString();
    if (timeSpentMinutes > 0)
        article.timeSpentMinutes = timeSpentMinutes;
    m_session.replica()->outbox.addArticle(ticketId, article, m_session.email(), tr("Phone call on #%1").arg(*number));
}

void TicketActions::setField(qint64 ticketId, const QString &field, qint64 value)
{
    auto number = numberOf(ticketId);
    if (!number)
        return;
    auto fields = protocol::newObject();
    if (field == QLatin1String("owner_id") && value == 0)
        fields->set("owner_id", Poco::Dynamic::Var());
    else
        fields->set(field.toStdString(), value);
    m_session.replica()->outbox.updateTicket(ticketId, fields,
                                             tr("Change %1 of #%2").arg(field, QString::number(*number)));
}

void TicketActions::setTags(qint64 ticketId, const QStringList &tags)
{
    auto number = numberOf(ticketId);
    if (!number)
        return;
    auto fields = protocol::newObject();
    auto list = protocol::newArray();
    for (const auto &tag : tags)
        list->add(tag.toStdString());
    fields->set("tags", list);
    m_session.replica()->outbox.updateTicket(ticketId, fields, tr("Tags of #%1").arg(*number));
}

void TicketActions::changeTags(qint64 ticketId, const QStringList &add, const QStringList &remove)
{
    auto ticket = m_directory.ticket(ticketId);
    if (!ticket)
        return;
    QStringList tags = ticket->tags;
    for (const auto &tag : add)
        if (!tag.trimmed().isEmpty() && !tags.contains(tag.trimmed()))
            tags << tag.trimmed();
    for (const auto &tag : remove)
        tags.removeAll(tag.trimmed());
    if (tags != ticket->tags)
        setTags(ticketId, tags);
}

bool TicketActions::close(qint64 ticketId)
{
    for (const auto &state : m_directory.states())
        if (state.detail == QLatin1String("closed")) {
            setField(ticketId, QStringLiteral("state_id"), state.id);
            return true;
        }
    return false;
}

void TicketActions::setCustomField(qint64 ticketId, const QString &name, const QVariant &value)
{
    auto number = numberOf(ticketId);
    if (!number)
        return;
    auto custom = protocol::newObject();
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        custom->set(name.toStdString(), Poco::Dynamic::Var());
        break;
    case QMetaType::Bool:
        custom->set(name.toStdString(), value.toBool());
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
        custom->set(name.toStdString(), static_cast<std::int64_t>(value.toLongLong()));
        break;
    case QMetaType::QStringList: {
        auto list = protocol::newArray();
        for (const auto &v : value.toStringList())
            list->add(v.toStdString());
        custom->set(name.toStdString(), list);
        break;
    }
    default:
        custom->set(name.toStdString(), value.toString().toStdString());
    }
    auto fields = protocol::newObject();
    fields->set("custom", custom);
    m_session.replica()->outbox.updateTicket(ticketId, fields,
                                             tr("Change %1 of #%2").arg(name, QString::number(*number)));
}

void TicketActions::take(qint64 ticketId)
{
    setField(ticketId, QStringLiteral("owner_id"), m_session.userId());
}

bool TicketActions::mergeInto(qint64 ticketId, qint64 intoNumber)
{
    auto number = numberOf(ticketId);
    auto into = m_directory.ticketIdOfNumber(intoNumber);
    if (!number || !into || *into == ticketId)
        return false;
    auto params = protocol::newObject();
    params->set("id", ticketId);
    params->set("into_id", *into);
    m_session.replica()->outbox.submit(QStringLiteral("ticket.merge"), params, ticketId,
                                       tr("Merge #%1 into #%2").arg(*number).arg(intoNumber));
    return true;
}

bool TicketActions::linkTo(qint64 ticketId, qint64 targetNumber, const QString &kind)
{
    auto number = numberOf(ticketId);
    auto target = m_directory.ticketIdOfNumber(targetNumber);
    if (!number || !target || *target == ticketId)
        return false;
    auto params = protocol::newObject();
    params->set("id", ticketId);
    params->set("target_id", *target);
    params->set("kind", kind.toStdString());
    m_session.replica()->outbox.submit(QStringLiteral("ticket.link"), params, ticketId,
                                       tr("Link #%1 to #%2").arg(*number).arg(targetNumber));
    return true;
}

void TicketActions::splitArticle(qint64 ticketId, qint64 articleId, const QString &title, qint64 groupId)
{
    auto number = numberOf(ticketId);
    if (!number || articleId <= 0)
        return;
    auto params = protocol::newObject();
    params->set("id", ticketId);
    params->set("article_id", articleId);
    if (!title.trimmed().isEmpty())
        params->set("title", title.trimmed().toStdString());
    if (groupId > 0)
        params->set("group_id", groupId);
    m_session.replica()->outbox.submit(QStringLiteral("ticket.split"), params, ticketId,
                                       tr("Split an article of #%1 into a new ticket").arg(*number));
}

void TicketActions::watch(qint64 ticketId, qint64 userId)
{
    auto number = numberOf(ticketId);
    if (!number)
        return;
    auto params = protocol::newObject();
    params->set("id", ticketId);
    params->set("user_id", userId ? userId : m_session.userId());
    m_session.replica()->outbox.submit(
        QStringLiteral("ticket.watch"), params, ticketId,
        userId && userId != m_session.userId()
            ? tr("Add %1 to the watchers of #%2").arg(m_directory.nameOfUser(userId)).arg(*number)
            : tr("Watch #%1").arg(*number));
}

void TicketActions::unwatch(qint64 ticketId, qint64 userId)
{
    auto number = numberOf(ticketId);
    if (!number)
        return;
    auto params = protocol::newObject();
    params->set("id", ticketId);
    params->set("user_id", userId ? userId : m_session.userId());
    m_session.replica()->outbox.submit(
        QStringLiteral("ticket.unwatch"), params, ticketId,
        userId && userId != m_session.userId()
            ? tr("Remove %1 from the watchers of #%2").arg(m_directory.nameOfUser(userId)).arg(*number)
            : tr("Stop watching #%1").arg(*number));
}

void TicketActions::applyMacro(qint64 ticketId, qint64 macroId, const QString &macroName)
{
    auto number = numberOf(ticketId);
    if (!number)
        return;
    auto params = protocol::newObject();
    params->set("id", ticketId);
    params->set("macro_id", macroId);
    m_session.replica()->outbox.submit(QStringLiteral("ticket.apply_macro"), params, ticketId,
                                       tr("Macro \"%1\" on #%2").arg(macroName).arg(*number));
}

void TicketActions::createOutboundTicket(const QString &customerEmail, const QString &title, qint64 groupId,
                                         const QString &text)
{
    NewTicket ticket;
    ticket.customerEmail = customerEmail;
    ticket.title = title;
    ticket.groupId = groupId;
    ticket.text = text;
    createTicket(ticket);
}

void TicketActions::createTicket(const NewTicket &ticket)
{
    auto *replica = m_session.replica();
    if (!replica)
        return;
    const QString customer = ticket.customerId ? m_directory.nameOfUser(ticket.customerId) : ticket.customerEmail;
    if (!ticket.customerId && !ticket.newCustomerName.trimmed().isEmpty()) {
        // Sent in order before the ticket, which then finds the customer by the address.
        auto person = protocol::newObject();
        person->set("email", ticket.customerEmail.trimmed().toStdString());
        person->set("name", ticket.newCustomerName.trimmed().toStdString());
        person->set("role", std::string("customer"));
        replica->outbox.submit(QStringLiteral("user.create"), person, 0,
                               tr("New customer %1 <%2>").arg(ticket.newCustomerName, ticket.customerEmail));
    }
    protocol::TicketCreateParams p;
    p.title = ticket.title.toStdString();
    p.groupId = ticket.groupId;
    if (ticket.customerId)
        p.customerId = ticket.customerId;
    else
        p.customerEmail = ticket.customerEmail.trimmed().toStdString();
    if (ticket.priorityId)
        p.priorityId = ticket.priorityId;
    p.custom = protocol::newObject();
    protocol::ArticleParams article;
    article.bodyText = ticket.text.toStdString();
    switch (ticket.channel) {
    case NewTicket::Channel::Email:
        article.channel = "email";
        if (!ticket.customerId)
            article.to = ticket.customerEmail.trimmed().toStdString(); // else the server takes the customer's
        break;
    case NewTicket::Channel::PhoneIn:
        article.channel = "phone_in";
        break;
    case NewTicket::Channel::PhoneOut:
        article.channel = "phone_out";
        break;
    }
    p.article = article;
    replica->outbox.submit(QStringLiteral("ticket.create"), p.toJson(), 0,
                           tr("New ticket for %1: %2").arg(customer, ticket.title));
}

void TicketActions::loadRating(qint64 ticketId)
{
    auto *replica = m_session.replica();
    if (!replica || replica->connection.state() != ConnectionState::Online)
        return;
    auto params = protocol::newObject();
    params->set("id", ticketId);
    replica->connection.request(QStringLiteral("ticket.rating"), params, [this, ticketId](const Reply &reply) {
        if (!reply.ok)
            return;
        auto rating = reply.result->getObject("rating");
        if (!rating) {
            emit ratingLoaded(ticketId, 0, {}, 0);
            return;
        }
        auto comment =
            rating->isNull("comment") ? QString() : QString::fromStdString(rating->getValue<std::string>("comment"));
        auto article = rating->has("article_id") && !rating->isNull("article_id")
                           ? rating->getValue<std::int64_t>("article_id")
                           : std::int64_t(0);
        emit ratingLoaded(ticketId, rating->getValue<int>("score"), comment, article);
    });
}

void TicketActions::loadHistory(qint64 ticketId)
{
    auto *replica = m_session.replica();
    if (!replica || replica->connection.state() != ConnectionState::Online) {
        emit historyUnavailable(ticketId, tr("The history is shown when the server is reachable."));
        return;
    }
    auto params = protocol::newObject();
    params->set("id", ticketId);
    replica->connection.request(QStringLiteral("ticket.history"), params, [this, ticketId](const Reply &reply) {
        if (!reply.ok) {
            emit historyUnavailable(ticketId, reply.message);
            return;
        }
        QList<QStringList> rows;
        auto list = reply.result->getArray("history");
        for (unsigned i = 0; list && i < list->size(); ++i) {
            auto entry = list->getObject(i);
            auto text = [&](const char *key) {
                return entry->has(key) && !entry->isNull(key)
                           ? QString::fromStdString(entry->getValue<std::string>(key))
                           : QString();
            };
            auto at = QDateTime::fromString(text("at"), Qt::ISODateWithMs).toLocalTime();
            QString actor = entry->has("actor_id") && !entry->isNull("actor_id")
                                ? m_directory.nameOfUser(entry->getValue<std::int64_t>("actor_id"))
                                : tr("system");
            rows << QStringList{at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), actor, text("field"),
                                text("old_value"), text("new_value")};
        }
        emit historyLoaded(ticketId, rows);
    });
}

int TicketActions::pendingChanges() const
{
    auto *replica = m_session.replica();
    return replica ? replica->outbox.pendingCount() : 0;
}

std::vector<OutboxEntry> TicketActions::rejectedChanges() const
{
    auto *replica = m_session.replica();
    return replica ? replica->cache.outbox(QStringLiteral("rejected")) : std::vector<OutboxEntry>{};
}

void TicketActions::dismissRejected(qint64 outboxId)
{
    if (auto *replica = m_session.replica())
        replica->outbox.dismiss(outboxId);
}

} // namespace helpdesk::client
