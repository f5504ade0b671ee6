#pragma once

#include "db/ConnectionPool.h"
#include "protocol/Messages.h"

#include <set>
#include <string>
#include <vector>

namespace helpdesk::domain {

/// The part of a ticket's history its customers may read, in one place for the API
/// (`ticket.history`) and the requester portal: changes of what the customer's view of a ticket
/// shows (TicketView) — its creation, title, group, owner, state, priority, type, pending time,
/// rating and the custom fields customers may edit — never tags, watchers, links, merges, SLA
/// marks, mail failures or other custom fields. Each row names who made the change (`actor_name`)
/// and, for a change of a state, group, owner, priority or type, the names of both values
/// (`old_label`, `new_label`; a state also its `old_state_type`, `new_state_type`). Stateless.
class PublicHistory
{
public:
    /// The history fields customers see, given the custom fields they see (TicketView::customerFields).
    static std::vector<std::string> fields(const std::set<std::string> &customerFields);
    /// Whether customers see the history rows of `field`.
    static bool isPublic(const std::string &field, const std::set<std::string> &customerFields);
    /// The rows of the ticket's history customers see, oldest first, as described above.
    static protocol::JsonArray of(db::Tx &tx, const protocol::Ticket &ticket);
};

} // namespace helpdesk::domain
