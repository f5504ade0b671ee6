#pragma once

#include <QDialog>
#include <QUrl>

class QLineEdit;
class QLabel;
class QPushButton;

namespace helpdesk::client {

class AccountSession;

/// Sign-in: server address, e-mail and password. Stays open with the server's reason when the
/// sign-in fails; closes (accepted) when the account is open. Main thread.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(AccountSession &session, QWidget *parent = nullptr);

    void setServer(const QString &url);

private:
    void submit();

    AccountSession &m_session;
    QLineEdit *m_server;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_signIn;
};

} // namespace helpdesk::client
