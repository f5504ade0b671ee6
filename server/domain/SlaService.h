#pragma once

#include "db/ConnectionPool.h"

#include <cstdint>

namespace helpdesk::domain {

/// Service levels: which SLA applies to a ticket (the first active one by rank whose condition on
/// group, priority, type and organization matches), when its first response, next update and
/// solution fall due (counted in the SLA calendar's business hours; paused while the ticket is
/// pending), and the warnings and breaches of those deadlines. Any thread.
class SlaService
{
public:
    /// Recomputes a ticket's SLA and due times after a change to it or its articles. Returns true
    /// when something visible changed (the caller then announces the ticket).
    static bool refresh(db::Tx &tx, std::int64_t ticketId);
    /// Records warnings and breaches that came due: a history row, a ticket event and a mail to
    /// the owner (or the group's agents). Returns how many were recorded.
    static int escalate(db::Tx &tx);
    /// Queues the background recomputation of every open ticket's due times (after an SLA or a
    /// calendar changed); the "sla.recompute" job of jobs/SlaWatcher runs it.
    static void queueRecomputeAll(db::Tx &tx);
};

} // namespace helpdesk::domain
