#pragma once

#include <QWidget>

class QHBoxLayout;
class QPushButton;
class QToolButton;

namespace helpdesk::client {

class AccountSession;
class Directory;
class TicketActions;
class TicketContext;

/// A ticket's watchers as a row of chips (each with × to remove it), "Watch" or "Stop watching"
/// for the agent, and "Add watcher…" offering the other agents. Changes go through the outbox;
/// the row shows what the server last said (watchers events keep it current). Main thread.
class WatchersBar : public QWidget
{
    Q_OBJECT
public:
    WatchersBar(const AccountSession &session, const Directory &directory, TicketContext &context,
                TicketActions &actions, QWidget *parent = nullptr);

    /// Shows the ticket's watchers (cached at once, then read again when online).
    void setTicket(qint64 ticketId);

private:
    void redraw();

    const AccountSession &m_session;
    const Directory &m_directory;
    TicketContext &m_context;
    TicketActions &m_actions;
    qint64 m_ticketId = 0;
    QHBoxLayout *m_chips;
    QPushButton *m_watch;
    QToolButton *m_add;
};

} // namespace helpdesk::client
