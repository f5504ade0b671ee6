#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "protocol/Json.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::domain {

/// Single sign-on through a reverse proxy (row "sso" of the settings table): whether the pages
/// believe a user header, its name, the proxies allowed to send it, and how a Kerberos realm
/// becomes a mail domain. Off by default. Value type.
struct ProxySignOnSettings {
    bool enabled = false;
    std::string header = "X-Remote-User";
    std::vector<std::string> proxies;                // peer addresses; empty: the server's --trusted-proxy list
    std::map<std::string, std::string> realmDomains; // upper-case realm → lower-case mail domain

    /// The stored settings (defaults when none were stored).
    static ProxySignOnSettings load(db::Tx &tx);
    /// Admins only: reads `enabled`, `header`, `proxies`, `realm_domains` (strict: unknown keys and
    /// malformed values refused), stores them, audits the change and returns the new settings.
    static ProxySignOnSettings update(db::Tx &tx, const Actor &actor, const protocol::JsonObject &changes);
    /// {"enabled", "header", "proxies", "realm_domains"} for the API.
    protocol::JsonObject toJson() const;
};

/// How a name the proxy vouches for names an account — the one rule, applied in order:
/// 1. `user@REALM` with REALM in realm_domains (any case): the address `user@<domain>`;
/// 2. any other `user@domain`: that address;
/// 3. a bare `user`: the one active account whose address's local part is `user`.
/// Letters compare case-insensitively. No account, an inactive one, or (rule 3) two candidates:
/// no sign-in. Value type.
struct ProxyUserName {
    bool byLocalPart = false; // rule 3; otherwise `value` is a whole address
    std::string value;

    /// The name's meaning, or nullopt for a name that names no one (empty, longer than 254, with
    /// spaces, control characters, a backslash or more than one '@').
    static std::optional<ProxyUserName> parse(const std::string &name,
                                              const std::map<std::string, std::string> &realmDomains);
};

/// Signs a browser in on the word of a trusted reverse proxy. Stateless apart from a log of the
/// addresses already reported for sending the header untrusted; any thread.
class ProxySignOn
{
public:
    /// How long such a session lasts: the proxy signs the browser in again when it ends, so it
    /// can be short, and an account disabled in the directory loses the desk soon after.
    static constexpr int kSessionSeconds = 12 * 3600;

    /// A new session token (the kind a password sign-in gets) for the account named by the
    /// header `settings.header` of a request whose TCP peer is `peerAddress`, or nullopt: the
    /// option off, no header, a peer not among the proxies (logged once per address), a name
    /// that names no single active account, or an account with a second factor (the proxy's
    /// Kerberos counts as the first factor only; such accounts sign in with password and code).
    /// `serverProxies` stands in for an empty `proxies` setting.
    static std::optional<std::string>
    signIn(db::ConnectionPool &pool, const std::vector<std::string> &serverProxies, const std::string &peerAddress,
           const std::function<std::optional<std::string>(const std::string &)> &header);
};

} // namespace helpdesk::domain
