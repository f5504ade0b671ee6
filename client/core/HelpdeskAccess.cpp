#include "core/HelpdeskAccess.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QSettings>
#include <QUrlQuery>
#include <QUuid>

#include <Poco/JSON/Stringifier.h>

#include <sstream>

Q_LOGGING_CATEGORY(lcAccess, "helpdesk.client.access")

namespace helpdesk::client {

namespace {
constexpr int kPresenceRepeatMs = 30000;
constexpr qint64 kPresenceExpiryMs = 75000;

QString settingsPath(const QString &dir)
{
    return dir + QStringLiteral("/account.ini");
}
} // namespace

HelpdeskAccess::HelpdeskAccess(const QString &dataDirectory, std::unique_ptr<SecretStore> secrets, QObject *parent)
    : QObject(parent), m_dataDirectory(dataDirectory), m_secrets(std::move(secrets))
{
    QDir().mkpath(m_dataDirectory);
    // Our presence is repeated, theirs expires: nobody is shown on a ticket they left long ago.
    m_presenceTimer.setInterval(kPresenceRepeatMs);
    connect(&m_presenceTimer, &QTimer::timeout, this, [this] {
        if (m_presenceTicket && m_connection && m_connection->state() == ConnectionState::Online)
            setPresence(m_presenceTicket, m_presenceActivity);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (auto it = m_presence.begin(); it != m_presence.end(); ++it) {
            bool changed = false;
            for (auto p = it->begin(); p != it->end();) {
                if (now - p->seenAtMs > kPresenceExpiryMs) {
                    p = it->erase(p);
                    changed = true;
                } else {
                    ++p;
                }
            }
            if (changed)
                emit presenceChanged(it.key());
        }
    });
    m_presenceTimer.start();
}

HelpdeskAccess::~HelpdeskAccess()
{
    closeAccount();
}

QString HelpdeskAccess::accountKey() const
{
    // Fixed at sign-in: the keychain entry outlives a change of the server's address.
    QSettings settings(settingsPath(m_dataDirectory), QSettings::IniFormat);
    return settings.value(QStringLiteral("account/key")).toString();
}

bool HelpdeskAccess::resume()
{
    QSettings settings(settingsPath(m_dataDirectory), QSettings::IniFormat);
    QUrl server(settings.value(QStringLiteral("account/server")).toString());
    QString email = settings.value(QStringLiteral("account/email")).toString();
    qint64 userId = settings.value(QStringLiteral("account/user_id")).toLongLong();
    if (!server.isValid() || userId == 0)
        return false;
    m_server = server;
    m_userId = userId;
    auto token = m_secrets->load(accountKey());
    if (!token || token->isEmpty())
        return false;
    openAccount(server, email, userId, *token);
    return true;
}

void HelpdeskAccess::signIn(const QUrl &server, const QString &email, const QString &password)
{
    QUrl url = server;
    url.setPath(QStringLiteral("/api/v1/auth/login"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    auto *reply = m_http.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, server, email] {
        reply->deleteLater();
        auto answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError) {
            auto message = answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
            emit signInFailed(message.isEmpty() ? reply->errorString() : message);
            return;
        }
        auto token = answer.value(QStringLiteral("token")).toString();
        auto user = answer.value(QStringLiteral("user")).toObject();
        if (user.value(QStringLiteral("role")).toString() == QLatin1String("customer")) {
            emit signInFailed(tr("This application is for agents; customers use e-mail or the web page."));
            return;
        }
        closeAccount();
        m_server = server;
        m_userId = user.value(QStringLiteral("id")).toInteger();
        QSettings settings(settingsPath(m_dataDirectory), QSettings::IniFormat);
        settings.setValue(QStringLiteral("account/key"), QStringLiteral("%1@%2").arg(m_userId).arg(server.toString()));
        settings.setValue(QStringLiteral("account/cache"), QStringLiteral("cache-%1-%2-%3.sqlite").arg(server.host()).arg(server.port(80)).arg(m_userId));
        settings.sync();
        if (!m_secrets->save(accountKey(), token))
            qCWarning(lcAccess) << "no keychain: the session will not be remembered after this run";
        settings.setValue(QStringLiteral("account/server"), server.toString());
        settings.setValue(QStringLiteral("account/email"), email);
        settings.setValue(QStringLiteral("account/user_id"), m_userId);
        openAccount(server, email, m_userId, token);
    });
}

void HelpdeskAccess::openAccount(const QUrl &server, const QString &email, qint64 userId, const QString &token)
{
    m_server = server;
    m_email = email;
    m_userId = userId;
    m_token = token;
    // One file per account, named at sign-in (the server's address may change later).
    QSettings settings(settingsPath(m_dataDirectory), QSettings::IniFormat);
    QString name = settings.value(QStringLiteral("account/cache")).toString();
    if (name.isEmpty()) {
        name = QStringLiteral("cache-%1-%2.sqlite").arg(server.host()).arg(userId);
        settings.setValue(QStringLiteral("account/cache"), name);
    }
    QString file = m_dataDirectory + QLatin1Char('/') + name;
    m_cache = std::make_unique<CacheStore>(file);
    if (!m_cache->isOpen()) {
        auto error = m_cache->errorString();
        m_cache.reset();
        emit signInFailed(tr("Cannot open the local cache %1: %2").arg(file, error));
        return;
    }
    m_connection = std::make_unique<ServerConnection>();
    m_sync = std::make_unique<SyncEngine>(*m_cache, *m_connection);
    m_outbox = std::make_unique<Outbox>(*m_cache, *m_connection, *m_sync, [this](const PendingFile &file, auto done) {
        uploadFile(file, std::move(done));
    });
    m_tickets = std::make_unique<TicketListModel>(*m_cache);
    m_views = std::make_unique<ViewListModel>(*m_cache, *m_tickets);
    m_thread = std::make_unique<ArticleListModel>(*m_cache);
    m_tickets->setCurrentUser(userId);
    auto applyGroups = [this] {
        QList<qint64> mine;
        auto access = m_sync->groupAccess();
        for (auto it = access.begin(); it != access.end(); ++it)
            mine << it.key();
        QSettings settings(settingsPath(m_dataDirectory), QSettings::IniFormat);
        QStringList stored;
        for (auto id : mine)
            stored << QString::number(id);
        settings.setValue(QStringLiteral("account/groups"), stored);
        m_tickets->setMyGroups(mine);
    };
    {
        // Last known groups, so "unassigned in my groups" is right offline too.
        QSettings settings(settingsPath(m_dataDirectory), QSettings::IniFormat);
        QList<qint64> mine;
        for (const auto &id : settings.value(QStringLiteral("account/groups")).toStringList())
            mine << id.toLongLong();
        m_tickets->setMyGroups(mine);
    }
    // The inbox from disk, before any network.
    m_tickets->reload();

    connect(m_connection.get(), &ServerConnection::stateChanged, this, [this](ConnectionState state) {
        emit connectionStateChanged(state);
    });
    connect(m_connection.get(), &ServerConnection::sessionRefused, this, [this](const QString &reason) {
        m_secrets->remove(accountKey());
        emit sessionExpired(reason);
    });
    connect(m_sync.get(), &SyncEngine::progress, this, [this](int loaded, bool done) {
        emit syncProgress(loaded, done);
        if (done)
            m_tickets->reload();
    });
    connect(m_sync.get(), &SyncEngine::synced, this, applyGroups);
    connect(m_sync.get(), &SyncEngine::synced, this, [this] {
        if (m_presenceTicket)
            setPresence(m_presenceTicket, m_presenceActivity);  // tell them again after a reconnect
    });
    connect(m_connection.get(), &ServerConnection::presenceReceived, this,
            [this](qint64 ticketId, qint64 userId, const QString &name, const QString &activity) {
                if (userId == m_userId)
                    return;  // ourselves in another window
                if (activity == QLatin1String("left"))
                    m_presence[ticketId].remove(userId);
                else
                    m_presence[ticketId][userId] = {name, activity, QDateTime::currentMSecsSinceEpoch()};
                emit presenceChanged(ticketId);
            });
    connect(m_outbox.get(), &Outbox::rejected, this, &HelpdeskAccess::changeRejected);
    connect(m_sync.get(), &SyncEngine::ticketCreatedLive, this, [this](const protocol::Ticket &t, qint64 actorId) {
        if (actorId != m_userId && m_sync->groupAccess().contains(t.groupId))
            emit notification(tr("New ticket #%1").arg(t.number), QString::fromStdString(t.title), t.id);
    });
    connect(m_sync.get(), &SyncEngine::articleCreatedLive, this, [this](const protocol::Article &a) {
        auto t = m_cache->ticket(a.ticketId);
        if (a.sender == "customer" && t && t->ownerId && *t->ownerId == m_userId)
            emit notification(tr("Customer reply on #%1").arg(t->number), QString::fromStdString(t->title), t->id);
    });
    connect(m_cache.get(), &CacheStore::namesChanged, this, &HelpdeskAccess::configurationChanged);
    connect(m_cache.get(), &CacheStore::outboxChanged, this, [this] { emit pendingChangesChanged(pendingChanges()); });
    connect(m_cache.get(), &CacheStore::ticketsChanged, this, [this](const QSet<qint64> &ids) {
        for (auto id : ids)
            emit ticketChanged(id);
    });
    emit accountOpened();
    if (!m_workOffline)
        m_connection->open(server, token);
}

void HelpdeskAccess::closeAccount()
{
    if (m_connection)
        m_connection->close();
    m_thread.reset();
    m_views.reset();
    m_tickets.reset();
    m_outbox.reset();
    m_sync.reset();
    m_connection.reset();
    m_cache.reset();
}

void HelpdeskAccess::signOut()
{
    if (m_connection && m_connection->state() == ConnectionState::Online)
        m_connection->request(QStringLiteral("auth.logout"), protocol::newObject(), [](const Reply &) {});
    m_secrets->remove(accountKey());
    QSettings settings(settingsPath(m_dataDirectory), QSettings::IniFormat);
    settings.remove(QStringLiteral("account/user_id"));
    closeAccount();
    emit signedOut();
}

void HelpdeskAccess::setWorkOffline(bool offline)
{
    if (m_workOffline == offline || !m_connection)
        return;
    m_workOffline = offline;
    if (offline)
        m_connection->close();
    else
        m_connection->open(m_server, m_token);
}

ConnectionState HelpdeskAccess::connectionState() const
{
    return m_connection ? m_connection->state() : ConnectionState::Offline;
}

QString HelpdeskAccess::accountLabel() const
{
    return tr("%1 on %2").arg(m_email, m_server.toString());
}

std::vector<NamedItem> HelpdeskAccess::states() const
{
    return m_cache ? m_cache->config(QStringLiteral("state")) : std::vector<NamedItem>{};
}

std::vector<NamedItem> HelpdeskAccess::priorities() const
{
    return m_cache ? m_cache->config(QStringLiteral("priority")) : std::vector<NamedItem>{};
}

std::vector<NamedItem> HelpdeskAccess::groups() const
{
    return m_cache ? m_cache->config(QStringLiteral("group")) : std::vector<NamedItem>{};
}

std::vector<NamedItem> HelpdeskAccess::types() const
{
    return m_cache ? m_cache->config(QStringLiteral("type")) : std::vector<NamedItem>{};
}

std::vector<NamedItem> HelpdeskAccess::agents() const
{
    return m_cache ? m_cache->staff() : std::vector<NamedItem>{};
}

QString HelpdeskAccess::nameOfUser(qint64 id) const
{
    return m_cache ? m_cache->userName(id) : QString();
}

std::vector<HelpdeskAccess::TextModule> HelpdeskAccess::textModules(const QString &prefix) const
{
    std::vector<TextModule> out;
    if (!m_cache)
        return out;
    for (const auto &item : m_cache->config(QStringLiteral("text_module"))) {
        if (!item.name.startsWith(prefix, Qt::CaseInsensitive))
            continue;
        auto o = QJsonDocument::fromJson(item.detail.toUtf8()).object();
        out.push_back({item.name, o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("body")).toString()});
    }
    std::sort(out.begin(), out.end(), [](const TextModule &a, const TextModule &b) { return a.keyword < b.keyword; });
    return out;
}

QString HelpdeskAccess::expandTextModule(const TextModule &module, qint64 ticketId) const
{
    QString text = module.body;
    if (auto t = ticket(ticketId)) {
        text.replace(QStringLiteral("{customer_name}"), nameOfUser(t->customerId));
        text.replace(QStringLiteral("{ticket_number}"), QString::number(t->number));
        text.replace(QStringLiteral("{ticket_title}"), QString::fromStdString(t->title));
    }
    text.replace(QStringLiteral("{agent_name}"), nameOfUser(m_userId));
    return text;
}

std::vector<HelpdeskAccess::CustomField> HelpdeskAccess::ticketCustomFields() const
{
    std::vector<CustomField> out;
    if (!m_cache)
        return out;
    for (const auto &item : m_cache->config(QStringLiteral("custom_field"))) {
        auto o = QJsonDocument::fromJson(item.detail.toUtf8()).object();
        if (o.value(QStringLiteral("object_kind")).toString() != QLatin1String("ticket"))
            continue;
        QStringList options;
        for (const auto &option : o.value(QStringLiteral("options")).toArray())
            options << (option.isObject() ? option.toObject().value(QStringLiteral("value")).toString() : option.toString());
        out.push_back({item.name, o.value(QStringLiteral("label")).toString(), o.value(QStringLiteral("field_type")).toString(), options});
    }
    return out;
}

void HelpdeskAccess::setCustomField(qint64 ticketId, const QString &name, const QVariant &value)
{
    auto t = ticket(ticketId);
    if (!t)
        return;
    auto custom = protocol::newObject();
    switch (value.typeId()) {
    case QMetaType::UnknownType: custom->set(name.toStdString(), Poco::Dynamic::Var()); break;
    case QMetaType::Bool: custom->set(name.toStdString(), value.toBool()); break;
    case QMetaType::Int:
    case QMetaType::LongLong: custom->set(name.toStdString(), static_cast<std::int64_t>(value.toLongLong())); break;
    case QMetaType::QStringList: {
        auto list = protocol::newArray();
        for (const auto &v : value.toStringList())
            list->add(v.toStdString());
        custom->set(name.toStdString(), list);
        break;
    }
    default: custom->set(name.toStdString(), value.toString().toStdString());
    }
    auto fields = protocol::newObject();
    fields->set("custom", custom);
    m_outbox->updateTicket(ticketId, fields, tr("Change %1 of #%2").arg(name, QString::number(t->number)));
}

std::optional<protocol::Ticket> HelpdeskAccess::ticket(qint64 id) const
{
    return m_cache ? m_cache->ticket(id) : std::nullopt;
}

void HelpdeskAccess::openTicket(qint64 id)
{
    if (!m_cache)
        return;
    m_thread->setTicket(id);
    m_cache->markSeen(id);
    if (m_connection->state() == ConnectionState::Online)
        m_sync->fetchArticles(id);
}

void HelpdeskAccess::reply(qint64 ticketId, const QString &text, const QString &to, const QString &cc, const QString &summary,
                           const QString &html, const std::vector<PendingFile> &files)
{
    auto t = ticket(ticketId);
    if (!t)
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
    m_outbox->addArticle(ticketId, article, m_email, summary.isEmpty() ? tr("Reply to #%1").arg(t->number) : summary, files);
}

void HelpdeskAccess::addNote(qint64 ticketId, const QString &text, const std::vector<PendingFile> &files)
{
    auto t = ticket(ticketId);
    if (!t)
        return;
    protocol::ArticleParams article;
    article.channel = "note";
    article.internal = true;
    article.bodyText = text.toStdString();
    m_outbox->addArticle(ticketId, article, m_email, tr("Note on #%1").arg(t->number), files);
}

void HelpdeskAccess::logPhoneCall(qint64 ticketId, const QString &text, bool inbound)
{
    auto t = ticket(ticketId);
    if (!t)
        return;
    protocol::ArticleParams article;
    article.channel = inbound ? "phone_in" : "phone_out";
    article.bodyText = text.toStdString();
    m_outbox->addArticle(ticketId, article, m_email, tr("Phone call on #%1").arg(t->number));
}

void HelpdeskAccess::setField(qint64 ticketId, const QString &field, qint64 value)
{
    auto t = ticket(ticketId);
    if (!t)
        return;
    auto fields = protocol::newObject();
    if (field == QLatin1String("owner_id") && value == 0)
        fields->set("owner_id", Poco::Dynamic::Var());
    else
        fields->set(field.toStdString(), value);
    m_outbox->updateTicket(ticketId, fields, tr("Change %1 of #%2").arg(field, QString::number(t->number)));
}

void HelpdeskAccess::setTags(qint64 ticketId, const QStringList &tags)
{
    auto t = ticket(ticketId);
    if (!t)
        return;
    auto fields = protocol::newObject();
    auto list = protocol::newArray();
    for (const auto &tag : tags)
        list->add(tag.toStdString());
    fields->set("tags", list);
    m_outbox->updateTicket(ticketId, fields, tr("Tags of #%1").arg(t->number));
}

void HelpdeskAccess::take(qint64 ticketId)
{
    setField(ticketId, QStringLiteral("owner_id"), m_userId);
}

void HelpdeskAccess::setPresence(qint64 ticketId, const QString &activity)
{
    m_presenceTicket = ticketId;
    m_presenceActivity = activity;
    if (!ticketId || !m_connection || m_connection->state() != ConnectionState::Online)
        return;
    auto params = protocol::newObject();
    params->set("ticket_id", ticketId);
    params->set("activity", activity.toStdString());
    m_connection->request(QStringLiteral("presence.set"), params, [](const Reply &) {});
}

QString HelpdeskAccess::presenceText(qint64 ticketId) const
{
    QStringList parts;
    for (const auto &p : m_presence.value(ticketId))
        parts << (p.activity == QLatin1String("replying") ? tr("%1 is writing a reply.").arg(p.name)
                                                          : tr("%1 is viewing this ticket.").arg(p.name));
    parts.sort();
    return parts.join(QLatin1Char(' '));
}

namespace {
/// A Poco JSON value as Qt variants (through text: one conversion, every type).
QVariant toVariant(const Poco::Dynamic::Var &value)
{
    std::ostringstream text;
    Poco::JSON::Stringifier::stringify(value, text);
    auto document = QJsonDocument::fromJson("[" + QByteArray::fromStdString(text.str()) + "]");
    return document.array().first().toVariant();
}

std::string plural(const QString &kind)
{
    if (kind == QLatin1String("priority"))
        return "priorities";
    if (kind == QLatin1String("mailbox"))
        return "mailboxes";
    return kind.toStdString() + "s";
}
} // namespace

void HelpdeskAccess::loadSettings(const QString &kind)
{
    if (!m_connection || m_connection->state() != ConnectionState::Online) {
        emit settingsRejected(kind, QString(), tr("Settings are changed on the server; it is not reachable."));
        return;
    }
    if (kind == QLatin1String("mail")) {
        // One item, not a list; its SMTP part is shown flat (smtp_host, …) in the form.
        m_connection->request(QStringLiteral("mail.settings"), protocol::newObject(), [this, kind](const Reply &reply) {
            if (!reply.ok) {
                emit settingsRejected(kind, reply.field, reply.message);
                return;
            }
            auto settings = toVariant(reply.result->get("settings")).toMap();
            for (const auto &[key, value] : settings.take(QStringLiteral("smtp")).toMap().asKeyValueRange())
                settings.insert(QStringLiteral("smtp_") + key, value);
            emit settingsLoaded(kind, {settings});
        });
        return;
    }
    // Tags with their use, every account's tokens, and the audit log have their own calls.
    auto params = protocol::newObject();
    std::string resultKey = plural(kind);
    if (kind == QLatin1String("tag"))
        params->set("with_counts", true);
    if (kind == QLatin1String("token"))
        params->set("all", true);
    if (kind == QLatin1String("audit")) {
        params->set("limit", 500);
        resultKey = "entries";
    }
    m_connection->request(kind + QStringLiteral(".list"), params, [this, kind, resultKey](const Reply &reply) {
        if (!reply.ok) {
            emit settingsRejected(kind, reply.field, reply.message);
            return;
        }
        auto items = toVariant(reply.result->get(resultKey)).toList();
        if (kind == QLatin1String("audit"))
            for (auto &item : items)
                item = describeAuditEntry(item.toMap());
        emit settingsLoaded(kind, items);
    });
}

QVariantMap HelpdeskAccess::describeAuditEntry(QVariantMap entry)
{
    // "rank: 7 → 9; smtp.password: (changed)" reads better in a table than nested objects.
    auto shown = [](const QVariant &value) {
        if (!value.isValid() || value.isNull())
            return tr("(none)");
        if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QVariantMap)
            return QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact));
        return value.toString();
    };
    QStringList parts;
    const auto changes = entry.take(QStringLiteral("changes")).toMap();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        auto change = it.value().toMap();
        parts << (change.contains(QStringLiteral("old")) && !change.value(QStringLiteral("old")).isNull()
                      ? QStringLiteral("%1: %2 → %3").arg(it.key(), shown(change.value(QStringLiteral("old"))),
                                                         shown(change.value(QStringLiteral("new"))))
                      : QStringLiteral("%1: %2").arg(it.key(), shown(change.value(QStringLiteral("new")))));
    }
    QVariantMap row;
    row.insert(QStringLiteral("id"), entry.value(QStringLiteral("id")));
    row.insert(QStringLiteral("at"), entry.value(QStringLiteral("at")));
    row.insert(QStringLiteral("who"), entry.value(QStringLiteral("actor_name")));
    row.insert(QStringLiteral("action"), entry.value(QStringLiteral("action")));
    row.insert(QStringLiteral("object"), entry.value(QStringLiteral("object_name")));
    row.insert(QStringLiteral("changes"), parts.join(QStringLiteral("; ")));
    return row;
}

void HelpdeskAccess::renameTag(const QString &from, const QString &to)
{
    auto params = protocol::newObject();
    params->set("from", from.toStdString());
    params->set("to", to.toStdString());
    requestSettingsChange(QStringLiteral("tag"), QStringLiteral("tag.rename"), params);
}

void HelpdeskAccess::removeTag(const QString &tag)
{
    auto params = protocol::newObject();
    params->set("tag", tag.toStdString());
    requestSettingsChange(QStringLiteral("tag"), QStringLiteral("tag.remove"), params);
}

void HelpdeskAccess::createApiToken(const QString &name, const QString &forEmail)
{
    auto params = protocol::newObject();
    params->set("name", name.toStdString());
    if (!forEmail.trimmed().isEmpty()) {
        qint64 userId = 0;
        for (const auto &agent : agents())
            if (agent.detail.compare(forEmail.trimmed(), Qt::CaseInsensitive) == 0)
                userId = agent.id;
        if (!userId) {
            emit settingsRejected(QStringLiteral("token"), QStringLiteral("user_email"), tr("%1 is no agent of this desk").arg(forEmail));
            return;
        }
        params->set("user_id", userId);
    }
    requestSettingsChange(QStringLiteral("token"), QStringLiteral("token.create"), params);
}

void HelpdeskAccess::revokeApiToken(qint64 tokenId)
{
    auto params = protocol::newObject();
    params->set("id", tokenId);
    requestSettingsChange(QStringLiteral("token"), QStringLiteral("token.revoke"), params);
}

void HelpdeskAccess::requestSettingsChange(const QString &kind, const QString &method, const protocol::JsonObject &params)
{
    if (!m_connection || m_connection->state() != ConnectionState::Online) {
        emit settingsRejected(kind, QString(), tr("Settings are changed on the server; it is not reachable."));
        return;
    }
    m_connection->request(method, params, [this, kind](const Reply &reply) {
        if (!reply.ok) {
            emit settingsRejected(kind, reply.field, reply.message);
            return;
        }
        emit settingsSaved(kind, toVariant(reply.result).toMap());
    });
}

void HelpdeskAccess::loadMailboxRuns(qint64 mailboxId)
{
    if (!m_connection || m_connection->state() != ConnectionState::Online)
        return;
    auto params = protocol::newObject();
    params->set("id", mailboxId);
    params->set("limit", 100);
    m_connection->request(QStringLiteral("mailbox.runs"), params, [this, mailboxId](const Reply &reply) {
        if (!reply.ok)
            return;
        QVariantList rows;
        for (const auto &run : toVariant(reply.result->get("runs")).toList()) {
            auto map = run.toMap();
            // Per-message details as one line each: "uid 12: created ticket 10042".
            QStringList details;
            for (const auto &detail : map.take(QStringLiteral("details")).toList())
                details << (detail.typeId() == QMetaType::QVariantMap
                                ? QString::fromUtf8(QJsonDocument::fromVariant(detail).toJson(QJsonDocument::Compact))
                                : detail.toString());
            QVariantMap row;
            for (const char *key : {"started_at", "fetched", "created", "appended", "failed", "error"})
                row.insert(QString::fromLatin1(key), map.value(QString::fromLatin1(key)));
            row.insert(QStringLiteral("details"), details.join(QLatin1Char('\n')));
            rows << row;
        }
        emit mailboxRunsLoaded(mailboxId, rows);
    });
}

void HelpdeskAccess::pollMailbox(qint64 mailboxId)
{
    if (!m_connection || m_connection->state() != ConnectionState::Online) {
        emit adminActionDone(QStringLiteral("mailbox.poll"), false, tr("The server is not reachable."));
        return;
    }
    auto params = protocol::newObject();
    params->set("id", mailboxId);
    m_connection->request(QStringLiteral("mailbox.poll"), params, [this, mailboxId](const Reply &reply) {
        if (!reply.ok) {
            emit adminActionDone(QStringLiteral("mailbox.poll"), false, reply.message);
            return;
        }
        auto run = reply.result->getObject("run");
        auto error = run->optValue<std::string>("error", "");
        emit adminActionDone(QStringLiteral("mailbox.poll"), error.empty(),
                             error.empty() ? tr("%1 fetched, %2 new tickets, %3 follow-ups, %4 failed")
                                                 .arg(run->optValue<int>("fetched", 0))
                                                 .arg(run->optValue<int>("created", 0))
                                                 .arg(run->optValue<int>("appended", 0))
                                                 .arg(run->optValue<int>("failed", 0))
                                           : QString::fromStdString(error));
        loadMailboxRuns(mailboxId);
    });
}

void HelpdeskAccess::loadQuarantinedMail(qint64 mailboxId)
{
    if (!m_connection || m_connection->state() != ConnectionState::Online)
        return;
    auto params = protocol::newObject();
    params->set("state", "quarantined");
    params->set("mailbox_id", mailboxId);
    m_connection->request(QStringLiteral("mail.inbound_list"), params, [this, mailboxId](const Reply &reply) {
        if (!reply.ok)
            return;
        emit quarantinedMailLoaded(mailboxId, toVariant(reply.result->get("messages")).toList());
    });
}

void HelpdeskAccess::retryQuarantinedMail(qint64 mailboxId, qint64 jobId)
{
    if (!m_connection || m_connection->state() != ConnectionState::Online) {
        emit adminActionDone(QStringLiteral("job.retry"), false, tr("The server is not reachable."));
        return;
    }
    auto params = protocol::newObject();
    params->set("id", jobId);
    m_connection->request(QStringLiteral("job.retry"), params, [this, mailboxId](const Reply &reply) {
        emit adminActionDone(QStringLiteral("job.retry"), reply.ok, reply.ok ? tr("The message is queued again.") : reply.message);
        loadQuarantinedMail(mailboxId);
    });
}

void HelpdeskAccess::saveSettingsItem(const QString &kind, qint64 id, const QVariantMap &values)
{
    if (!m_connection || m_connection->state() != ConnectionState::Online) {
        emit settingsRejected(kind, QString(), tr("Settings are changed on the server; it is not reachable."));
        return;
    }
    if (kind == QLatin1String("mail")) {
        QVariantMap flat = values, smtp;
        for (const auto &key : values.keys())
            if (key.startsWith(QLatin1String("smtp_")))
                smtp.insert(key.mid(5), flat.take(key));
        flat.insert(QStringLiteral("smtp"), smtp);
        auto params = protocol::parseJsonObject(QJsonDocument(QJsonObject::fromVariantMap(flat)).toJson(QJsonDocument::Compact).toStdString());
        m_connection->request(QStringLiteral("mail.update_settings"), params, [this, kind](const Reply &reply) {
            if (!reply.ok) {
                // "smtp.port" is the form's smtp_port.
                emit settingsRejected(kind, QString(reply.field).replace(QLatin1String("smtp."), QLatin1String("smtp_")), reply.message);
                return;
            }
            emit settingsSaved(kind, toVariant(reply.result->get("settings")).toMap());
        });
        return;
    }
    auto params = protocol::parseJsonObject(QJsonDocument(QJsonObject::fromVariantMap(values)).toJson(QJsonDocument::Compact).toStdString());
    if (id)
        params->set("id", id);
    m_connection->request(kind + (id ? QStringLiteral(".update") : QStringLiteral(".create")), params, [this, kind](const Reply &reply) {
        if (!reply.ok) {
            emit settingsRejected(kind, reply.field, reply.message);
            return;
        }
        emit settingsSaved(kind, toVariant(reply.result->get(kind.toStdString())).toMap());
    }, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void HelpdeskAccess::runAdminAction(const QString &method, const protocol::JsonObject &params)
{
    if (!m_connection || m_connection->state() != ConnectionState::Online) {
        emit adminActionDone(method, false, tr("The server is not reachable."));
        return;
    }
    m_connection->request(method, params, [this, method](const Reply &reply) {
        if (!reply.ok) {
            emit adminActionDone(method, false, reply.message);
            return;
        }
        bool ok = reply.result->optValue<bool>("ok", reply.result->optValue<bool>("sent", true));
        auto message = reply.result->optValue<std::string>("message", "");
        emit adminActionDone(method, ok, message.empty() ? tr("Done.") : QString::fromStdString(message));
    });
}

void HelpdeskAccess::loadGroupMembers(qint64 groupId)
{
    if (!m_connection || m_connection->state() != ConnectionState::Online)
        return;
    auto params = protocol::newObject();
    params->set("id", groupId);
    m_connection->request(QStringLiteral("group.members"), params, [this, groupId](const Reply &reply) {
        if (!reply.ok)
            return;
        QList<QPair<QString, QString>> members;
        auto list = reply.result->getArray("members");
        for (unsigned i = 0; list && i < list->size(); ++i) {
            auto m = list->getObject(i);
            members << qMakePair(QString::fromStdString(m->optValue<std::string>("email", "")),
                                 QString::fromStdString(m->optValue<std::string>("access", "")));
        }
        emit groupMembersLoaded(groupId, members);
    });
}

void HelpdeskAccess::setGroupMember(qint64 groupId, const QString &email, const QString &access)
{
    qint64 userId = 0;
    for (const auto &agent : agents())
        if (agent.detail.compare(email, Qt::CaseInsensitive) == 0)
            userId = agent.id;
    if (!userId) {
        emit settingsRejected(QStringLiteral("group"), QStringLiteral("members"), tr("%1 is no agent of this desk").arg(email));
        return;
    }
    auto params = protocol::newObject();
    params->set("group_id", groupId);
    params->set("user_id", userId);
    params->set("access", access.isEmpty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(access.toStdString()));
    runAdminAction(QStringLiteral("group.set_member"), params);
}

void HelpdeskAccess::testMailbox(qint64 mailboxId)
{
    auto params = protocol::newObject();
    params->set("id", mailboxId);
    runAdminAction(QStringLiteral("mailbox.test"), params);
}

void HelpdeskAccess::sendTestMail(const QString &to)
{
    auto params = protocol::newObject();
    params->set("to", to.toStdString());
    runAdminAction(QStringLiteral("mail.send_test"), params);
}

void HelpdeskAccess::inviteUser(qint64 userId)
{
    auto params = protocol::newObject();
    params->set("id", userId);
    runAdminAction(QStringLiteral("user.invite"), params);
}

void HelpdeskAccess::loadDashboard(const QString &panel, int days, qint64 groupId)
{
    if (!m_connection || m_connection->state() != ConnectionState::Online) {
        emit dashboardFailed(panel, tr("Dashboards are computed by the server; it is not reachable."));
        return;
    }
    auto params = protocol::newObject();
    params->set("panel", panel.toStdString());
    params->set("from", QDate::currentDate().addDays(-days).toString(Qt::ISODate).toStdString());
    params->set("to", QDate::currentDate().addDays(1).toString(Qt::ISODate).toStdString());
    if (groupId)
        params->set("group_id", groupId);
    m_connection->request(QStringLiteral("dashboard.panel"), params, [this, panel](const Reply &reply) {
        if (!reply.ok) {
            emit dashboardFailed(panel, reply.message);
            return;
        }
        // Through Qt's JSON: rows become QVariantMaps the models and charts understand.
        std::ostringstream text;
        reply.result->get("rows").isArray() ? reply.result->getArray("rows")->stringify(text)
                                            : reply.result->getObject("rows")->stringify(text);
        auto document = QJsonDocument::fromJson(QByteArray::fromStdString(text.str()));
        QVariantList rows = document.isArray() ? document.array().toVariantList() : QVariantList{document.object().toVariantMap()};
        emit dashboardLoaded(panel, rows);
    });
}

void HelpdeskAccess::saveFilter(const QString &name, const QString &search)
{
    if (!m_cache || name.trimmed().isEmpty() || search.trimmed().isEmpty())
        return;
    auto saved = QJsonDocument::fromJson(m_cache->meta(QStringLiteral("saved_filters"), QStringLiteral("{}")).toUtf8()).object();
    saved.insert(name.trimmed(), search.trimmed());
    m_cache->setMeta(QStringLiteral("saved_filters"), QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact)));
    m_views->refresh();
}

void HelpdeskAccess::removeFilter(const QString &name)
{
    if (!m_cache)
        return;
    auto saved = QJsonDocument::fromJson(m_cache->meta(QStringLiteral("saved_filters"), QStringLiteral("{}")).toUtf8()).object();
    saved.remove(name);
    m_cache->setMeta(QStringLiteral("saved_filters"), QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact)));
    m_views->refresh();
}

void HelpdeskAccess::saveDraft(qint64 ticketId, const QString &text)
{
    if (m_cache)
        m_cache->setMeta(QStringLiteral("draft:%1").arg(ticketId), text);
}

QString HelpdeskAccess::draft(qint64 ticketId) const
{
    return m_cache ? m_cache->meta(QStringLiteral("draft:%1").arg(ticketId)) : QString();
}

void HelpdeskAccess::uploadFile(const PendingFile &file,
                                std::function<void(std::optional<protocol::AttachmentRef>, const QString &, bool)> done)
{
    QUrl url = m_server;
    url.setPath(QStringLiteral("/api/v1/attachments"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("filename"), file.filename);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, file.contentType);
    auto *reply = m_http.post(request, file.data);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        auto body = reply->readAll();
        int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 201) {
            try {
                auto object = protocol::parseJsonObject(body.toStdString());
                done(protocol::AttachmentRef::fromJson(object->getObject("attachment")), QString(), false);
            } catch (const std::exception &e) {
                done(std::nullopt, QString::fromUtf8(e.what()), false);
            }
            return;
        }
        // No answer or 503: try again later. Any other status is the server's verdict.
        bool transient = status == 0 || status == 503;
        QString message = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject()
                              .value(QStringLiteral("message")).toString();
        done(std::nullopt, message.isEmpty() ? reply->errorString() : message, transient);
    });
}

void HelpdeskAccess::downloadAttachment(const QString &sha256, const QString &path)
{
    QUrl url = m_server;
    url.setPath(QStringLiteral("/api/v1/attachments/") + sha256);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    auto *reply = m_http.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, path] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            emit attachmentFailed(reply->errorString());
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(reply->readAll()) < 0) {
            emit attachmentFailed(tr("Cannot write %1: %2").arg(path, file.errorString()));
            return;
        }
        emit attachmentSaved(path);
    });
}

std::optional<qint64> HelpdeskAccess::ticketIdOfNumber(qint64 number) const
{
    if (!m_tickets)
        return std::nullopt;
    auto ids = m_cache->search(QString::number(number));
    for (auto id : ids)
        if (auto t = m_cache->ticket(id); t && t->number == number)
            return id;
    return std::nullopt;
}

std::vector<NamedItem> HelpdeskAccess::macros() const
{
    return m_cache ? m_cache->config(QStringLiteral("macro")) : std::vector<NamedItem>{};
}

void HelpdeskAccess::applyMacro(qint64 ticketId, qint64 macroId, const QString &macroName)
{
    auto t = ticket(ticketId);
    if (!t)
        return;
    auto params = protocol::newObject();
    params->set("id", ticketId);
    params->set("macro_id", macroId);
    m_outbox->submit(QStringLiteral("ticket.apply_macro"), params, ticketId, tr("Macro \"%1\" on #%2").arg(macroName).arg(t->number));
}

bool HelpdeskAccess::mergeInto(qint64 ticketId, qint64 intoNumber)
{
    auto t = ticket(ticketId);
    auto into = ticketIdOfNumber(intoNumber);
    if (!t || !into || *into == ticketId)
        return false;
    auto params = protocol::newObject();
    params->set("id", ticketId);
    params->set("into_id", *into);
    m_outbox->submit(QStringLiteral("ticket.merge"), params, ticketId, tr("Merge #%1 into #%2").arg(t->number).arg(intoNumber));
    return true;
}

bool HelpdeskAccess::linkTo(qint64 ticketId, qint64 targetNumber, const QString &kind)
{
    auto t = ticket(ticketId);
    auto target = ticketIdOfNumber(targetNumber);
    if (!t || !target || *target == ticketId)
        return false;
    auto params = protocol::newObject();
    params->set("id", ticketId);
    params->set("target_id", *target);
    params->set("kind", kind.toStdString());
    m_outbox->submit(QStringLiteral("ticket.link"), params, ticketId, tr("Link #%1 to #%2").arg(t->number).arg(targetNumber));
    return true;
}

void HelpdeskAccess::createOutboundTicket(const QString &customerEmail, const QString &title, qint64 groupId, const QString &text)
{
    protocol::TicketCreateParams p;
    p.title = title.toStdString();
    p.groupId = groupId;
    p.customerEmail = customerEmail.toStdString();
    p.custom = protocol::newObject();
    protocol::ArticleParams article;
    article.channel = "email";
    article.bodyText = text.toStdString();
    article.to = customerEmail.toStdString();
    p.article = article;
    m_outbox->submit(QStringLiteral("ticket.create"), p.toJson(), 0, tr("New ticket for %1: %2").arg(customerEmail, title));
}

void HelpdeskAccess::loadHistory(qint64 ticketId)
{
    if (!m_connection || m_connection->state() != ConnectionState::Online) {
        emit historyUnavailable(ticketId, tr("The history is shown when the server is reachable."));
        return;
    }
    auto params = protocol::newObject();
    params->set("id", ticketId);
    m_connection->request(QStringLiteral("ticket.history"), params, [this, ticketId](const Reply &reply) {
        if (!reply.ok) {
            emit historyUnavailable(ticketId, reply.message);
            return;
        }
        QList<QStringList> rows;
        auto list = reply.result->getArray("history");
        for (unsigned i = 0; list && i < list->size(); ++i) {
            auto entry = list->getObject(i);
            auto text = [&](const char *key) {
                return entry->has(key) && !entry->isNull(key) ? QString::fromStdString(entry->getValue<std::string>(key)) : QString();
            };
            auto at = QDateTime::fromString(text("at"), Qt::ISODateWithMs).toLocalTime();
            QString actor = entry->has("actor_id") && !entry->isNull("actor_id")
                                ? nameOfUser(entry->getValue<std::int64_t>("actor_id"))
                                : tr("system");
            rows << QStringList{at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), actor, text("field"), text("old_value"),
                                text("new_value")};
        }
        emit historyLoaded(ticketId, rows);
    });
}

QStringList HelpdeskAccess::participants(qint64 ticketId) const
{
    QStringList out;
    if (!m_cache)
        return out;
    // Our own addresses never go into a reply-all: the agent's and every group's.
    QStringList ours{m_email};
    for (const auto &group : m_cache->config(QStringLiteral("group"), false))
        ours << group.detail.split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto isOurs = [&](const QString &address) {
        for (const auto &own : ours)
            if (!own.trimmed().isEmpty() && address.contains(own.trimmed(), Qt::CaseInsensitive))
                return true;
        return false;
    };
    auto articles = m_cache->articles(ticketId);
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

int HelpdeskAccess::pendingChanges() const
{
    return m_outbox ? m_outbox->pendingCount() : 0;
}

std::vector<OutboxEntry> HelpdeskAccess::rejectedChanges() const
{
    return m_cache ? m_cache->outbox(QStringLiteral("rejected")) : std::vector<OutboxEntry>{};
}

void HelpdeskAccess::dismissRejected(qint64 outboxId)
{
    if (m_outbox)
        m_outbox->dismiss(outboxId);
}

} // namespace helpdesk::client
