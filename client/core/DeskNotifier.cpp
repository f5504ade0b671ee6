#include "core/DeskNotifier.h"

#include "core/AccountSession.h"
#include "core/NotificationPreferences.h"
#include "core/Replica.h"

namespace helpdesk::client {

DeskNotifier::DeskNotifier(AccountSession &session, const NotificationPreferences &preferences, QObject *parent)
    : QObject(parent), m_session(session), m_preferences(preferences)
{
    m_recount.setSingleShot(true);
    m_recount.setInterval(200);
    connect(&m_recount, &QTimer::timeout, this, &DeskNotifier::countUnread);
    connect(&m_session, &AccountSession::accountClosing, this, [this] {
        m_recount.stop();
        if (m_unread != 0)
            emit unreadCountChanged(m_unread = 0);
    });
    connect(&m_session, &AccountSession::myGroupsChanged, this, [this] { m_recount.start(); });
    connect(&m_session, &AccountSession::accountOpened, this, [this] {
        auto *replica = m_session.replica();
        for (auto signal : {&CacheReader::ticketsChanged, &CacheReader::ticketsRemoved})
            connect(&replica->cache, signal, this, [this] { m_recount.start(); });
        m_recount.start();
        connect(&replica->sync, &SyncEngine::ticketCreatedLive, this,
                [this](const protocol::Ticket &t, qint64 actorId) {
                    auto *replica = m_session.replica();
                    if (actorId != m_session.userId() && replica->sync.groupAccess().contains(t.groupId))
                        notify(QStringLiteral("new_ticket"), tr("New ticket #%1").arg(t.number),
                               QString::fromStdString(t.title), t.id);
                });
        connect(&replica->sync, &SyncEngine::articleCreatedLive, this, [this](const protocol::Article &a) {
            auto t = m_session.replica()->cache.ticket(a.ticketId);
            if (a.sender == "customer" && t && t->ownerId && *t->ownerId == m_session.userId())
                notify(QStringLiteral("customer_reply"), tr("Customer reply on #%1").arg(t->number),
                       QString::fromStdString(t->title), t->id);
        });
        connect(&replica->sync, &SyncEngine::ticketUpdatedLive, this,
                [this](const protocol::Ticket &t, qint64 actorId, const QStringList &changed, qint64 previousOwner) {
                    const qint64 me = m_session.userId();
                    const bool mine = t.ownerId && *t.ownerId == me;
                    if (mine && previousOwner != me && actorId != me)
                        notify(QStringLiteral("assigned_to_me"), tr("#%1 was assigned to you").arg(t.number),
                               QString::fromStdString(t.title), t.id);
                    if (mine && changed.contains(QLatin1String("sla_warned")))
                        notify(QStringLiteral("sla_warning"), tr("SLA warning on #%1").arg(t.number),
                               QString::fromStdString(t.title), t.id);
                });
        connect(&replica->sync, &SyncEngine::mentionedLive, this,
                [this](qint64 ticketId, qint64, const QString &byName) {
                    auto t = m_session.replica()->cache.ticket(ticketId);
                    notify(QStringLiteral("mentioned"),
                           t ? tr("%1 mentioned you on #%2").arg(byName).arg(t->number)
                             : tr("%1 mentioned you").arg(byName),
                           t ? QString::fromStdString(t->title) : QString(), ticketId);
                });
    });
}

void DeskNotifier::notify(const QString &event, const QString &title, const QString &text, qint64 ticketId)
{
    if (m_preferences.wantsDesktop(event))
        emit notification(title, text, ticketId, event);
}

void DeskNotifier::countUnread()
{
    auto *replica = m_session.replica();
    const int count = replica ? replica->cache.unreadCount(m_session.userId(), m_session.myGroups()) : 0;
    if (count != m_unread)
        emit unreadCountChanged(m_unread = count);
}

} // namespace helpdesk::client
