#pragma once

#include <QDialog>
#include <QMap>

class QCheckBox;
class QLabel;
class QPushButton;

namespace helpdesk::client {

class NotificationPreferences;

/// Settings → Notifications: for each event (a new ticket, a customer's reply, a ticket assigned to
/// me, a mention, an SLA warning) whether it shows on the desktop and whether it is mailed. Reads
/// the preferences from the server when opened and saves them there. Main thread.
class NotificationPreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NotificationPreferencesDialog(NotificationPreferences &preferences, QWidget *parent = nullptr);

    /// The check box of an event's `desktop` or `mail` choice (tests).
    QCheckBox *box(const QString &event, bool desktop) const;

    void accept() override;

private:
    void showChoices();

    NotificationPreferences &m_preferences;
    QMap<QString, QCheckBox *> m_desktop;
    QMap<QString, QCheckBox *> m_mail;
    QLabel *m_status;
    QPushButton *m_save;
};

} // namespace helpdesk::client
