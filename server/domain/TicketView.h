#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "protocol/Messages.h"

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace helpdesk::domain {

/// What of a ticket each reader is shown, in one place for answers and events. Staff see the whole
/// ticket, in answers with the partner desks it is shared with (shared_with) and its ids in
/// integrations (external_ids). A customer sees the ticket without what
/// is the desk's own business: its tags, its SLA and due times, the article count (which counts internal notes) and the
/// custom fields customers may not edit. Stateless; any thread.
class TicketView
{
public:
    /// The ticket as `actor` may see it.
    static protocol::JsonObject of(db::Tx &tx, const Actor &actor, const protocol::Ticket &ticket);
    /// A ticket opened in this transaction as `of` shows it, without of's two lookups for staff:
    /// no partner desk shares it yet and no integration has linked its id (ExternalIds::createTicket
    /// adds its link after).
    static protocol::JsonObject ofNew(db::Tx &tx, const Actor &actor, const protocol::Ticket &ticket);
    /// Many tickets as `actor` may see them, reading the field definitions once.
    static protocol::JsonArray ofAll(db::Tx &tx, const Actor &actor, const std::vector<protocol::Ticket> &tickets);
    using FieldNames = std::shared_ptr<const std::set<std::string>>;
    /// The names of the active ticket fields customers may edit (and so see); cached for two
    /// seconds (other instances' changes show within that time), since every event page asks.
    static FieldNames customerFields(db::Tx &tx);
    /// Forgets the cached customerFields (a custom field definition changed here).
    static void invalidateCustomerFields();
    /// A customer's view of a ticket's JSON: a copy without the staff-only keys and with only the
    /// custom fields named in `customerFields`.
    static protocol::JsonObject forCustomer(const protocol::JsonObject &ticket,
                                            const std::set<std::string> &customerFields);
    /// A customer's view of an article of `ticket`: an agent's article names the agent with the
    /// group's sending address (what the mail came from), never the agent's own address.
    static protocol::JsonObject articleForCustomer(db::Tx &tx, const protocol::Ticket &ticket,
                                                   const protocol::JsonObject &article);
};

} // namespace helpdesk::domain
