#pragma once

#include "models/ArticleListModel.h"
#include "models/TicketListModel.h"
#include "models/ViewListModel.h"

#include <QObject>

#include <memory>

namespace helpdesk::client {

class AccountSession;
class TicketActions;

/// The item models of the open account: the inbox, the views with their counts and the open
/// ticket's thread. Built from the cache when an account opens (before any network), reloaded
/// after the first sync, told the agent's groups; dropped when the account closes (null then).
/// Main thread.
class InboxModels : public QObject
{
    Q_OBJECT
public:
    InboxModels(AccountSession &session, TicketActions &actions, QObject *parent = nullptr);
    ~InboxModels() override;

    TicketListModel *tickets() const { return m_tickets.get(); }
    ViewListModel *views() const { return m_views.get(); }
    ArticleListModel *thread() const { return m_thread.get(); }
    /// Shows a ticket's thread, marks it seen, and fetches its articles when online.
    void openTicket(qint64 ticketId);

private:
    void open();
    void close();

    AccountSession &m_session;
    TicketActions &m_actions;
    std::unique_ptr<TicketListModel> m_tickets;
    std::unique_ptr<ViewListModel> m_views;
    std::unique_ptr<ArticleListModel> m_thread;
};

} // namespace helpdesk::client
