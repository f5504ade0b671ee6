#pragma once

#include "db/ConnectionPool.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::db {

/// SQL of the mail channel's defences: which mail we sent to whom (bounces), addresses that
/// recover, the flood counts and the mail held for review. Any thread.
class MailDefenceRepository
{
public:
    /// The recipients (To and Cc, lower-case) of the mail we sent with this Message-ID; nullopt
    /// when we sent none.
    static std::optional<std::vector<std::string>> recipientsOfSent(Tx &tx, const std::string &messageId);
    /// Clears the failing mark of the user with this address; true when there was one.
    static bool clearAddressFailing(Tx &tx, const std::string &address);

    /// Records that an inbound message opened its ticket (the flood limits count these).
    static void markOpenedTicket(Tx &tx, std::int64_t inboundId);
    /// Tickets that mail opened during the last hour for this customer.
    static int ticketsOpenedBySenderLastHour(Tx &tx, std::int64_t customerId);
    /// Tickets that mail opened during the last hour in this group.
    static int ticketsOpenedInGroupLastHour(Tx &tx, std::int64_t groupId);

    /// Whether an admin released this message from the hold (it passes the flood limits).
    static bool isReleased(Tx &tx, std::int64_t inboundId);
    /// Makes a held message pending again, released by `adminId`; false when it is not held.
    static bool release(Tx &tx, std::int64_t inboundId, std::int64_t adminId);
    /// Ends a held message as 'ignored' with `reason`; false when it is not held.
    static bool discard(Tx &tx, std::int64_t inboundId, const std::string &reason);
};

} // namespace helpdesk::db
