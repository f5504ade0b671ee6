#include "ui/SettingsWindow.h"

#include "core/AdminClient.h"
#include "core/Directory.h"
#include "core/SharingClient.h"
#include "models/PanelModel.h"
#include "ui/MailTemplateEditor.h"
#include "ui/IntegrationsPane.h"
#include "ui/PartnerDesksPane.h"
#include "ui/ReadOnlyTable.h"
#include "ui/SettingsEditors.h"
#include "ui/SignatureDialog.h"
#include "ui/WebFormEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace helpdesk::client {

SettingsWindow::SettingsWindow(AdminClient &admin, const Directory &directory, QWidget *parent)
    : QWidget(parent), m_admin(admin), m_directory(directory)
{
    setWindowTitle(tr("Helpdesk settings"));
    m_specs = {
        {QStringLiteral("group"),
         {{"name", tr("Name"), "text"},
          {"active", tr("Active"), "bool"},
          {"addresses", tr("E-mail addresses"), "list"},
          {"signature", tr("Signature"), "multiline"},
          // RatingLinks: a link to rate each reply after the signature, and "how did we do?" once solved.
          {"ratings_enabled", tr("Mail to customers asks for a rating"), "bool"},
          {"rating_wording", tr("Words before a reply's rating link (empty: the default in the customer's language)"),
           "text"},
          {"offered_to_customers", tr("Offered on the requester portal"), "bool"},
          {"customer_description", tr("Description for customers"), "multiline"},
          // The mail texts themselves are in the group's mail templates ("Mail templates…").
          {"default_language", tr("Language of mail to unknown senders (empty: the desk's)"),
           "choice:|en|de|fr|it|pl|ru"},
          {"acknowledge_after_acceptance", tr("Acknowledge a request only once an agent takes it"), "bool"},
          {"acknowledgement_portal_link", tr("The acknowledgement links to the requester portal"), "bool"},
          {"acknowledgement_portal_domains", tr("…only for requesters of these domains (empty: everyone)"), "list"},
          {"web_form_enabled", tr("Web form on (a contact form sites embed; no account needed)"), "bool"},
          {"web_form_sites", tr("Sites that may embed the web form (https://…, comma separated)"), "list"},
          {"web_form_key", tr("Web form"), "webform"},
          {"members", tr("Agents (e-mail: read or full, one per line)"), "members"}}},
        {QStringLiteral("state"),
         {{"name", tr("Name"), "text"},
          {"state_type", tr("Type"), "choice:new|open|pending_reminder|pending_close|closed"},
          {"active", tr("Active"), "bool"},
          {"is_default", tr("Default"), "bool"}}},
        {QStringLiteral("priority"),
         {{"name", tr("Name"), "text"},
          {"rank", tr("Rank"), "int"},
          {"active", tr("Active"), "bool"},
          {"is_default", tr("Default"), "bool"}}},
        {QStringLiteral("type"), {{"name", tr("Name"), "text"}, {"active", tr("Active"), "bool"}}},
        {QStringLiteral("custom_field"),
         {{"object_kind", tr("For"), "choice:ticket|user|organization"},
          {"name", tr("Name"), "text"},
          {"label", tr("Label"), "text"},
          {"field_type", tr("Type"), "choice:text|integer|boolean|date|datetime|select|multiselect"},
          {"options", tr("Options (comma separated)"), "list"},
          {"required", tr("Required"), "bool"},
          {"customer_editable", tr("Customers fill it in (new requests on the portal)"), "bool"},
          // Filled from outside: only that integration's API tokens set it.
          {"integration_id", tr("Owned by integration"), "ref:integration"},
          {"active", tr("Active"), "bool"}}},
        {QStringLiteral("text_module"),
         {{"keyword", tr("Keyword (after ::)"), "text"},
          {"name", tr("Name"), "text"},
          {"folder", tr("Folder (groups modules in the composer; empty: none)"), "text"},
          {"body", tr("Text"), "multiline"},
          {"active", tr("Active"), "bool"}}},
        {QStringLiteral("calendar"),
         {{"name", tr("Name"), "text"},
          {"time_zone", tr("Time zone"), "text"},
          {"hours", tr("Weekly hours"), "hours"},
          {"holidays", tr("Holidays (YYYY-MM-DD, …)"), "list"},
          {"active", tr("Active"), "bool"}}},
        {QStringLiteral("sla"),
         {{"name", tr("Name"), "text"},
          {"calendar_id", tr("Business hours"), "ref:calendar"},
          {"condition", tr("Applies to (nothing chosen: all)"), "object:sla_condition"},
          {"rank", tr("Rank"), "int"},
          {"first_response_minutes", tr("First response (business minutes)"), "int"},
          {"update_minutes", tr("Update (business minutes)"), "int"},
          {"solution_minutes", tr("Solution (business minutes)"), "int"},
          {"warning_minutes", tr("Warn before (minutes)"), "int"},
          {"active", tr("Active"), "bool"}}},
        {QStringLiteral("trigger"),
         {{"name", tr("Name"), "text"},
          {"event", tr("On"), "choice:created|updated|customer_reply|time"},
          {"conditions", tr("When (all must hold)"), "object:trigger_conditions"},
          {"actions", tr("Then"), "object:actions"},
          {"rank", tr("Rank"), "int"},
          {"active", tr("Active"), "bool"}}},
        {QStringLiteral("macro"),
         {{"name", tr("Name"), "text"},
          {"actions", tr("Actions"), "object:actions"},
          {"active", tr("Active"), "bool"}}},
        {QStringLiteral("mailbox"),
         {{"name", tr("Name"), "text"},
          {"protocol", tr("Protocol"), "choice:imap|pop3"},
          {"host", tr("Server"), "text"},
          {"port", tr("Port"), "int"},
          {"security", tr("Security"), "choice:tls|starttls|none"},
          {"tls_verify", tr("Check the certificate"), "bool"},
          {"username", tr("User name"), "text"},
          {"password", tr("Password (empty: unchanged)"), "secret"},
          {"folder", tr("Folder"), "text"},
          {"enabled", tr("Enabled"), "bool"},
          {"poll_interval_minutes", tr("Poll every (minutes)"), "int"},
          {"allow_unknown_senders", tr("Unknown senders open tickets"), "bool"},
          {"keep_eml", tr("Attach the original .eml"), "bool"},
          {"group_id", tr("Group"), "ref:group"},
          {"open_state_id", tr("State of new tickets"), "ref:state"},
          {"open_priority_id", tr("Priority of new tickets"), "ref:priority"},
          {"reply_state_id", tr("State when the customer replies"), "ref:state"},
          {"reply_priority_id", tr("Priority when the customer replies"), "ref:priority"},
          {"acting_user_id", tr("Changes recorded as"), "ref:agent"},
          {"pop3_delete", tr("POP3: delete processed mail"), "bool"},
          {"imap_processed_folder", tr("IMAP: folder for processed mail"), "text"},
          {"imap_error_folder", tr("IMAP: folder for failed mail"), "text"},
          {"disable_after_failures", tr("Disable after failed connections (0: never)"), "int"}}},
        {QStringLiteral("mail"),
         {{"system_address", tr("System address"), "text"},
          {"system_name", tr("System name"), "text"},
          {"noreply_address", tr("No-reply address"), "text"},
          {"public_url", tr("Public address of the server"), "text"},
          {"ticket_tag", tr("Ticket tag in subjects"), "text"},
          {"auto_reply_limit_per_hour", tr("Automatic replies per recipient and hour"), "int"},
          {"max_message_bytes", tr("Largest accepted message (bytes)"), "int"},
          {"smtp_host", tr("SMTP server"), "text"},
          {"smtp_port", tr("SMTP port"), "int"},
          {"smtp_security", tr("SMTP security"), "choice:none|starttls|tls"},
          {"smtp_tls_verify", tr("Check the certificate"), "bool"},
          {"smtp_username", tr("SMTP user name"), "text"},
          {"smtp_password", tr("SMTP password (empty: unchanged)"), "secret"},
          {"smtp_timeout_seconds", tr("SMTP timeout (seconds)"), "int"}}},
        // AdminClient's "web": the requester portal and single sign-on through a reverse proxy.
        {QStringLiteral("web"),
         {{"portal_enabled", tr("Offer customers the requester portal"), "bool"},
          {"sso_enabled", tr("Sign in with the user header of a trusted reverse proxy"), "bool"},
          {"sso_header", tr("User header (e.g. X-Remote-User)"), "text"},
          {"sso_proxies", tr("Trusted proxy addresses (empty: the server's --trusted-proxy list)"), "list"},
          {"sso_realm_domains",
           tr("Kerberos realm to mail domain (REALM=domain, …); a name with an address signs in by e-mail, a bare "
              "name by the part before @"),
           "list"}}},
        {QStringLiteral("tag"),
         {{"tag", tr("Tag (type a new name and save to rename; an existing name merges)"), "text"}}},
        {QStringLiteral("token"),
         {{"name", tr("Name"), "text"}, {"user_email", tr("Acts as (an agent's e-mail; empty: you)"), "text"}}},
        {QStringLiteral("audit"), {}},
        {QStringLiteral("organization"),
         {{"name", tr("Name"), "text"}, {"shared", tr("Members see each other's tickets"), "bool"}}},
        {QStringLiteral("user"),
         {{"email", tr("E-mail"), "text"},
          {"name", tr("Name"), "text"},
          {"role", tr("Role"), "choice:customer|agent|supervisor|admin"},
          {"language", tr("Language"), "text"},
          {"active", tr("Active"), "bool"}}},
    };
    using Part = ObjectEditor::Part;
    const QString states = QStringLiteral("pick:new|open|pending_reminder|pending_close|closed");
    m_objectParts = {
        {QStringLiteral("sla_condition"),
         {Part{QStringLiteral("group_ids"), tr("Groups"), QStringLiteral("ids:group")},
          Part{QStringLiteral("priority_ids"), tr("Priorities"), QStringLiteral("ids:priority")},
          Part{QStringLiteral("type_ids"), tr("Ticket types"), QStringLiteral("ids:type")},
          Part{QStringLiteral("organization_ids"), tr("Organizations"), QStringLiteral("ids:organization")}}},
        {QStringLiteral("trigger_conditions"),
         {Part{QStringLiteral("state_types"), tr("State is"), states},
          Part{QStringLiteral("group_ids"), tr("Group is"), QStringLiteral("ids:group")},
          Part{QStringLiteral("priority_ids"), tr("Priority is"), QStringLiteral("ids:priority")},
          Part{QStringLiteral("type_ids"), tr("Type is"), QStringLiteral("ids:type")},
          Part{QStringLiteral("tags_include"), tr("Has all tags"), QStringLiteral("tags")},
          Part{QStringLiteral("tags_exclude"), tr("Has none of the tags"), QStringLiteral("tags")},
          Part{QStringLiteral("title_contains"), tr("Title contains"), QStringLiteral("text")},
          Part{QStringLiteral("sender_email_contains"), tr("Sender's address contains"), QStringLiteral("text")},
          Part{QStringLiteral("sla_breached"), tr("SLA breached"), QStringLiteral("yesno")},
          Part{QStringLiteral("idle_minutes"), tr("Unchanged for (minutes)"), QStringLiteral("minutes")},
          Part{QStringLiteral("pending_expired"), tr("Pending time passed"), QStringLiteral("flag")}}},
        {QStringLiteral("actions"),
         {Part{QStringLiteral("set.state_id"), tr("Set state"), QStringLiteral("ref:state")},
          Part{QStringLiteral("set.priority_id"), tr("Set priority"), QStringLiteral("ref:priority")},
          Part{QStringLiteral("set.group_id"), tr("Move to group"), QStringLiteral("ref:group")},
          Part{QStringLiteral("set.owner_id"), tr("Assign to"), QStringLiteral("ref:agent")},
          Part{QStringLiteral("set.type_id"), tr("Set type"), QStringLiteral("ref:type")},
          Part{QStringLiteral("add_tags"), tr("Add tags"), QStringLiteral("tags")},
          Part{QStringLiteral("remove_tags"), tr("Remove tags"), QStringLiteral("tags")},
          Part{QStringLiteral("note"), tr("Add an internal note"), QStringLiteral("multiline")},
          Part{QStringLiteral("email.to"), tr("Send an e-mail to (customer, owner or an address)"),
               QStringLiteral("text")},
          Part{QStringLiteral("email.subject"), tr("E-mail subject"), QStringLiteral("text")},
          Part{QStringLiteral("email.body"), tr("E-mail text"), QStringLiteral("multiline")},
          Part{QStringLiteral("notify_agents"), tr("Notify the agents"), QStringLiteral("multiline")}}},
    };
    const QList<QPair<QString, QString>> kinds{{QStringLiteral("group"), tr("Groups")},
                                               {QStringLiteral("state"), tr("States")},
                                               {QStringLiteral("priority"), tr("Priorities")},
                                               {QStringLiteral("type"), tr("Ticket types")},
                                               {QStringLiteral("custom_field"), tr("Custom fields")},
                                               {QStringLiteral("text_module"), tr("Text modules")},
                                               {QStringLiteral("calendar"), tr("Business hours")},
                                               {QStringLiteral("sla"), tr("SLAs")},
                                               {QStringLiteral("trigger"), tr("Triggers")},
                                               {QStringLiteral("macro"), tr("Macros")},
                                               {QStringLiteral("mailbox"), tr("Mailboxes")},
                                               {QStringLiteral("mail"), tr("Outgoing mail")},
                                               {QStringLiteral("web"), tr("Web pages and sign-on")},
                                               {QStringLiteral("sharing"), tr("Partner desks")},
                                               {QStringLiteral("integration"), tr("Integrations")},
                                               {QStringLiteral("user"), tr("People")},
                                               {QStringLiteral("organization"), tr("Organizations")},
                                               {QStringLiteral("tag"), tr("Tags")},
                                               {QStringLiteral("token"), tr("API tokens")},
                                               {QStringLiteral("audit"), tr("Audit log")}};
    m_kinds = new QListWidget(this);
    for (const auto &[key, label] : kinds) {
        auto *item = new QListWidgetItem(label, m_kinds);
        item->setData(Qt::UserRole, key);
    }
    m_kinds->setMaximumWidth(200);
    m_items = new PanelModel(QStringLiteral("settings"), this);
    m_table = readOnlyTable(m_items, QStringLiteral("settingsItems"), this);
    m_formBox = new QWidget(this);
    m_form = new QFormLayout(m_formBox);
    m_formScroll = new QScrollArea(this);
    m_formScroll->setWidget(m_formBox);
    m_formScroll->setWidgetResizable(true);
    // A mailbox's run log under its form: what each poll fetched, created and why it failed.
    m_runs = new PanelModel(QStringLiteral("runs"), this);
    m_runsTable = new QTableView(this);
    m_runsTable->setObjectName(QStringLiteral("runLog"));
    m_runsTable->setModel(m_runs);
    m_runsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runsTable->horizontalHeader()->setStretchLastSection(true);
    // Under it, messages parked because interpreting them kept killing the server: shown with
    // the reason until an admin retries them (once the cause is fixed).
    m_quarantine = new PanelModel(QStringLiteral("quarantine"), this);
    m_quarantine->setColumns({QStringLiteral("received_at"), QStringLiteral("error"), QStringLiteral("attempts")},
                             {tr("Received"), tr("Reason"), tr("Attempts")});
    m_quarantineLabel = new QLabel(tr("Quarantined messages (interpreting them stopped the server):"), this);
    m_quarantineTable = readOnlyTable(m_quarantine, QStringLiteral("quarantine"), this);
    m_retryButton = new QPushButton(tr("Retry message"), this);
    m_newButton = new QPushButton(tr("New"), this);
    m_saveButton = new QPushButton(tr("Save"), this);
    m_removeButton = new QPushButton(this);
    m_pollButton = new QPushButton(tr("Poll now"), this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse); // a new token is copied from here
    m_status->setWordWrap(true);
    m_testButton = new QPushButton(tr("Test connection"), this);
    m_testMailButton = new QPushButton(tr("Send a test mail…"), this);
    m_inviteButton = new QPushButton(tr("Send an invitation"), this);
    m_templatesButton = new QPushButton(tr("Mail templates…"), this);
    m_signatureButton = new QPushButton(tr("Signature…"), this);
    m_signatureButton->setObjectName(QStringLiteral("signatureButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_pollButton);
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_testButton);
    buttons->addWidget(m_testMailButton);
    buttons->addWidget(m_inviteButton);
    buttons->addWidget(m_templatesButton);
    buttons->addWidget(m_signatureButton);
    buttons->addWidget(m_status, 1);
    // Ticket sharing has a section of its own, in place of the list and form.
    m_partnerDesks = new PartnerDesksPane(m_admin.sharing(), this);
    m_partnerDesks->setObjectName(QStringLiteral("partnerDesks"));
    m_partnerDesks->hide();
    // So have integrations: their webhooks, deliveries and log.
    m_integrations = new IntegrationsPane(m_admin.integrations(), this);
    m_integrations->setObjectName(QStringLiteral("integrations"));
    m_integrations->hide();
    m_generic = new QWidget(this);
    auto *right = new QVBoxLayout(m_generic);
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_table, 2);
    right->addWidget(m_formScroll, 3);
    right->addWidget(m_runsTable, 2);
    right->addWidget(m_quarantineLabel);
    right->addWidget(m_quarantineTable, 1);
    right->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_kinds);
    layout->addWidget(m_generic, 1);
    layout->addWidget(m_partnerDesks, 1);
    layout->addWidget(m_integrations, 1);

    connect(m_kinds, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showKind(m_kinds->item(row)->data(Qt::UserRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { editRow(current.isValid() ? current.row() : -1); });
    connect(m_newButton, &QPushButton::clicked, this, [this] {
        m_table->clearSelection();
        editRow(-1);
    });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removeCurrent(); });
    connect(m_pollButton, &QPushButton::clicked, this, [this] {
        if (m_editingId) {
            m_status->setText(tr("Polling…"));
            m_admin.pollMailbox(m_editingId);
        }
    });
    connect(&m_admin, &AdminClient::mailboxRunsLoaded, this, [this](qint64 mailboxId, const QVariantList &rows) {
        if (m_kind == QLatin1String("mailbox") && mailboxId == m_editingId)
            m_runs->setRows(rows);
    });
    connect(&m_admin, &AdminClient::quarantinedMailLoaded, this, [this](qint64 mailboxId, const QVariantList &rows) {
        if (m_kind == QLatin1String("mailbox") && mailboxId == m_editingId)
            showQuarantined(rows);
    });
    connect(m_retryButton, &QPushButton::clicked, this, [this] { retryQuarantined(); });
    connect(m_testButton, &QPushButton::clicked, this, [this] {
        if (m_editingId) {
            m_status->setText(tr("Connecting…"));
            m_admin.testMailbox(m_editingId);
        }
    });
    connect(m_testMailButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        auto to = QInputDialog::getText(this, tr("Send a test mail"), tr("To:"), QLineEdit::Normal, QString(), &ok);
        if (ok && !to.trimmed().isEmpty()) {
            m_status->setText(tr("Sending…"));
            m_admin.sendTestMail(to.trimmed());
        }
    });
    connect(m_inviteButton, &QPushButton::clicked, this, [this] {
        if (m_editingId)
            m_admin.inviteUser(m_editingId);
    });
    connect(m_templatesButton, &QPushButton::clicked, this, [this] { editMailTemplates(); });
    // A staff member's own signature, and the desk's rule of which signature replies carry.
    connect(m_signatureButton, &QPushButton::clicked, this, [this] {
        if (!m_editingId)
            return;
        auto *dialog =
            new SignatureDialog(m_admin.session(), m_editingId, m_directory.nameOfUser(m_editingId), true, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(&m_admin, &AdminClient::adminActionDone, this, [this](const QString &, bool ok, const QString &message) {
        m_status->setText((ok ? tr("OK: %1") : tr("Failed: %1")).arg(message));
    });
    connect(&m_admin, &AdminClient::settingsLoaded, this, [this](const QString &kind, const QVariantList &items) {
        if (kind == QLatin1String("calendar") || kind == QLatin1String("organization") ||
            kind == QLatin1String("integration")) {
            // Names for choices the cache does not hold (an SLA's calendar and organizations, a field's owner).
            auto &names = m_loadedNames[kind];
            names.clear();
            for (const auto &item : items) {
                auto map = item.toMap();
                names.push_back(
                    {map.value(QStringLiteral("id")).toLongLong(), map.value(QStringLiteral("name")).toString(), {}});
            }
            refreshChoices();
        }
        if (kind == QLatin1String("mail") && !items.isEmpty()) {
            // The web form's snippet links to the server's public address.
            m_publicUrl = items.first().toMap().value(QStringLiteral("public_url")).toString();
            if (auto *webForm = qobject_cast<WebFormEditor *>(m_editors.value(QStringLiteral("web_form_key"))))
                webForm->setPublicUrl(m_publicUrl);
        }
        if (kind != m_kind)
            return;
        m_items->setRows(items);
        if (kind == QLatin1String("mail") || kind == QLatin1String("web")) {
            auto status = m_status->text(); // "Saved." stays after the reload
            editRow(0);                     // one item: always the one edited
            m_status->setText(status);
        }
    });
    connect(&m_admin, &AdminClient::groupMembersLoaded, this,
            [this](qint64 groupId, const QList<QPair<QString, QString>> &members) {
                if (m_kind != QLatin1String("group") || groupId != m_editingId)
                    return;
                QStringList lines;
                for (const auto &[email, access] : members)
                    lines << email + QStringLiteral(": ") + access;
                if (auto *editor = qobject_cast<QPlainTextEdit *>(m_editors.value(QStringLiteral("members"))))
                    editor->setPlainText(lines.join(QLatin1Char('\n')));
                m_loadedMembers = members;
            });
    connect(&m_admin, &AdminClient::settingsSaved, this, [this](const QString &kind, const QVariantMap &item) {
        if (kind != m_kind)
            return;
        m_editingId = item.value(QStringLiteral("id")).toLongLong();
        if (kind == QLatin1String("group"))
            applyMembers();
        m_status->setText(tr("Saved."));
        if (item.contains(QStringLiteral("token"))) {
            m_issuedToken = item.value(QStringLiteral("token")).toString();
            m_status->setText(tr("New token (copy it now, it is not shown again): %1").arg(m_issuedToken));
        }
        m_admin.loadSettings(kind);
    });
    connect(&m_admin, &AdminClient::settingsRejected, this,
            [this](const QString &kind, const QString &field, const QString &reason) {
                if (kind != m_kind)
                    return;
                // "hours.mon" belongs to the hours editor; an unnamed problem goes to the status line.
                QString key = field.section(QLatin1Char('.'), 0, 0);
                if (auto *label = m_errors.value(key)) {
                    label->setText(reason);
                    label->show();
                }
                m_status->setText(tr("Not saved: %1").arg(reason));
            });
    m_kinds->setCurrentRow(0);
}

void SettingsWindow::showKind(const QString &kind)
{
    m_kind = kind;
    for (int i = 0; i < m_kinds->count(); ++i)
        if (m_kinds->item(i)->data(Qt::UserRole).toString() == kind && m_kinds->currentRow() != i) {
            const QSignalBlocker quiet(m_kinds);
            m_kinds->setCurrentRow(i);
        }
    const bool sharing = kind == QLatin1String("sharing");
    const bool integration = kind == QLatin1String("integration");
    m_generic->setVisible(!sharing && !integration);
    m_partnerDesks->setVisible(sharing);     // it loads its agreements when shown
    m_integrations->setVisible(integration); // and this its integrations
    if (sharing || integration)
        return;
    showColumnsOf(kind);
    m_testButton->setVisible(kind == QLatin1String("mailbox"));
    m_testMailButton->setVisible(kind == QLatin1String("mailbox") || kind == QLatin1String("mail"));
    m_inviteButton->setVisible(kind == QLatin1String("user"));
    m_signatureButton->setVisible(kind == QLatin1String("user"));
    // A group's mail templates, or (on the outgoing mail settings) the whole desk's.
    m_templatesButton->setVisible(kind == QLatin1String("group") || kind == QLatin1String("mail"));
    m_pollButton->setVisible(kind == QLatin1String("mailbox"));
    m_runsTable->setVisible(kind == QLatin1String("mailbox"));
    m_runs->setRows({});
    showQuarantined({});
    // Tags come from tagging tickets and the audit log is read-only: neither has "New".
    m_newButton->setVisible(kind != QLatin1String("tag") && kind != QLatin1String("audit") &&
                            kind != QLatin1String("web"));
    m_saveButton->setVisible(kind != QLatin1String("audit"));
    m_formScroll->setVisible(kind != QLatin1String("audit"));
    m_removeButton->setVisible(kind == QLatin1String("tag") || kind == QLatin1String("token"));
    m_removeButton->setText(kind == QLatin1String("tag") ? tr("Remove from all tickets") : tr("Revoke"));
    m_items->setRows({});
    buildForm();
    editRow(-1);
    m_admin.loadSettings(kind);
    if (kind == QLatin1String("group"))
        m_admin.loadSettings(QStringLiteral("mail")); // the public address of the web form's snippet
    if (kind == QLatin1String("custom_field"))
        m_admin.loadSettings(QStringLiteral("integration")); // the integrations that may own a field
    if (kind == QLatin1String("sla")) {
        m_admin.loadSettings(QStringLiteral("calendar"));
        m_admin.loadSettings(QStringLiteral("organization"));
    }
}

void SettingsWindow::showColumnsOf(const QString &kind)
{
    // The list shows what tells items apart; the form below shows everything.
    QStringList keys, headers;
    if (kind == QLatin1String("tag")) {
        keys = {QStringLiteral("tag"), QStringLiteral("tickets")};
        headers = {tr("Tag"), tr("Tickets")};
    } else if (kind == QLatin1String("token")) {
        keys = {QStringLiteral("name"), QStringLiteral("user_email"), QStringLiteral("created_at"),
                QStringLiteral("last_used_at"), QStringLiteral("revoked_at")};
        headers = {tr("Name"), tr("Acts as"), tr("Created"), tr("Last used"), tr("Revoked")};
    } else if (kind == QLatin1String("audit")) {
        keys = {QStringLiteral("at"), QStringLiteral("who"), QStringLiteral("action"), QStringLiteral("object"),
                QStringLiteral("changes")};
        headers = {tr("When"), tr("Who"), tr("What"), tr("Item"), tr("Changes")};
    } else {
        for (const auto &field : m_specs.value(kind)) {
            static const QStringList listed{QStringLiteral("text"), QStringLiteral("int"), QStringLiteral("bool"),
                                            QStringLiteral("list")};
            if (listed.contains(field.type) || field.type.startsWith(QLatin1String("choice:")) ||
                field.type.startsWith(QLatin1String("ref:"))) {
                keys << field.key;
                headers << field.label;
            }
        }
    }
    m_items->setColumns(keys, headers);
    m_items->setDisplay([this](const QString &key, const QVariant &value) -> QVariant {
        for (const auto &field : m_specs.value(m_kind)) {
            if (field.key != key)
                continue;
            if (field.type == QLatin1String("bool"))
                return value.toBool() ? tr("yes") : tr("no");
            if (field.type == QLatin1String("list"))
                return value.toStringList().join(QStringLiteral(", "));
            if (field.type.startsWith(QLatin1String("ref:")) && !value.isNull())
                for (const auto &named : namesOf(field.type.mid(4)))
                    if (named.id == value.toLongLong())
                        return named.name;
        }
        return value;
    });
}

std::vector<NamedItem> SettingsWindow::namesOf(const QString &kind) const
{
    if (kind == QLatin1String("group"))
        return m_directory.groups();
    if (kind == QLatin1String("priority"))
        return m_directory.priorities();
    if (kind == QLatin1String("type"))
        return m_directory.types();
    if (kind == QLatin1String("state"))
        return m_directory.states();
    if (kind == QLatin1String("agent"))
        return m_directory.agents();
    return m_loadedNames.value(kind);
}

QVariant SettingsWindow::defaultHours()
{
    QVariantMap hours;
    for (const char *day : {"mon", "tue", "wed", "thu", "fri"})
        hours.insert(QString::fromLatin1(day),
                     QVariantList{QVariant(QVariantList{QStringLiteral("08:00"), QStringLiteral("17:00")})});
    return hours;
}

void SettingsWindow::fillChoice(QComboBox *combo, const QString &kind) const
{
    auto chosen = combo->currentData();
    combo->clear();
    combo->addItem(tr("(none)"));
    for (const auto &named : namesOf(kind))
        combo->addItem(named.name, named.id);
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

void SettingsWindow::refreshChoices()
{
    for (const auto &field : m_specs.value(m_kind)) {
        auto *editor = m_editors.value(field.key);
        if (auto *object = qobject_cast<ObjectEditor *>(editor))
            object->refreshNames();
        else if (auto *combo = qobject_cast<QComboBox *>(editor); combo && field.type.startsWith(QLatin1String("ref:")))
            fillChoice(combo, field.type.mid(4));
    }
}

void SettingsWindow::buildForm()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_errors.clear();
    for (const auto &field : m_specs.value(m_kind)) {
        QWidget *editor = nullptr;
        if (field.type == QLatin1String("bool")) {
            editor = new QCheckBox(m_formBox);
        } else if (field.type == QLatin1String("int")) {
            auto *spin = new QSpinBox(m_formBox);
            spin->setRange(-1, 1000000);
            spin->setSpecialValueText(tr("(none)"));
            editor = spin;
        } else if (field.type == QLatin1String("hours")) {
            editor = new WeeklyHoursEditor(m_formBox);
        } else if (field.type == QLatin1String("webform")) {
            auto *webForm = new WebFormEditor(m_formBox);
            webForm->setPublicUrl(m_publicUrl);
            editor = webForm;
        } else if (field.type.startsWith(QLatin1String("object:"))) {
            editor = new ObjectEditor(
                m_objectParts.value(field.type.mid(7)), [this](const QString &kind) { return namesOf(kind); },
                m_formBox);
        } else if (field.type.startsWith(QLatin1String("ref:"))) {
            auto *box = new QComboBox(m_formBox);
            fillChoice(box, field.type.mid(4));
            editor = box;
        } else if (field.type.startsWith(QLatin1String("choice:"))) {
            auto *box = new QComboBox(m_formBox);
            box->addItems(field.type.mid(7).split(QLatin1Char('|')));
            editor = box;
        } else if (field.type == QLatin1String("multiline") || field.type == QLatin1String("members")) {
            auto *text = new QPlainTextEdit(m_formBox);
            text->setMaximumHeight(90);
            editor = text;
        } else {
            auto *line = new QLineEdit(m_formBox);
            if (field.type == QLatin1String("secret"))
                line->setEchoMode(QLineEdit::Password);
            editor = line;
        }
        editor->setObjectName(field.key);
        auto *error = new QLabel(m_formBox);
        error->setStyleSheet(QStringLiteral("color: #b00020"));
        error->setWordWrap(true);
        error->setObjectName(QStringLiteral("error_") + field.key);
        error->hide();
        auto *cell = new QWidget(m_formBox);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(error);
        m_form->addRow(field.label, cell);
        m_editors.insert(field.key, editor);
        m_errors.insert(field.key, error);
    }
}

void SettingsWindow::editRow(int row)
{
    QVariantMap item = row >= 0 ? m_items->row(row) : QVariantMap();
    m_editingId = item.value(QStringLiteral("id")).toLongLong();
    m_editingTag = item.value(QStringLiteral("tag")).toString();
    m_loadedMembers.clear();
    if (m_kind == QLatin1String("mailbox")) {
        m_runs->setRows({});
        showQuarantined({});
        if (m_editingId) {
            m_admin.loadMailboxRuns(m_editingId);
            m_admin.loadQuarantinedMail(m_editingId);
        }
    }
    if (m_kind == QLatin1String("group") && m_editingId)
        m_admin.loadGroupMembers(m_editingId);
    for (auto *error : std::as_const(m_errors))
        error->hide();
    m_status->clear();
    for (const auto &field : m_specs.value(m_kind)) {
        auto *editor = m_editors.value(field.key);
        auto value = item.value(field.key);
        if (auto *structured = qobject_cast<StructuredEditor *>(editor))
            structured->setValue(row < 0 && field.type == QLatin1String("hours") ? defaultHours() : value);
        else if (auto *box = qobject_cast<QCheckBox *>(editor))
            box->setChecked(row < 0 ? field.key == QLatin1String("active") : value.toBool());
        else if (auto *choice = qobject_cast<QComboBox *>(editor);
                 choice && field.type.startsWith(QLatin1String("ref:")))
            choice->setCurrentIndex(
                std::max(0, value.isNull() || !value.isValid() ? 0 : choice->findData(value.toLongLong())));
        else if (auto *spin = qobject_cast<QSpinBox *>(editor))
            spin->setValue(value.isNull() || !value.isValid() ? -1 : value.toInt());
        else if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(std::max(0, combo->findText(value.toString())));
        else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
            text->setPlainText(value.toString());
        else if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setText(field.type == QLatin1String("list")     ? value.toStringList().join(QStringLiteral(", "))
                          : field.type == QLatin1String("secret") ? QString()
                                                                  : value.toString());
    }
}

void SettingsWindow::showQuarantined(const QVariantList &rows)
{
    m_quarantine->setRows(rows);
    // Shown only while the mailbox has quarantined messages.
    for (auto *part : std::initializer_list<QWidget *>{m_quarantineLabel, m_quarantineTable, m_retryButton})
        part->setVisible(!rows.isEmpty());
}

void SettingsWindow::retryQuarantined()
{
    if (!m_editingId || m_quarantine->rowCount() == 0)
        return;
    auto current = m_quarantineTable->currentIndex();
    auto jobId = m_quarantine->row(current.isValid() ? current.row() : 0).value(QStringLiteral("job_id")).toLongLong();
    m_status->setText(tr("Queueing the message again…"));
    m_admin.retryQuarantinedMail(m_editingId, jobId);
}

void SettingsWindow::applyMembers()
{
    auto *editor = qobject_cast<QPlainTextEdit *>(m_editors.value(QStringLiteral("members")));
    if (!editor || !m_editingId)
        return;
    QMap<QString, QString> wanted; // e-mail (lower case) -> access
    for (const auto &line : editor->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        auto email = line.section(QLatin1Char(':'), 0, 0).trimmed().toLower();
        auto access = line.section(QLatin1Char(':'), 1).trimmed().toLower();
        if (!email.isEmpty())
            wanted.insert(email, access == QLatin1String("read") ? QStringLiteral("read") : QStringLiteral("full"));
    }
    QMap<QString, QString> had;
    for (const auto &[email, access] : m_loadedMembers)
        had.insert(email.toLower(), access);
    for (auto it = wanted.begin(); it != wanted.end(); ++it)
        if (had.value(it.key()) != it.value())
            m_admin.setGroupMember(m_editingId, it.key(), it.value());
    for (auto it = had.begin(); it != had.end(); ++it)
        if (!wanted.contains(it.key()))
            m_admin.setGroupMember(m_editingId, it.key(), QString());
    m_admin.loadGroupMembers(m_editingId);
}

void SettingsWindow::setField(const QString &key, const QString &text)
{
    auto *editor = m_editors.value(key);
    if (auto *structured = qobject_cast<StructuredEditor *>(editor))
        structured->setValue(QJsonDocument::fromJson(text.toUtf8()).toVariant());
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(text);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        plain->setPlainText(text);
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(text.toInt());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(combo->findText(text)); // a name, also for references
    else if (auto *box = qobject_cast<QCheckBox *>(editor))
        box->setChecked(text == QLatin1String("true"));
}

QVariantMap SettingsWindow::formValues(QString &problemKey, QString &problem) const
{
    QVariantMap values;
    for (const auto &field : m_specs.value(m_kind)) {
        auto *editor = m_editors.value(field.key);
        if (auto *structured = qobject_cast<StructuredEditor *>(editor)) {
            QString wrong;
            auto value = structured->value(wrong);
            if (!wrong.isEmpty()) {
                problemKey = field.key;
                problem = wrong;
            } else if (value.isValid()) {
                values.insert(field.key, value);
            }
        } else if (auto *box = qobject_cast<QCheckBox *>(editor)) {
            values.insert(field.key, box->isChecked());
        } else if (auto *choice = qobject_cast<QComboBox *>(editor);
                   choice && field.type.startsWith(QLatin1String("ref:"))) {
            if (choice->currentData().isValid())
                values.insert(field.key, choice->currentData());
            else if (m_editingId)
                values.insert(field.key, QVariant::fromValue(nullptr)); // "(none)" clears it
        } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
            if (spin->value() >= 0)
                values.insert(field.key, spin->value());
        } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            values.insert(field.key, combo->currentText());
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor)) {
            if (field.type == QLatin1String("members"))
                continue; // applied member by member after the group is saved
            values.insert(field.key, plain->toPlainText());
        } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            auto text = line->text().trimmed();
            if (field.type == QLatin1String("secret")) {
                if (!text.isEmpty())
                    values.insert(field.key, text); // never read back from the server; empty keeps it
            } else if (field.type == QLatin1String("list")) {
                QStringList items;
                for (const auto &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    items << part.trimmed();
                values.insert(field.key, items);
            } else if (!text.isEmpty() || m_editingId) {
                values.insert(field.key, text);
            }
        }
    }
    return values;
}

void SettingsWindow::save()
{
    for (auto *error : std::as_const(m_errors))
        error->hide();
    QString problemKey, problem;
    auto values = formValues(problemKey, problem);
    if (!problemKey.isEmpty()) {
        m_errors.value(problemKey)->setText(problem);
        m_errors.value(problemKey)->show();
        return;
    }
    if (auto *webForm = qobject_cast<WebFormEditor *>(m_editors.value(QStringLiteral("web_form_key")));
        webForm && webForm->wantsNewKey())
        values.insert(QStringLiteral("new_web_form_key"), true);
    if (m_kind == QLatin1String("tag")) {
        auto newName = values.value(QStringLiteral("tag")).toString().trimmed();
        if (m_editingTag.isEmpty()) {
            m_status->setText(tr("Choose the tag to rename in the list."));
            return;
        }
        if (newName != m_editingTag) {
            m_status->setText(tr("Renaming…"));
            m_admin.renameTag(m_editingTag, newName);
        }
        return;
    }
    if (m_kind == QLatin1String("token")) {
        if (m_editingId) {
            m_status->setText(tr("A token cannot be changed: revoke it and create a new one."));
            return;
        }
        m_status->setText(tr("Creating…"));
        m_admin.createApiToken(values.value(QStringLiteral("name")).toString(),
                               values.value(QStringLiteral("user_email")).toString());
        return;
    }
    m_status->setText(tr("Saving…"));
    m_admin.saveSettingsItem(m_kind, m_editingId, values);
}

void SettingsWindow::removeCurrent()
{
    if (m_kind == QLatin1String("tag") && !m_editingTag.isEmpty()) {
        m_status->setText(tr("Removing…"));
        m_admin.removeTag(m_editingTag);
    } else if (m_kind == QLatin1String("token") && m_editingId) {
        m_status->setText(tr("Revoking…"));
        m_admin.revokeApiToken(m_editingId);
    }
}

MailTemplateEditor *SettingsWindow::editMailTemplates()
{
    const bool forGroup = m_kind == QLatin1String("group");
    if (forGroup && !m_editingId) {
        m_status->setText(tr("Save the group first, then edit its mail templates."));
        return nullptr;
    }
    auto *name = qobject_cast<QLineEdit *>(m_editors.value(QStringLiteral("name")));
    auto *editor = new MailTemplateEditor(m_admin.mailTemplates(), forGroup ? m_editingId : 0,
                                          forGroup && name ? name->text() : QString(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
    return editor;
}

QString SettingsWindow::errorOf(const QString &key) const
{
    auto *label = m_errors.value(key);
    return label && label->isVisibleTo(const_cast<SettingsWindow *>(this)) ? label->text() : QString();
}

} // namespace helpdesk::client
