#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace helpdesk::client {

/// The agent's own two-factor sign-in (an authenticator app, RFC 6238) over the server's HTTP API:
/// its state, setting it up (the key and otpauth:// URI to show), confirming it with a code (the
/// recovery codes, shown once), and turning it off. Works for the open account and for a session
/// the server limited to setting it up. Each call answers with one signal, or `failed`. Main thread.
class TwoFactorClient : public QObject
{
    Q_OBJECT
public:
    TwoFactorClient(const QUrl &server, const QString &token, QObject *parent = nullptr);

    /// Asks whether it is on (statusLoaded).
    void loadStatus();
    /// Starts setting it up: a new key, inactive until confirmed (setUpReady).
    void setUp();
    /// Confirms the key with a code from the app (enabled, with the recovery codes).
    void enable(const QString &code);
    /// Turns it off with the password and a code (disabled).
    void disable(const QString &password, const QString &code);

signals:
    void statusLoaded(bool enabled, bool required, int recoveryCodesLeft);
    /// The key in base32 (to type in) and the otpauth:// URI (for a QR code).
    void setUpReady(const QString &secret, const QString &uri);
    void enabled(const QStringList &recoveryCodes);
    void disabled();
    /// The server refused or could not be reached; `reason` is its message.
    void failed(const QString &reason);

private:
    void send(const QByteArray &verb, const QString &path, const QJsonObject &body,
              std::function<void(const QJsonObject &)> done);

    QNetworkAccessManager m_http;
    QUrl m_server;
    QString m_token;
};

} // namespace helpdesk::client
