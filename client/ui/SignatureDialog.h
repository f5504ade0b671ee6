#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace helpdesk::client {

class AccountSession;
class SignatureClient;

/// One staff user's own signature (an agent's from the Settings menu; anyone's from the admins'
/// People editor), with the placeholders it may use; for admins also the desk's rule: which
/// signature a reply carries (the group's, the agent's, or both). Saving sends the signature,
/// then the rule, and says "Saved." or why the server refused. Main thread.
class SignatureDialog : public QDialog
{
    Q_OBJECT
public:
    /// `withRule`: show and save the desk's rule too (admins).
    SignatureDialog(AccountSession &session, qint64 userId, const QString &whose, bool withRule,
                    QWidget *parent = nullptr);

    /// Sends what the form holds (the Save button).
    void save();

private:
    SignatureClient *m_client; // a child
    qint64 m_userId;
    bool m_withRule;
    QPlainTextEdit *m_signature;
    QComboBox *m_rule;
    QLabel *m_status;
    QPushButton *m_save;
};

} // namespace helpdesk::client
