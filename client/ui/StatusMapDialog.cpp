#include "ui/StatusMapDialog.h"

#include "core/SharingClient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace helpdesk::client {

namespace {
// The words of the Networked Help Desk notes; the server refuses any other.
const QStringList kWords{QStringLiteral("new"),  QStringLiteral("open"),   QStringLiteral("pending"),
                         QStringLiteral("hold"), QStringLiteral("solved"), QStringLiteral("closed")};
// Our state types a word may put a ticket in; "merged" too only as what we send.
const QStringList kStateTypes{QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("pending_reminder"),
                              QStringLiteral("pending_close"), QStringLiteral("closed")};
const QString kMerged = QStringLiteral("merged");

QString stateLabel(const QString &type)
{
    if (type == QLatin1String("new"))
        return StatusMapDialog::tr("New");
    if (type == QLatin1String("open"))
        return StatusMapDialog::tr("Open");
    if (type == QLatin1String("pending_reminder"))
        return StatusMapDialog::tr("Waiting (reminder)");
    if (type == QLatin1String("pending_close"))
        return StatusMapDialog::tr("Waiting to close");
    if (type == QLatin1String("closed"))
        return StatusMapDialog::tr("Closed");
    return StatusMapDialog::tr("Merged");
}

/// A two-column table: a fixed label per row, and a choice in the second column.
QTableWidget *mapTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, 2, parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void addRow(QTableWidget *table, const QString &label, QComboBox *choice)
{
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(label));
    table->setCellWidget(row, 1, choice);
}

/// The values of a table's choices by their key (object name without the prefix).
QVariantMap choicesOf(const QTableWidget *table, const QString &prefix)
{
    QVariantMap map;
    for (int row = 0; row < table->rowCount(); ++row) {
        auto *choice = qobject_cast<QComboBox *>(table->cellWidget(row, 1));
        const auto value = choice->currentData().isValid() ? choice->currentData().toString()
                                                           : choice->currentText().trimmed().toLower();
        map.insert(choice->objectName().mid(prefix.size()), value);
    }
    return map;
}
} // namespace

StatusMapDialog::StatusMapDialog(SharingClient &sharing, qint64 agreementId, const QString &partner, QWidget *parent)
    : QDialog(parent), m_sharing(sharing), m_agreementId(agreementId)
{
    setObjectName(QStringLiteral("statusMapDialog"));
    setWindowTitle(tr("Status map for %1").arg(partner));
    m_outbound = mapTable(QStringLiteral("outboundMap"), {tr("Our state"), tr("Word we send")}, this);
    for (const auto &type : kStateTypes + QStringList{kMerged}) {
        auto *choice = new QComboBox(m_outbound);
        choice->setObjectName(QStringLiteral("outbound_") + type);
        choice->setEditable(true); // a word as a partner spells it; the server checks it
        choice->addItems(kWords);
        addRow(m_outbound, stateLabel(type), choice);
    }
    m_inbound = mapTable(QStringLiteral("inboundMap"), {tr("Partner's word"), tr("Our state")}, this);
    for (const auto &word : kWords) {
        auto *choice = new QComboBox(m_inbound);
        choice->setObjectName(QStringLiteral("inbound_") + word);
        for (const auto &type : kStateTypes)
            choice->addItem(stateLabel(type), type);
        addRow(m_inbound, word, choice);
    }
    m_status = new QLabel(tr("Loading…"), this);
    m_status->setObjectName(QStringLiteral("statusMapStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveButton = buttons->addButton(tr("Save status map"), QDialogButtonBox::ApplyRole);
    m_saveButton->setObjectName(QStringLiteral("saveStatusMap"));
    m_saveButton->setEnabled(false); // until the map in effect is shown

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("What we send the partner for a ticket in each of our states:"), this));
    layout->addWidget(m_outbound);
    layout->addWidget(new QLabel(tr("Which state each of the partner's words puts a ticket in:"), this));
    layout->addWidget(m_inbound);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(480, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &StatusMapDialog::save);
    connect(&m_sharing, &SharingClient::statusMapLoaded, this,
            [this](qint64 id, const QVariantMap &outbound, const QVariantMap &inbound) {
                if (id != m_agreementId)
                    return;
                showMap(outbound, inbound);
                m_status->clear();
            });
    connect(&m_sharing, &SharingClient::statusMapSaved, this,
            [this](qint64 id, const QVariantMap &outbound, const QVariantMap &inbound) {
                if (id != m_agreementId)
                    return;
                showMap(outbound, inbound);
                m_status->setText(tr("Saved."));
            });
    connect(&m_sharing, &SharingClient::failed, this,
            [this](const QString &method, const QString &field, const QString &reason) {
                if (method == QLatin1String("sharing_agreement.set_status_map") ||
                    method == QLatin1String("sharing_agreement.status_map"))
                    showRefusal(field, reason);
            });
    m_sharing.loadStatusMap(m_agreementId);
}

QComboBox *StatusMapDialog::wordFor(const QString &stateType) const
{
    return m_outbound->findChild<QComboBox *>(QStringLiteral("outbound_") + stateType);
}

QComboBox *StatusMapDialog::stateFor(const QString &word) const
{
    return m_inbound->findChild<QComboBox *>(QStringLiteral("inbound_") + word);
}

QString StatusMapDialog::statusText() const
{
    return m_status->text();
}

void StatusMapDialog::save()
{
    m_status->setText(tr("Saving…"));
    m_sharing.setStatusMap(m_agreementId, choicesOf(m_outbound, QStringLiteral("outbound_")),
                           choicesOf(m_inbound, QStringLiteral("inbound_")));
}

void StatusMapDialog::showMap(const QVariantMap &outbound, const QVariantMap &inbound)
{
    for (auto it = outbound.begin(); it != outbound.end(); ++it)
        if (auto *choice = wordFor(it.key()))
            choice->setCurrentText(it.value().toString());
    for (auto it = inbound.begin(); it != inbound.end(); ++it)
        if (auto *choice = stateFor(it.key()))
            choice->setCurrentIndex(std::max(0, choice->findData(it.value())));
    m_saveButton->setEnabled(true);
}

void StatusMapDialog::showRefusal(const QString &field, const QString &reason)
{
    const auto key = field.section(QLatin1Char('.'), 1);
    QComboBox *choice = nullptr;
    QString entry;
    if (field.startsWith(QLatin1String("outbound.")) && (choice = wordFor(key)))
        entry = tr("What we send for “%1”").arg(stateLabel(key));
    else if (field.startsWith(QLatin1String("inbound.")) && (choice = stateFor(key)))
        entry = tr("What “%1” means").arg(key);
    if (choice) {
        choice->setFocus();
        m_status->setText(tr("Not saved. %1: %2").arg(entry, reason));
    } else {
        m_status->setText(tr("Not saved: %1").arg(reason));
    }
}

} // namespace helpdesk::client
