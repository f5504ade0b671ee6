#include "core/AttachmentTransfer.h"

#include "core/IncomingMessage.h"
#include "protocol/Messages.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrlQuery>

namespace helpdesk::client {

AttachmentTransfer::AttachmentTransfer(QObject *parent) : QObject(parent) {}

void AttachmentTransfer::setEndpoint(const QUrl &server, const QString &token)
{
    if (server != m_server || token != m_token) {
        m_contents.clear(); // another account's files are not this one's to show
        m_cachedBytes = 0;
    }
    m_server = server;
    m_token = token;
}

void AttachmentTransfer::upload(const PendingFile &file, UploadDone done)
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
        bool answered = false;
        auto problem = handleServerMessage("attachment upload reply", [&] {
            auto body = reply->readAll();
            int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 201) {
                auto ref = protocol::AttachmentRef::fromJson(
                    protocol::parseJsonObject(body.toStdString())->getObject("attachment"));
                answered = true;
                done(ref, QString(), false);
                return;
            }
            // No answer or 503: try again later. Any other status is the server's verdict.
            bool transient = status == 0 || status == 503;
            QString message = QJsonDocument::fromJson(body)
                                  .object()
                                  .value(QStringLiteral("error"))
                                  .toObject()
                                  .value(QStringLiteral("message"))
                                  .toString();
            answered = true;
            done(std::nullopt, message.isEmpty() ? reply->errorString() : message, transient);
        });
        if (problem && !answered)
            done(std::nullopt, *problem, false); // an unreadable answer to an upload is a refusal
    });
}

void AttachmentTransfer::downloadAttachment(const QString &sha256, const QString &path)
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

void AttachmentTransfer::fetchContent(const QString &sha256, std::function<void(const QByteArray &)> done)
{
    if (auto it = m_contents.constFind(sha256); it != m_contents.constEnd()) {
        done(*it);
        return;
    }
    auto &waiting = m_fetching[sha256];
    waiting.push_back(std::move(done));
    if (waiting.size() > 1)
        return; // on its way already
    QUrl url = m_server;
    url.setPath(QStringLiteral("/api/v1/attachments/") + sha256);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    auto *reply = m_http.get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxAttachmentBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, sha256] {
        reply->deleteLater();
        QByteArray bytes = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
        // The store is content-addressed: bytes that do not hash to their name are not that file.
        if (!bytes.isEmpty() &&
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) != sha256)
            bytes.clear();
        if (!bytes.isEmpty() && bytes.size() <= kMaxCachedBytes) {
            if (m_cachedBytes + bytes.size() > kMaxCachedBytes) {
                m_contents.clear();
                m_cachedBytes = 0;
            }
            m_contents.insert(sha256, bytes);
            m_cachedBytes += bytes.size();
        }
        const auto waiting = m_fetching.take(sha256);
        for (const auto &done : waiting)
            done(bytes);
    });
}

} // namespace helpdesk::client
