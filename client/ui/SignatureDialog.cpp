#include "ui/SignatureDialog.h"

#include "core/SignatureClient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk::client {

SignatureDialog::SignatureDialog(AccountSession &session, qint64 userId, const QString &whose, bool withRule,
                                 QWidget *parent)
    : QDialog(parent), m_client(new SignatureClient(session, this)), m_userId(userId), m_withRule(withRule)
{
    setWindowTitle(tr("Signature of %1").arg(whose));
    m_signature = new QPlainTextEdit(this);
    m_signature->setObjectName(QStringLiteral("signature"));
    m_signature->setEnabled(false); // until it is loaded, so nothing typed is overwritten
    auto *placeholders = new QLabel(
        tr("Placeholders: {agent_name}, {group_name}, {customer_name}, {ticket_number}, {ticket_title}"), this);
    placeholders->setWordWrap(true);
    m_rule = new QComboBox(this);
    m_rule->setObjectName(QStringLiteral("rule"));
    m_rule->addItem(tr("The group's signature only"), QStringLiteral("group"));
    m_rule->addItem(tr("The agent's signature only"), QStringLiteral("agent"));
    m_rule->addItem(tr("Both: the agent's, then the group's"), QStringLiteral("both"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("save"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);

    auto *form = new QFormLayout;
    form->addRow(tr("Signature of replies by e-mail"), m_signature);
    form->addRow(QString(), placeholders);
    form->addRow(tr("Replies carry (for every agent)"), m_rule);
    form->labelForField(m_rule)->setVisible(withRule);
    m_rule->setVisible(withRule);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &SignatureDialog::save);
    connect(m_client, &SignatureClient::loaded, this, [this](qint64, const QString &signature) {
        m_signature->setPlainText(signature);
        m_signature->setEnabled(true);
    });
    connect(m_client, &SignatureClient::ruleLoaded, this,
            [this](const QString &rule) { m_rule->setCurrentIndex(std::max(0, m_rule->findData(rule))); });
    connect(m_client, &SignatureClient::saved, this, [this] {
        if (m_withRule)
            m_client->saveRule(m_rule->currentData().toString());
        else
            m_status->setText(tr("Saved."));
    });
    connect(m_client, &SignatureClient::ruleSaved, this, [this] { m_status->setText(tr("Saved.")); });
    connect(m_client, &SignatureClient::failed, this,
            [this](const QString &, const QString &reason) { m_status->setText(reason); });
    m_client->load(userId);
    if (withRule)
        m_client->loadRule();
}

void SignatureDialog::save()
{
    m_status->setText(tr("Saving…"));
    m_client->save(m_userId, m_signature->toPlainText());
}

} // namespace helpdesk::client
