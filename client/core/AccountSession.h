#pragma once

#include "core/ConnectionState.h"
#include "core/SecretStore.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace helpdesk::client {

class AttachmentTransfer;
class CacheReader;
class TwoFactorClient;
struct Replica;

/// The agent's account on this machine: signing in over HTTP (the token kept in the keychain),
/// resuming the remembered account, signing out; who the agent is (id, e-mail, role, groups);
/// and the open account's replica (cache, connection, sync, outbox; one SQLite file per account
/// under the data directory), opened from disk before any network. The connection state and the
/// agent's choice to work offline. Main thread.
class AccountSession : public QObject
{
    Q_OBJECT
public:
    /// `files` learns the server and token of each account opened, and sends the outbox's files.
    AccountSession(const QString &dataDirectory, std::unique_ptr<SecretStore> secrets, AttachmentTransfer &files,
                   QObject *parent = nullptr);
    ~AccountSession() override;

    /// Opens the remembered account: the inbox is drawn from the cache at once, then the client
    /// connects. False when no account is remembered (show the sign-in).
    bool resume();
    /// Signs in over HTTP, remembers the session and opens the account (accountOpened or signInFailed).
    /// An account with two-factor sign-in needs `secondFactor` (six digits or a recovery code):
    /// without it, or with a wrong one, secondFactorNeeded. When the agent's role requires two-factor
    /// sign-in the account lacks, twoFactorSetupNeeded: set it up with twoFactorClient(), then
    /// completeSignIn().
    void signIn(const QUrl &server, const QString &email, const QString &password, const QString &secondFactor = {});
    /// Asks `server` to mail `email` a link to choose a new password (passwordResetRequested: the
    /// server answers alike whether the address has an account; or passwordResetFailed).
    void requestPasswordReset(const QUrl &server, const QString &email);
    /// Opens the account of a sign-in that waited for two-factor sign-in to be set up.
    void completeSignIn();
    /// Forgets a sign-in that waited for two-factor sign-in to be set up (the agent gave up).
    void abandonSignIn();
    /// Manages the agent's own two-factor sign-in: of the sign-in waiting for its setup, else of
    /// the open account; null when neither.
    std::unique_ptr<TwoFactorClient> twoFactorClient(QObject *parent = nullptr) const;
    /// Ends the session on the server, forgets the token, closes the account and erases its cache
    /// (tickets, internal notes, drafts and changes not yet sent).
    void signOut();
    /// Closes the account here (disconnects; the session stays remembered for resume()).
    void closeAccount();
    bool isOpen() const { return m_replica != nullptr; }

    ConnectionState connectionState() const;
    /// Events flow live and the cache is current (false offline and while syncing).
    bool isSynced() const;
    /// The agent's choice to stay offline (a train, a metered link): the outbox collects, nothing
    /// is sent until it is switched back.
    void setWorkOffline(bool offline);
    bool workOffline() const { return m_workOffline; }
    QString accountLabel() const; // "agent@example.com on https://desk.example.com"
    qint64 userId() const { return m_userId; }
    QString email() const { return m_email; }
    /// Base URL of the server (for the agent's information).
    QUrl server() const { return m_server; }
    bool isAdmin() const;
    /// Groups the agent belongs to, as last told by the server (so they are known offline too).
    QList<qint64> myGroups() const;

    /// The open account's replica, or null; for the account's services in core, not for the UI.
    Replica *replica() const { return m_replica.get(); }
    /// What the open account's cache holds, for the item models; null when none is open.
    CacheReader *cache() const;

signals:
    void connectionStateChanged(helpdesk::client::ConnectionState state);
    /// An account is open (after resume() or a sign-in): its replica and models are ready.
    void accountOpened();
    /// The account is about to close: drop everything that reads its replica.
    void accountClosing();
    void signInFailed(const QString &reason);
    void passwordResetRequested(const QString &email);
    void passwordResetFailed(const QString &reason);
    /// The password was right; the account asks for its second factor (`reason`: why, e.g. the code was wrong).
    void secondFactorNeeded(const QString &reason);
    /// The password was right; the agent's role requires two-factor sign-in, to be set up before the account opens.
    void twoFactorSetupNeeded();
    void signedOut();
    /// The session is no longer valid (expired, revoked; the account is closed and its cache
    /// erased), or the server speaks another protocol version (the cache stays): sign in again.
    void sessionExpired(const QString &reason);
    /// First sync: tickets loaded so far; `done` when the inbox is complete.
    void syncProgress(int loaded, bool done);
    void myGroupsChanged(const QList<qint64> &groupIds);
    /// A message from the server could not be read; it was skipped and the client carries on.
    void serverMessageUnreadable(const QString &reason);

private:
    /// A sign-in the server answered with a session: remembers it and opens the account.
    void acceptSignIn(const QUrl &server, const QString &email, const QString &token, qint64 userId);
    void openAccount(const QUrl &server, const QString &email, qint64 userId, const QString &token);
    /// Closes the account and erases what this machine keeps of it: the cache file and the
    /// remembered session (the server's address and the e-mail stay, to sign in again).
    void forgetAccount();
    /// The open or remembered account's cache file; empty when none was named.
    QString cacheFile() const;
    void rememberGroups();
    QString accountKey() const;

    QString m_dataDirectory;
    std::unique_ptr<SecretStore> m_secrets;
    AttachmentTransfer &m_files;
    QNetworkAccessManager m_http;
    QUrl m_server;
    QString m_email;
    QString m_token;
    qint64 m_userId = 0;
    bool m_workOffline = false;
    std::unique_ptr<Replica> m_replica;
    /// A sign-in whose session may only set two-factor sign-in up, until completeSignIn().
    struct PendingSignIn {
        QUrl server;
        QString email;
        QString token;
        qint64 userId = 0;
    };
    std::optional<PendingSignIn> m_pending;
};

} // namespace helpdesk::client
