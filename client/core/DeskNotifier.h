#pragma once

#include <QObject>

namespace helpdesk::client {

class AccountSession;

/// Picks from the live event stream what the agent should notice outside the window: a new
/// ticket in their groups opened by someone else, a customer's reply on a ticket they own.
/// Replayed events (catching up after a reconnect) never notify. Main thread.
class DeskNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DeskNotifier(AccountSession &session, QObject *parent = nullptr);

signals:
    void notification(const QString &title, const QString &text, qint64 ticketId);

private:
    AccountSession &m_session;
};

} // namespace helpdesk::client
