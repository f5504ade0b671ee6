#include "core/AccountSession.h"

#include "core/AttachmentTransfer.h"
#include "core/IncomingMessage.h"
#include "core/Replica.h"
#include "core/TwoFactorClient.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QSettings>

Q_LOGGING_CATEGORY(lcAccount, "helpdesk.client.account")

namespace helpdesk::client {

namespace {
QString settingsPath(const QString &dir)
{
    return dir + QStringLiteral("/account.ini");
}
} // namespace

AccountSession::AccountSession(const QString &dataDirectory, std::unique_ptr<SecretStore> secrets,
                               AttachmentTransfer &files, QObject *parent)
    : QObject(parent), m_dataDirectory(dataDirectory), m_secrets(std::move(secrets)), m_files(files)
{
    QDir().mkpath(m_dataDirectory);
}

AccountSession::~AccountSession()
{
    closeAccount();
}

QString AccountSession::accountKey() const
{
    // Fixed at sign-in: the keychain entry outlives a change of the server's address.
    QSettings settings(settingsPath(m_dataDirectory), QSettings::IniFormat);
    return settings.value(QStringLiteral("account/key")).toString();
}

bool AccountSession::resume()
{
    QSettings settings(settingsPath(m_dataDirectory), QSettings::IniFormat);
    QUrl server(settings.value(QStringLiteral("account/server")).toString());
    QString email = settings.value(QStringLiteral("account/email")).toString();
    qint64 userId = settings.value(QStringLiteral("account/user_id")).toLongLong();
    if (!server.isValid() || userId == 0)
        return false;
    m_server = server;
    m_userId = userId;
    auto token = m_secrets->load(accountKey());
    if (!token || token->isEmpty())
        return false;
    openAccount(server, email, userId, *token);
    return true;
}

void AccountSession::signIn(const QUrl &server, const QString &email, const QString &password,
                            const QString &secondFactor)
{
    m_pending.reset();
    QUrl url = server;
    url.setPath(QStringLiteral("/api/v1/auth/login"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    if (!secondFactor.trimmed().isEmpty())
        body.insert(QStringLiteral("two_factor_code"), secondFactor.trimmed());
    auto *reply = m_http.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, server, email] {
        reply->deleteLater();
        if (auto problem = handleServerMessage("sign-in reply", [&] {
                auto answer = QJsonDocument::fromJson(reply->readAll()).object();
                if (reply->error() != QNetworkReply::NoError) {
                    const auto error = answer.value(QStringLiteral("error")).toObject();
                    const auto code = error.value(QStringLiteral("code")).toString();
                    auto message = error.value(QStringLiteral("message")).toString();
                    if (code == QLatin1String("two_factor_required"))
                        emit secondFactorNeeded(tr("Enter the 6-digit code from your authenticator app, or one of "
                                                   "your recovery codes."));
                    else if (code == QLatin1String("two_factor_invalid"))
                        emit secondFactorNeeded(tr("That code is wrong, expired or already used. Enter the code the "
                                                   "app shows now."));
                    else
                        emit signInFailed(message.isEmpty() ? reply->errorString() : message);
                    return;
                }
                auto token = answer.value(QStringLiteral("token")).toString();
                auto user = answer.value(QStringLiteral("user")).toObject();
                if (user.value(QStringLiteral("role")).toString() == QLatin1String("customer")) {
                    emit signInFailed(tr("This application is for agents; customers use e-mail or the web page."));
                    return;
                }
                const auto userId = user.value(QStringLiteral("id")).toInteger();
                // A session that may only set two-factor sign-in up: the account opens once it is on.
                if (answer.value(QStringLiteral("two_factor_setup_required")).toBool()) {
                    m_pending = PendingSignIn{server, email, token, userId};
                    emit twoFactorSetupNeeded();
                    return;
                }
                acceptSignIn(server, email, token, userId);
            }))
            emit signInFailed(*problem);
    });
}

void AccountSession::requestPasswordReset(const QUrl &server, const QString &email)
{
    QUrl url = server;
    url.setPath(QStringLiteral("/api/v1/auth/password_reset"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QJsonObject body{{QStringLiteral("email"), email}};
    auto *reply = m_http.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, email] {
        reply->deleteLater();
        if (reply->error() == QNetworkReply::NoError) {
            emit passwordResetRequested(email);
            return;
        }
        const auto message = QJsonDocument::fromJson(reply->readAll())
                                 .object()
                                 .value(QStringLiteral("error"))
                                 .toObject()
                                 .value(QStringLiteral("message"))
                                 .toString();
        emit passwordResetFailed(message.isEmpty() ? reply->errorString() : message);
    });
}

void AccountSession::completeSignIn()
{
    if (!m_pending)
        return;
    auto pending = *m_pending;
    m_pending.reset();
    acceptSignIn(pending.server, pending.email, pending.token, pending.userId);
}

void AccountSession::abandonSignIn()
{
    if (!m_pending)
        return;
    // The limited session is of no use to anyone: end it on the server.
    QUrl url = m_pending->server;
    url.setPath(QStringLiteral("/api/v1/auth/logout"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_pending->token.toUtf8());
    auto *reply = m_http.post(request, QByteArrayLiteral("{}"));
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    m_pending.reset();
}

std::unique_ptr<TwoFactorClient> AccountSession::twoFactorClient(QObject *parent) const
{
    if (m_pending)
        return std::make_unique<TwoFactorClient>(m_pending->server, m_pending->token, parent);
    if (m_replica)
        return std::make_unique<TwoFactorClient>(m_server, m_token, parent);
    return nullptr;
}

void AccountSession::acceptSignIn(const QUrl &server, const QString &email, const QString &token, qint64 userId)
{
    closeAccount();
    m_server = server;
    m_userId = userId;
    QSettings settings(settingsPath(m_dataDirectory), QSettings::IniFormat);
    settings.setValue(QStringLiteral("account/key"), QStringLiteral("%1@%2").arg(m_userId).arg(server.toString()));
    settings.setValue(QStringLiteral("account/cache"),
                      QStringLiteral("cache-%1-%2-%3.sqlite").arg(server.host()).arg(server.port(80)).arg(m_userId));
    settings.sync();
    if (!m_secrets->save(accountKey(), token))
        qCWarning(lcAccount) << "no keychain: the session will not be remembered after this run";
    settings.setValue(QStringLiteral("account/server"), server.toString());
    settings.setValue(QStringLiteral("account/email"), email);
    settings.setValue(QStringLiteral("account/user_id"), m_userId);
    openAccount(server, email, m_userId, token);
}

void AccountSession::openAccount(const QUrl &server, const QString &email, qint64 userId, const QString &token)
{
    m_server = server;
    m_email = email;
    m_userId = userId;
    m_token = token;
    // One file per account, named at sign-in (the server's address may change later).
    QSettings settings(settingsPath(m_dataDirectory), QSettings::IniFormat);
    QString name = settings.value(QStringLiteral("account/cache")).toString();
    if (name.isEmpty()) {
        name = QStringLiteral("cache-%1-%2.sqlite").arg(server.host()).arg(userId);
        settings.setValue(QStringLiteral("account/cache"), name);
    }
    QString file = m_dataDirectory + QLatin1Char('/') + name;
    auto replica =
        std::make_unique<Replica>(file, [this](const PendingFile &pending, AttachmentTransfer::UploadDone done) {
            m_files.upload(pending, std::move(done));
        });
    if (!replica->cache.isOpen()) {
        emit signInFailed(tr("Cannot open the local cache %1: %2").arg(file, replica->cache.errorString()));
        return;
    }
    m_replica = std::move(replica);
    m_files.setEndpoint(server, token);
    auto &connection = m_replica->connection;
    auto &sync = m_replica->sync;
    connect(&connection, &ServerConnection::stateChanged, this, &AccountSession::connectionStateChanged);
    connect(&connection, &ServerConnection::messageUnreadable, this, &AccountSession::serverMessageUnreadable);
    connect(&connection, &ServerConnection::sessionRefused, this,
            [this, replica = m_replica.get()](const QString &reason, bool sessionEnded) {
                m_secrets->remove(accountKey());
                // From the event loop: the connection whose signal this is belongs to the replica
                // that forgetAccount() destroys.
                QMetaObject::invokeMethod(
                    this,
                    [this, replica, reason, sessionEnded] {
                        // A cache holds internal notes: nothing of it stays once the session is over.
                        if (sessionEnded && m_replica.get() == replica)
                            forgetAccount();
                        emit sessionExpired(reason);
                    },
                    Qt::QueuedConnection);
            });
    connect(&sync, &SyncEngine::progress, this, &AccountSession::syncProgress);
    connect(&sync, &SyncEngine::synced, this, [this] { rememberGroups(); });
    // The inbox from disk (the services and models hook up here), before any network.
    emit accountOpened();
    if (!m_workOffline)
        connection.open(server, token);
}

void AccountSession::rememberGroups()
{
    QList<qint64> mine;
    QStringList stored;
    const auto access = m_replica->sync.groupAccess();
    for (auto it = access.begin(); it != access.end(); ++it) {
        mine << it.key();
        stored << QString::number(it.key());
    }
    QSettings settings(settingsPath(m_dataDirectory), QSettings::IniFormat);
    settings.setValue(QStringLiteral("account/groups"), stored);
    emit myGroupsChanged(mine);
}

QList<qint64> AccountSession::myGroups() const
{
    // Last known groups, so "unassigned in my groups" is right offline too.
    QSettings settings(settingsPath(m_dataDirectory), QSettings::IniFormat);
    QList<qint64> mine;
    for (const auto &id : settings.value(QStringLiteral("account/groups")).toStringList())
        mine << id.toLongLong();
    return mine;
}

void AccountSession::closeAccount()
{
    if (!m_replica)
        return;
    // Requests still waiting are answered (offline) while every service still listens.
    m_replica->connection.close();
    emit accountClosing();
    m_files.setEndpoint({}, {});
    m_replica.reset();
}

void AccountSession::signOut()
{
    if (m_replica && m_replica->connection.state() == ConnectionState::Online)
        m_replica->connection.request(QStringLiteral("auth.logout"), protocol::newObject(), [](const Reply &) {});
    m_secrets->remove(accountKey());
    forgetAccount();
    emit signedOut();
}

QString AccountSession::cacheFile() const
{
    if (m_replica)
        return m_replica->cache.path();
    QSettings settings(settingsPath(m_dataDirectory), QSettings::IniFormat);
    const QString name = settings.value(QStringLiteral("account/cache")).toString();
    return name.isEmpty() ? QString() : m_dataDirectory + QLatin1Char('/') + name;
}

void AccountSession::forgetAccount()
{
    const QString file = cacheFile();
    closeAccount();        // the cache is closed before its files go
    m_workOffline = false; // the next sign-in goes online: it was the closed account's choice
    if (!file.isEmpty() && !CacheStore::removeFiles(file))
        qCWarning(lcAccount) << "the cache of the closed account could not be erased:" << file;
    QSettings settings(settingsPath(m_dataDirectory), QSettings::IniFormat);
    for (const auto *key : {"account/user_id", "account/cache", "account/groups"})
        settings.remove(QLatin1String(key));
}

void AccountSession::setWorkOffline(bool offline)
{
    if (m_workOffline == offline || !m_replica)
        return;
    m_workOffline = offline;
    if (offline)
        m_replica->connection.close();
    else
        m_replica->connection.open(m_server, m_token);
}

ConnectionState AccountSession::connectionState() const
{
    return m_replica ? m_replica->connection.state() : ConnectionState::Offline;
}

bool AccountSession::isSynced() const
{
    return m_replica && m_replica->connection.state() == ConnectionState::Online && m_replica->sync.isSynced();
}

QString AccountSession::accountLabel() const
{
    return tr("%1 on %2").arg(m_email, m_server.toString());
}

CacheReader *AccountSession::cache() const
{
    return m_replica ? &m_replica->cache : nullptr;
}

bool AccountSession::isAdmin() const
{
    return m_replica && m_replica->connection.role() == QLatin1String("admin");
}

} // namespace helpdesk::client
