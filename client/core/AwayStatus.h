#pragma once

#include <QDate>
#include <QObject>

namespace helpdesk::client {

class AccountSession;

/// The agent's "I am away" (the server's `absent`): an optional return date and a colleague who
/// gets the follow-ups meanwhile. Read from the server once synced; changed through the outbox
/// (shown at once, sent when online). Main thread.
class AwayStatus : public QObject
{
    Q_OBJECT
public:
    explicit AwayStatus(AccountSession &session, QObject *parent = nullptr);

    bool isAway() const { return m_away; }
    /// The day the agent is back; invalid when not said.
    QDate until() const { return m_until; }
    /// The colleague handed the follow-ups; 0 for none.
    qint64 substituteId() const { return m_substituteId; }

    /// Marks the agent away (`until` invalid: open-ended; `substituteId` 0: none).
    void setAway(const QDate &until, qint64 substituteId);
    /// The agent is back: absent, the date and the substitute are cleared.
    void setBack();
    /// Reads the agent's status from the server (changed); nothing offline.
    void refresh();

signals:
    void changed();

private:
    void submit(bool away, const QDate &until, qint64 substituteId);

    AccountSession &m_session;
    bool m_away = false;
    QDate m_until;
    qint64 m_substituteId = 0;
};

} // namespace helpdesk::client
