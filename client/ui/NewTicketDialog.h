#pragma once

#include "core/CacheTypes.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace helpdesk::client {

class HelpdeskAccess;

/// Opens a ticket: an e-mail to a customer, or a phone call taken (phone in) or made (phone out).
/// The customer is looked up as the agent types (name or e-mail) or made new with a name and an
/// address; then title, group, priority and the text (the mail, or the notes of the call). Sent
/// through the outbox, so it works offline. Main thread.
class NewTicketDialog : public QDialog
{
    Q_OBJECT
public:
    NewTicketDialog(HelpdeskAccess &access, QWidget *parent = nullptr);

    void setChannel(NewTicket::Channel channel);
    NewTicket::Channel channel() const;
    /// What the dialog would send now; empty `title` when the agent filled too little.
    NewTicket ticket() const;

    void accept() override;

private:
    /// Labels and the send button say what the channel's ticket is.
    void channelChanged();
    void showMatches(const QString &text, const std::vector<NamedItem> &customers);
    void chooseCustomer(qint64 id, const QString &name, const QString &email);
    /// Why the ticket cannot be created yet; empty when it can.
    QString missing() const;

    HelpdeskAccess &m_access;
    QButtonGroup *m_channels;
    QLineEdit *m_customerSearch;
    QListWidget *m_matches;
    QLabel *m_chosen;
    QCheckBox *m_newCustomer;
    QWidget *m_newCustomerFields;
    QLineEdit *m_newName;
    QLineEdit *m_newEmail;
    QLineEdit *m_title;
    QComboBox *m_group;
    QComboBox *m_priority;
    QLabel *m_textLabel;
    QPlainTextEdit *m_text;
    QLabel *m_error;
    QPushButton *m_create;
    qint64 m_customerId = 0;
    QString m_customerEmail;
};

} // namespace helpdesk::client
