#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QVariantList>
#include <QVariantMap>

namespace helpdesk::client {

class AccountSession;
class Directory;
class IntegrationClient;
class MailTemplateClient;
class SharingClient;

/// The admins' settings, online only (the server validates each change at once): the
/// configuration kinds as lists and forms, mail settings, group membership, tags on every ticket,
/// API tokens, invitations, mailboxes (test, poll, run log, quarantined messages) and the audit
/// log, delivered as Qt variants for the settings screens. Main thread.
class AdminClient : public QObject
{
    Q_OBJECT
public:
    AdminClient(AccountSession &session, const Directory &directory, QObject *parent = nullptr);

    /// Loads a kind's items (settingsLoaded). `kind` is a configuration kind of the API (group,
    /// state, priority, type, text_module, calendar, sla, trigger, macro, custom_field, mailbox,
    /// organization, user…), or mail, tag, token, audit, or web (one item: the requester portal's
    /// portal_enabled and single sign-on's sso_enabled, sso_header, sso_proxies, sso_realm_domains
    /// as "REALM=domain" items).
    void loadSettings(const QString &kind);
    /// Creates (id 0) or changes an item; settingsSaved or settingsRejected (with the field).
    void saveSettingsItem(const QString &kind, qint64 id, const QVariantMap &values);
    /// A group's members as (e-mail, access) pairs (groupMembersLoaded).
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
    /// The mail templates of the groups and the desk.
    MailTemplateClient &mailTemplates() const { return *m_mailTemplates; }
    /// Ticket sharing with partner desks: the agreements, and a ticket's shares.
    SharingClient &sharing() const { return *m_sharing; }
    /// Integrations with outside systems: their webhooks, deliveries and log.
    IntegrationClient &integrations() const { return *m_integrations; }
    /// The session the settings are changed through (editors with clients of their own).
    AccountSession &session() const { return m_session; }

signals:
    void settingsLoaded(const QString &kind, const QVariantList &items);
    void settingsSaved(const QString &kind, const QVariantMap &item);
    void settingsRejected(const QString &kind, const QString &field, const QString &reason);
    void adminActionDone(const QString &method, bool ok, const QString &message);
    /// Runs of a mailbox, newest first: started_at, fetched, created, appended, failed, error, details.
    void mailboxRunsLoaded(qint64 mailboxId, const QVariantList &rows);
    /// Quarantined messages of a mailbox, newest first: received_at, error (the reason), attempts, job_id.
    void quarantinedMailLoaded(qint64 mailboxId, const QVariantList &rows);
    void groupMembersLoaded(qint64 groupId, const QList<QPair<QString, QString>> &members);

private:
    bool online() const;
    /// Saves the "web" kind: the portal's settings, then single sign-on's.
    void saveWebSettings(const QVariantMap &values);
    /// Runs an admin command; adminActionDone says how it went.
    void runAdminAction(const QString &method, const QVariantMap &params);
    /// Sends a settings change other than create/update; answers with settingsSaved or settingsRejected.
    void requestSettingsChange(const QString &kind, const QString &method, const QVariantMap &params);
    /// An audit entry as one table row: id, at, who, action, object, changes ("rank: 7 → 9; …").
    static QVariantMap describeAuditEntry(QVariantMap entry);

    AccountSession &m_session;
    const Directory &m_directory;
    MailTemplateClient *m_mailTemplates; // a child
    SharingClient *m_sharing;            // a child
    IntegrationClient *m_integrations;   // a child
};

} // namespace helpdesk::client
