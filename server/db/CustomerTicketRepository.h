#pragma once

#include "db/ConnectionPool.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::db {

/// Which of a customer's tickets a list shows, and what counts as their last activity.
struct CustomerTicketQuery {
    std::int64_t customerId = 0;
    std::optional<std::int64_t> organizationId; // set: the organization's tickets instead of the customer's
    std::vector<std::string> stateTypes;        // the state types listed
    std::vector<std::string> publicFields;      // history fields whose changes count as activity
    int limit = 20;
    int offset = 0;
};

/// One ticket of such a list.
struct CustomerTicketRow {
    std::int64_t id = 0;
    std::int64_t number = 0;
    std::string title;
    std::string stateType;
    std::string createdAt;
    std::string lastActivityAt; // the newest public article or public change, else the creation
    std::int64_t customerId = 0;
    std::string customerName;
    std::string groupName;
};

/// SQL for the lists of the requester portal: a customer's (or their organization's) tickets,
/// most recently active first, with the names a list shows. "Activity" leaves out internal notes
/// and changes customers do not see, so the list tells no more than the tickets do. Any thread.
class CustomerTicketRepository
{
public:
    static std::vector<CustomerTicketRow> list(Tx &tx, const CustomerTicketQuery &query);
};

} // namespace helpdesk::db
