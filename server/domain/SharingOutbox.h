#pragma once

#include "db/ConnectionPool.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::domain::sharing {

/// Requests to partner desks, queued in the caller's transaction and delivered in order per
/// agreement by the job queue (integrations/sharing/OutboxDelivery). Any thread.
class SharingOutbox
{
public:
    /// The job queue that delivers an agreement's outbox; payload {"agreement_id"}.
    static constexpr const char *kQueue = "sharing.deliver";

    /// Queues `method` `path` (below the partner's base URL, e.g. "/tickets/<uuid>") with a JSON
    /// `body` for the agreement's partner, after every request queued before it; the delivery
    /// job is queued with it. `ticketShareId`: the ticket share whose sync state follows it.
    /// `withAccessKey`: the agreement's access key is added to the body when it is sent (the
    /// invitation), so that it is never stored in clear. Returns the outbox entry's id.
    static std::int64_t enqueue(db::Tx &tx, std::int64_t agreementId, std::optional<std::int64_t> ticketShareId,
                                const std::string &method, const std::string &path, const std::string &body,
                                bool withAccessKey = false);
    /// Has the delivery job of an agreement run in `delaySeconds`: one pending job per agreement
    /// (an earlier time wins), however many changes wait while the partner is down.
    static void scheduleDelivery(db::Tx &tx, std::int64_t agreementId, int delaySeconds);
};

} // namespace helpdesk::domain::sharing
