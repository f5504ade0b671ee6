#pragma once

#include <QDialog>
#include <QUrl>

class QLineEdit;
class QLabel;
class QPushButton;

namespace helpdesk::client {

class HelpdeskAccess;

/// Sign-in: server address, e-mail and password. Stays open with the server's reason when the
/// sign-in fails; closes (accepted) when the account is open. Main thread.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(HelpdeskAccess &access, QWidget *parent = nullptr);

    void setServer(const QString &url);

private:
    void submit();

    HelpdeskAccess &m_access;
    QLineEdit *m_server;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_signIn;
};

} // namespace helpdesk::client
