#pragma once

#include "db/ConnectionPool.h"
#include "protocol/Json.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::db {

/// A ticket-sharing agreement as stored (table sharing_agreements); the access key still sealed.
struct SharingAgreement {
    std::int64_t id = 0;
    std::string uuid;
    std::string role; // our side: "sender" (we invited) or "receiver"
    std::string name; // the sender's organisation
    std::string senderUrl;
    std::string receiverUrl;
    std::string sealedAccessKey;
    std::string status; // pending, accepted, declined, inactive
    std::optional<std::string> deactivatedBy;
    bool allowsPublicComments = false;
    bool syncTags = false;
    bool syncCustomFields = false;
    std::optional<std::int64_t> groupId;
    std::optional<std::string> lastError;
    std::optional<std::string> lastErrorAt;
    std::optional<std::string> lastDeliveredAt;
    std::string createdAt;
    std::string updatedAt;

    /// The partner's sharing base URL: the receiver's when we are the sender, and the reverse.
    const std::string &partnerUrl() const { return role == "sender" ? receiverUrl : senderUrl; }
};

/// A request waiting in an agreement's outbox.
struct SharingOutboxEntry {
    std::int64_t id = 0;
    std::int64_t agreementId = 0;
    std::optional<std::int64_t> ticketShareId;
    std::string method;
    std::string path;
    std::string body;
    bool withAccessKey = false;
    int attempts = 0;
    double dueInSeconds = 0; // <= 0: due now
};

/// SQL for ticket-sharing agreements, their outbox and their sync log (tables sharing_agreements,
/// sharing_outbox, sharing_log; sync state of ticket_shares after a delivery). Any thread.
class SharingRepository
{
public:
    static constexpr int kLogLinesKept = 1000;

    /// Stores a new agreement (id, timestamps and last_* ignored); returns its id.
    static std::int64_t insert(Tx &tx, const SharingAgreement &agreement, std::optional<std::int64_t> createdBy);
    static std::optional<SharingAgreement> find(Tx &tx, std::int64_t id);
    static std::optional<SharingAgreement> findByUuid(Tx &tx, const std::string &uuid);
    /// Every agreement, newest first.
    static std::vector<SharingAgreement> list(Tx &tx);
    /// How many invitations from partners wait for an answer here.
    static std::int64_t pendingInvitations(Tx &tx);
    /// Whether a group exists and is active (the receiving group of an accepted agreement).
    static bool isActiveGroup(Tx &tx, std::int64_t groupId);
    /// Writes the changeable fields of `agreement` (all but id, uuid, role, key and timestamps); when
    /// that changes the partner's name or ends or resumes the agreement, its shared tickets' staff
    /// hear of it (TicketShareRepository::announceAgreement).
    static void update(Tx &tx, const SharingAgreement &agreement);

    /// Queues a request in the agreement's outbox (and marks its ticket share pending); returns its id.
    static std::int64_t enqueue(Tx &tx, std::int64_t agreementId, std::optional<std::int64_t> ticketShareId,
                                const std::string &method, const std::string &path, const std::string &body,
                                bool withAccessKey);
    /// The oldest pending request of an agreement, due or not.
    static std::optional<SharingOutboxEntry> nextPending(Tx &tx, std::int64_t agreementId);
    /// The request arrived (2xx): sent; its ticket share synced unless more is pending for it.
    static void markSent(Tx &tx, const SharingOutboxEntry &entry, int status);
    /// The partner refused the request for good: failed, with its ticket share.
    static void markFailed(Tx &tx, const SharingOutboxEntry &entry, std::optional<int> status,
                           const std::string &error);
    /// The request is tried again after `delaySeconds`.
    static void markRetry(Tx &tx, const SharingOutboxEntry &entry, std::optional<int> status, const std::string &error,
                          int delaySeconds);
    /// Makes every pending request of the agreement due now (an admin's "retry now"); returns how many.
    static std::int64_t retryNow(Tx &tx, std::int64_t agreementId);
    /// Drops requests delivered more than `days` ago (their bodies hold comment text); returns how many.
    static std::int64_t purgeSent(Tx &tx, int days);
    /// Records the agreement's last delivery outcome: an error (kept with its time) or success (clears it).
    static void recordOutcome(Tx &tx, std::int64_t agreementId, const std::optional<std::string> &error);

    /// Appends a line to the agreement's sync log, which keeps its newest kLogLinesKept lines.
    static void log(Tx &tx, std::int64_t agreementId, const std::string &direction,
                    std::optional<std::int64_t> outboxId, const std::string &method, const std::string &path,
                    std::optional<int> status, const std::optional<std::string> &error, std::optional<int> durationMs);
    /// The newest `limit` lines of an agreement's sync log, newest first, as API objects.
    static protocol::JsonArray logLines(Tx &tx, std::int64_t agreementId, int limit);
    /// How many requests wait in the agreement's outbox.
    static std::int64_t pendingCount(Tx &tx, std::int64_t agreementId);
};

} // namespace helpdesk::db
