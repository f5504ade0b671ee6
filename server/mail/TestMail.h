#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "protocol/Json.h"

#include <string>

namespace helpdesk::mail {

/// The admin's check of the outgoing mail settings: a test mail sent now over SMTP, not through
/// the outbox, so the answer says whether the settings work. Any thread.
class TestMail
{
public:
    /// Sends a test mail to `to`: {sent, message} with where it went or the SMTP server's answer.
    /// Admins only; throws ApiError(ValidationFailed) when `to` is no e-mail address.
    static protocol::JsonObject send(db::ConnectionPool &pool, const domain::Actor &actor, const std::string &to);
};

} // namespace helpdesk::mail
