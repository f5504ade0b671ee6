#include "ui/LoginDialog.h"

#include "core/AccountSession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk::client {

LoginDialog::LoginDialog(AccountSession &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Sign in to Helpdesk"));
    m_server = new QLineEdit(QStringLiteral("http://127.0.0.1:8080"), this);
    m_email = new QLineEdit(this);
    m_email->setPlaceholderText(tr("agent@example.com"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("Server"), m_server);
    form->addRow(tr("E-mail"), m_email);
    form->addRow(tr("Password"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, [this] { submit(); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(&m_session, &AccountSession::signInFailed, this, [this](const QString &reason) {
        m_error->setText(reason);
        m_error->show();
        m_signIn->setEnabled(true);
    });
    connect(&m_session, &AccountSession::accountOpened, this, [this] { accept(); });
}

void LoginDialog::setServer(const QString &url)
{
    m_server->setText(url);
}

void LoginDialog::submit()
{
    QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
    if (!url.isValid() || m_email->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_error->setText(tr("Enter the server's address, your e-mail and your password."));
        m_error->show();
        return;
    }
    m_error->hide();
    m_signIn->setEnabled(false);
    m_session.signIn(url, m_email->text().trimmed(), m_password->text());
}

} // namespace helpdesk::client
