#pragma once

#include "core/CacheStore.h"
#include "core/ServerConnection.h"
#include "core/SyncEngine.h"

#include <QObject>

#include <functional>

namespace helpdesk::client {

/// Everything the agent does goes here first: a row in the cache's outbox with a fresh
/// idempotency key, shown at once as pending, then sent in order whenever the connection is up.
/// A retry after a lost connection or a restart reuses the key, so the server applies it once.
/// A refusal (permissions, a conflict, a rule) marks the entry rejected with the server's reason,
/// restores the server's view of the ticket and tells the agent. Main thread.
class Outbox : public QObject
{
    Q_OBJECT
public:
    /// Sends one file to the server; answers with its reference, or an error (transient: retry later).
    using Uploader =
        std::function<void(const PendingFile &file, std::function<void(std::optional<protocol::AttachmentRef>,
                                                                       const QString &error, bool transient)>)>;

    Outbox(CacheStore &cache, ServerConnection &connection, SyncEngine &sync, Uploader uploader,
           QObject *parent = nullptr);

    /// Queues a ticket change (`ticket.update` fields) and shows it.
    void updateTicket(qint64 ticketId, const protocol::JsonObject &fields, const QString &summary);
    /// Queues an article (reply, note, phone call) and shows it as pending in the thread.
    void addArticle(qint64 ticketId, const protocol::ArticleParams &article, const QString &author,
                    const QString &summary, const std::vector<PendingFile> &files = {});
    /// Queues any other command (merge, link, a new ticket); its effect shows when the server's
    /// answer and events arrive. `ticketId` 0 for a command about no cached ticket.
    void submit(const QString &method, const protocol::JsonObject &params, qint64 ticketId, const QString &summary);
    /// Entries still waiting.
    int pendingCount() const;
    /// Forgets a rejected entry the agent has read.
    void dismiss(qint64 outboxId);
    /// Sends what waits (called on every reconnect; safe to call any time).
    void flush();

signals:
    void rejected(qint64 ticketId, const QString &summary, const QString &reason);
    void delivered(qint64 ticketId, const QString &summary);

private:
    void sendNext();
    void send(const OutboxEntry &entry, const protocol::JsonObject &params);
    /// Uploads the entry's files one after another, then sends the article carrying them.
    void uploadThenSend(const OutboxEntry &entry, protocol::JsonObject params, std::vector<PendingFile> files,
                        protocol::JsonArray refs);

    CacheStore &m_cache;
    ServerConnection &m_connection;
    SyncEngine &m_sync;
    Uploader m_uploader;
    bool m_sending = false;
};

} // namespace helpdesk::client
