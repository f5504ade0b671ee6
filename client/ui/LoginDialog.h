#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QLabel;
class QPushButton;

namespace helpdesk::client {

class AccountSession;

/// Sign-in, under the product's name and icon: server address (with the servers signed in to
/// before), e-mail and password, then, for an account with two-factor sign-in, the
/// code of the authenticator app (or a recovery code); an agent whose role requires two-factor
/// sign-in the account lacks sets it up here before the account opens. An address reached over plain http (anything
/// but this machine) is signed in to only after the agent confirms it, warned that the password
/// and every ticket would cross the network readable. Stays open with the server's reason when the
/// sign-in fails; closes (accepted) when the account is open. "Forgot your password?" has the server
/// mail a link to the e-mail typed (without one, it opens the server's page). Main thread.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(AccountSession &session, QWidget *parent = nullptr);

    void setServer(const QString &url);

    /// Servers signed in to before, the latest first (kept in the settings, at most kMaxRecent).
    static QStringList recentServers();
    /// Puts `url` first among the recent servers.
    static void rememberServer(const QString &url);
    static constexpr int kMaxRecent = 8;

    /// True when signing in to `server` would send the password unencrypted to another machine:
    /// http to any host but a loopback address or "localhost".
    static bool sendsInClear(const QUrl &server);
    /// The server's "forgot your password?" page ({server}/forgot-password), opened in the browser
    /// from the dialog's link; an invalid URL for an address that is not http(s).
    static QUrl forgotPasswordPage(const QString &serverAddress);

private:
    void submit();
    /// Shows the warning and the confirmation for the address typed; a new address asks anew.
    void checkEncryption();
    void showError(const QString &text);
    /// The link's answer: a mail to the typed address, or the server's page when none is typed.
    void forgotPassword();
    /// The password was right: shows the code field and why it is asked for.
    void askForSecondFactor(const QString &reason);
    /// The role requires two-factor sign-in: the setup dialog, then the account opens.
    void setUpSecondFactor();

    AccountSession &m_session;
    QComboBox *m_servers;
    QLineEdit *m_server; // the combo box's editor
    QLabel *m_notice;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_codeLabel;
    QLineEdit *m_code;
    QLabel *m_plainWarning;
    QCheckBox *m_allowPlain;
    QLabel *m_error;
    QPushButton *m_signIn;
};

} // namespace helpdesk::client
