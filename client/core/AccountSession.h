#pragma once

#include "core/ConnectionState.h"
#include "core/SecretStore.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <memory>

namespace helpdesk::client {

class AttachmentTransfer;
class CacheReader;
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
    void signIn(const QUrl &server, const QString &email, const QString &password);
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
};

} // namespace helpdesk::client
