#pragma once

#include "db/ConnectionPool.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::db {

/// A deadline of a ticket that came due, or close enough to warn about.
struct SlaDeadline {
    std::int64_t ticketId = 0;
    std::string kind; // first_response, update, solution
    std::string due;  // as PostgreSQL prints it (UTC session)
    bool breached = false;
};

/// SQL for service levels: choosing a ticket's SLA, its due times, warnings and breaches. Any thread.
class SlaRepository
{
public:
    /// The first active SLA by rank whose condition matches the ticket now, if any.
    static std::optional<std::int64_t> matchingSla(Tx &tx, std::int64_t ticketId);
    /// Whether the ticket has an SLA recorded (from before this change).
    static bool hasSla(Tx &tx, std::int64_t ticketId);
    /// Stores `slaId` (none: clears it) and recomputes the pause bookkeeping and due times of the
    /// ticket, locking it; true when a due time or the SLA changed.
    static bool recomputeDueTimes(Tx &tx, std::int64_t ticketId, std::optional<std::int64_t> slaId);
    /// Up to 500 deadlines that came due or within their warning time and were not yet recorded,
    /// soonest first, their tickets locked (tickets locked by others are skipped).
    static std::vector<SlaDeadline> comingDue(Tx &tx);
    /// Records that a warning (or a breach, which is a warning too) of `kind` was sent.
    static void markNotified(Tx &tx, std::int64_t ticketId, const std::string &kind, bool breached);
    /// Ids of open tickets after `afterId`, ascending, at most `limit`.
    static std::vector<std::int64_t> openTicketsAfter(Tx &tx, std::int64_t afterId, int limit);
    /// Takes the transaction-scoped advisory lock `key` if nobody holds it; false otherwise.
    static bool tryTransactionLock(Tx &tx, long long key);
};

} // namespace helpdesk::db
