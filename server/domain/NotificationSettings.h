#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "protocol/Json.h"

#include <optional>
#include <string>
#include <vector>

namespace helpdesk::domain {

/// What a staff member wants to hear of, and how: per kind of news (new_ticket in their groups,
/// customer_reply on tickets they own or watch, assigned_to_me, mentioned, sla_warning) a desktop
/// notice (the client's to show) and a mail (the server's to send). Kinds never chosen keep their
/// defaults, which are the desk's mail as it was before anyone could choose: every kind on.
/// Any thread.
class NotificationSettings
{
public:
    /// The kinds, in the order clients list them.
    static const std::vector<std::string> &kinds();
    /// The caller's settings, every kind: {kind: {desktop, mail}}. Staff only.
    static protocol::JsonObject of(db::Tx &tx, const Actor &actor);
    /// Changes the given kinds' given flags ({"mentioned": {"mail": false}}); unknown kinds or
    /// flags and non-booleans are 422 naming them. Staff only; returns the settings as `of` does.
    static protocol::JsonObject update(db::Tx &tx, const Actor &actor, const protocol::JsonObject &changes);
    /// The kind of news a mail template to agents tells of; nullopt for a mail everyone gets
    /// (such as the warning of unverified mail in a colleague's name).
    static std::optional<std::string> kindOfTemplate(const std::string &templateName);
    /// Those of `addresses` (staff) who want mail of `kind`.
    static std::vector<std::string> wantingMail(db::Tx &tx, const std::vector<std::string> &addresses,
                                                const std::string &kind);
};

} // namespace helpdesk::domain
