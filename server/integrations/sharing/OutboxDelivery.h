#pragma once

#include "db/ConnectionPool.h"
#include "db/SharingRepository.h"
#include "integrations/sharing/SharingClient.h"
#include "jobs/JobQueue.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::integrations::sharing {

/// Delivers the outbox of ticket-sharing agreements (domain::sharing::SharingOutbox) as jobs of
/// its queue: per agreement one run at a time (a session lock), requests in the order they were
/// queued. A request the partner did not get (no answer, 408, 429, 5xx) is tried again after
/// 2, 4, 8 … up to 300 seconds (or the partner's Retry-After), for as long as it takes, and holds
/// back the ones after it; one it refused (other 4xx) is failed and the next goes. A PUT of one
/// of our tickets answered 404 (the partner lost it, or never took its POST) sends the whole
/// ticket again as a POST, whose outcome then counts as the PUT's (refused: failed, no loop). A PUT
/// of the partner's ticket answered 404 (it no longer shares it) fails and ends the share here, its
/// reason kept; a DELETE answered 404 counts as delivered (the partner has no such share). Every attempt
/// is a line of the agreement's sync log, and the agreement shows the last error until a request
/// arrives. Delivered requests are dropped after a week. Any thread.
class OutboxDelivery
{
public:
    OutboxDelivery(db::ConnectionPool &pool, std::string conninfo, SharingClient client);
    /// Registers the delivery handler; call before the queue starts.
    void registerJobs(jobs::JobQueue &queue);
    /// Sends what is due in the agreement's outbox, and schedules the next run for what is not.
    void deliver(std::int64_t agreementId);

private:
    db::ConnectionPool &m_pool;
    /// The whole ticket of an active share of ours, as its POST sends it; nothing for another share.
    std::optional<std::string> wholeTicketOf(const db::SharingAgreement &agreement, const std::string &ticketUuid);
    /// Drops delivered requests past their week, at most once an hour (a scan of the outbox).
    void purgeSentNowAndThen();

    std::string m_conninfo;
    SharingClient m_client;
    std::atomic<std::int64_t> m_lastPurge{0}; // steady clock ticks
};

} // namespace helpdesk::integrations::sharing
