#include "ui/AwayDialog.h"

#include "core/AwayStatus.h"
#include "core/Directory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk::client {

AwayDialog::AwayDialog(AwayStatus &away, const Directory &directory, qint64 myId, QWidget *parent)
    : QDialog(parent), m_away(away)
{
    setWindowTitle(tr("I am away"));
    auto *intro = new QLabel(tr("While you are away, customers' follow-ups on your tickets go to the colleague you "
                                "choose, or to the ticket's group."),
                             this);
    intro->setWordWrap(true);
    m_hasReturn = new QCheckBox(tr("Back on"), this);
    m_hasReturn->setObjectName(QStringLiteral("hasReturnDate"));
    m_until = new QDateEdit(this);
    m_until->setObjectName(QStringLiteral("returnDate"));
    m_until->setCalendarPopup(true);
    m_until->setMinimumDate(QDate::currentDate().addDays(1));
    m_until->setDate(away.until().isValid() ? away.until() : QDate::currentDate().addDays(1));
    m_hasReturn->setChecked(away.until().isValid());
    m_until->setEnabled(m_hasReturn->isChecked());
    connect(m_hasReturn, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    m_substitute = new QComboBox(this);
    m_substitute->setObjectName(QStringLiteral("substitute"));
    m_substitute->addItem(tr("(the ticket's group)"), QVariant::fromValue<qint64>(0));
    for (const auto &agent : directory.agents())
        if (agent.id != myId)
            m_substitute->addItem(agent.name, QVariant::fromValue<qint64>(agent.id));
    m_substitute->setCurrentIndex(std::max(0, m_substitute->findData(QVariant::fromValue(away.substituteId()))));
    auto *form = new QFormLayout;
    form->addRow(m_hasReturn, m_until);
    form->addRow(tr("Follow-ups go to"), m_substitute);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("I am away"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("markAway"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void AwayDialog::accept()
{
    m_away.setAway(m_hasReturn->isChecked() ? m_until->date() : QDate(), m_substitute->currentData().toLongLong());
    QDialog::accept();
}

} // namespace helpdesk::client
