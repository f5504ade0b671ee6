#include "core/Outbox.h"

#include "core/CacheTransaction.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcOutbox, "helpdesk.client.outbox")

namespace helpdesk::client {

Outbox::Outbox(CacheStore &cache, ServerConnection &connection, SyncEngine &sync, Uploader uploader, QObject *parent)
    : QObject(parent), m_cache(cache), m_connection(connection), m_sync(sync), m_uploader(std::move(uploader))
{
    // Send only once the event stream is resumed, so the server's answer and its events agree.
    connect(&m_sync, &SyncEngine::synced, this, [this] { flush(); });
}

void Outbox::updateTicket(qint64 ticketId, const protocol::JsonObject &fields, const QString &summary)
{
    auto params = protocol::parseJsonObject(protocol::toJsonText(fields));
    params->set("id", ticketId);
    CacheTransaction batch(m_cache);
    m_cache.addOutbox(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("ticket.update"),
                      QString::fromStdString(protocol::toJsonText(params)), ticketId, summary);
    m_cache.applyLocalTicketChange(ticketId, fields);
    batch.commit();
    flush();
}

void Outbox::addArticle(qint64 ticketId, const protocol::ArticleParams &article, const QString &author,
                        const QString &summary, const std::vector<PendingFile> &files)
{
    auto params = article.toJson();
    params->set("ticket_id", ticketId);
    CacheTransaction batch(m_cache);
    auto id = m_cache.addOutbox(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("article.create"),
                                QString::fromStdString(protocol::toJsonText(params)), ticketId, summary);
    for (const auto &file : files)
        m_cache.addPendingFile(id, file);
    protocol::Article shown;
    shown.ticketId = ticketId;
    shown.internal = article.internal || article.channel == "note";
    shown.sender = "agent";
    shown.channel = article.channel;
    shown.from = author.toStdString();
    shown.to = article.to.value_or("");
    shown.subject = article.subject.value_or("");
    shown.bodyText = article.bodyText;
    shown.bodyHtml = article.bodyHtml;
    shown.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
    for (const auto &file : files) {
        protocol::AttachmentRef ref;
        ref.filename = file.filename.toStdString();
        ref.contentType = file.contentType.toStdString();
        ref.size = file.data.size();
        shown.attachments.push_back(ref);
    }
    m_cache.addPendingArticle(id, shown);
    batch.commit();
    flush();
}

void Outbox::submit(const QString &method, const protocol::JsonObject &params, qint64 ticketId, const QString &summary)
{
    m_cache.addOutbox(QUuid::createUuid().toString(QUuid::WithoutBraces), method,
                      QString::fromStdString(protocol::toJsonText(params)), ticketId, summary);
    flush();
}

int Outbox::pendingCount() const
{
    return static_cast<int>(m_cache.outbox().size());
}

void Outbox::dismiss(qint64 outboxId)
{
    m_cache.removeOutbox(outboxId);
}

void Outbox::flush()
{
    if (!m_sending && m_connection.state() == ConnectionState::Online && m_sync.isSynced())
        sendNext();
}

void Outbox::sendNext()
{
    auto waiting = m_cache.outbox();
    if (waiting.empty()) {
        m_sending = false;
        return;
    }
    m_sending = true;
    auto entry = waiting.front();
    protocol::JsonObject params;
    try {
        params = protocol::parseJsonObject(entry.params.toStdString());
    } catch (const std::exception &e) {
        m_cache.rejectOutbox(entry.id, tr("the stored change is unreadable: %1").arg(QString::fromUtf8(e.what())));
        sendNext();
        return;
    }
    auto files =
        entry.method == QLatin1String("article.create") ? m_cache.pendingFiles(entry.id) : std::vector<PendingFile>{};
    if (!files.empty()) {
        uploadThenSend(entry, params, std::move(files), protocol::newArray());
        return;
    }
    send(entry, params);
}

void Outbox::uploadThenSend(const OutboxEntry &entry, protocol::JsonObject params, std::vector<PendingFile> files,
                            protocol::JsonArray refs)
{
    if (files.empty()) {
        // Content-addressed uploads: repeating one after a failure stores nothing twice.
        auto existing = params->getArray("attachments");
        for (unsigned i = 0; existing && i < existing->size(); ++i)
            refs->add(existing->getObject(i));
        params->set("attachments", refs);
        send(entry, params);
        return;
    }
    auto file = files.front();
    files.erase(files.begin());
    m_uploader(file, [this, entry, params, files = std::move(files),
                      refs](std::optional<protocol::AttachmentRef> ref, const QString &error, bool transient) mutable {
        if (!ref) {
            if (transient) {
                m_sending = false; // offline again: the entry and its files wait
                return;
            }
            CacheTransaction batch(m_cache);
            m_cache.removePendingArticle(entry.id);
            m_cache.rejectOutbox(entry.id, error);
            m_cache.refreshPendingFlag(entry.ticketId);
            batch.commit();
            emit rejected(entry.ticketId, entry.summary, error);
            sendNext();
            return;
        }
        refs->add(ref->toJson());
        uploadThenSend(entry, params, std::move(files), refs);
    });
}

void Outbox::send(const OutboxEntry &entry, const protocol::JsonObject &params)
{
    m_connection.request(
        entry.method, params,
        [this, entry](const Reply &reply) {
            // Idle while the answer is handled: if it cannot be read (it throws), the entry stays
            // queued and the next flush sends it again with the same key. sendNext() resumes.
            m_sending = false;
            if (reply.transient)
                return; // offline again or the database restarts: the entry waits, same key, next reconnect
            CacheTransaction batch(m_cache);
            if (entry.method == QLatin1String("article.create"))
                m_cache.removePendingArticle(entry.id);
            if (reply.ok) {
                m_cache.removeOutbox(entry.id);
                if (auto ticket = reply.result->getObject("ticket"))
                    m_cache.upsertTicket(protocol::Ticket::fromJson(ticket));
                if (auto article = reply.result->getObject("article"))
                    m_cache.upsertArticle(protocol::Article::fromJson(article));
            } else {
                qCWarning(lcOutbox) << "server refused" << entry.summary << ":" << reply.code << reply.message;
                m_cache.rejectOutbox(entry.id, reply.message);
            }
            if (entry.ticketId)
                m_cache.refreshPendingFlag(entry.ticketId);
            batch.commit();
            if (reply.ok) {
                emit delivered(entry.ticketId, entry.summary);
            } else {
                if (entry.ticketId)
                    m_sync.refreshTicket(entry.ticketId); // back to what the server holds
                emit rejected(entry.ticketId, entry.summary, reply.message);
            }
            sendNext();
        },
        entry.idempotencyKey);
}

} // namespace helpdesk::client
