#include "core/CacheStore.h"

#include "core/CacheTransaction.h"
#include "protocol/Json.h"
#include "protocol/Messages.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

#include <unordered_map>

Q_LOGGING_CATEGORY(lcCache, "helpdesk.client.cache")

namespace helpdesk::client {

namespace {

/// The class of a state type the inbox filters by.
TicketRow::StateClass stateClassOf(const QString &stateType)
{
    if (stateType.startsWith(QLatin1String("pending")))
        return TicketRow::StateClass::Pending;
    if (stateType == QLatin1String("closed"))
        return TicketRow::StateClass::Closed;
    if (stateType == QLatin1String("merged"))
        return TicketRow::StateClass::Merged;
    return TicketRow::StateClass::Active;
}
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QVariant optionalId(const std::optional<std::int64_t> &v)
{
    return v ? QVariant(static_cast<qlonglong>(*v)) : QVariant();
}

// Search text is bounded per ticket: enough for every realistic thread, never a runaway row.
constexpr int kMaxIndexedChars = 200000;

const char *kSchema[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE tickets (id INTEGER PRIMARY KEY, number INTEGER NOT NULL, title TEXT NOT NULL,"
    " group_id INTEGER NOT NULL, owner_id INTEGER, customer_id INTEGER NOT NULL, state_id INTEGER NOT NULL,"
    " state_type TEXT NOT NULL, priority_id INTEGER NOT NULL, updated_at TEXT NOT NULL, json TEXT NOT NULL,"
    " seen_at TEXT, pending INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX tickets_updated_idx ON tickets (updated_at)",
    "CREATE TABLE articles (id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL, created_at TEXT NOT NULL,"
    " json TEXT NOT NULL, outbox_id INTEGER)",
    "CREATE INDEX articles_ticket_idx ON articles (ticket_id, created_at)",
    "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL, role TEXT NOT NULL)",
    "CREATE TABLE config (kind TEXT NOT NULL, id INTEGER NOT NULL, name TEXT NOT NULL, detail TEXT NOT NULL,"
    " rank INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (kind, id))",
    "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, idempotency_key TEXT NOT NULL UNIQUE,"
    " method TEXT NOT NULL, params TEXT NOT NULL, ticket_id INTEGER NOT NULL, summary TEXT NOT NULL,"
    " state TEXT NOT NULL DEFAULT 'pending', error TEXT, created_at TEXT NOT NULL)",
    "CREATE VIRTUAL TABLE ticket_search USING fts5 (number, title, customer, body, tokenize = 'unicode61 "
    "remove_diacritics 2')",
};

// Version 7: the saved views the server lists for the agent (view.list, view.changed), as on the
// wire, with whether the agent may change each; the local saved searches they replace are dropped.
const char *kSchemaV7[] = {
    "CREATE TABLE saved_views (id INTEGER PRIMARY KEY, json TEXT NOT NULL, editable INTEGER NOT NULL DEFAULT 0)",
    "DELETE FROM meta WHERE key = 'saved_filters'",
};

// Version 6: what saved views filter on and the inbox draws, out of the ticket's JSON into columns
// (tags and custom values as JSON text, NULL when none), filled from the stored JSON; tickets are
// paged through once more, as the JSON of older clients lacks how a ticket was opened and its preview.
const char *kSchemaV6[] = {
    "ALTER TABLE tickets ADD COLUMN organization_id INTEGER",
    "ALTER TABLE tickets ADD COLUMN tags TEXT",
    "ALTER TABLE tickets ADD COLUMN custom TEXT",
    "ALTER TABLE tickets ADD COLUMN created_via TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE tickets ADD COLUMN channel_id INTEGER",
    "ALTER TABLE tickets ADD COLUMN created_at TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE tickets ADD COLUMN preview TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE tickets ADD COLUMN time_spent_minutes INTEGER NOT NULL DEFAULT 0",
    ("UPDATE tickets SET organization_id = json_extract(json, '$.organization_id'),"
     " tags = CASE WHEN json_array_length(json, '$.tags') > 0 THEN json_extract(json, '$.tags') END,"
     " custom = CASE WHEN json_extract(json, '$.custom') <> '{}' THEN json_extract(json, '$.custom') END,"
     " created_via = coalesce(json_extract(json, '$.created_via'), ''), channel_id = json_extract(json, "
     "'$.channel_id'),"
     " created_at = coalesce(json_extract(json, '$.created_at'), ''), preview = coalesce(json_extract(json, "
     "'$.preview'), ''),"
     " time_spent_minutes = coalesce(json_extract(json, '$.time_spent_minutes'), 0)"),
    ("INSERT INTO meta (key, value) SELECT 'initial_sync_from', value FROM meta WHERE key = 'last_seq'"
     " AND EXISTS (SELECT 1 FROM meta WHERE key = 'initial_sync_done' AND value = '1')"
     " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
    "UPDATE meta SET value = '0' WHERE key IN ('initial_sync_done', 'initial_sync_after_id')",
};

// Version 5: tickets' and people's ids in integrations' systems (the wire's external_ids list; NULL:
// not read yet, fetched when the ticket is opened), and the delivery of each outgoing article (an
// e-mail reply, or a reply to a custom channel's webhook) as ticket.mail last told it.
const char *kSchemaV5[] = {
    "ALTER TABLE tickets ADD COLUMN external_ids TEXT",
    "ALTER TABLE users ADD COLUMN external_ids TEXT",
    ("CREATE TABLE deliveries (article_id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL, kind TEXT NOT NULL,"
     " state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, error TEXT NOT NULL DEFAULT '')"),
    "CREATE INDEX deliveries_ticket_idx ON deliveries (ticket_id)",
};

// Version 4: the partner desks a ticket is shared with ({"shared_with": [...]} as on the wire; NULL:
// not known yet). Tickets are paged through once more so that every row learns it.
const char *kSchemaV4[] = {
    "ALTER TABLE tickets ADD COLUMN shared_with TEXT",
    "INSERT INTO meta (key, value) SELECT 'initial_sync_from', value FROM meta WHERE key = 'last_seq'"
    " AND EXISTS (SELECT 1 FROM meta WHERE key = 'initial_sync_done' AND value = '1')"
    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    "UPDATE meta SET value = '0' WHERE key IN ('initial_sync_done', 'initial_sync_after_id')",
};

// Version 3: the nearest SLA deadline of a ticket, for the inbox column and its sorting.
const char *kSchemaV3[] = {
    "ALTER TABLE tickets ADD COLUMN sla_due TEXT",
};

// Version 2: attachments of articles waiting in the outbox.
const char *kSchemaV2[] = {
    "CREATE TABLE pending_files (id INTEGER PRIMARY KEY AUTOINCREMENT, outbox_id INTEGER NOT NULL"
    " REFERENCES outbox (id) ON DELETE CASCADE, filename TEXT NOT NULL, content_type TEXT NOT NULL, data BLOB NOT "
    "NULL)",
    "CREATE INDEX pending_files_outbox_idx ON pending_files (outbox_id)",
};

const char *kRowSelect =
    "SELECT t.id, t.number, t.title, t.group_id, t.owner_id, t.customer_id, coalesce(cu.name, ''), coalesce(g.name, "
    "''),"
    " coalesce(ow.name, ''), coalesce(st.name, ''), t.state_type, coalesce(pr.name, ''), coalesce(pr.rank, 0), "
    "t.updated_at,"
    " t.seen_at IS NULL, t.pending, (t.seen_at IS NOT NULL AND t.seen_at < t.updated_at), coalesce(t.sla_due, ''),"
    " t.shared_with, t.state_id, t.priority_id, t.organization_id, t.tags, t.custom, t.created_via, t.channel_id,"
    " t.created_at, t.preview, t.time_spent_minutes"
    " FROM tickets t"
    " LEFT JOIN users cu ON cu.id = t.customer_id"
    " LEFT JOIN users ow ON ow.id = t.owner_id"
    " LEFT JOIN config g ON g.kind = 'group' AND g.id = t.group_id"
    " LEFT JOIN config st ON st.kind = 'state' AND st.id = t.state_id"
    " LEFT JOIN config pr ON pr.kind = 'priority' AND pr.id = t.priority_id";

std::vector<protocol::TicketSharePartner> partnersOf(const QVariant &column)
{
    if (column.isNull())
        return {};
    try {
        return protocol::sharePartnersFromJson(
            protocol::parseJsonObject(column.toString().toStdString())->getArray("shared_with"));
    } catch (const std::exception &e) {
        qCWarning(lcCache) << "unreadable shared_with:" << e.what();
        return {};
    }
}

QVariant sharedWithColumn(const std::optional<std::vector<protocol::TicketSharePartner>> &partners)
{
    if (!partners)
        return {};
    auto column = protocol::newObject();
    column->set("shared_with", protocol::toJson(*partners));
    return qs(protocol::toJsonText(column));
}

/// The external_ids column: [{"integration_id": 3, "external_id": "case-1"}], as on the wire.
QVariant externalIdsColumn(const std::vector<ExternalId> &ids)
{
    QJsonArray list;
    for (const auto &id : ids)
        list.append(
            QJsonObject{{QStringLiteral("integration_id"), id.integrationId}, {QStringLiteral("external_id"), id.id}});
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

/// The links of an external_ids column, each with its integration's name when it is cached.
std::vector<ExternalId> externalIdsOf(const QVariant &column, const QMap<qint64, QString> &integrations)
{
    std::vector<ExternalId> ids;
    if (column.isNull())
        return ids;
    for (const auto &value : QJsonDocument::fromJson(column.toString().toUtf8()).array()) {
        const auto link = value.toObject();
        const auto integration = link.value(QStringLiteral("integration_id")).toInteger();
        ids.push_back(
            {integration, integrations.value(integration), link.value(QStringLiteral("external_id")).toString()});
    }
    return ids;
}

TicketRow rowFrom(const QSqlQuery &q)
{
    TicketRow r;
    r.id = q.value(0).toLongLong();
    r.number = q.value(1).toLongLong();
    r.title = q.value(2).toString();
    r.groupId = q.value(3).toLongLong();
    if (!q.value(4).isNull())
        r.ownerId = q.value(4).toLongLong();
    r.customerId = q.value(5).toLongLong();
    r.customer = q.value(6).toString();
    r.group = q.value(7).toString();
    r.owner = q.value(8).toString();
    r.state = q.value(9).toString();
    r.stateType = q.value(10).toString();
    r.stateClass = stateClassOf(r.stateType);
    r.priority = q.value(11).toString();
    r.priorityRank = q.value(12).toInt();
    r.updatedAt = q.value(13).toString();
    r.unread = q.value(14).toBool();
    r.pending = q.value(15).toBool();
    r.changedSinceLook = q.value(16).toBool();
    r.slaDue = q.value(17).toString();
    r.sharedWith = sharedPartnersOf(partnersOf(q.value(18)));
    r.stateId = q.value(19).toLongLong();
    r.priorityId = q.value(20).toLongLong();
    if (!q.value(21).isNull())
        r.organizationId = q.value(21).toLongLong();
    if (!q.value(22).isNull())
        r.tags = QJsonDocument::fromJson(q.value(22).toString().toUtf8()).toVariant().toStringList();
    if (!q.value(23).isNull())
        r.custom = QJsonDocument::fromJson(q.value(23).toString().toUtf8()).object().toVariantMap();
    r.createdVia = q.value(24).toString();
    if (!q.value(25).isNull())
        r.channelId = q.value(25).toLongLong();
    r.createdAt = q.value(26).toString();
    r.preview = q.value(27).toString();
    r.timeSpentMinutes = q.value(28).toLongLong();
    return r;
}
} // namespace

std::vector<SharedPartner> sharedPartnersOf(const std::vector<protocol::TicketSharePartner> &partners)
{
    std::vector<SharedPartner> out;
    out.reserve(partners.size());
    for (const auto &p : partners)
        out.push_back({p.agreementId, qs(p.partner), qs(p.direction), qs(p.state), qs(p.reason.value_or(""))});
    return out;
}

CacheStore::CacheStore(const QString &path, QObject *parent) : CacheReader(parent), m_path(path)
{
    m_connectionName = QStringLiteral("helpdesk-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return;
    }
    // WAL: readers never wait for the sync engine's writes; NORMAL is safe with WAL.
    exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    m_open = migrate();
}

CacheStore::~CacheStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool CacheStore::removeFiles(const QString &path)
{
    bool gone = true;
    for (const auto *suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile file(path + QLatin1String(suffix));
        if (file.exists() && !file.remove() && !file.resize(0)) {
            qCWarning(lcCache) << "cannot remove or empty" << file.fileName() << file.errorString();
            gone = false;
        }
    }
    return gone;
}

bool CacheStore::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        qCWarning(lcCache) << "cache statement failed:" << m_error << sql.left(120);
        return false;
    }
    return true;
}

bool CacheStore::migrate()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA user_version"));
    int version = q.next() ? q.value(0).toInt() : 0;
    if (version > kSchemaVersion) {
        m_error = tr("The cache was written by a newer client (schema %1, this client knows %2).")
                      .arg(version)
                      .arg(kSchemaVersion);
        return false;
    }
    if (version == kSchemaVersion)
        return true;
    // One transaction per step, so an interrupted upgrade resumes where it stopped.
    auto step = [&](int to, const auto &statements) {
        if (version >= to)
            return true;
        m_db.transaction();
        for (const char *sql : statements)
            if (!exec(QString::fromLatin1(sql))) {
                m_db.rollback();
                return false;
            }
        exec(QStringLiteral("PRAGMA user_version = %1").arg(to));
        version = to;
        return m_db.commit();
    };
    return step(1, kSchema) && step(2, kSchemaV2) && step(3, kSchemaV3) && step(4, kSchemaV4) && step(5, kSchemaV5) &&
           step(6, kSchemaV6) && step(7, kSchemaV7);
}

QString CacheStore::meta(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    q.exec();
    return q.next() ? q.value(0).toString() : fallback;
}

void CacheStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    q.exec();
}

namespace {
/// A saved view as the wire has it (docs/api.md, "Saved views"), in Qt types.
SavedView savedViewFrom(const QJsonObject &o, bool editable)
{
    SavedView view;
    view.id = o.value(QStringLiteral("id")).toInteger();
    view.name = o.value(QStringLiteral("name")).toString();
    if (o.value(QStringLiteral("owner_id")).isDouble())
        view.ownerId = o.value(QStringLiteral("owner_id")).toInteger();
    if (o.value(QStringLiteral("group_id")).isDouble())
        view.groupId = o.value(QStringLiteral("group_id")).toInteger();
    const auto filter = o.value(QStringLiteral("filter")).toObject();
    view.matchAll = filter.value(QStringLiteral("match")).toString() != QLatin1String("any");
    for (const auto &c : filter.value(QStringLiteral("conditions")).toArray()) {
        const auto condition = c.toObject();
        const auto value = condition.value(QStringLiteral("value"));
        view.conditions.push_back({condition.value(QStringLiteral("field")).toString(),
                                   condition.value(QStringLiteral("op")).toString(),
                                   value.isNull() ? QVariant() : value.toVariant()});
    }
    const auto sort = o.value(QStringLiteral("sort")).toObject();
    view.sortField = sort.value(QStringLiteral("field")).toString(QStringLiteral("updated_at"));
    view.sortAscending = sort.value(QStringLiteral("order")).toString() == QLatin1String("asc");
    for (const auto &column : o.value(QStringLiteral("columns")).toArray())
        view.columns << column.toString();
    view.position = o.value(QStringLiteral("position")).toInt();
    view.editable = editable;
    return view;
}
} // namespace

std::vector<SavedView> CacheStore::savedViews() const
{
    std::vector<SavedView> views;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT json, editable FROM saved_views"));
    while (q.next())
        views.push_back(
            savedViewFrom(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), q.value(1).toBool()));
    // Personal first, then by group; each by position and id, as the server lists them.
    std::sort(views.begin(), views.end(), [](const SavedView &a, const SavedView &b) {
        return std::make_tuple(a.groupId.value_or(0), a.position, a.id) <
               std::make_tuple(b.groupId.value_or(0), b.position, b.id);
    });
    return views;
}

void CacheStore::replaceSavedViews(const std::vector<std::pair<protocol::JsonObject, bool>> &views)
{
    CacheTransaction batch(*this);
    exec(QStringLiteral("DELETE FROM saved_views"));
    for (const auto &[view, editable] : views)
        upsertSavedView(view, editable);
    m_savedViewsChanged = true;
    batch.commit();
}

void CacheStore::upsertSavedView(const protocol::JsonObject &view, bool editable)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO saved_views (id, json, editable) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE"
                             " SET json = excluded.json, editable = excluded.editable"));
    q.addBindValue(static_cast<qlonglong>(view->getValue<std::int64_t>("id")));
    q.addBindValue(qs(protocol::toJsonText(view)));
    q.addBindValue(editable);
    if (!q.exec())
        qCWarning(lcCache) << "saved view not kept:" << q.lastError().text();
    m_savedViewsChanged = true;
    flushSignals();
}

void CacheStore::removeSavedView(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM saved_views WHERE id = ?"));
    q.addBindValue(id);
    q.exec();
    m_savedViewsChanged = true;
    flushSignals();
}

void CacheStore::beginBatch()
{
    if (m_batchDepth++ > 0)
        return;
    m_batchFailed = false;
    if (!m_db.transaction())
        qCWarning(lcCache) << "cache transaction not begun:" << m_db.lastError().text();
}

void CacheStore::endBatch(bool keep)
{
    if (!keep)
        m_batchFailed = true;
    if (m_batchDepth == 1 && !m_batchFailed) {
        // Indexed once per ticket at the end, however many of its rows changed; still inside the
        // level, so a failure here rolls everything back.
        for (auto id : std::as_const(m_ticketsToIndex))
            indexTicket(id);
        m_ticketsToIndex.clear();
    }
    if (--m_batchDepth > 0)
        return;
    if (!m_batchFailed) {
        if (m_db.commit()) {
            flushSignals();
            return;
        }
        qCWarning(lcCache) << "cache commit failed, rolled back:" << m_db.lastError().text();
    }
    if (!m_db.rollback())
        qCWarning(lcCache) << "cache rollback failed:" << m_db.lastError().text();
    // Nothing changed after all: no signals, nothing to index.
    m_changedTickets.clear();
    m_removedTickets.clear();
    m_changedArticleTickets.clear();
    m_ticketsToIndex.clear();
    m_outboxChanged = false;
    m_namesChanged = false;
    m_savedViewsChanged = false;
}

void CacheStore::flushSignals()
{
    if (m_batchDepth > 0)
        return;
    auto changed = std::exchange(m_changedTickets, {});
    auto removed = std::exchange(m_removedTickets, {});
    auto articleTickets = std::exchange(m_changedArticleTickets, {});
    if (std::exchange(m_namesChanged, false))
        emit namesChanged();
    if (!removed.isEmpty())
        emit ticketsRemoved(removed);
    if (!changed.isEmpty())
        emit ticketsChanged(changed);
    for (auto id : std::as_const(articleTickets))
        emit articlesChanged(id);
    if (std::exchange(m_outboxChanged, false))
        emit outboxChanged();
    if (std::exchange(m_savedViewsChanged, false))
        emit savedViewsChanged();
}

void CacheStore::upsertTicket(const protocol::Ticket &t)
{
    CacheTransaction batch(*this);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO tickets (id, number, title, group_id, owner_id, customer_id, state_id, state_type, priority_id,"
        " updated_at, json, sla_due, shared_with, organization_id, tags, custom, created_via, channel_id, created_at,"
        " preview, time_spent_minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET number = excluded.number, title = excluded.title, group_id = "
        "excluded.group_id,"
        " owner_id = excluded.owner_id, customer_id = excluded.customer_id, state_id = excluded.state_id,"
        " state_type = excluded.state_type, priority_id = excluded.priority_id, updated_at = excluded.updated_at,"
        " json = excluded.json, sla_due = excluded.sla_due,"
        " shared_with = coalesce(excluded.shared_with, tickets.shared_with)," // events do not carry it
        " organization_id = excluded.organization_id, tags = excluded.tags, custom = excluded.custom,"
        " created_via = excluded.created_via, channel_id = excluded.channel_id, created_at = excluded.created_at,"
        " preview = excluded.preview, time_spent_minutes = excluded.time_spent_minutes"
        " WHERE excluded.updated_at >= tickets.updated_at OR "
        "tickets.pending = 1"));
    q.addBindValue(static_cast<qlonglong>(t.id));
    q.addBindValue(static_cast<qlonglong>(t.number));
    q.addBindValue(qs(t.title));
    q.addBindValue(static_cast<qlonglong>(t.groupId));
    q.addBindValue(optionalId(t.ownerId));
    q.addBindValue(static_cast<qlonglong>(t.customerId));
    q.addBindValue(static_cast<qlonglong>(t.stateId));
    q.addBindValue(qs(t.stateType));
    q.addBindValue(static_cast<qlonglong>(t.priorityId));
    q.addBindValue(qs(t.updatedAt));
    // The partners live in their own column, which share events change alone.
    auto stored = t;
    stored.sharedWith.reset();
    q.addBindValue(qs(protocol::toJsonText(stored.toJson())));
    // Comparable as text: the server writes every time in the same ISO 8601 form.
    std::optional<std::string> due;
    for (const auto &d : {t.firstResponseDueAt, t.updateDueAt, t.solutionDueAt})
        if (d && (!due || *d < *due))
            due = d;
    q.addBindValue(due ? QVariant(qs(*due)) : QVariant());
    q.addBindValue(sharedWithColumn(t.sharedWith));
    q.addBindValue(optionalId(t.organizationId));
    QStringList tags;
    for (const auto &tag : t.tags)
        tags << qs(tag);
    q.addBindValue(tags.isEmpty()
                       ? QVariant()
                       : QVariant(QString::fromUtf8(
                             QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact))));
    q.addBindValue(!t.custom || t.custom->size() == 0 ? QVariant() : QVariant(qs(protocol::toJsonText(t.custom))));
    q.addBindValue(qs(t.createdVia));
    q.addBindValue(optionalId(t.channelId));
    q.addBindValue(qs(t.createdAt));
    q.addBindValue(qs(t.preview));
    q.addBindValue(static_cast<qlonglong>(t.timeSpentMinutes));
    if (!q.exec())
        qCWarning(lcCache) << "ticket upsert failed:" << q.lastError().text();
    m_changedTickets.insert(t.id);
    m_ticketsToIndex.insert(t.id);
    batch.commit();
}

void CacheStore::removeTicket(qint64 id)
{
    CacheTransaction batch(*this);
    for (const char *sql :
         {"DELETE FROM tickets WHERE id = ?", "DELETE FROM articles WHERE ticket_id = ?",
          "DELETE FROM deliveries WHERE ticket_id = ?", "DELETE FROM ticket_search WHERE rowid = ?"}) {
        QSqlQuery q(m_db);
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(id);
        q.exec();
    }
    m_removedTickets.insert(id);
    m_ticketsToIndex.remove(id);
    batch.commit();
}

bool CacheStore::upsertArticle(const protocol::Article &a)
{
    CacheTransaction batch(*this);
    QSqlQuery known(m_db);
    known.prepare(QStringLiteral("SELECT 1 FROM articles WHERE id = ?"));
    known.addBindValue(static_cast<qlonglong>(a.id));
    const bool isNew = known.exec() && !known.next();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO articles (id, ticket_id, created_at, json) VALUES (?, ?, ?, ?)"
                             " ON CONFLICT (id) DO UPDATE SET ticket_id = excluded.ticket_id, json = excluded.json"));
    q.addBindValue(static_cast<qlonglong>(a.id));
    q.addBindValue(static_cast<qlonglong>(a.ticketId));
    q.addBindValue(qs(a.createdAt));
    q.addBindValue(qs(protocol::toJsonText(a.toJson())));
    if (!q.exec())
        qCWarning(lcCache) << "article upsert failed:" << q.lastError().text();
    m_changedArticleTickets.insert(a.ticketId);
    m_ticketsToIndex.insert(a.ticketId);
    batch.commit();
    return isNew;
}

void CacheStore::upsertUser(qint64 id, const QString &name, const QString &email, const QString &role)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO users (id, name, email, role) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE"
                             " SET name = excluded.name, email = excluded.email, role = excluded.role"));
    q.addBindValue(id);
    q.addBindValue(name);
    q.addBindValue(email);
    q.addBindValue(role);
    q.exec();
    m_namesChanged = true;
    flushSignals();
}

void CacheStore::upsertConfig(const QString &kind, qint64 id, const QString &name, const QString &detail, int rank,
                              bool active)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO config (kind, id, name, detail, rank, active) VALUES (?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (kind, id) DO UPDATE SET name = excluded.name, detail = excluded.detail,"
                             " rank = excluded.rank, active = excluded.active"));
    q.addBindValue(kind);
    q.addBindValue(id);
    q.addBindValue(name);
    q.addBindValue(detail.isNull() ? QStringLiteral("") : detail); // a null QString binds as NULL
    q.addBindValue(rank);
    q.addBindValue(active ? 1 : 0);
    q.exec();
    m_namesChanged = true;
    flushSignals();
}

void CacheStore::indexTicket(qint64 id)
{
    QSqlQuery t(m_db);
    t.prepare(QStringLiteral("SELECT t.number, t.title, coalesce(u.name || ' ' || u.email, '') FROM tickets t"
                             " LEFT JOIN users u ON u.id = t.customer_id WHERE t.id = ?"));
    t.addBindValue(id);
    t.exec();
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM ticket_search WHERE rowid = ?"));
    del.addBindValue(id);
    del.exec();
    if (!t.next())
        return;
    QString body;
    QSqlQuery a(m_db);
    a.prepare(QStringLiteral("SELECT json FROM articles WHERE ticket_id = ? ORDER BY created_at"));
    a.addBindValue(id);
    a.exec();
    while (a.next() && body.size() < kMaxIndexedChars) {
        auto article = protocol::Article::fromJson(protocol::parseJsonObject(a.value(0).toString().toStdString()));
        body +=
            qs(article.subject) + QLatin1Char('\n') + qs(article.bodyText).left(kMaxIndexedChars) + QLatin1Char('\n');
    }
    QSqlQuery ins(m_db);
    ins.prepare(
        QStringLiteral("INSERT INTO ticket_search (rowid, number, title, customer, body) VALUES (?, ?, ?, ?, ?)"));
    ins.addBindValue(id);
    ins.addBindValue(t.value(0).toString());
    ins.addBindValue(t.value(1).toString());
    ins.addBindValue(t.value(2).toString());
    ins.addBindValue(body.left(kMaxIndexedChars));
    if (!ins.exec())
        qCWarning(lcCache) << "search index failed:" << ins.lastError().text();
}

namespace {
/// Texts many rows share (names, state types, tag lists) made once: every row holding one shares
/// its data instead of allocating a copy.
template <typename Value> class Interned
{
public:
    template <typename Make> const Value &get(const char *text, int bytes, Make make)
    {
        auto [it, added] = m_values.try_emplace(std::string(text, static_cast<std::size_t>(bytes)));
        if (added)
            it->second = make();
        return it->second;
    }

private:
    std::unordered_map<std::string, Value> m_values;
};

QString textColumn(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(statement, column)) : QString();
}
} // namespace

sqlite3 *CacheStore::handle() const
{
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

std::vector<TicketRow> CacheStore::ticketRows() const
{
    // Every cached ticket at start-up (100,000 or more): read through SQLite's own interface, not
    // QSqlQuery's QVariant per value, with names resolved from small maps rather than four joins
    // per row, and the texts rows share made once. Newest first, the inbox's usual order, so that
    // sorting it is a check. bench_client, 100,000 tickets: cold start ~1.5 s -> ~0.8 s.
    auto *db = handle();
    if (!db) {
        std::vector<TicketRow> rows;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.exec(QString::fromLatin1(kRowSelect) + QStringLiteral(" ORDER BY t.updated_at DESC"));
        while (q.next())
            rows.push_back(rowFrom(q));
        return rows;
    }
    QHash<qint64, QString> people;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT id, name FROM users"));
        while (q.next())
            people.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    QHash<qint64, QString> groups;
    QHash<qint64, QString> states;
    QHash<qint64, std::pair<QString, int>> priorities;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT kind, id, name, rank FROM config WHERE kind IN ('group', 'state', 'priority')"));
        while (q.next()) {
            const auto kind = q.value(0).toString();
            const auto id = q.value(1).toLongLong();
            if (kind == QLatin1String("group"))
                groups.insert(id, q.value(2).toString());
            else if (kind == QLatin1String("state"))
                states.insert(id, q.value(2).toString());
            else
                priorities.insert(id, {q.value(2).toString(), q.value(3).toInt()});
        }
    }
    std::vector<TicketRow> rows;
    rows.reserve(static_cast<std::size_t>(ticketCount()));
    sqlite3_stmt *statement = nullptr;
    const char *sql =
        "SELECT id, number, title, group_id, owner_id, customer_id, state_type, updated_at, seen_at IS NULL, pending,"
        " (seen_at IS NOT NULL AND seen_at < updated_at), sla_due, shared_with, state_id, priority_id,"
        " organization_id, tags, custom, created_via, channel_id, created_at, preview, time_spent_minutes"
        " FROM tickets ORDER BY updated_at DESC";
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        qCWarning(lcCache) << "ticket rows not read:" << sqlite3_errmsg(db);
        return rows;
    }
    Interned<QString> stateTypes;
    Interned<QString> channels;
    Interned<QStringList> tagLists;
    Interned<QVariantMap> customValues;
    Interned<std::vector<SharedPartner>> partnerLists;
    auto bytes = [&](int column) { return sqlite3_column_bytes(statement, column); };
    auto text = [&](int column) { return reinterpret_cast<const char *>(sqlite3_column_text(statement, column)); };
    auto isNull = [&](int column) { return sqlite3_column_type(statement, column) == SQLITE_NULL; };
    auto integer = [&](int column) { return static_cast<qint64>(sqlite3_column_int64(statement, column)); };
    while (sqlite3_step(statement) == SQLITE_ROW) {
        TicketRow r;
        r.id = integer(0);
        r.number = integer(1);
        r.title = textColumn(statement, 2);
        r.groupId = integer(3);
        if (!isNull(4)) {
            r.ownerId = integer(4);
            r.owner = people.value(*r.ownerId);
        }
        r.customerId = integer(5);
        r.customer = people.value(r.customerId);
        r.group = groups.value(r.groupId);
        r.stateType = stateTypes.get(text(6), bytes(6), [&] { return textColumn(statement, 6); });
        r.stateClass = stateClassOf(r.stateType);
        r.updatedAt = textColumn(statement, 7);
        r.unread = integer(8) != 0;
        r.pending = integer(9) != 0;
        r.changedSinceLook = integer(10) != 0;
        r.slaDue = textColumn(statement, 11);
        if (!isNull(12))
            r.sharedWith = partnerLists.get(
                text(12), bytes(12), [&] { return sharedPartnersOf(partnersOf(QVariant(textColumn(statement, 12)))); });
        r.stateId = integer(13);
        r.state = states.value(r.stateId);
        r.priorityId = integer(14);
        const auto priority = priorities.value(r.priorityId);
        r.priority = priority.first;
        r.priorityRank = priority.second;
        if (!isNull(15))
            r.organizationId = integer(15);
        if (!isNull(16))
            r.tags = tagLists.get(text(16), bytes(16), [&] {
                return QJsonDocument::fromJson(QByteArray(text(16), bytes(16))).toVariant().toStringList();
            });
        if (!isNull(17))
            r.custom = customValues.get(text(17), bytes(17), [&] {
                return QJsonDocument::fromJson(QByteArray(text(17), bytes(17))).object().toVariantMap();
            });
        r.createdVia = channels.get(text(18), bytes(18), [&] { return textColumn(statement, 18); });
        if (!isNull(19))
            r.channelId = integer(19);
        r.createdAt = textColumn(statement, 20);
        r.preview = textColumn(statement, 21);
        r.timeSpentMinutes = integer(22);
        rows.push_back(std::move(r));
    }
    sqlite3_finalize(statement);
    return rows;
}

std::vector<TicketRow> CacheStore::ticketRows(const QSet<qint64> &ids) const
{
    std::vector<TicketRow> rows;
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(kRowSelect) + QStringLiteral(" WHERE t.id = ?"));
    for (auto id : ids) {
        q.addBindValue(id);
        q.exec();
        if (q.next())
            rows.push_back(rowFrom(q));
    }
    return rows;
}

std::vector<TicketRow> CacheStore::ticketRowsOfCustomer(qint64 customerId) const
{
    std::vector<TicketRow> rows;
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(kRowSelect) +
              QStringLiteral(" WHERE t.customer_id = ? ORDER BY t.updated_at DESC LIMIT 100"));
    q.addBindValue(customerId);
    q.exec();
    while (q.next())
        rows.push_back(rowFrom(q));
    return rows;
}

std::vector<TicketRow> CacheStore::ticketRowsOfOrganization(qint64 organizationId) const
{
    // The organization is read from the ticket's JSON: no column of its own is needed for this
    // occasional, per-ticket lookup.
    std::vector<TicketRow> rows;
    QSqlQuery q(m_db);
    q.prepare(
        QString::fromLatin1(kRowSelect) +
        QStringLiteral(" WHERE json_extract(t.json, '$.organization_id') = ? ORDER BY t.updated_at DESC LIMIT 100"));
    q.addBindValue(organizationId);
    q.exec();
    while (q.next())
        rows.push_back(rowFrom(q));
    return rows;
}

std::optional<protocol::Ticket> CacheStore::ticket(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT json, shared_with FROM tickets WHERE id = ?"));
    q.addBindValue(id);
    q.exec();
    if (!q.next())
        return std::nullopt;
    auto ticket = protocol::Ticket::fromJson(protocol::parseJsonObject(q.value(0).toString().toStdString()));
    if (!q.value(1).isNull())
        ticket.sharedWith = partnersOf(q.value(1));
    return ticket;
}

void CacheStore::setSharedWith(qint64 ticketId, const std::vector<protocol::TicketSharePartner> &partners)
{
    CacheTransaction batch(*this);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE tickets SET shared_with = ? WHERE id = ?"));
    q.addBindValue(sharedWithColumn(partners));
    q.addBindValue(ticketId);
    if (!q.exec())
        qCWarning(lcCache) << "shared_with update failed:" << q.lastError().text();
    else if (q.numRowsAffected() > 0)
        m_changedTickets.insert(ticketId);
    batch.commit();
}

std::vector<protocol::Article> CacheStore::articles(qint64 ticketId) const
{
    std::vector<protocol::Article> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT json FROM articles WHERE ticket_id = ? ORDER BY (id < 0), created_at, id"));
    q.addBindValue(ticketId);
    q.exec();
    while (q.next())
        out.push_back(protocol::Article::fromJson(protocol::parseJsonObject(q.value(0).toString().toStdString())));
    return out;
}

std::vector<ThreadArticle> CacheStore::thread(qint64 ticketId) const
{
    std::vector<ThreadArticle> out;
    const auto deliveries = this->deliveries(ticketId);
    for (const auto &a : articles(ticketId)) {
        ThreadArticle shown{a.id,
                            a.internal,
                            qs(a.sender),
                            qs(a.channel),
                            qs(a.from),
                            qs(a.to),
                            qs(a.subject),
                            qs(a.bodyText),
                            a.bodyHtml ? qs(*a.bodyHtml) : QString(),
                            qs(a.createdAt),
                            {}};
        for (const auto &file : a.attachments)
            shown.attachments.push_back(
                {qs(file.sha256), qs(file.filename), qs(file.contentType), file.size, qs(file.contentId.value_or(""))});
        shown.senderUnverified = a.senderUnverified;
        if (auto delivery = deliveries.find(a.id); delivery != deliveries.end())
            shown.delivery = delivery->second;
        out.push_back(std::move(shown));
    }
    return out;
}

std::map<qint64, Delivery> CacheStore::deliveries(qint64 ticketId) const
{
    std::map<qint64, Delivery> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT article_id, kind, state, attempts, error FROM deliveries WHERE ticket_id = ?"));
    q.addBindValue(ticketId);
    q.exec();
    while (q.next())
        out[q.value(0).toLongLong()] = {q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                                        q.value(4).toString()};
    return out;
}

void CacheStore::setDeliveries(qint64 ticketId, const std::map<qint64, Delivery> &byArticle)
{
    // Unchanged (the usual answer while the agent waits): no signal, so the thread is not redrawn.
    if (deliveries(ticketId) == byArticle)
        return;
    CacheTransaction batch(*this);
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM deliveries WHERE ticket_id = ?"));
    del.addBindValue(ticketId);
    del.exec();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO deliveries (article_id, ticket_id, kind, state, attempts, error) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const auto &[articleId, delivery] : byArticle) {
        q.addBindValue(articleId);
        q.addBindValue(ticketId);
        q.addBindValue(delivery.kind);
        q.addBindValue(delivery.state);
        q.addBindValue(delivery.attempts);
        q.addBindValue(delivery.error.isNull() ? QStringLiteral("") : delivery.error); // a null QString binds NULL
        if (!q.exec())
            qCWarning(lcCache) << "delivery not stored:" << q.lastError().text();
    }
    m_changedArticleTickets.insert(ticketId);
    batch.commit();
}

void CacheStore::setExternalIds(const QString &table, qint64 id, const std::vector<ExternalId> &ids)
{
    CacheTransaction batch(*this);
    QSqlQuery q(m_db);
    // `table` is one of two names fixed in this file, never input.
    q.prepare(QStringLiteral("UPDATE %1 SET external_ids = ? WHERE id = ?").arg(table));
    q.addBindValue(externalIdsColumn(ids));
    q.addBindValue(id);
    if (!q.exec())
        qCWarning(lcCache) << "external ids not stored:" << q.lastError().text();
    else if (q.numRowsAffected() > 0 && table == QLatin1String("tickets"))
        m_changedTickets.insert(id);
    else if (q.numRowsAffected() > 0)
        m_namesChanged = true;
    batch.commit();
}

void CacheStore::setTicketExternalIds(qint64 ticketId, const std::vector<ExternalId> &ids)
{
    setExternalIds(QStringLiteral("tickets"), ticketId, ids);
}

void CacheStore::setUserExternalIds(qint64 userId, const std::vector<ExternalId> &ids)
{
    setExternalIds(QStringLiteral("users"), userId, ids);
}

bool CacheStore::knowsExternalIds(qint64 ticketId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t.external_ids IS NOT NULL AND (u.id IS NULL OR u.external_ids IS NOT NULL)"
                             " FROM tickets t LEFT JOIN users u ON u.id = t.customer_id WHERE t.id = ?"));
    q.addBindValue(ticketId);
    q.exec();
    return !q.next() || q.value(0).toBool();
}

TicketOrigin CacheStore::ticketOrigin(qint64 ticketId) const
{
    TicketOrigin origin;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT t.json, t.external_ids, coalesce(u.name, ''), coalesce(u.email, ''),"
                       " u.external_ids FROM tickets t LEFT JOIN users u ON u.id = t.customer_id WHERE t.id = ?"));
    q.addBindValue(ticketId);
    q.exec();
    if (!q.next())
        return origin;
    QMap<qint64, QString> integrations;
    for (const auto &integration : config(QStringLiteral("integration"), false))
        integrations.insert(integration.id, integration.name);
    origin.externalIds = externalIdsOf(q.value(1), integrations);
    origin.customer = q.value(2).toString();
    origin.customerEmail = q.value(3).toString();
    origin.customerExternalIds = externalIdsOf(q.value(4), integrations);
    origin.channelId =
        protocol::Ticket::fromJson(protocol::parseJsonObject(q.value(0).toString().toStdString())).channelId;
    if (!origin.channelId)
        return origin;
    // A channel's detail is its integration's id (SyncEngine::loadChannels).
    for (const auto &channel : config(QStringLiteral("channel"), false))
        if (channel.id == *origin.channelId) {
            origin.channel = channel.name;
            origin.channelIntegration = integrations.value(channel.detail.toLongLong());
        }
    return origin;
}

QSet<qint64> CacheStore::pendingArticleIds() const
{
    QSet<qint64> ids;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT id FROM articles WHERE id < 0"));
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

QSet<qint64> CacheStore::search(const QString &text) const
{
    // Each word a quoted prefix term: what the agent types is never FTS5 syntax.
    QStringList terms;
    for (const auto &word : text.split(QRegularExpression(QStringLiteral("[^\\w@.#-]+")), Qt::SkipEmptyParts)) {
        QString clean = word;
        clean.remove(QLatin1Char('"'));
        clean.remove(QLatin1Char('#'));
        if (!clean.isEmpty())
            terms << QLatin1Char('"') + clean + QStringLiteral("\"*");
    }
    QSet<qint64> ids;
    if (terms.isEmpty())
        return ids;
    // A short prefix ("p") matches most tickets: read the hits without a QVariant each.
    if (auto *db = handle()) {
        sqlite3_stmt *statement = nullptr;
        const QByteArray match = terms.join(QLatin1Char(' ')).toUtf8();
        if (sqlite3_prepare_v2(db, "SELECT rowid FROM ticket_search WHERE ticket_search MATCH ?", -1, &statement,
                               nullptr) == SQLITE_OK &&
            sqlite3_bind_text(statement, 1, match.constData(), static_cast<int>(match.size()), SQLITE_STATIC) ==
                SQLITE_OK) {
            while (sqlite3_step(statement) == SQLITE_ROW)
                ids.insert(static_cast<qint64>(sqlite3_column_int64(statement, 0)));
        } else {
            qCWarning(lcCache) << "search failed:" << sqlite3_errmsg(db);
        }
        sqlite3_finalize(statement);
        return ids;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid FROM ticket_search WHERE ticket_search MATCH ?"));
    q.addBindValue(terms.join(QLatin1Char(' ')));
    if (!q.exec())
        qCWarning(lcCache) << "search failed:" << q.lastError().text();
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

bool CacheStore::hasArticles(qint64 ticketId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM articles WHERE ticket_id = ? AND id > 0 LIMIT 1"));
    q.addBindValue(ticketId);
    q.exec();
    return q.next();
}

qint64 CacheStore::ticketCount() const
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT count(*) FROM tickets"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

int CacheStore::unreadCount(qint64 userId, const QList<qint64> &groupIds) const
{
    QStringList groups;
    for (auto id : groupIds)
        groups << QString::number(id); // numbers only: safe to splice into the IN list
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM tickets WHERE seen_at IS NULL AND state_type NOT IN ('closed', "
                             "'merged') AND (owner_id = ? OR (owner_id IS NULL AND group_id IN (%1)))")
                  .arg(groups.isEmpty() ? QStringLiteral("NULL") : groups.join(QLatin1Char(','))));
    q.addBindValue(userId);
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

QString CacheStore::userName(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM users WHERE id = ?"));
    q.addBindValue(id);
    q.exec();
    return q.next() ? q.value(0).toString() : QString();
}

std::vector<NamedItem> CacheStore::config(const QString &kind, bool activeOnly) const
{
    std::vector<NamedItem> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, name, detail FROM config WHERE kind = ? AND (active = 1 OR ? = 0) ORDER BY rank, name"));
    q.addBindValue(kind);
    q.addBindValue(activeOnly ? 1 : 0);
    q.exec();
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

std::vector<NamedItem> CacheStore::staff() const
{
    std::vector<NamedItem> out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT id, name, email FROM users WHERE role <> 'customer' ORDER BY name"));
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

void CacheStore::markSeen(qint64 ticketId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE tickets SET seen_at = updated_at WHERE id = ? AND (seen_at IS NULL OR seen_at < updated_at)"));
    q.addBindValue(ticketId);
    q.exec();
    if (q.numRowsAffected() > 0) {
        m_changedTickets.insert(ticketId);
        flushSignals();
    }
}

qint64 CacheStore::addOutbox(const QString &key, const QString &method, const QString &params, qint64 ticketId,
                             const QString &summary)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO outbox (idempotency_key, method, params, ticket_id, summary, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(method);
    q.addBindValue(params);
    q.addBindValue(ticketId);
    q.addBindValue(summary);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        qCWarning(lcCache) << "outbox insert failed:" << q.lastError().text();
    m_outboxChanged = true;
    flushSignals();
    return q.lastInsertId().toLongLong();
}

std::vector<OutboxEntry> CacheStore::outbox(const QString &state) const
{
    std::vector<OutboxEntry> out;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, idempotency_key, method, params, ticket_id, summary, state, coalesce(error, '')"
                       " FROM outbox WHERE state = ? ORDER BY id"));
    q.addBindValue(state);
    q.exec();
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
    return out;
}

void CacheStore::rejectOutbox(qint64 id, const QString &error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'rejected', error = ? WHERE id = ?"));
    q.addBindValue(error);
    q.addBindValue(id);
    q.exec();
    m_outboxChanged = true;
    flushSignals();
}

void CacheStore::removeOutbox(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    q.exec();
    m_outboxChanged = true;
    flushSignals();
}

void CacheStore::applyLocalTicketChange(qint64 ticketId, const protocol::JsonObject &fields)
{
    auto current = ticket(ticketId);
    if (!current)
        return;
    auto json = current->toJson();
    for (const auto &[key, value] : *fields) {
        if (key == "id")
            continue;
        if (key == "custom" && value.type() == typeid(protocol::JsonObject)) {
            // Custom fields change key by key, as on the server.
            auto custom = json->getObject("custom") ? json->getObject("custom") : protocol::newObject();
            for (const auto &[name, v] : *value.extract<protocol::JsonObject>())
                if (v.isEmpty())
                    custom->remove(name);
                else
                    custom->set(name, v);
            json->set("custom", custom);
            continue;
        }
        json->set(key, value);
    }
    auto changed = protocol::Ticket::fromJson(json);
    changed.stateType = current->stateType;
    if (fields->has("state_id")) {
        for (const auto &state : config(QStringLiteral("state"), false))
            if (state.id == changed.stateId)
                changed.stateType = state.detail.toStdString();
    }
    CacheTransaction batch(*this);
    upsertTicket(changed);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE tickets SET pending = 1 WHERE id = ?"));
    q.addBindValue(ticketId);
    q.exec();
    batch.commit();
}

void CacheStore::addPendingArticle(qint64 outboxId, const protocol::Article &article)
{
    auto placeholder = article;
    placeholder.id = -outboxId;
    CacheTransaction batch(*this);
    upsertArticle(placeholder);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE tickets SET pending = 1 WHERE id = ?"));
    q.addBindValue(static_cast<qlonglong>(article.ticketId));
    q.exec();
    m_changedTickets.insert(article.ticketId);
    batch.commit();
}

void CacheStore::removePendingArticle(qint64 outboxId)
{
    QSqlQuery find(m_db);
    find.prepare(QStringLiteral("SELECT ticket_id FROM articles WHERE id = ?"));
    find.addBindValue(-outboxId);
    find.exec();
    if (!find.next())
        return;
    qint64 ticketId = find.value(0).toLongLong();
    CacheTransaction batch(*this);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM articles WHERE id = ?"));
    q.addBindValue(-outboxId);
    q.exec();
    m_changedArticleTickets.insert(ticketId);
    m_ticketsToIndex.insert(ticketId);
    batch.commit();
}

void CacheStore::addPendingFile(qint64 outboxId, const PendingFile &file)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO pending_files (outbox_id, filename, content_type, data) VALUES (?, ?, ?, ?)"));
    q.addBindValue(outboxId);
    q.addBindValue(file.filename);
    q.addBindValue(file.contentType);
    q.addBindValue(file.data);
    if (!q.exec())
        qCWarning(lcCache) << "attachment not kept:" << q.lastError().text();
}

std::vector<PendingFile> CacheStore::pendingFiles(qint64 outboxId) const
{
    std::vector<PendingFile> out;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, filename, content_type, data FROM pending_files WHERE outbox_id = ? ORDER BY id"));
    q.addBindValue(outboxId);
    q.exec();
    while (q.next())
        out.push_back(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toByteArray()});
    return out;
}

void CacheStore::refreshPendingFlag(qint64 ticketId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE tickets SET pending = EXISTS (SELECT 1 FROM outbox WHERE ticket_id = ? AND state = 'pending')"
        " WHERE id = ?"));
    q.addBindValue(ticketId);
    q.addBindValue(ticketId);
    q.exec();
    m_changedTickets.insert(ticketId);
    flushSignals();
}

} // namespace helpdesk::client
