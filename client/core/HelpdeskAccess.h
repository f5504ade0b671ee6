#pragma once

#include "core/CacheStore.h"
#include "core/Outbox.h"
#include "core/SecretStore.h"
#include "core/ServerConnection.h"
#include "core/SyncEngine.h"
#include "models/ArticleListModel.h"
#include "models/TicketListModel.h"
#include "models/ViewListModel.h"

#include <QNetworkAccessManager>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace helpdesk::client {

/// The one door the UI uses: sign-in and session, the connection state, the item models over
/// the local cache, and the agent's actions (which go through the outbox). It owns the
/// WebSocket, the cache (one SQLite file per account under the data directory), the sync engine
/// and the outbox; the UI never sees those. Main thread.
class HelpdeskAccess : public QObject
{
    Q_OBJECT
public:
    HelpdeskAccess(const QString &dataDirectory, std::unique_ptr<SecretStore> secrets, QObject *parent = nullptr);
    ~HelpdeskAccess() override;

    /// Opens the remembered account: the inbox is drawn from the cache at once, then the client
    /// connects. False when no account is remembered (show the sign-in).
    bool resume();
    /// Signs in over HTTP, remembers the session and opens the account (signedIn or signInFailed).
    void signIn(const QUrl &server, const QString &email, const QString &password);
    /// Ends the session on the server, forgets the token and closes the account (the cache stays).
    void signOut();
    bool isOpen() const { return m_cache != nullptr; }

    ConnectionState connectionState() const;
    /// The agent's choice to stay offline (a train, a metered link): the outbox collects, nothing
    /// is sent until it is switched back.
    void setWorkOffline(bool offline);
    bool workOffline() const { return m_workOffline; }
    QString accountLabel() const;  // "agent@example.com on https://desk.example.com"
    qint64 userId() const { return m_userId; }

    TicketListModel *tickets() const { return m_tickets.get(); }
    ViewListModel *views() const { return m_views.get(); }
    ArticleListModel *thread() const { return m_thread.get(); }

    /// Configuration and people for the ticket header's editors.
    std::vector<NamedItem> states() const;
    std::vector<NamedItem> priorities() const;
    std::vector<NamedItem> groups() const;
    std::vector<NamedItem> types() const;
    std::vector<NamedItem> agents() const;
    QString nameOfUser(qint64 id) const;
    struct TextModule {
        QString keyword;
        QString name;
        QString body;
    };
    /// Text modules whose keyword starts with `prefix`, by keyword.
    std::vector<TextModule> textModules(const QString &prefix = {}) const;
    /// A text module's body with the ticket's placeholders filled in.
    QString expandTextModule(const TextModule &module, qint64 ticketId) const;
    struct CustomField {
        QString name;
        QString label;
        QString type;  // text, integer, boolean, date, datetime, select, multiselect
        QStringList options;
    };
    /// The ticket custom fields the admins defined.
    std::vector<CustomField> ticketCustomFields() const;
    /// Sets one custom field (an invalid QVariant clears it).
    void setCustomField(qint64 ticketId, const QString &name, const QVariant &value);
    /// The ticket as the cache holds it (with our pending changes applied).
    std::optional<protocol::Ticket> ticket(qint64 id) const;
    /// Shows a ticket's thread, marks it seen, and fetches its articles when online.
    void openTicket(qint64 id);

    /// Agent actions: written to the outbox, shown at once, sent exactly once.
    /// `html`: the formatted body (the server sanitizes it; `text` is the plain alternative).
    void reply(qint64 ticketId, const QString &text, const QString &to = {}, const QString &cc = {},
               const QString &summary = {}, const QString &html = {}, const std::vector<PendingFile> &files = {});
    void addNote(qint64 ticketId, const QString &text, const std::vector<PendingFile> &files = {});
    /// Largest file the server takes as an attachment.
    static constexpr qint64 kMaxAttachmentBytes = 25 * 1024 * 1024;
    void logPhoneCall(qint64 ticketId, const QString &text, bool inbound);
    /// `field`: state_id, priority_id, group_id, owner_id (0 clears), type_id.
    void setField(qint64 ticketId, const QString &field, qint64 value);
    void setTags(qint64 ticketId, const QStringList &tags);
    void take(qint64 ticketId);
    /// Merges `ticketId` into the ticket numbered `intoNumber` (which must be in the cache).
    /// False (with nothing queued) when no such ticket is known.
    bool mergeInto(qint64 ticketId, qint64 intoNumber);
    /// The admins' macros (several actions on one click).
    std::vector<NamedItem> macros() const;
    /// Applies a macro to a ticket through the outbox; its changes show when the server answers.
    void applyMacro(qint64 ticketId, qint64 macroId, const QString &macroName);
    /// Links to the ticket numbered `targetNumber`; kind: related, parent, duplicate.
    bool linkTo(qint64 ticketId, qint64 targetNumber, const QString &kind);
    /// A new ticket that starts with our e-mail to the customer (created when online).
    void createOutboundTicket(const QString &customerEmail, const QString &title, qint64 groupId, const QString &text);
    /// Asks the server for a ticket's history (historyLoaded); needs the connection.
    void loadHistory(qint64 ticketId);
    /// Addresses on the ticket's last customer mail besides ours (for reply-all).
    QStringList participants(qint64 ticketId) const;
    /// The ticket of a number, when cached.
    std::optional<qint64> ticketIdOfNumber(qint64 number) const;

    /// Tells colleagues this agent is viewing or replying to a ticket (repeated while it lasts);
    /// 0 leaves.
    void setPresence(qint64 ticketId, const QString &activity);
    /// "Bob Agent is writing a reply." for the colleagues on a ticket right now; empty when none.
    QString presenceText(qint64 ticketId) const;
    /// Admin settings (online only: the server validates each change at once). `kind` is a
    /// configuration kind of the API: group, state, priority, type, text_module, calendar, sla,
    /// trigger, macro, custom_field.
    void loadSettings(const QString &kind);
    /// Creates (id 0) or changes an item; settingsSaved or settingsRejected (with the field).
    void saveSettingsItem(const QString &kind, qint64 id, const QVariantMap &values);
    /// A group's members as "e-mail: access" lines (groupMembersLoaded).
    void loadGroupMembers(qint64 groupId);
    /// Grants `access` (read, full; empty revokes) to the agent with that e-mail on a group.
    void setGroupMember(qint64 groupId, const QString &email, const QString &access);
    /// Signs in to a mailbox without fetching (adminActionDone says how it went).
    void testMailbox(qint64 mailboxId);
    /// Sends a test mail through the SMTP settings at once.
    void sendTestMail(const QString &to);
    /// Mails a user a single-use link to choose a password.
    void inviteUser(qint64 userId);
    /// Tags on every ticket: renaming onto an existing tag merges them; removing takes it off
    /// every ticket (settingsSaved "tag" or settingsRejected).
    void renameTag(const QString &from, const QString &to);
    void removeTag(const QString &tag);
    /// An API token for the admin, or for the agent with `forEmail` (an integration account);
    /// settingsSaved("token") carries the token, shown once.
    void createApiToken(const QString &name, const QString &forEmail);
    void revokeApiToken(qint64 tokenId);
    /// A mailbox's newest runs (mailboxRunsLoaded); polling now reports through adminActionDone.
    void loadMailboxRuns(qint64 mailboxId);
    void pollMailbox(qint64 mailboxId);
    /// A mailbox's messages parked as quarantined because interpreting them kept killing the
    /// server (quarantinedMailLoaded).
    void loadQuarantinedMail(qint64 mailboxId);
    /// Queues a quarantined message again (adminActionDone), then reloads the list.
    void retryQuarantinedMail(qint64 mailboxId, qint64 jobId);
    bool isAdmin() const { return m_connection && m_connection->role() == QLatin1String("admin"); }
    /// Asks the server for a dashboard panel (dashboardLoaded); `days` back from today, group 0 = all.
    void loadDashboard(const QString &panel, int days, qint64 groupId);
    /// Saves the current search as a view of the agent's own (replacing one of the same name).
    void saveFilter(const QString &name, const QString &search);
    void removeFilter(const QString &name);
    /// The composer's text for a ticket, kept in the cache so it survives a crash.
    void saveDraft(qint64 ticketId, const QString &text);
    QString draft(qint64 ticketId) const;
    /// Downloads an attachment to a file (attachmentSaved or attachmentFailed).
    void downloadAttachment(const QString &sha256, const QString &path);
    /// Base URL of the server (for the agent's information).
    QUrl server() const { return m_server; }

    int pendingChanges() const;
    /// Changes the server refused, with its reasons, until dismissed.
    std::vector<OutboxEntry> rejectedChanges() const;
    void dismissRejected(qint64 outboxId);

signals:
    void connectionStateChanged(helpdesk::client::ConnectionState state);
    void accountOpened();
    void signInFailed(const QString &reason);
    void signedOut();
    /// The session is no longer valid (expired, revoked): sign in again.
    void sessionExpired(const QString &reason);
    void syncProgress(int loaded, bool done);
    void changeRejected(qint64 ticketId, const QString &summary, const QString &reason);
    void pendingChangesChanged(int count);
    /// A ticket's header fields changed (ours or someone else's).
    void ticketChanged(qint64 ticketId);
    void attachmentSaved(const QString &path);
    /// Rows of `ticket.history`: at, actor name, field, old, new.
    void historyLoaded(qint64 ticketId, const QList<QStringList> &rows);
    void historyUnavailable(qint64 ticketId, const QString &reason);
    void presenceChanged(qint64 ticketId);
    /// A dashboard panel's rows (objects as QVariantMap), or the reason it could not be loaded.
    void dashboardLoaded(const QString &panel, const QVariantList &rows);
    void dashboardFailed(const QString &panel, const QString &reason);
    void settingsLoaded(const QString &kind, const QVariantList &items);
    void settingsSaved(const QString &kind, const QVariantMap &item);
    void settingsRejected(const QString &kind, const QString &field, const QString &reason);
    void adminActionDone(const QString &method, bool ok, const QString &message);
    /// Runs of a mailbox, newest first: started_at, fetched, created, appended, failed, error, details.
    void mailboxRunsLoaded(qint64 mailboxId, const QVariantList &rows);
    /// Quarantined messages of a mailbox, newest first: received_at, error (the reason), attempts, job_id.
    void quarantinedMailLoaded(qint64 mailboxId, const QVariantList &rows);
    void groupMembersLoaded(qint64 groupId, const QList<QPair<QString, QString>> &members);
    /// States, groups, people, custom fields or text modules changed on the server.
    void configurationChanged();
    void attachmentFailed(const QString &reason);
    /// Something the agent should notice outside the window (a new ticket in their groups, a
    /// customer's reply on their ticket).
    void notification(const QString &title, const QString &text, qint64 ticketId);

private:
    void openAccount(const QUrl &server, const QString &email, qint64 userId, const QString &token);
    void closeAccount();
    void runAdminAction(const QString &method, const protocol::JsonObject &params);
    /// Sends a settings change other than create/update; answers with settingsSaved or settingsRejected.
    void requestSettingsChange(const QString &kind, const QString &method, const protocol::JsonObject &params);
    /// An audit entry as one table row: id, at, who, action, object, changes ("rank: 7 → 9; …").
    static QVariantMap describeAuditEntry(QVariantMap entry);
    void uploadFile(const PendingFile &file,
                    std::function<void(std::optional<protocol::AttachmentRef>, const QString &, bool)> done);
    QString accountKey() const;

    QString m_dataDirectory;
    std::unique_ptr<SecretStore> m_secrets;
    QNetworkAccessManager m_http;
    QUrl m_server;
    QString m_email;
    QString m_token;
    bool m_workOffline = false;
    struct Presence {
        QString name;
        QString activity;
        qint64 seenAtMs = 0;
    };
    QHash<qint64, QHash<qint64, Presence>> m_presence;  // ticket -> colleague -> what they do
    qint64 m_presenceTicket = 0;
    QString m_presenceActivity;
    QTimer m_presenceTimer;
    qint64 m_userId = 0;
    std::unique_ptr<CacheStore> m_cache;
    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<TicketListModel> m_tickets;
    std::unique_ptr<ViewListModel> m_views;
    std::unique_ptr<ArticleListModel> m_thread;
};

} // namespace helpdesk::client
