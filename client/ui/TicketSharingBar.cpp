#include "ui/TicketSharingBar.h"

#include "core/SharingClient.h"
#include "models/SharedPartnerText.h"

#include <algorithm>

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk::client {

namespace {
bool isOurs(const SharedPartner &partner)
{
    return partner.direction == QLatin1String("outbound");
}
} // namespace

TicketSharingBar::TicketSharingBar(SharingClient &sharing, QWidget *parent) : QWidget(parent), m_sharing(sharing)
{
    m_badgeBox = new QWidget(this);
    new QHBoxLayout(m_badgeBox);
    m_badgeBox->layout()->setContentsMargins(0, 0, 0, 0);
    m_shareButton = new QPushButton(tr("Share with…"), this);
    m_shareButton->setObjectName(QStringLiteral("shareButton"));
    m_unshareButton = new QPushButton(tr("Stop sharing…"), this);
    m_unshareButton->setObjectName(QStringLiteral("unshareButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_badgeBox, 1);
    layout->addWidget(m_shareButton);
    layout->addWidget(m_unshareButton);
    connect(m_shareButton, &QPushButton::clicked, this, [this] { askShare(); });
    connect(m_unshareButton, &QPushButton::clicked, this, [this] { askUnshare(); });
    setTicket(0, {});
}

void TicketSharingBar::setTicket(qint64 ticketId, const std::vector<SharedPartner> &partners)
{
    m_ticketId = ticketId;
    m_partners = partners;
    qDeleteAll(m_badges);
    m_badges.clear();
    for (const auto &partner : partners) {
        auto *badge = new QLabel(SharedPartnerText::badge(partner), m_badgeBox);
        badge->setObjectName(QStringLiteral("shareBadge"));
        badge->setTextFormat(Qt::PlainText); // the partner names itself
        badge->setStyleSheet(QStringLiteral("color: %1; border: 1px solid %1; border-radius: 3px; padding: 0 4px")
                                 .arg(SharedPartnerText::colour(partner).name()));
        badge->setToolTip(SharedPartnerText::asToolTip(SharedPartnerText::details(partner)));
        m_badgeBox->layout()->addWidget(badge);
        m_badges << badge;
    }
    m_shareButton->setEnabled(m_ticketId != 0);
    // Only this desk's shares are ours to stop.
    m_unshareButton->setVisible(std::any_of(partners.begin(), partners.end(), isOurs));
}

QStringList TicketSharingBar::badges() const
{
    QStringList texts;
    for (auto *badge : m_badges)
        texts << badge->text();
    return texts;
}

QDialog *TicketSharingBar::choose(const QString &title, const QList<QPair<qint64, QString>> &items, bool checked,
                                  const std::function<void(qint64)> &run)
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    m_choice = new QListWidget(dialog);
    m_choice->setObjectName(QStringLiteral("partnerChoice"));
    for (const auto &[id, label] : items) {
        auto *item = new QListWidgetItem(label, m_choice);
        item->setData(Qt::UserRole, id);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(m_choice);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *list = m_choice;
    connect(dialog, &QDialog::accepted, this, [list, run] {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                run(list->item(i)->data(Qt::UserRole).toLongLong());
    });
    connect(dialog, &QObject::destroyed, this, [this, list] {
        if (m_choice == list)
            m_choice = nullptr;
    });
    dialog->open();
    return dialog;
}

QDialog *TicketSharingBar::askShare()
{
    if (!m_ticketId)
        return nullptr;
    const auto ticketId = m_ticketId;
    auto *dialog = choose(tr("Share with partner desks"), {}, false,
                          [this, ticketId](qint64 id) { m_sharing.share(ticketId, id); });
    auto *list = m_choice;
    // The partners arrive from the server; those the ticket is shared with already are left out.
    connect(&m_sharing, &SharingClient::targetsLoaded, dialog, [this, list](const QVariantList &targets) {
        QSet<qint64> shared;
        for (const auto &partner : m_partners)
            shared.insert(partner.agreementId);
        for (const auto &target : targets) {
            const auto id = target.toMap().value(QStringLiteral("id")).toLongLong();
            if (shared.contains(id))
                continue;
            auto *item = new QListWidgetItem(target.toMap().value(QStringLiteral("partner_url")).toString(), list);
            item->setData(Qt::UserRole, id);
            item->setCheckState(Qt::Unchecked);
        }
        if (list->count() == 0)
            new QListWidgetItem(tr("(no partner desk to share with: an admin invites partners in the settings)"), list);
    });
    m_sharing.loadTargets();
    return dialog;
}

QDialog *TicketSharingBar::askUnshare()
{
    if (!m_ticketId)
        return nullptr;
    QList<QPair<qint64, QString>> items;
    for (const auto &partner : m_partners)
        if (isOurs(partner))
            items.append({partner.agreementId, partner.partner});
    const auto ticketId = m_ticketId;
    return choose(tr("Stop sharing with"), items, true,
                  [this, ticketId](qint64 id) { m_sharing.unshare(ticketId, id); });
}

} // namespace helpdesk::client
