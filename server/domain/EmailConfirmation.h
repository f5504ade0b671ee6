#pragma once

#include "db/ConnectionPool.h"
#include "protocol/Messages.h"

#include <string>

namespace helpdesk::domain {

/// A user's own change of e-mail address. It takes effect only once the link mailed to the new
/// address is opened, so whoever holds a session (or typed a wrong address) cannot move the
/// account, its notifications and its password resets to a mailbox its owner does not read.
/// Stateless; any thread.
class EmailConfirmation
{
public:
    /// Mails a single-use link (valid one day) to `newEmail` and a notice to the current address;
    /// the address stays as it is. A newer request makes earlier links stop working.
    static void request(db::Tx &tx, const protocol::User &user, const std::string &newEmail);
    /// Tells the previous address of `user` that staff in role `changedBy` moved the account to
    /// `newEmail` (applied at once), so an owner whose account was taken over hears of it.
    static void tellPreviousAddress(db::Tx &tx, const protocol::User &user, const std::string &newEmail,
                                    protocol::Role changedBy);
    /// Applies the change a link names and returns the user with the new address. Throws
    /// ApiError(ValidationFailed) for a used or expired link or a deactivated account, and
    /// ApiError(Conflict) when another account took the address meanwhile.
    static protocol::User confirm(db::Tx &tx, const std::string &token);
};

} // namespace helpdesk::domain
