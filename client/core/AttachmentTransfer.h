#pragma once

#include "core/CacheTypes.h"

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

signals:
    void attachmentSaved(const QString &path);
    void attachmentFailed(const QString &reason);

private:
    QNetworkAccessManager m_http;
    QUrl m_server;
    QString m_token;
};

} // namespace helpdesk::client
