#include "core/AttachmentTransfer.h"

#include "core/IncomingMessage.h"
#include "protocol/Messages.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrlQuery>

namespace helpdesk::client {

AttachmentTransfer::AttachmentTransfer(QObject *parent) : QObject(parent) {}

void AttachmentTransfer::setEndpoint(const QUrl &server, const QString &token)
{
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

} // namespace helpdesk::client
