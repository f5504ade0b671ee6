#include "ui/PartnerDesksPane.h"

#include "core/SharingClient.h"
#include "models/PanelModel.h"
#include "ui/ReadOnlyTable.h"
#include "ui/StatusMapDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {
const QString kId = QStringLiteral("id");
const QString kRole = QStringLiteral("role");
const QString kStatus = QStringLiteral("status");
const QString kFullDelegation = QStringLiteral("allows_public_comments");
const QString kSyncTags = QStringLiteral("sync_tags");
const QString kSyncFields = QStringLiteral("sync_custom_fields");
const QString kGroup = QStringLiteral("group_id");

QCheckBox *checkBox(const QString &label, const QString &name, QWidget *parent)
{
    auto *box = new QCheckBox(label, parent);
    box->setObjectName(name);
    return box;
}
} // namespace

PartnerDesksPane::PartnerDesksPane(SharingClient &sharing, QWidget *parent) : QWidget(parent), m_sharing(sharing)
{
    m_ownUrl = new QLabel(this);
    m_ownUrl->setObjectName(QStringLiteral("ownSharingUrl"));
    m_ownUrl->setTextInteractionFlags(Qt::TextSelectableByMouse); // copied to give to a partner
    m_ownUrl->setWordWrap(true);

    m_agreements = new PanelModel(QStringLiteral("agreements"), this);
    m_agreements->setColumns({QStringLiteral("name"), QStringLiteral("partner_url"), kRole, kStatus,
                              QStringLiteral("deactivated_by"), QStringLiteral("terms"), QStringLiteral("last_error"),
                              QStringLiteral("pending_requests")},
                             {tr("Name"), tr("Partner"), tr("Our role"), tr("Status"), tr("Ended by"), tr("Terms"),
                              tr("Last error"), tr("Waiting requests")});
    m_agreements->setDisplay([](const QString &key, const QVariant &value) -> QVariant {
        const auto text = value.toString();
        if (key == kRole)
            return text == QLatin1String("sender") ? tr("we share our tickets") : tr("the partner shares with us");
        if (key == kStatus) {
            if (text == QLatin1String("pending"))
                return tr("pending");
            if (text == QLatin1String("accepted"))
                return tr("accepted");
            if (text == QLatin1String("declined"))
                return tr("declined");
            if (text == QLatin1String("inactive"))
                return tr("ended");
        }
        if (key == QLatin1String("deactivated_by") && !value.isNull())
            return text == QLatin1String("sender") ? tr("the sender") : tr("the receiver");
        return value;
    });
    m_table = readOnlyTable(m_agreements, QStringLiteral("agreements"), this);

    // Inviting a partner: its sharing URL, our name as the partner sees it, and the terms.
    auto *inviteBox = new QGroupBox(tr("Invite a partner desk"), this);
    m_partnerUrl = new QLineEdit(inviteBox);
    m_partnerUrl->setObjectName(QStringLiteral("partnerUrl"));
    m_partnerUrl->setPlaceholderText(tr("https://partner.example/sharing"));
    m_ourName = new QLineEdit(inviteBox);
    m_ourName->setObjectName(QStringLiteral("ourName"));
    m_inviteFullDelegation = checkBox(tr("Full delegation (the partner may answer our customers and solve tickets)"),
                                      QStringLiteral("invite_") + kFullDelegation, inviteBox);
    m_inviteSyncTags = checkBox(tr("Sync tags"), QStringLiteral("invite_") + kSyncTags, inviteBox);
    m_inviteSyncFields = checkBox(tr("Sync custom fields"), QStringLiteral("invite_") + kSyncFields, inviteBox);
    auto *inviteButton = new QPushButton(tr("Invite"), inviteBox);
    inviteButton->setObjectName(QStringLiteral("inviteButton"));
    auto *inviteForm = new QFormLayout(inviteBox);
    inviteForm->addRow(tr("Partner's sharing URL"), m_partnerUrl);
    inviteForm->addRow(tr("Our name (as the partner sees it)"), m_ourName);
    inviteForm->addRow(m_inviteFullDelegation);
    inviteForm->addRow(m_inviteSyncTags);
    inviteForm->addRow(m_inviteSyncFields);
    inviteForm->addRow(inviteButton);

    // The selected agreement: its terms (the sender changes them), its group (the receiver's).
    auto *selectedBox = new QGroupBox(tr("Selected agreement"), this);
    m_fullDelegation = checkBox(tr("Full delegation"), kFullDelegation, selectedBox);
    m_syncTags = checkBox(tr("Sync tags"), kSyncTags, selectedBox);
    m_syncFields = checkBox(tr("Sync custom fields"), kSyncFields, selectedBox);
    m_group = new QComboBox(selectedBox);
    m_group->setObjectName(QStringLiteral("receivingGroup"));
    m_acceptButton = new QPushButton(tr("Accept"), selectedBox);
    m_acceptButton->setObjectName(QStringLiteral("acceptButton"));
    m_declineButton = new QPushButton(tr("Decline"), selectedBox);
    m_declineButton->setObjectName(QStringLiteral("declineButton"));
    m_deactivateButton = new QPushButton(tr("End sharing…"), selectedBox);
    m_deactivateButton->setObjectName(QStringLiteral("deactivateButton"));
    m_saveButton = new QPushButton(tr("Save changes"), selectedBox);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_statusMapButton = new QPushButton(tr("Status map…"), selectedBox);
    m_statusMapButton->setObjectName(QStringLiteral("statusMapButton"));
    auto *selectedForm = new QFormLayout(selectedBox);
    selectedForm->addRow(m_fullDelegation);
    selectedForm->addRow(m_syncTags);
    selectedForm->addRow(m_syncFields);
    selectedForm->addRow(tr("Group for shared tickets"), m_group);
    auto *actions = new QHBoxLayout;
    for (auto *button : {m_acceptButton, m_declineButton, m_saveButton, m_statusMapButton, m_deactivateButton})
        actions->addWidget(button);
    selectedForm->addRow(actions);

    m_log = new PanelModel(QStringLiteral("sharing_log"), this);
    m_log->setColumns(
        {QStringLiteral("at"), QStringLiteral("direction"), QStringLiteral("method"), QStringLiteral("path"), kStatus,
         QStringLiteral("error"), QStringLiteral("duration_ms")},
        {tr("When"), tr("Direction"), tr("Method"), tr("Path"), tr("Status"), tr("Error"), tr("Duration (ms)")});
    m_log->setDisplay([](const QString &key, const QVariant &value) -> QVariant {
        if (key == QLatin1String("direction"))
            return value.toString() == QLatin1String("out") ? tr("sent") : tr("received");
        if (key == kStatus && value.isNull())
            return tr("no answer");
        return value;
    });
    auto *logTable = readOnlyTable(m_log, QStringLiteral("sharingLog"), this);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sharingStatus"));
    m_status->setWordWrap(true);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);

    auto *forms = new QHBoxLayout;
    forms->addWidget(inviteBox, 1);
    forms->addWidget(selectedBox, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_ownUrl);
    layout->addWidget(m_table, 2);
    layout->addLayout(forms);
    layout->addWidget(new QLabel(tr("Sync log of the selected agreement:"), this));
    layout->addWidget(logTable, 2);
    layout->addLayout(bottom);

    // The partner answers, and requests are delivered, without an event: reload while shown.
    m_refresh = new QTimer(this);
    m_refresh->setInterval(3000);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        m_sharing.loadAgreements();
        if (selectedId())
            m_sharing.loadLog(selectedId());
    });
    connect(refreshButton, &QPushButton::clicked, this, &PartnerDesksPane::reload);
    connect(inviteButton, &QPushButton::clicked, this, &PartnerDesksPane::inviteFromForm);
    connect(m_acceptButton, &QPushButton::clicked, this, [this] {
        if (!m_group->currentData().isValid()) {
            m_status->setText(tr("Choose the group that gets the shared tickets."));
            return;
        }
        m_status->setText(tr("Accepting…"));
        m_sharing.accept(selectedId(), m_group->currentData().toLongLong());
    });
    connect(m_declineButton, &QPushButton::clicked, this, [this] {
        m_status->setText(tr("Declining…"));
        m_sharing.decline(selectedId());
    });
    connect(m_deactivateButton, &QPushButton::clicked, this, &PartnerDesksPane::askDeactivate);
    connect(m_saveButton, &QPushButton::clicked, this, &PartnerDesksPane::saveChanges);
    connect(m_statusMapButton, &QPushButton::clicked, this, &PartnerDesksPane::openStatusMap);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_selectedId = current.isValid() ? m_agreements->row(current.row()).value(kId).toLongLong() : 0;
                showSelected();
                m_log->setRows({});
                if (m_selectedId)
                    m_sharing.loadLog(m_selectedId);
            });
    connect(&m_sharing, &SharingClient::agreementsLoaded, this,
            [this](const QVariantList &rows, const QString &ownUrl) {
                m_ownUrl->setText(
                    tr("Our sharing URL (give it to a partner; set by the public address of Outgoing mail): %1")
                        .arg(ownUrl));
                showAgreements(rows);
            });
    connect(&m_sharing, &SharingClient::logLoaded, this, [this](qint64 agreementId, const QVariantList &rows) {
        if (agreementId == selectedId())
            m_log->setRows(rows);
    });
    connect(&m_sharing, &SharingClient::agreementChanged, this, [this](const QVariantMap &agreement) {
        m_selectedId = agreement.value(kId).toLongLong();
        m_status->setText(tr("Saved."));
        m_sharing.loadAgreements();
        m_sharing.loadLog(m_selectedId);
    });
    connect(&m_sharing, &SharingClient::failed, this,
            [this](const QString &method, const QString &, const QString &reason) {
                if (method.startsWith(QLatin1String("sharing_agreement.")))
                    m_status->setText(tr("Not done: %1").arg(reason));
            });
    connect(&m_sharing, &SharingClient::groupsLoaded, this, &PartnerDesksPane::fillGroups);
    showSelected();
}

void PartnerDesksPane::reload()
{
    m_sharing.loadGroups();
    m_sharing.loadAgreements();
    if (selectedId())
        m_sharing.loadLog(selectedId());
}

void PartnerDesksPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
    m_refresh->start();
}

void PartnerDesksPane::hideEvent(QHideEvent *event)
{
    m_refresh->stop();
    QWidget::hideEvent(event);
}

void PartnerDesksPane::fillGroups(const QVariantList &groups)
{
    auto chosen = m_group->currentData();
    m_group->clear();
    m_group->addItem(tr("(choose a group)"));
    for (const auto &group : groups)
        m_group->addItem(group.toMap().value(QStringLiteral("name")).toString(), group.toMap().value(kId));
    m_group->setCurrentIndex(std::max(0, m_group->findData(chosen)));
    showSelected();
}

void PartnerDesksPane::showAgreements(const QVariantList &rows)
{
    QVariantList shown;
    for (const auto &row : rows) {
        // The terms as one cell; the last error with its time.
        auto agreement = row.toMap();
        QStringList terms{agreement.value(kFullDelegation).toBool() ? tr("full delegation") : tr("partial delegation")};
        if (agreement.value(kSyncTags).toBool())
            terms << tr("tags");
        if (agreement.value(kSyncFields).toBool())
            terms << tr("custom fields");
        agreement.insert(QStringLiteral("terms"), terms.join(QStringLiteral(", ")));
        const auto error = agreement.value(QStringLiteral("last_error")).toString();
        if (!error.isEmpty())
            agreement.insert(QStringLiteral("last_error"),
                             tr("%1 (%2)").arg(error, agreement.value(QStringLiteral("last_error_at")).toString()));
        shown << agreement;
    }
    const auto keep = m_selectedId;
    m_agreements->setRows(shown);
    int row = -1;
    for (int i = 0; i < m_agreements->rowCount(); ++i)
        if (m_agreements->row(i).value(kId).toLongLong() == keep)
            row = i;
    selectRow(row);
    m_selectedId = keep;
    showSelected();
}

void PartnerDesksPane::selectRow(int row)
{
    if (row < 0) {
        m_table->clearSelection();
        m_table->setCurrentIndex({});
        return;
    }
    m_table->selectRow(row);
}

int PartnerDesksPane::rowOfPartner(const QString &partnerUrl) const
{
    for (int row = 0; row < m_agreements->rowCount(); ++row)
        if (m_agreements->row(row).value(QStringLiteral("partner_url")).toString() == partnerUrl)
            return row;
    return -1;
}

QVariantMap PartnerDesksPane::selected() const
{
    for (int row = 0; row < m_agreements->rowCount(); ++row)
        if (m_agreements->row(row).value(kId).toLongLong() == m_selectedId)
            return m_agreements->row(row);
    return {};
}

qint64 PartnerDesksPane::selectedId() const
{
    return selected().value(kId).toLongLong();
}

void PartnerDesksPane::showSelected()
{
    const auto agreement = selected();
    const auto status = agreement.value(kStatus).toString();
    const bool sender = agreement.value(kRole).toString() == QLatin1String("sender");
    const bool receiver = !agreement.isEmpty() && !sender;
    const bool live = status == QLatin1String("pending") || status == QLatin1String("accepted");
    m_acceptButton->setEnabled(receiver && status == QLatin1String("pending"));
    m_declineButton->setEnabled(receiver && status == QLatin1String("pending"));
    m_deactivateButton->setEnabled(live);
    // Only the sender sets the terms; the receiver chooses where the shared tickets go.
    for (auto *box : {m_fullDelegation, m_syncTags, m_syncFields})
        box->setEnabled(sender && live);
    m_group->setEnabled(receiver && live);
    m_saveButton->setEnabled(live && (sender || status == QLatin1String("accepted")));
    m_statusMapButton->setEnabled(!agreement.isEmpty());
    // The periodic reload leaves what the admin is changing alone until the agreement itself changes.
    if (agreement == m_shown && m_group->count() == m_shownGroups)
        return;
    m_shown = agreement;
    m_shownGroups = m_group->count();
    for (auto *box : {m_fullDelegation, m_syncTags, m_syncFields})
        box->setChecked(agreement.value(box->objectName()).toBool());
    m_group->setCurrentIndex(std::max(0, m_group->findData(agreement.value(kGroup))));
}

void PartnerDesksPane::inviteFromForm()
{
    const auto url = m_partnerUrl->text().trimmed();
    const auto name = m_ourName->text().trimmed();
    if (url.isEmpty() || name.isEmpty()) {
        m_status->setText(tr("Enter the partner's sharing URL and our name."));
        return;
    }
    m_status->setText(tr("Inviting…"));
    m_sharing.invite(url, name,
                     {{kFullDelegation, m_inviteFullDelegation->isChecked()},
                      {kSyncTags, m_inviteSyncTags->isChecked()},
                      {kSyncFields, m_inviteSyncFields->isChecked()}});
}

void PartnerDesksPane::askDeactivate()
{
    const auto agreement = selected();
    if (agreement.isEmpty())
        return;
    // Not undone: sharing again takes a new invitation.
    m_confirmation = new QMessageBox(QMessageBox::Question, tr("End sharing"),
                                     tr("End the agreement with %1? Shared tickets stop being synced, and sharing "
                                        "again takes a new invitation.")
                                         .arg(agreement.value(QStringLiteral("partner_url")).toString()),
                                     QMessageBox::Yes | QMessageBox::No, this);
    m_confirmation->setTextFormat(Qt::PlainText); // the partner's URL is the partner's words, not markup
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    const auto id = agreement.value(kId).toLongLong();
    auto *box = m_confirmation;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id](QAbstractButton *button) {
        m_confirmation = nullptr;
        if (box->standardButton(button) == QMessageBox::Yes) {
            m_status->setText(tr("Ending…"));
            m_sharing.deactivate(id);
        }
    });
    m_confirmation->open();
}

StatusMapDialog *PartnerDesksPane::statusMapDialog() const
{
    return m_statusMapDialog;
}

void PartnerDesksPane::openStatusMap()
{
    const auto agreement = selected();
    if (agreement.isEmpty())
        return;
    if (m_statusMapDialog)
        m_statusMapDialog->close();
    m_statusMapDialog = new StatusMapDialog(m_sharing, agreement.value(kId).toLongLong(),
                                            agreement.value(QStringLiteral("partner_url")).toString(), this);
    m_statusMapDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_statusMapDialog->open();
}

void PartnerDesksPane::saveChanges()
{
    const auto agreement = selected();
    if (agreement.isEmpty())
        return;
    QVariantMap changes;
    if (agreement.value(kRole).toString() == QLatin1String("sender")) {
        changes = {{kFullDelegation, m_fullDelegation->isChecked()},
                   {kSyncTags, m_syncTags->isChecked()},
                   {kSyncFields, m_syncFields->isChecked()}};
    } else {
        if (!m_group->currentData().isValid()) {
            m_status->setText(tr("Choose the group that gets the shared tickets."));
            return;
        }
        changes.insert(kGroup, m_group->currentData().toLongLong());
    }
    m_status->setText(tr("Saving…"));
    m_sharing.update(agreement.value(kId).toLongLong(), changes);
}

} // namespace helpdesk::client
