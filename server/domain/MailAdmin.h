#pragma once

#include "db/ConnectionPool.h"
#include "db/MailRepository.h"
#include "domain/Actor.h"
#include "domain/MailSettings.h"
#include "protocol/Json.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::domain {

/// The mail channel as staff and admins see and set it: the stored inbound messages, the
/// outgoing settings (each change audited), the mail sent for a ticket, and the test mail.
/// Stateless; any thread.
class MailAdmin
{
public:
    /// Stored inbound messages newest first, optionally of one `state` or mailbox; `limit` 1–1000
    /// (default 100). Admins only.
    static protocol::JsonArray inbound(db::Tx &tx, const Actor &actor, const std::optional<std::string> &state,
                                       std::optional<std::int64_t> mailboxId, std::optional<std::int64_t> limit);
    /// The current settings, without secrets. Admins only.
    static protocol::JsonObject settings(db::Tx &tx, const Actor &actor);
    /// Checks and stores changed settings and audits the change (a new SMTP password only as
    /// "changed"); returns the settings now in force. Admins only.
    static protocol::JsonObject updateSettings(db::Tx &tx, const Actor &actor, const protocol::JsonObject &changes);
    /// The mail sent (or being sent) for a ticket the caller may read, with its delivery state. Staff only.
    static protocol::JsonArray mailOfTicket(db::Tx &tx, const Actor &actor, std::int64_t ticketId);

    /// A test of the outgoing settings: the mail and the settings it goes out with.
    struct TestMail {
        MailSettings settings;
        db::OutboundMail mail;
    };
    /// Composes the test mail an admin asks for, from the no-reply address to `to`; throws
    /// ApiError(ValidationFailed) when `to` is no e-mail address. Admins only.
    static TestMail composeTestMail(db::Tx &tx, const Actor &actor, const std::string &to);
};

} // namespace helpdesk::domain
