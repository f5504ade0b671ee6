#include "core/TwoFactorClient.h"

#include "core/IncomingMessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>

namespace helpdesk::client {

TwoFactorClient::TwoFactorClient(const QUrl &server, const QString &token, QObject *parent)
    : QObject(parent), m_server(server), m_token(token)
{
}

void TwoFactorClient::send(const QByteArray &verb, const QString &path, const QJsonObject &body,
                           std::function<void(const QJsonObject &)> done)
{
    QUrl url = m_server;
    url.setPath(QStringLiteral("/api/v1") + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    // A GET carries no body: the server would not read one, and it would be left on a kept-alive connection.
    auto *reply = verb == "GET"
                      ? m_http.get(request)
                      : m_http.sendCustomRequest(request, verb, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        if (auto problem = handleServerMessage("two-factor reply", [&] {
                const auto answer = QJsonDocument::fromJson(reply->readAll()).object();
                if (reply->error() != QNetworkReply::NoError) {
                    const auto message =
                        answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
                    emit failed(message.isEmpty() ? reply->errorString() : message);
                    return;
                }
                done(answer);
            }))
            emit failed(*problem);
    });
}

void TwoFactorClient::loadStatus()
{
    send("GET", QStringLiteral("/me/two_factor"), {}, [this](const QJsonObject &answer) {
        emit statusLoaded(answer.value(QStringLiteral("enabled")).toBool(),
                          answer.value(QStringLiteral("required")).toBool(),
                          answer.value(QStringLiteral("recovery_codes_left")).toInt());
    });
}

void TwoFactorClient::setUp()
{
    send("POST", QStringLiteral("/me/two_factor/setup"), {}, [this](const QJsonObject &answer) {
        emit setUpReady(answer.value(QStringLiteral("secret")).toString(),
                        answer.value(QStringLiteral("otpauth_uri")).toString());
    });
}

void TwoFactorClient::enable(const QString &code)
{
    send("POST", QStringLiteral("/me/two_factor/enable"), {{QStringLiteral("code"), code}},
         [this](const QJsonObject &answer) {
             QStringList codes;
             for (const auto &code : answer.value(QStringLiteral("recovery_codes")).toArray())
                 codes << code.toString();
             emit enabled(codes);
         });
}

void TwoFactorClient::disable(const QString &password, const QString &code)
{
    send("POST", QStringLiteral("/me/two_factor/disable"),
         {{QStringLiteral("password"), password}, {QStringLiteral("code"), code}},
         [this](const QJsonObject &) { emit disabled(); });
}

} // namespace helpdesk::client
