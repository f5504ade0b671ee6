#pragma once

#include "protocol/Messages.h"

#include <optional>
#include <string>

namespace helpdesk::db {
class Tx;
}

namespace helpdesk::domain {

struct Actor;

/// A customer who writes in (mail, web form) or whom staff name by address for a new ticket.
struct NewCustomer {
    std::string email;
    std::string name; ///< empty: the address's local part
    std::optional<std::string> language;
};

/// The account of `customer.email` (in any letter case), or a new customer account for it, announced
/// to staff as user.created. `createdBy` is the staff member who typed the address, recorded in the
/// audit; null when the customer came by themselves (their own mail or web form).
protocol::User customerAccountFor(db::Tx &tx, const NewCustomer &customer, const Actor *createdBy);

} // namespace helpdesk::domain
