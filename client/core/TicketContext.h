#pragma once

#include "core/CacheTypes.h"

#include <QObject>

namespace helpdesk::client {

class AccountSession;

/// A customer as the ticket's sidebar shows them: contact data, organization, custom fields (by
/// their labels) and ids in integrations.
struct CustomerCard {
    qint64 id = 0;
    QString name;
    QString email;
    qint64 organizationId = 0;             // 0: none
    QString organization;                  // its name, when known
    QList<QPair<QString, QString>> fields; // label, value (filled fields only, in definition order)
    std::vector<ExternalId> externalIds;
    bool complete = false; // read from the server at least once (else only the cached name and e-mail)
};

/// One entry of the time accounted on a ticket.
struct TimeEntry {
    qint64 articleId = 0;
    QString who;
    int minutes = 0;
    QString at; // ISO 8601
};

/// What surrounds a ticket, for the pane beside its thread: its customer's card, the customer's and
/// the organization's other tickets, its watchers, whether its group accounts time, and the time
/// accounted on it. Reads come from the cache (so they work offline) and are refreshed from the
/// server when online; each refresh ends with a signal. Changes (watch, unwatch) go through
/// TicketActions and the outbox. Main thread.
class TicketContext : public QObject
{
    Q_OBJECT
public:
    explicit TicketContext(AccountSession &session, QObject *parent = nullptr);

    /// The customer as last read (from the cache); `complete` false until the server answered once.
    CustomerCard customer(qint64 customerId) const;
    /// Reads the customer (and the names of organizations) again; customerChanged when in. Online only.
    void refreshCustomer(qint64 customerId);
    /// The customer's tickets but `exceptTicket`, newest first (from the cache).
    std::vector<TicketRow> ticketsOfCustomer(qint64 customerId, qint64 exceptTicket) const;
    /// The organization's tickets of other customers than `customerId`, newest first (from the cache).
    std::vector<TicketRow> ticketsOfOrganization(qint64 organizationId, qint64 customerId) const;

    /// The ticket's watchers as last read (name; detail: e-mail).
    std::vector<NamedItem> watchers(qint64 ticketId) const;
    /// Reads the watchers again; watchersChanged when in. Online only.
    void refreshWatchers(qint64 ticketId);

    /// The group's time accounting: "off", "optional" or "required".
    QString timeAccounting(qint64 groupId) const;
    /// Reads the time accounted on the ticket; timeLoaded when in. Online only.
    void loadTime(qint64 ticketId);

signals:
    void customerChanged(qint64 customerId);
    void watchersChanged(qint64 ticketId);
    /// Groups' settings (time accounting) were read again.
    void groupSettingsChanged();
    void timeLoaded(qint64 ticketId, int totalMinutes, const std::vector<TimeEntry> &entries);

private:
    /// Reads every group's time accounting into the cache (on each hello and group change).
    void loadGroupSettings();
    /// Reads the organizations' names into the cache.
    void loadOrganizations();

    AccountSession &m_session;
};

} // namespace helpdesk::client
