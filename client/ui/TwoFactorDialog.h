#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace helpdesk::client {

class TwoFactorClient;

/// The agent's own two-factor sign-in. When it is off: the key to add to an authenticator app (as
/// text, otpauth:// URI and QR code) and a field for the first code, which turns it on and shows
/// the recovery codes once. When it is on: how many recovery codes are left, and turning it off
/// with the password and a code. Accepted once it was turned on (or closed). Main thread.
class TwoFactorDialog : public QDialog
{
    Q_OBJECT
public:
    TwoFactorDialog(std::unique_ptr<TwoFactorClient> client, QWidget *parent = nullptr);
    ~TwoFactorDialog() override;

    /// Whether two-factor sign-in was turned on in this dialog.
    bool turnedOn() const { return m_turnedOn; }

private:
    void showStatus(bool enabled, bool required, int recoveryCodesLeft);
    void showKey(const QString &secret, const QString &uri);
    void showRecoveryCodes(const QStringList &codes);
    void showError(const QString &text);
    /// A QR code of `text` (libqrencode), scaled for a phone's camera; empty when it cannot be made.
    static QPixmap qrCodeOf(const QString &text);

    std::unique_ptr<TwoFactorClient> m_client;
    bool m_turnedOn = false;
    QLabel *m_state;
    QLabel *m_error;
    QWidget *m_setupPanel;
    QLabel *m_qr;
    QLineEdit *m_secret;
    QLineEdit *m_uri;
    QLineEdit *m_code;
    QPushButton *m_confirm;
    QWidget *m_codesPanel;
    QPlainTextEdit *m_recoveryCodes;
    QWidget *m_onPanel;
    QLineEdit *m_password;
    QLineEdit *m_offCode;
    QPushButton *m_disable;
    QPushButton *m_done;
};

} // namespace helpdesk::client
