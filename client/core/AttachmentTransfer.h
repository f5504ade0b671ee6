#pragma once

#include "core/CacheTypes.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

namespace helpdesk::protocol {
struct AttachmentRef;
}

namespace helpdesk::client {

/// Files to and from the server's attachment store over HTTP: the outbox uploads an article's
/// files right before the article, the agent saves an attachment to disk. Works for the account
/// the session opened (setEndpoint). Main thread.
class AttachmentTransfer : public QObject
{
    Q_OBJECT
public:
    /// Largest file the server takes as an attachment.
    static constexpr qint64 kMaxAttachmentBytes = 25 * 1024 * 1024;
    /// How an upload ended: the file's reference, or an error (transient: retry later).
    using UploadDone =
        std::function<void(std::optional<protocol::AttachmentRef>, const QString &error, bool transient)>;

    explicit AttachmentTransfer(QObject *parent = nullptr);

    /// The server and session token of the open account (an empty token: none open).
    void setEndpoint(const QUrl &server, const QString &token);
    /// Sends one file to the server.
    void upload(const PendingFile &file, UploadDone done);
    /// Downloads an attachment to a file (attachmentSaved or attachmentFailed).
    void downloadAttachment(const QString &sha256, const QString &path);
    /// An attachment's bytes, for showing it (inline images, previews): from memory when fetched
    /// before in this session, else downloaded once however many ask meanwhile. `done` gets them,
    /// or empty bytes when the server could not give them (or they do not match their hash).
    void fetchContent(const QString &sha256, std::function<void(const QByteArray &)> done);
    /// The bytes fetchContent kept, or empty ones.
    QByteArray cachedContent(const QString &sha256) const { return m_contents.value(sha256); }

signals:
    void attachmentSaved(const QString &path);
    void attachmentFailed(const QString &reason);

private:
    QNetworkAccessManager m_http;
    QUrl m_server;
    QString m_token;
    /// Fetched attachments by hash (a hash names one content forever), at most kMaxCachedBytes.
    QHash<QString, QByteArray> m_contents;
    qint64 m_cachedBytes = 0;
    QHash<QString, std::vector<std::function<void(const QByteArray &)>>> m_fetching;
    static constexpr qint64 kMaxCachedBytes = 64 * 1024 * 1024;
};

} // namespace helpdesk::client
