#pragma once

#include <QMap>
#include <QObject>
#include <QStringList>

namespace helpdesk::client {

class AccountSession;

/// Which events the agent is told of, on the desktop and by mail (the server's notification.settings):
/// new_ticket, customer_reply, assigned_to_me, mentioned, sla_warning. Read once synced; until
/// then, and for an event the server does not name, everything is on. Online only to change.
/// Main thread.
class NotificationPreferences : public QObject
{
    Q_OBJECT
public:
    struct Choice {
        bool desktop = true;
        bool mail = true;
        bool operator==(const Choice &) const = default;
    };
    /// The events, in the order the preferences list them.
    static QStringList events();

    explicit NotificationPreferences(AccountSession &session, QObject *parent = nullptr);

    /// The choice for an event as last read or saved.
    Choice choice(const QString &event) const { return m_choices.value(event); }
    QMap<QString, Choice> choices() const { return m_choices; }
    bool wantsDesktop(const QString &event) const { return choice(event).desktop; }

    /// Reads the preferences from the server (loaded, or failed).
    void load();
    /// Stores the preferences on the server (saved, or failed with the server's reason).
    void save(const QMap<QString, Choice> &choices);

signals:
    void loaded();
    void saved();
    void failed(const QString &reason);

private:
    AccountSession &m_session;
    QMap<QString, Choice> m_choices;
};

} // namespace helpdesk::client
