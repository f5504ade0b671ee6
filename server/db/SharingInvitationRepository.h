#pragma once

#include "db/ConnectionPool.h"

#include <cstdint>
#include <string>

namespace helpdesk::db {

/// The invitations partners sent lately (table sharing_invitation_attempts), counted in the
/// database so that every server instance on it, and one restarted, share the same limits. Any thread.
class SharingInvitationRepository
{
public:
    /// How many invitations arrived in a recent window, and when the oldest of them leaves it.
    struct Window {
        std::int64_t count = 0;
        int secondsUntilOneLeaves = 0;
    };

    /// Holds every other transaction's counting of invitations until this one ends (two instances at once).
    static void lockCounting(Tx &tx);
    /// Forgets the invitations older than `seconds`.
    static void forgetOlderThan(Tx &tx, int seconds);
    /// The invitations of the last `seconds` from all addresses.
    static Window recent(Tx &tx, int seconds);
    /// The invitations of the last `seconds` from `clientAddress`.
    static Window recentFrom(Tx &tx, const std::string &clientAddress, int seconds);
    /// Counts one invitation from `clientAddress`, now.
    static void record(Tx &tx, const std::string &clientAddress);
};

} // namespace helpdesk::db
