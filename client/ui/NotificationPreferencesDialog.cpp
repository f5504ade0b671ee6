#include "ui/NotificationPreferencesDialog.h"

#include "core/NotificationPreferences.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk::client {

NotificationPreferencesDialog::NotificationPreferencesDialog(NotificationPreferences &preferences, QWidget *parent)
    : QDialog(parent), m_preferences(preferences)
{
    setWindowTitle(tr("Notifications"));
    const QMap<QString, QString> labels{
        {QStringLiteral("new_ticket"), tr("A new ticket in my groups")},
        {QStringLiteral("customer_reply"), tr("A customer replies on my ticket")},
        {QStringLiteral("assigned_to_me"), tr("A ticket is assigned to me")},
        {QStringLiteral("mentioned"), tr("A colleague mentions me")},
        {QStringLiteral("sla_warning"), tr("An SLA deadline of my ticket comes near")},
    };
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->addWidget(new QLabel(tr("<b>Desktop</b>"), this), 0, 1, Qt::AlignHCenter);
    grid->addWidget(new QLabel(tr("<b>E-mail</b>"), this), 0, 2, Qt::AlignHCenter);
    int row = 1;
    for (const auto &event : NotificationPreferences::events()) {
        grid->addWidget(new QLabel(labels.value(event, event), this), row, 0);
        auto *desktop = new QCheckBox(this);
        desktop->setObjectName(event + QStringLiteral("Desktop"));
        auto *mail = new QCheckBox(this);
        mail->setObjectName(event + QStringLiteral("Mail"));
        grid->addWidget(desktop, row, 1, Qt::AlignHCenter);
        grid->addWidget(mail, row, 2, Qt::AlignHCenter);
        m_desktop.insert(event, desktop);
        m_mail.insert(event, mail);
        ++row;
    }
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(&m_preferences, &NotificationPreferences::loaded, this, [this] {
        showChoices();
        m_status->clear();
        m_save->setEnabled(true);
    });
    connect(&m_preferences, &NotificationPreferences::saved, this, [this] { QDialog::accept(); });
    connect(&m_preferences, &NotificationPreferences::failed, this, [this](const QString &reason) {
        m_status->setText(reason);
        m_save->setEnabled(true);
    });
    showChoices();
    m_save->setEnabled(false); // until the server's choices are in
    m_status->setText(tr("Reading your preferences…"));
    m_preferences.load();
}

QCheckBox *NotificationPreferencesDialog::box(const QString &event, bool desktop) const
{
    return (desktop ? m_desktop : m_mail).value(event);
}

void NotificationPreferencesDialog::showChoices()
{
    for (const auto &event : NotificationPreferences::events()) {
        const auto choice = m_preferences.choice(event);
        m_desktop.value(event)->setChecked(choice.desktop);
        m_mail.value(event)->setChecked(choice.mail);
    }
}

void NotificationPreferencesDialog::accept()
{
    QMap<QString, NotificationPreferences::Choice> choices;
    for (const auto &event : NotificationPreferences::events())
        choices.insert(event, {m_desktop.value(event)->isChecked(), m_mail.value(event)->isChecked()});
    m_save->setEnabled(false);
    m_status->setText(tr("Saving…"));
    m_preferences.save(choices); // closes when the server has them
}

} // namespace helpdesk::client
