#pragma once

#include "core/CacheTypes.h"

#include <QTimer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QToolButton;

namespace helpdesk::client {

class Directory;
class TicketContext;

/// The pane beside a ticket about its customer: name, e-mail and organization, the customer's
/// custom fields (by their labels) and ids in integrations, the customer's other tickets and the
/// organization's, each with its state; a click opens one. It folds to a narrow strip (the choice
/// is remembered). Main thread.
class CustomerSidebar : public QWidget
{
    Q_OBJECT
public:
    CustomerSidebar(const Directory &directory, TicketContext &context, QWidget *parent = nullptr);

    /// Shows the customer of the ticket (cached at once, read again when online).
    void showTicket(qint64 ticketId, qint64 customerId, const TicketOrigin &origin);
    bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed);

signals:
    /// The agent chose one of the other tickets.
    void ticketActivated(qint64 ticketId);

private:
    void redraw();
    void fillTickets(QListWidget *list, const std::vector<TicketRow> &rows);

    const Directory &m_directory;
    TicketContext &m_context;
    qint64 m_ticketId = 0;
    qint64 m_customerId = 0;
    TicketOrigin m_origin;
    bool m_collapsed = false;
    QToolButton *m_toggle;
    QWidget *m_body;
    QLabel *m_name;
    QLabel *m_contact;
    QFormLayout *m_fields;
    QLabel *m_externalIds;
    QLabel *m_customerTicketsTitle;
    QListWidget *m_customerTickets;
    QLabel *m_organizationTicketsTitle;
    QListWidget *m_organizationTickets;
    QTimer m_redrawSoon; // tickets change in bursts (a sync): one redraw for a burst
};

} // namespace helpdesk::client
