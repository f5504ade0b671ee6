#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

namespace helpdesk::client {

class AccountSession;

/// Who else is on a ticket right now: tells colleagues this agent is viewing or replying
/// (repeated while it lasts, again after a reconnect), and keeps what colleagues announce, each
/// entry expiring when not repeated. Main thread.
class PresenceTracker : public QObject
{
    Q_OBJECT
public:
    explicit PresenceTracker(AccountSession &session, QObject *parent = nullptr);

    /// Tells colleagues this agent is on a ticket ("viewing", "replying"); ticket 0 leaves.
    void setPresence(qint64 ticketId, const QString &activity);
    /// "Bob Agent is writing a reply." for the colleagues on a ticket right now; empty when none.
    QString presenceText(qint64 ticketId) const;

signals:
    void presenceChanged(qint64 ticketId);

private:
    void onPresence(qint64 ticketId, qint64 userId, const QString &name, const QString &activity);
    /// Repeats ours, forgets theirs that were not repeated.
    void onTick();

    AccountSession &m_session;
    struct Presence {
        QString name;
        QString activity;
        qint64 seenAtMs = 0;
    };
    QHash<qint64, QHash<qint64, Presence>> m_presence; // ticket -> colleague -> what they do
    qint64 m_ticket = 0;
    QString m_activity;
    QTimer m_timer;
};

} // namespace helpdesk::client
