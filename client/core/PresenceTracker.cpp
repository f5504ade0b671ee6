#include "core/PresenceTracker.h"

#include "core/AccountSession.h"
#include "core/Replica.h"

#include <QDateTime>

namespace helpdesk::client {

namespace {
constexpr int kPresenceRepeatMs = 30000;
constexpr qint64 kPresenceExpiryMs = 75000;
} // namespace

PresenceTracker::PresenceTracker(AccountSession &session, QObject *parent) : QObject(parent), m_session(session)
{
    // Our presence is repeated, theirs expires: nobody is shown on a ticket they left long ago.
    m_timer.setInterval(kPresenceRepeatMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { onTick(); });
    m_timer.start();
    connect(&m_session, &AccountSession::accountOpened, this, [this] {
        auto *replica = m_session.replica();
        connect(&replica->connection, &ServerConnection::presenceReceived, this, &PresenceTracker::onPresence);
        connect(&replica->sync, &SyncEngine::synced, this, [this] {
            if (m_ticket)
                setPresence(m_ticket, m_activity); // tell them again after a reconnect
        });
    });
}

void PresenceTracker::setPresence(qint64 ticketId, const QString &activity)
{
    m_ticket = ticketId;
    m_activity = activity;
    auto *replica = m_session.replica();
    if (!ticketId || !replica || replica->connection.state() != ConnectionState::Online)
        return;
    auto params = protocol::newObject();
    params->set("ticket_id", ticketId);
    params->set("activity", activity.toStdString());
    replica->connection.request(QStringLiteral("presence.set"), params, [](const Reply &) {});
}

QString PresenceTracker::presenceText(qint64 ticketId) const
{
    QStringList parts;
    for (const auto &p : m_presence.value(ticketId))
        parts << (p.activity == QLatin1String("replying") ? tr("%1 is writing a reply.").arg(p.name)
                                                          : tr("%1 is viewing this ticket.").arg(p.name));
    parts.sort();
    return parts.join(QLatin1Char(' '));
}

void PresenceTracker::onPresence(qint64 ticketId, qint64 userId, const QString &name, const QString &activity)
{
    if (userId == m_session.userId())
        return; // ourselves in another window
    if (activity == QLatin1String("left"))
        m_presence[ticketId].remove(userId);
    else
        m_presence[ticketId][userId] = {name, activity, QDateTime::currentMSecsSinceEpoch()};
    emit presenceChanged(ticketId);
}

void PresenceTracker::onTick()
{
    if (m_ticket && m_session.connectionState() == ConnectionState::Online)
        setPresence(m_ticket, m_activity);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_presence.begin(); it != m_presence.end(); ++it) {
        bool changed = false;
        for (auto p = it->begin(); p != it->end();) {
            if (now - p->seenAtMs > kPresenceExpiryMs) {
                p = it->erase(p);
                changed = true;
            } else {
                ++p;
            }
        }
        if (changed)
            emit presenceChanged(it.key());
    }
}

} // namespace helpdesk::client
