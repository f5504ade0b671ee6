#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "domain/SharingWire.h"
#include "protocol/Json.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::domain::sharing {

/// Ticket-sharing agreements in both roles: an admin invites a partner desk (we are the sender)
/// or answers its invitation (we are the receiver); either side deactivates. Every change the
/// partner must know goes out through SharingOutbox as a PUT of the changed fields, and the
/// partner's requests arrive through `serveWire`. Any thread.
class SharingAgreements
{
public:
    /// The agreement with this uuid, if any.
    static std::optional<Agreement> findByUuid(db::Tx &tx, const std::string &uuid);
    static std::optional<Agreement> find(db::Tx &tx, std::int64_t id);
    /// The agreement of an X-Ticket-Sharing-Token ("<uuid>:<access key>"): Unauthenticated when
    /// empty, Forbidden for an unknown agreement or a wrong key. The status is not checked.
    static Agreement authenticate(db::Tx &tx, const std::string &token);
    /// The agreement's access key in clear (to sign requests to the partner).
    static std::string accessKey(const Agreement &agreement);
    /// The agreement as the wire carries it (no access key).
    static protocol::JsonObject toWire(const Agreement &agreement);

    /// Admins: every agreement, newest first, as `get` shows them.
    static protocol::JsonArray list(db::Tx &tx, const Actor &actor);
    /// Staff: the accepted agreements this desk sent, which a ticket may be shared under: `id`,
    /// `partner_url`, `terms` (allows_public_comments, sync_tags, sync_custom_fields).
    static protocol::JsonArray shareTargets(db::Tx &tx, const Actor &actor);
    /// Admins: one agreement with its state, last error and how many requests wait for the partner.
    static protocol::JsonObject get(db::Tx &tx, const Actor &actor, std::int64_t id);
    /// Admins: invites the partner at `receiver_url` (its sharing URL) under `name` (ours) and the
    /// terms `allows_public_comments`, `sync_tags`, `sync_custom_fields`; the invitation is queued.
    static protocol::JsonObject invite(db::Tx &tx, const Actor &actor, const protocol::JsonObject &params);
    /// Admins, receiver of a pending invitation: accepts it; shared tickets arrive in `groupId`.
    static protocol::JsonObject accept(db::Tx &tx, const Actor &actor, std::int64_t id, std::int64_t groupId);
    /// Admins, receiver of a pending invitation: declines it.
    static protocol::JsonObject decline(db::Tx &tx, const Actor &actor, std::int64_t id);
    /// Admins, either side: ends a pending or accepted agreement (it is not re-activated).
    static protocol::JsonObject deactivate(db::Tx &tx, const Actor &actor, std::int64_t id);
    /// Admins: sends what waits in the agreement's outbox now instead of after its backoff (a
    /// partner that was down is back); returns the agreement.
    static protocol::JsonObject retryDelivery(db::Tx &tx, const Actor &actor, std::int64_t id);
    /// Admins: the sender changes `name` and the terms (sent to the partner); the receiver its
    /// receiving `group_id` (local only).
    static protocol::JsonObject update(db::Tx &tx, const Actor &actor, std::int64_t id,
                                       const protocol::JsonObject &params);
    /// Admins: the newest `limit` lines of the agreement's sync log.
    static protocol::JsonArray log(db::Tx &tx, const Actor &actor, std::int64_t id, int limit);

    /// The partner's request on /sharing/agreements/<uuid>: POST an invitation (201), PUT a
    /// change by the RT update rules, GET the agreement; other methods 405.
    static WireResponse serveWire(db::Tx &tx, const WireRequest &request);
    /// Writes a partner's request and its answer to the sync log of its agreement (the token's,
    /// or the agreement the path names); nothing when neither is known.
    static void logIncoming(db::Tx &tx, const WireRequest &request, int status, const std::string &error,
                            int durationMs);
};

} // namespace helpdesk::domain::sharing
