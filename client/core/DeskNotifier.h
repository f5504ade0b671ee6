#pragma once

#include <QObject>
#include <QTimer>

namespace helpdesk::client {

class AccountSession;
class NotificationPreferences;

/// Picks from the live event stream what the agent should notice outside the window, each as the
/// agent's notification preferences allow on the desktop: a new ticket in their groups opened by
/// someone else, a customer's reply on a ticket they own, a ticket someone else assigned to them,
/// a colleague's mention, an SLA warning on their ticket. Replayed events (catching up after a
/// reconnect) never notify. Also counts the unread tickets (for the tray). Main thread.
class DeskNotifier : public QObject
{
    Q_OBJECT
public:
    DeskNotifier(AccountSession &session, const NotificationPreferences &preferences, QObject *parent = nullptr);

    /// Tickets never opened that are the agent's or unassigned in their groups (not closed).
    int unreadCount() const { return m_unread; }

signals:
    /// `event`: new_ticket, customer_reply, assigned_to_me, mentioned or sla_warning.
    void notification(const QString &title, const QString &text, qint64 ticketId, const QString &event = {});
    void unreadCountChanged(int count);

private:
    void notify(const QString &event, const QString &title, const QString &text, qint64 ticketId);
    void countUnread();

    AccountSession &m_session;
    const NotificationPreferences &m_preferences;
    QTimer m_recount; // many changes at once (a sync page) are counted once
    int m_unread = 0;
};

} // namespace helpdesk::client
