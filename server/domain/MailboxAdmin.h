#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "protocol/Json.h"

namespace helpdesk::domain {

/// Mailbox configuration for admins: every option of the grabber, validated; the password is
/// write-only, and must be given again to change where it is sent (host, port, security). A
/// mailbox whose stored password this instance cannot open shows why in `password_problem`.
/// Stateless; any thread.
class MailboxAdmin
{
public:
    static protocol::JsonArray list(db::Tx &tx, const Actor &actor);
    static protocol::JsonObject create(db::Tx &tx, const Actor &actor, const protocol::JsonObject &params);
    static protocol::JsonObject update(db::Tx &tx, const Actor &actor, const protocol::JsonObject &params);
    /// The newest run log entries of a mailbox.
    static protocol::JsonArray runs(db::Tx &tx, const Actor &actor, std::int64_t mailboxId, int limit);
};

} // namespace helpdesk::domain
