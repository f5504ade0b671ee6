#pragma once

#include "core/CacheStore.h"
#include "core/ServerConnection.h"

#include <QMap>
#include <QObject>
#include <QStringList>

namespace helpdesk::client {

/// Keeps the cache a replica of what the agent may see: on each hello it refreshes names
/// (states, priorities, groups, types, people), pages through every ticket on the first sync
/// (with progress), then subscribes to events from the last applied sequence number and applies
/// each batch in one cache transaction together with the new position. Main thread.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTicketPage = 1000;
    static constexpr int kArticlePrefetch = 200; // newest tickets whose threads are fetched ahead

    SyncEngine(CacheStore &cache, ServerConnection &connection, QObject *parent = nullptr);

    bool isSynced() const { return m_synced; }
    /// Fetches a ticket's articles (when opened); the cache signals when they are in.
    void fetchArticles(qint64 ticketId);
    /// Reads the ticket's and its customer's ids in integrations when the cache has not got them
    /// (a ticket told by an event); the cache signals when they are in.
    void fetchOrigin(qint64 ticketId);
    /// Reads how the ticket's outgoing articles travel (ticket.mail) into the cache; nothing offline.
    void fetchDeliveries(qint64 ticketId);
    /// Reloads one ticket from the server (after a rejected change of ours).
    void refreshTicket(qint64 ticketId);
    /// Group id -> "read" / "full" for the signed-in user.
    QMap<qint64, QString> groupAccess() const { return m_groupAccess; }

signals:
    /// First sync: tickets loaded so far; `done` when the inbox is complete.
    void progress(int loaded, bool done);
    /// Events flow live; the cache is current.
    void synced();
    void failed(const QString &reason);
    /// Live (not replayed) events worth a desktop notification; an article only the first time it
    /// is told (not again when it changes, as when a partner's file joins it later).
    void ticketCreatedLive(const protocol::Ticket &ticket, qint64 actorId);
    void articleCreatedLive(const protocol::Article &article);
    /// A live change of a ticket: the fields the event names (`changed`, e.g. sla_warned) and its
    /// owner before it (0: none), so that "assigned to me" can be told apart.
    void ticketUpdatedLive(const protocol::Ticket &ticket, qint64 actorId, const QStringList &changed,
                           qint64 previousOwnerId);
    /// A colleague mentioned the agent in an article (only the mentioned agent is told).
    void mentionedLive(qint64 ticketId, qint64 articleId, const QString &byName);

private:
    void start(qint64 watermark);
    void loadNames(const std::function<void()> &then);
    /// Lists the channels of the cached integrations (admins may read them; others skip to `then`).
    void loadChannels(const std::function<void()> &then);
    void storeDirectory(const protocol::JsonArray &integrations);
    void loadUsers(qint64 afterId, const std::function<void()> &then);
    /// Replaces the cached saved views with the server's list (view.list).
    void loadViews();
    /// Whether the signed-in agent may change a saved view (its owner; for a shared one admins,
    /// supervisors and the group's agents with full access), as the server decides it.
    bool mayChangeView(const protocol::JsonObject &view) const;
    /// Stores a person from an answer, with their external ids when it carries them.
    void storeUser(const protocol::JsonObject &json);
    void loadTicketPage(qint64 afterId, qint64 watermark, int loaded);
    void subscribe(qint64 after);
    void apply(const protocol::JsonArray &events, qint64 lastSeq);
    /// Stores a ticket, or drops it when it moved to a group the agent cannot read.
    void applyTicket(const protocol::JsonObject &json, const QMap<qint64, QString> &groupAccess);
    void prefetchArticles(std::vector<qint64> ticketIds);

    CacheStore &m_cache;
    ServerConnection &m_connection;
    bool m_synced = false;
    qint64 m_liveAfter = 0; // events up to the subscription's watermark are a replay
    QMap<qint64, QString> m_groupAccess;
    /// Channels and integrations are the admins' to read (agents see a channel's number only).
    bool mayListChannels() const { return m_connection.role() != QLatin1String("customer"); }

    bool m_readsAll = false;        // admins and supervisors read every ticket
    bool m_loadingChannels = false; // a listing is on its way
};

} // namespace helpdesk::client
