#pragma once

#include "core/AccountSession.h"
#include "core/AdminClient.h"
#include "core/AgentWorkspace.h"
#include "core/AttachmentTransfer.h"
#include "core/AwayStatus.h"
#include "core/CustomerLookup.h"
#include "core/DashboardClient.h"
#include "core/DeskNotifier.h"
#include "core/Directory.h"
#include "core/NotificationPreferences.h"
#include "core/PresenceTracker.h"
#include "core/TicketActions.h"
#include "core/TicketContext.h"
#include "models/InboxModels.h"

#include <memory>

namespace helpdesk::client {

/// The client's composition root: builds the account's services and the item models once, wires
/// them to each other, and hands each screen the pieces it needs. It holds no behaviour of its
/// own; each piece has one job (see its header). Main thread.
class HelpdeskAccess
{
public:
    HelpdeskAccess(const QString &dataDirectory, std::unique_ptr<SecretStore> secrets);
    /// Closes the account while every piece still listens (requests in flight are answered).
    ~HelpdeskAccess();
    HelpdeskAccess(const HelpdeskAccess &) = delete;
    HelpdeskAccess &operator=(const HelpdeskAccess &) = delete;

    /// Sign-in, the open account, the connection state.
    AccountSession &session() { return m_session; }
    /// Configuration, people and tickets as the cache holds them.
    Directory &directory() { return m_directory; }
    /// What the agent does to tickets (through the outbox), and their history.
    TicketActions &actions() { return m_actions; }
    /// What surrounds a ticket: its customer, their other tickets, watchers, time accounting.
    TicketContext &context() { return m_context; }
    /// Drafts and saved searches.
    AgentWorkspace &workspace() { return m_workspace; }
    /// Colleagues on the same ticket.
    PresenceTracker &presence() { return m_presence; }
    /// Attachments to and from the server.
    AttachmentTransfer &attachments() { return m_attachments; }
    /// Which events the agent is told of, on the desktop and by mail.
    NotificationPreferences &notificationPreferences() { return m_preferences; }
    /// Desktop notifications from the live event stream, and the unread count.
    DeskNotifier &notifier() { return m_notifier; }
    /// The supervisors' dashboard panels.
    DashboardClient &dashboards() { return m_dashboards; }
    /// The admins' settings.
    AdminClient &admin() { return m_admin; }
    /// The inbox, views and thread models of the open account.
    InboxModels &inbox() { return m_inbox; }
    /// The agent's "I am away", with a return date and a substitute.
    AwayStatus &away() { return m_away; }
    /// Customers found as the agent types.
    CustomerLookup &customers() { return m_customers; }

private:
    AttachmentTransfer m_attachments;
    AccountSession m_session;
    Directory m_directory;
    TicketActions m_actions;
    TicketContext m_context;
    AgentWorkspace m_workspace;
    PresenceTracker m_presence;
    NotificationPreferences m_preferences;
    DeskNotifier m_notifier;
    DashboardClient m_dashboards;
    AdminClient m_admin;
    InboxModels m_inbox;
    AwayStatus m_away;
    CustomerLookup m_customers;
};

} // namespace helpdesk::client
