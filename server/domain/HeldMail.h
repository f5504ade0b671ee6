#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "protocol/Json.h"

#include <cstdint>

namespace helpdesk::domain {

/// Mail held for review (over a flood limit) as admins settle it: released, it is interpreted
/// as if it had just arrived, without the flood limits; discarded, it stays stored, ignored.
/// Each decision is audited. Held mail is listed by `mail.inbound_list` with state "held".
/// Stateless; any thread.
class HeldMail
{
public:
    /// Queues a held message's interpretation; 404 when no such message, 409 when it is not
    /// held. Admins only. Returns {"id", "state": "pending"}.
    static protocol::JsonObject release(db::Tx &tx, const Actor &actor, std::int64_t inboundId);
    /// Ends a held message unprocessed ("ignored"); 404/409 as above. Admins only.
    static protocol::JsonObject discard(db::Tx &tx, const Actor &actor, std::int64_t inboundId);
};

} // namespace helpdesk::domain
