#pragma once

#include "db/ConnectionPool.h"
#include "protocol/Json.h"
#include "protocol/Messages.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::db {

/// The event that tells staff a ticket's shares changed (data: ticket_id, shared_with).
inline constexpr const char *kTicketShareChangedEvent = "ticket_share.changed";

/// The job queue that brings a shared ticket's partners up to date (payload {"ticket_id"}).
inline constexpr const char *kTicketShareSyncQueue = "sharing.ticket_sync";

/// A ticket shared under an agreement (table ticket_shares).
struct TicketShare {
    std::int64_t id = 0;
    std::int64_t agreementId = 0;
    std::int64_t ticketId = 0;
    std::string uuid;      // the ticket's uuid on the wire
    std::string direction; // outbound (our ticket) or inbound (the partner's, ticketId our copy)
    std::string state;     // active or unshared
    std::string syncState; // pending, synced, failed
    std::optional<std::string> lastError;
    std::optional<std::string> lastSyncedAt;
    protocol::JsonObject lastFields; // what was last exchanged (sharing::SyncedState)
    std::string createdAt;
};

/// SQL for shared tickets and the wire uuids of their comments and actors (tables ticket_shares,
/// sharing_objects). Any thread.
class TicketShareRepository
{
public:
    /// Shares `ticketId` under the agreement (again, when it was unshared: active with `lastFields`;
    /// pending for ours, in sync for a partner's, whose ticket we just got); returns the share.
    /// Announced (kTicketShareChangedEvent), as is every change of a share below.
    static TicketShare upsert(Tx &tx, std::int64_t agreementId, std::int64_t ticketId, const std::string &uuid,
                              const std::string &direction, const protocol::JsonObject &lastFields);
    /// The share of the wire ticket `uuid` under an agreement, locked for update when `lock`.
    static std::optional<TicketShare> findByUuid(Tx &tx, std::int64_t agreementId, const std::string &uuid, bool lock);
    /// The share of a local ticket under an agreement.
    static std::optional<TicketShare> find(Tx &tx, std::int64_t agreementId, std::int64_t ticketId);
    /// Every share of a ticket (also unshared ones), oldest first; locked for update when `lock`.
    static std::vector<TicketShare> ofTicket(Tx &tx, std::int64_t ticketId, bool lock);
    static void setLastFields(Tx &tx, std::int64_t shareId, const protocol::JsonObject &lastFields);
    /// Marks a share unshared (either side ended it); the ticket stays.
    static void unshare(Tx &tx, std::int64_t shareId);
    /// A request for the share's partner was queued: pending (still failing if it was).
    static void markPending(Tx &tx, std::int64_t shareId);
    /// The partner took a request: in sync unless more wait in the outbox; the failure is over.
    static void markSynced(Tx &tx, std::int64_t shareId);
    /// The partner refused a request: failing for `error`.
    static void markFailed(Tx &tx, std::int64_t shareId, const std::string &error);

    /// The active shares under accepted agreements of each ticket of `ticketIds` that has any, as
    /// staff see them (Ticket.shared_with), in one query.
    static std::map<std::int64_t, std::vector<protocol::TicketSharePartner>>
    sharedWith(Tx &tx, const std::vector<std::int64_t> &ticketIds);
    /// Tells the staff who may see the ticket what it is shared with now (kTicketShareChangedEvent).
    static void announce(Tx &tx, std::int64_t ticketId);
    /// The same for every ticket actively shared under the agreement (its partner's name changed, or
    /// it ended or resumed).
    static void announceAgreement(Tx &tx, std::int64_t agreementId);

    /// Remembers that the wire object (kind "comment" or "actor") `uuid` is our row `localId`
    /// under the agreement; false when it was known already.
    static bool rememberObject(Tx &tx, std::int64_t agreementId, const std::string &kind, const std::string &uuid,
                               std::int64_t localId);
    /// Our row of a known wire object.
    static std::optional<std::int64_t> localObject(Tx &tx, std::int64_t agreementId, const std::string &kind,
                                                   const std::string &uuid);
    /// Our row of a wire object known under any agreement (a comment that reached us by another
    /// way, or one of ours that a partner passes back).
    static std::optional<std::int64_t> anyLocalObject(Tx &tx, const std::string &kind, const std::string &uuid);
    /// Holds a transaction-scoped lock on one wire object: two partners delivering the same comment
    /// at once store it once.
    static void lockWireObject(Tx &tx, const std::string &kind, const std::string &uuid);
    /// The wire uuid a local row came with from any partner (so it travels on under that uuid).
    static std::optional<std::string> wireUuidOf(Tx &tx, const std::string &kind, std::int64_t localId);
};

} // namespace helpdesk::db
