#pragma once

#include "core/CacheTypes.h"
#include "ui/SettingsEditors.h"

#include <QMap>
#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QTableView;

namespace helpdesk::client {

class AdminClient;
class Directory;
class MailTemplateEditor;
class IntegrationsPane;
class PartnerDesksPane;
class PanelModel;

/// The admins' settings pane: groups (addresses, signature, acknowledgement options, mail templates), states,
/// priorities, types, custom fields, text modules, business-hours calendars, SLAs, triggers, macros, mailboxes
/// (with "test connection", "poll now", the run log and quarantined messages to retry), outgoing mail ("send a test
/// mail"), people (with invitations), tags (rename, merge, remove), API tokens (issue, revoke) and the audit log of
/// every change, and the partner desks tickets are shared with (PartnerDesksPane). Each kind lists its items and edits
/// one in a form; the server validates every change, and a refusal is shown next to the field it names. Main thread.
class SettingsWindow : public QWidget
{
    Q_OBJECT
public:
    SettingsWindow(AdminClient &admin, const Directory &directory, QWidget *parent = nullptr);

    /// Shows a kind (group, state, …) and loads its items.
    void showKind(const QString &kind);
    /// Fills the form from item `row` of the list (or empties it for a new item with -1).
    void editRow(int row);
    /// Sets an editor's text by field key (tests, and typing).
    void setField(const QString &key, const QString &text);
    void save();
    /// Removes the selected tag from every ticket, or revokes the selected token.
    void removeCurrent();
    /// The token the last "create" answered with (shown once in the status line).
    QString issuedToken() const { return m_issuedToken; }
    /// The selected mailbox's run log.
    PanelModel *runs() const { return m_runs; }
    /// The selected mailbox's quarantined messages (interpreting them kept killing the server).
    PanelModel *quarantinedMail() const { return m_quarantine; }
    /// Queues the selected quarantined message again (the first one when none is selected).
    void retryQuarantined();
    /// Opens the mail templates of the group being edited, or of the whole desk (on "mail");
    /// nullptr when the group is not saved yet.
    MailTemplateEditor *editMailTemplates();
    QString errorOf(const QString &key) const;
    PanelModel *items() const { return m_items; }
    /// The "Partner desks" section (ticket sharing), shown by showKind("sharing").
    PartnerDesksPane *partnerDesks() const { return m_partnerDesks; }
    /// The "Integrations" section (webhooks and their log), shown by showKind("integration").
    IntegrationsPane *integrations() const { return m_integrations; }

private:
    struct Field {
        Field(const char *k, const QString &l, const char *t)
            : key(QString::fromLatin1(k)), label(l), type(QString::fromLatin1(t))
        {
        }
        QString key;
        QString label;
        // text, multiline, int, bool, list (comma separated), choice:a|b|c, ref:<kind> (a named item),
        // hours (weekly hours editor), object:<parts> (an ObjectEditor), secret, members, webform (WebFormEditor)
        QString type;
    };
    void buildForm();
    /// The list's columns for a kind, with names instead of ids.
    void showColumnsOf(const QString &kind);
    /// Names for ids: the cached configuration, and calendars as last loaded.
    std::vector<NamedItem> namesOf(const QString &kind) const;
    void fillChoice(QComboBox *combo, const QString &kind) const;
    /// Refills the choices of the form (the configuration changed or calendars arrived).
    void refreshChoices();
    /// What a new calendar starts with: Monday to Friday, 08:00 to 17:00.
    static QVariant defaultHours();
    QVariantMap formValues(QString &problemKey, QString &problem) const;
    /// Fills the quarantined messages of the mailbox, and shows them when there are any.
    void showQuarantined(const QVariantList &rows);
    /// Grants and revokes group access so the members field holds (after the group is saved).
    void applyMembers();

    AdminClient &m_admin;
    const Directory &m_directory;
    QListWidget *m_kinds;
    QWidget *m_generic;               // the list, form and buttons every other kind uses
    PartnerDesksPane *m_partnerDesks; // the "sharing" kind
    IntegrationsPane *m_integrations; // the "integration" kind
    QTableView *m_table;
    PanelModel *m_items;
    QFormLayout *m_form;
    QWidget *m_formBox;
    QLabel *m_status;
    QPushButton *m_testButton;
    QPushButton *m_testMailButton;
    QPushButton *m_inviteButton;
    QPushButton *m_templatesButton;
    QPushButton *m_signatureButton; // people: their signature and the desk's rule
    QPushButton *m_newButton;
    QPushButton *m_saveButton;
    QPushButton *m_removeButton;
    QPushButton *m_pollButton;
    QScrollArea *m_formScroll;
    PanelModel *m_runs;
    QTableView *m_runsTable;
    PanelModel *m_quarantine;
    QLabel *m_quarantineLabel;
    QTableView *m_quarantineTable;
    QPushButton *m_retryButton;
    QString m_editingTag;
    QString m_issuedToken;
    QString m_publicUrl; // the server's public address (outgoing mail settings): the web form's snippet
    QMap<QString, QList<ObjectEditor::Part>> m_objectParts;
    QMap<QString, std::vector<NamedItem>> m_loadedNames; // calendars, organizations
    QString m_kind;
    qint64 m_editingId = 0;
    QMap<QString, QList<Field>> m_specs;
    QMap<QString, QWidget *> m_editors;
    QMap<QString, QLabel *> m_errors;
    QList<QPair<QString, QString>> m_loadedMembers; // the group's members as the server has them
};

} // namespace helpdesk::client
