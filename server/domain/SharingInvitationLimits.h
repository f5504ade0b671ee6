#pragma once

#include "db/ConnectionPool.h"

#include <cstdint>
#include <string>

namespace helpdesk::domain::sharing {

/// How many invitations (POST /sharing/agreements/<uuid>, which anyone may send) a desk takes in
/// an hour, from one client address and from all together; 0: no limit of that kind.
struct InvitationLimits {
    std::int64_t perAddressPerHour = 20;
    std::int64_t perHour = 200;
};

/// Counts the invitations a desk receives against its InvitationLimits in its database, so that
/// every server instance on the database and a restarted one keep the same count. Any thread.
class SharingInvitationLimits
{
public:
    /// Takes one invitation from `clientAddress` into the last hour's count, or throws
    /// ApiError(TooManyRequests) with the seconds until one would be taken (the 429's Retry-After).
    static void admit(db::Tx &tx, const std::string &clientAddress, const InvitationLimits &limits);
};

} // namespace helpdesk::domain::sharing
