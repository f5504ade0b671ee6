#include "models/InboxModels.h"

#include "core/AccountSession.h"
#include "core/TicketActions.h"

namespace helpdesk::client {

InboxModels::InboxModels(AccountSession &session, TicketActions &actions, QObject *parent)
    : QObject(parent), m_session(session), m_actions(actions)
{
    connect(&m_session, &AccountSession::accountOpened, this, [this] { open(); });
    connect(&m_session, &AccountSession::accountClosing, this, [this] { close(); });
    connect(&m_session, &AccountSession::syncProgress, this, [this](int, bool done) {
        if (done && m_tickets)
            m_tickets->reload();
    });
    connect(&m_session, &AccountSession::myGroupsChanged, this, [this](const QList<qint64> &groups) {
        if (m_tickets)
            m_tickets->setMyGroups(groups);
    });
}

InboxModels::~InboxModels() = default;

void InboxModels::open()
{
    auto &cache = *m_session.cache();
    m_tickets = std::make_unique<TicketListModel>(cache);
    m_views = std::make_unique<ViewListModel>(cache, *m_tickets);
    m_thread = std::make_unique<ArticleListModel>(cache);
    m_tickets->setCurrentUser(m_session.userId());
    m_tickets->setMyGroups(m_session.myGroups());
    // The inbox from disk, before any network.
    m_tickets->reload();
}

void InboxModels::close()
{
    m_thread.reset();
    m_views.reset();
    m_tickets.reset();
}

void InboxModels::openTicket(qint64 ticketId)
{
    if (!m_thread)
        return;
    m_thread->setTicket(ticketId);
    m_actions.open(ticketId);
}

} // namespace helpdesk::client
