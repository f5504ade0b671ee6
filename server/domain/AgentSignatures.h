#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "protocol/Json.h"

#include <cstdint>
#include <string>

namespace helpdesk::domain {

/// Which signature a reply mailed by an agent carries (row "signatures" of the settings table):
/// "group" (the group's only, as before agents had their own; the default), "agent" (the
/// agent's only) or "both" (the agent's, then the group's). One rule for the desk, as Freshdesk
/// and Zendesk have it: the group's text already varies per group. Read on each use. Value type.
struct SignatureSettings {
    std::string rule = "group";

    /// The stored settings (defaults when none were stored).
    static SignatureSettings load(db::Tx &tx);
    /// Admins only: reads `rule` (strict), stores it, audits the change and returns the new settings.
    static SignatureSettings update(db::Tx &tx, const Actor &actor, const protocol::JsonObject &changes);
    /// {"rule": "group"|"agent"|"both"} for the API.
    protocol::JsonObject toJson() const;
    /// The text after a reply's "-- " line: the agent's and the group's signatures (placeholders
    /// not yet filled) combined by the rule, a blank line between them; '' when none applies.
    std::string combine(const std::string &agentSignature, const std::string &groupSignature) const;
};

/// Agents' own signatures: an agent reads and changes their own, admins anyone's. Any thread.
class AgentSignatures
{
public:
    /// {"user_id", "signature"} of a staff user; Forbidden for another's unless admin, NotFound
    /// when the user is no staff member.
    static protocol::JsonObject get(db::Tx &tx, const Actor &actor, std::int64_t userId);
    /// Stores (at most 10,000 characters) and audits a staff user's signature; returns as `get`.
    static protocol::JsonObject set(db::Tx &tx, const Actor &actor, std::int64_t userId, const std::string &signature);
    /// An importer's signature for a staff user (cut to 10,000 characters, not audited: nobody
    /// acted), unless the signature was changed in Helpdesk (audited), which then stands: false.
    static bool importFor(db::Tx &tx, std::int64_t userId, const std::string &signature);
};

} // namespace helpdesk::domain
