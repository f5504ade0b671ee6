#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace helpdesk::client {

class AwayStatus;
class Directory;

/// "I am away…": the day the agent is back (optional) and the colleague who gets their follow-ups
/// meanwhile (optional); accepting marks the agent away on the server (through the outbox). Main thread.
class AwayDialog : public QDialog
{
    Q_OBJECT
public:
    AwayDialog(AwayStatus &away, const Directory &directory, qint64 myId, QWidget *parent = nullptr);

    void accept() override;

private:
    AwayStatus &m_away;
    QCheckBox *m_hasReturn;
    QDateEdit *m_until;
    QComboBox *m_substitute;
};

} // namespace helpdesk::client
