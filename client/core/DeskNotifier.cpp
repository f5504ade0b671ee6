#include "core/DeskNotifier.h"

#include "core/AccountSession.h"
#include "core/Replica.h"

namespace helpdesk::client {

DeskNotifier::DeskNotifier(AccountSession &session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(&m_session, &AccountSession::accountOpened, this, [this] {
        auto *replica = m_session.replica();
        connect(&replica->sync, &SyncEngine::ticketCreatedLive, this,
                [this](const protocol::Ticket &t, qint64 actorId) {
                    auto *replica = m_session.replica();
                    if (actorId != m_session.userId() && replica->sync.groupAccess().contains(t.groupId))
                        emit notification(tr("New ticket #%1").arg(t.number), QString::fromStdString(t.title), t.id);
                });
        connect(&replica->sync, &SyncEngine::articleCreatedLive, this, [this](const protocol::Article &a) {
            auto t = m_session.replica()->cache.ticket(a.ticketId);
            if (a.sender == "customer" && t && t->ownerId && *t->ownerId == m_session.userId())
                emit notification(tr("Customer reply on #%1").arg(t->number), QString::fromStdString(t->title), t->id);
        });
    });
}

} // namespace helpdesk::client
