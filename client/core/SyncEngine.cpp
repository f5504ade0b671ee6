#include "core/SyncEngine.h"

#include "core/CacheTransaction.h"
#include "protocol/Messages.h"

#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSync, "helpdesk.client.sync")

namespace helpdesk::client {

namespace {
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

/// What the client keeps besides the name: a state's type, a group's e-mail addresses, a text
/// module's name and body, a custom field's definition.
QString detailOf(const protocol::JsonObject &o)
{
    if (o->has("keyword") || o->has("field_type"))
        return qs(protocol::toJsonText(o));
    if (auto addresses = o->getArray("addresses")) {
        QStringList list;
        for (unsigned i = 0; i < addresses->size(); ++i)
            list << qs(addresses->getElement<std::string>(i));
        return list.join(QLatin1Char(','));
    }
    return qs(o->optValue<std::string>("state_type", ""));
}
/// The key the client lists a configuration row by: a text module's keyword, else its name.
QString nameOf(const protocol::JsonObject &o)
{
    return qs(o->optValue<std::string>("keyword", o->optValue<std::string>("name", "")));
}

/// A configuration kind the cache keeps (the ones agents pick from offline): its name on the wire
/// (`<name>.list`, events `<name>.created`) and the key of its list. The server's kinds are
/// declared in server/domain/config/.
struct CachedKind {
    const char *name, *listKey;
};
constexpr CachedKind kCachedKinds[] = {
    {"state", "states"}, {"priority", "priorities"},      {"group", "groups"},
    {"type", "types"},   {"text_module", "text_modules"}, {"custom_field", "custom_fields"},
    {"macro", "macros"}, {"integration", "integrations"}}; // integrations: admins only (agents: the directory)

/// The `external_ids` of a ticket or person in an answer; none when the answer does not carry them
/// (events, customers' views).
std::optional<std::vector<ExternalId>> externalIdsIn(const protocol::JsonObject &object)
{
    if (!object || !object->has("external_ids"))
        return std::nullopt;
    std::vector<ExternalId> ids;
    auto links = object->getArray("external_ids");
    for (unsigned i = 0; links && i < links->size(); ++i)
        if (auto link = links->getObject(i))
            ids.push_back(
                {link->optValue<std::int64_t>("integration_id", 0), {}, qs(link->get("external_id").toString())});
    return ids;
}

/// What ticket.mail says of an outgoing article (an agent's e-mail or channel reply), by article;
/// other mail (acknowledgements, notifications) is not an article's delivery.
std::map<qint64, Delivery> deliveriesIn(const protocol::JsonArray &mail)
{
    std::map<qint64, Delivery> byArticle;
    for (unsigned i = 0; mail && i < mail->size(); ++i) {
        auto entry = mail->getObject(i);
        const auto kind = entry ? entry->optValue<std::string>("kind", "") : std::string();
        if ((kind != "reply" && kind != "channel") || !entry->has("article_id") || entry->isNull("article_id"))
            continue;
        Delivery delivery{qs(kind), qs(entry->optValue<std::string>("state", "")), entry->optValue<int>("attempts", 0),
                          QString()};
        if (entry->has("last_error") && !entry->isNull("last_error"))
            delivery.error = qs(entry->getValue<std::string>("last_error"));
        byArticle[entry->getValue<std::int64_t>("article_id")] = delivery; // listed oldest first: the latest wins
    }
    return byArticle;
}

bool isCachedKind(const std::string &name)
{
    for (const auto &k : kCachedKinds)
        if (name == k.name)
            return true;
    return false;
}
} // namespace

SyncEngine::SyncEngine(CacheStore &cache, ServerConnection &connection, QObject *parent)
    : QObject(parent), m_cache(cache), m_connection(connection)
{
    connect(&m_connection, &ServerConnection::helloAccepted, this, [this](qint64 watermark) { start(watermark); });
    connect(&m_connection, &ServerConnection::eventsReceived, this,
            [this](const protocol::JsonArray &events, qint64 lastSeq) { apply(events, lastSeq); });
    connect(&m_connection, &ServerConnection::stateChanged, this, [this](ConnectionState state) {
        if (state != ConnectionState::Online)
            m_synced = false;
    });
}

void SyncEngine::start(qint64 watermark)
{
    loadNames([this, watermark] {
        loadViews();
        if (m_cache.meta(QStringLiteral("initial_sync_done")) == QLatin1String("1")) {
            subscribe(m_cache.lastSeq());
            return;
        }
        // Page through every ticket, then replay what changed meanwhile from the hello's watermark.
        qint64 from = m_cache.meta(QStringLiteral("initial_sync_from"), QString::number(watermark)).toLongLong();
        m_cache.setMeta(QStringLiteral("initial_sync_from"), QString::number(from));
        loadTicketPage(m_cache.meta(QStringLiteral("initial_sync_after_id"), QStringLiteral("0")).toLongLong(), from,
                       static_cast<int>(m_cache.ticketCount()));
    });
}

void SyncEngine::loadNames(const std::function<void()> &then)
{
    auto me = protocol::newObject();
    m_connection.request(QStringLiteral("auth.me"), me, [this, then](const Reply &reply) {
        if (!reply.ok)
            return emit failed(reply.message);
        m_groupAccess.clear();
        if (auto groups = reply.result->getObject("groups"))
            for (const auto &[id, access] : *groups)
                m_groupAccess.insert(std::stoll(id), qs(access.toString()));
        auto role = m_connection.role();
        m_readsAll = role == QLatin1String("admin") || role == QLatin1String("supervisor");
        auto remaining = std::make_shared<int>(static_cast<int>(std::size(kCachedKinds)));
        for (const auto &k : kCachedKinds) {
            const auto method = QString::fromLatin1(k.name) + QStringLiteral(".list");
            m_connection.request(method, protocol::newObject(), [this, k, remaining, then](const Reply &r) {
                if (r.ok) {
                    CacheTransaction batch(m_cache);
                    auto list = r.result->getArray(k.listKey);
                    for (unsigned i = 0; list && i < list->size(); ++i) {
                        auto o = list->getObject(i);
                        m_cache.upsertConfig(QString::fromLatin1(k.name), o->getValue<std::int64_t>("id"), nameOf(o),
                                             detailOf(o), o->optValue<int>("rank", 0),
                                             o->optValue<bool>("active", true));
                    }
                    batch.commit();
                }
                if (--*remaining == 0)
                    loadChannels([this, then] { loadUsers(0, then); });
            });
        }
    });
}

void SyncEngine::loadViews()
{
    if (m_connection.role() == QLatin1String("customer"))
        return;
    m_connection.request(QStringLiteral("view.list"), protocol::newObject(), [this](const Reply &reply) {
        if (!reply.ok) {
            qCWarning(lcSync) << "saved views not listed:" << reply.message;
            return;
        }
        std::vector<std::pair<protocol::JsonObject, bool>> views;
        auto list = reply.result->getArray("views");
        for (unsigned i = 0; list && i < list->size(); ++i)
            views.emplace_back(list->getObject(i), mayChangeView(list->getObject(i)));
        m_cache.replaceSavedViews(views);
    });
}

bool SyncEngine::mayChangeView(const protocol::JsonObject &view) const
{
    if (!view->isNull("owner_id"))
        return view->optValue<std::int64_t>("owner_id", 0) == m_connection.userId();
    const auto role = m_connection.role();
    if (role == QLatin1String("admin") || role == QLatin1String("supervisor"))
        return true;
    return m_groupAccess.value(view->optValue<std::int64_t>("group_id", 0)) == QLatin1String("full");
}

void SyncEngine::loadChannels(const std::function<void()> &then)
{
    // Channels have no events: named on each hello, and again when a ticket names one not known.
    // The directory gives staff the names of integrations and their channels (no addresses).
    if (!mayListChannels() || m_loadingChannels) {
        if (then)
            then();
        return;
    }
    m_loadingChannels = true;
    m_connection.request(QStringLiteral("integration.directory"), protocol::newObject(),
                         [this, then](const Reply &reply) {
                             if (reply.ok)
                                 storeDirectory(reply.result->getArray("integrations"));
                             m_loadingChannels = false;
                             if (then)
                                 then();
                         });
}

void SyncEngine::storeDirectory(const protocol::JsonArray &integrations)
{
    CacheTransaction batch(m_cache);
    for (unsigned i = 0; integrations && i < integrations->size(); ++i) {
        auto integration = integrations->getObject(i);
        const auto integrationId = integration->getValue<std::int64_t>("id");
        m_cache.upsertConfig(QStringLiteral("integration"), integrationId, nameOf(integration), QStringLiteral(""), 0,
                             integration->optValue<bool>("active", true));
        auto channels = integration->getArray("channels");
        for (unsigned j = 0; channels && j < channels->size(); ++j) {
            auto c = channels->getObject(j);
            // The detail is the integration's id, for its name beside the channel's.
            m_cache.upsertConfig(QStringLiteral("channel"), c->getValue<std::int64_t>("id"), nameOf(c),
                                 QString::number(integrationId), 0, true);
        }
    }
    batch.commit();
}

void SyncEngine::loadUsers(qint64 afterId, const std::function<void()> &then)
{
    auto params = protocol::newObject();
    params->set("after_id", afterId);
    params->set("limit", 1000);
    m_connection.request(QStringLiteral("user.list"), params, [this, then](const Reply &reply) {
        if (!reply.ok) {
            then(); // customers may not list people; names then come with the tickets they see
            return;
        }
        auto users = reply.result->getArray("users");
        qint64 last = 0;
        CacheTransaction batch(m_cache);
        for (unsigned i = 0; users && i < users->size(); ++i) {
            storeUser(users->getObject(i));
            last = users->getObject(i)->getValue<std::int64_t>("id");
        }
        batch.commit();
        if (users && users->size() == 1000)
            loadUsers(last, then);
        else
            then();
    });
}

void SyncEngine::loadTicketPage(qint64 afterId, qint64 watermark, int loaded)
{
    auto params = protocol::newObject();
    params->set("after_id", afterId);
    params->set("limit", kTicketPage);
    m_connection.request(QStringLiteral("ticket.list"), params, [this, watermark, loaded](const Reply &reply) {
        if (!reply.ok) {
            if (!reply.transient)
                emit failed(reply.message);
            return; // resumed from the stored position on the next hello
        }
        auto tickets = reply.result->getArray("tickets");
        qint64 last = 0;
        CacheTransaction batch(m_cache);
        for (unsigned i = 0; tickets && i < tickets->size(); ++i) {
            auto t = protocol::Ticket::fromJson(tickets->getObject(i));
            m_cache.upsertTicket(t);
            if (auto ids = externalIdsIn(tickets->getObject(i)))
                m_cache.setTicketExternalIds(t.id, *ids);
            last = t.id;
        }
        int now = loaded + static_cast<int>(tickets ? tickets->size() : 0);
        bool done = !tickets || tickets->size() < static_cast<unsigned>(kTicketPage);
        if (!done)
            m_cache.setMeta(QStringLiteral("initial_sync_after_id"), QString::number(last));
        else {
            m_cache.setMeta(QStringLiteral("initial_sync_done"), QStringLiteral("1"));
            if (watermark > m_cache.lastSeq())
                m_cache.setMeta(QStringLiteral("last_seq"), QString::number(watermark));
        }
        batch.commit();
        emit progress(now, done);
        if (!done) {
            loadTicketPage(last, watermark, now);
            return;
        }
        qCInfo(lcSync) << "first sync complete:" << now << "tickets";
        subscribe(watermark);
        // Threads of the newest tickets, so they open (and search) offline too.
        std::vector<qint64> newest;
        auto rows = m_cache.ticketRows();
        std::sort(rows.begin(), rows.end(),
                  [](const TicketRow &a, const TicketRow &b) { return a.updatedAt > b.updatedAt; });
        for (std::size_t i = 0; i < rows.size() && i < static_cast<std::size_t>(kArticlePrefetch); ++i)
            newest.push_back(rows[i].id);
        prefetchArticles(std::move(newest));
    });
}

void SyncEngine::prefetchArticles(std::vector<qint64> ticketIds)
{
    if (ticketIds.empty() || m_connection.state() != ConnectionState::Online)
        return;
    qint64 id = ticketIds.back();
    ticketIds.pop_back();
    auto params = protocol::newObject();
    params->set("ticket_id", id);
    m_connection.request(QStringLiteral("article.list"), params,
                         [this, rest = std::move(ticketIds)](const Reply &reply) mutable {
                             if (reply.ok) {
                                 auto articles = reply.result->getArray("articles");
                                 CacheTransaction batch(m_cache);
                                 for (unsigned i = 0; articles && i < articles->size(); ++i)
                                     m_cache.upsertArticle(protocol::Article::fromJson(articles->getObject(i)));
                                 batch.commit();
                             }
                             prefetchArticles(std::move(rest));
                         });
}

void SyncEngine::fetchArticles(qint64 ticketId)
{
    prefetchArticles({ticketId});
}

void SyncEngine::fetchOrigin(qint64 ticketId)
{
    if (m_cache.knowsExternalIds(ticketId))
        return;
    auto params = protocol::newObject();
    params->set("id", ticketId);
    m_connection.request(QStringLiteral("ticket.get"), params, [this](const Reply &reply) {
        if (!reply.ok)
            return;
        auto json = reply.result->getObject("ticket");
        applyTicket(json, m_groupAccess);
        auto ticket = protocol::Ticket::fromJson(json);
        if (auto ids = externalIdsIn(json))
            m_cache.setTicketExternalIds(ticket.id, *ids);
        auto customer = protocol::newObject();
        customer->set("id", ticket.customerId);
        m_connection.request(QStringLiteral("user.get"), customer, [this](const Reply &user) {
            if (user.ok)
                storeUser(user.result->getObject("user"));
        });
    });
}

void SyncEngine::fetchDeliveries(qint64 ticketId)
{
    if (m_connection.state() != ConnectionState::Online)
        return;
    auto params = protocol::newObject();
    params->set("id", ticketId);
    m_connection.request(QStringLiteral("ticket.mail"), params, [this, ticketId](const Reply &reply) {
        if (reply.ok)
            m_cache.setDeliveries(ticketId, deliveriesIn(reply.result->getArray("mail")));
    });
}

void SyncEngine::storeUser(const protocol::JsonObject &json)
{
    if (!json)
        return;
    auto user = protocol::User::fromJson(json);
    m_cache.upsertUser(user.id, qs(user.name), qs(user.email), qs(protocol::roleName(user.role)));
    if (auto ids = externalIdsIn(json))
        m_cache.setUserExternalIds(user.id, *ids);
}

void SyncEngine::refreshTicket(qint64 ticketId)
{
    auto params = protocol::newObject();
    params->set("id", ticketId);
    m_connection.request(QStringLiteral("ticket.get"), params, [this, ticketId](const Reply &reply) {
        if (reply.ok)
            applyTicket(reply.result->getObject("ticket"), m_groupAccess);
        else if (reply.code == QLatin1String("not_found"))
            m_cache.removeTicket(ticketId);
    });
    fetchArticles(ticketId);
}

void SyncEngine::subscribe(qint64 after)
{
    auto params = protocol::newObject();
    params->set("after", after);
    m_connection.request(QStringLiteral("event.subscribe"), params, [this](const Reply &reply) {
        if (!reply.ok)
            return;
        m_liveAfter = reply.result->optValue<std::int64_t>("watermark", 0);
        m_synced = true;
        emit synced();
    });
}

void SyncEngine::applyTicket(const protocol::JsonObject &json, const QMap<qint64, QString> &groupAccess)
{
    if (!json)
        return;
    auto ticket = protocol::Ticket::fromJson(json);
    // An agent told of a ticket moved to a group they cannot read drops it.
    if (!m_readsAll && m_connection.role() != QLatin1String("customer") && !groupAccess.contains(ticket.groupId)) {
        m_cache.removeTicket(ticket.id);
        return;
    }
    m_cache.upsertTicket(ticket);
    // A channel made since the last hello: its name is listed again (channels have no events).
    if (ticket.channelId && mayListChannels() && !m_loadingChannels) {
        const auto channels = m_cache.config(QStringLiteral("channel"), false);
        if (std::none_of(channels.begin(), channels.end(),
                         [&](const NamedItem &channel) { return channel.id == *ticket.channelId; }))
            QMetaObject::invokeMethod(
                this, [this] { loadChannels({}); }, Qt::QueuedConnection);
    }
}

void SyncEngine::apply(const protocol::JsonArray &events, qint64 lastSeq)
{
    // One transaction per batch, together with the new position: an event that cannot be read
    // throws, the guard rolls the whole batch back, and nothing of it (cache, group access,
    // notifications) takes effect.
    std::optional<qint64> reset;
    auto groupAccess = m_groupAccess;
    std::vector<std::pair<protocol::Ticket, qint64>> createdLive;
    std::vector<protocol::Article> articlesLive;
    struct UpdatedLive {
        protocol::Ticket ticket;
        qint64 actorId;
        QStringList changed;
        qint64 previousOwnerId;
    };
    std::vector<UpdatedLive> updatedLive;
    struct MentionLive {
        qint64 ticketId, articleId;
        QString byName;
    };
    std::vector<MentionLive> mentionsLive;
    QSet<qint64> failedMail;
    CacheTransaction batch(m_cache);
    for (unsigned i = 0; events && i < events->size(); ++i) {
        auto event = events->getObject(i);
        auto kind = event->optValue<std::string>("kind", "");
        if (kind == "sync.reset") {
            // Many rows changed at once (an import): page through the tickets again.
            reset = event->optValue<std::int64_t>("seq", 0);
            continue;
        }
        auto data = event->getObject("data");
        if (!data)
            continue;
        // Events older than the subscription's start are a replay: no notifications for those.
        const bool live = m_synced && event->optValue<std::int64_t>("seq", 0) > m_liveAfter;
        if (kind == "ticket_share.changed") {
            // The whole list of the ticket's partner desks now (staff only).
            m_cache.setSharedWith(data->optValue<std::int64_t>("ticket_id", 0),
                                  protocol::sharePartnersFromJson(data->getArray("shared_with")));
        } else if (kind == "ticket.mentioned") {
            if (live)
                mentionsLive.push_back({data->optValue<std::int64_t>("ticket_id", 0),
                                        data->optValue<std::int64_t>("article_id", 0),
                                        qs(data->optValue<std::string>("by_name", ""))});
        } else if (kind.rfind("ticket.", 0) == 0) {
            auto json = data->getObject("ticket");
            if (live && kind == "ticket.updated" && json) {
                auto ticket = protocol::Ticket::fromJson(json);
                auto before = m_cache.ticket(ticket.id);
                QStringList changed;
                const auto fields = data->getArray("changed");
                for (unsigned c = 0; fields && c < fields->size(); ++c)
                    changed << qs(fields->getElement<std::string>(c));
                updatedLive.push_back({ticket,
                                       event->isNull("actor_id") ? 0 : event->optValue<std::int64_t>("actor_id", 0),
                                       changed, before && before->ownerId ? *before->ownerId : 0});
            }
            applyTicket(json, groupAccess);
            if (live && kind == "ticket.created" && data->getObject("ticket"))
                createdLive.emplace_back(protocol::Ticket::fromJson(data->getObject("ticket")),
                                         event->isNull("actor_id") ? 0 : event->optValue<std::int64_t>("actor_id", 0));
        } else if (kind == "article.created") {
            if (auto a = data->getObject("article")) {
                auto article = protocol::Article::fromJson(a);
                // The same article told again (a partner's file that arrived later joined it) is
                // news to no one: only one not cached yet counts as new.
                if (m_cache.upsertArticle(article) && live)
                    articlesLive.push_back(article);
            }
        } else if (kind == "mail.failed") {
            // An e-mail given up: the ticket's deliveries are read again once the batch is in.
            if (auto ticketId = event->optValue<std::int64_t>("ticket_id", 0))
                failedMail.insert(ticketId);
        } else if (kind == "user.created" || kind == "user.updated") {
            if (auto u = data->getObject("user")) {
                auto user = protocol::User::fromJson(u);
                m_cache.upsertUser(user.id, qs(user.name), qs(user.email), qs(protocol::roleName(user.role)));
            }
        } else if (kind == "view.changed") {
            // A saved view created, changed, or gone for this agent (deleted, or no longer theirs to see).
            if (auto view = data->getObject("view"))
                m_cache.upsertSavedView(view, mayChangeView(view));
            else
                m_cache.removeSavedView(data->optValue<std::int64_t>("id", 0));
        } else if (kind == "user.access_changed") {
            if (data->optValue<std::int64_t>("user_id", 0) == m_connection.userId()) {
                auto groupId = data->optValue<std::int64_t>("group_id", 0);
                auto access = data->has("access") && !data->isNull("access") ? qs(data->getValue<std::string>("access"))
                                                                             : QString();
                if (access.isEmpty())
                    groupAccess.remove(groupId);
                else
                    groupAccess.insert(groupId, access);
            }
        } else {
            // state.created, group.updated, …: configuration names.
            auto dot = kind.find('.');
            auto object = data->getObject("object");
            if (object && dot != std::string::npos && isCachedKind(kind.substr(0, dot)))
                m_cache.upsertConfig(qs(kind.substr(0, dot)), object->getValue<std::int64_t>("id"), nameOf(object),
                                     detailOf(object), object->optValue<int>("rank", 0),
                                     object->optValue<bool>("active", true));
        }
    }
    if (lastSeq > m_cache.lastSeq())
        m_cache.setMeta(QStringLiteral("last_seq"), QString::number(lastSeq));
    if (reset) {
        m_cache.setMeta(QStringLiteral("initial_sync_done"), QStringLiteral("0"));
        m_cache.setMeta(QStringLiteral("initial_sync_after_id"), QStringLiteral("0"));
        m_cache.setMeta(QStringLiteral("initial_sync_from"), QString::number(*reset));
    }
    batch.commit();
    m_groupAccess = std::move(groupAccess);
    for (const auto &[ticket, actorId] : createdLive)
        emit ticketCreatedLive(ticket, actorId);
    for (const auto &article : articlesLive)
        emit articleCreatedLive(article);
    for (const auto &updated : updatedLive)
        emit ticketUpdatedLive(updated.ticket, updated.actorId, updated.changed, updated.previousOwnerId);
    for (const auto &mention : mentionsLive)
        emit mentionedLive(mention.ticketId, mention.articleId, mention.byName);
    for (auto ticketId : std::as_const(failedMail))
        fetchDeliveries(ticketId);
    if (reset) {
        qCInfo(lcSync) << "the server asked for a full sync (event" << *reset << ")";
        loadTicketPage(0, *reset, 0);
    }
}

} // namespace helpdesk::client
