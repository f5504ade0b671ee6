#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "jobs/JobQueue.h"
#include "protocol/Json.h"
#include "protocol/Messages.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::integrations::sharing {

/// Agents share tickets with partner desks, and every later change of a shared ticket follows:
/// sharing queues the full payload (POST) in the agreement's outbox; each change of the ticket
/// (any service, mail or trigger: queued by db::EventRepository::append) runs `sync`,
/// which queues a PUT with only what changed since the last exchange; unsharing queues a DELETE.
/// The outbox delivers them in order, retried while the partner is down. Any thread.
class TicketShares
{
public:
    /// The ticket's shares with their partner and sync state (in_sync, pending, failing with the
    /// reason). Staff who may read the ticket.
    static protocol::JsonArray list(db::Tx &tx, const domain::Actor &actor, std::int64_t ticketId);
    /// Shares the ticket with the partner of an accepted agreement we sent (full payload by the
    /// agreement's terms); returns the share. Staff with write access to the ticket. Conflict when
    /// it is shared there already.
    static protocol::JsonObject share(db::Tx &tx, const domain::Actor &actor, std::int64_t ticketId,
                                      std::int64_t agreementId);
    /// Ends the ticket's share under an agreement (either side; the partner is told). Staff with
    /// write access to the ticket.
    static protocol::JsonObject unshare(db::Tx &tx, const domain::Actor &actor, std::int64_t ticketId,
                                        std::int64_t agreementId);

    /// The bytes of a file a partner fetches by a link we signed (SharedFileLinks), while the link
    /// is valid, its agreement accepted and a ticket actively shared under it carries the file;
    /// nullopt otherwise (an expired or forged link, an unshared ticket, an ended agreement).
    static std::optional<std::string> linkedFile(db::Tx &tx, const std::string &sha256, std::int64_t agreementId,
                                                 std::int64_t expires, const std::string &signature);

    /// Brings every active share of the ticket up to date: a PUT of what changed, if anything.
    static void sync(db::Tx &tx, std::int64_t ticketId);
    /// Passes on a file that joined article `articleId` late (SharedFileRetries: it came under
    /// agreement `fromAgreementId` without it) to the ticket's other partners that were sent the
    /// article already, as a comment of its own carrying the file: NHD never changes a comment once
    /// sent. A partner sent nothing of the article yet gets the file with it, as usual.
    static void passOnLateFile(db::Tx &tx, std::int64_t fromAgreementId, std::int64_t articleId,
                               const protocol::AttachmentRef &file);
    /// Registers the handler of db::kTicketShareSyncQueue.
    static void registerJobs(jobs::JobQueue &queue, db::ConnectionPool &pool);
};

} // namespace helpdesk::integrations::sharing
