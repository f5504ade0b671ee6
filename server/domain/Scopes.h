#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace helpdesk::domain {

/// What an API token may be used for; each API method names the one it needs (MethodSpec::scope).
/// Sessions from a sign-in carry every scope: for them the role alone decides.
enum class Scope : std::uint8_t {
    None,         // no scope needed (sign-out, who am I, the methods anyone may call)
    TicketsRead,  // "tickets:read": tickets, articles, attachments, events, people, dashboards
    TicketsWrite, // "tickets:write": create and change tickets and articles, upload attachments
    UsersWrite,   // "users:write": create, change and invite people
    MailInbound,  // "mail:inbound": hand in raw mail (the mailgate)
    Admin,        // "admin": configuration, mail settings, mailboxes, audit, jobs, API tokens
};

/// The scope's name on the wire ("tickets:read"); "" for Scope::None.
std::string_view scopeName(Scope scope);
/// The scope named `name`; nullopt for an unknown name (and for "").
std::optional<Scope> scopeNamed(std::string_view name);

/// A set of scopes. Value type.
class ScopeSet
{
public:
    /// Every scope (a session, or a token issued before scopes existed).
    static ScopeSet all();
    /// The scopes named in `names`; throws ApiError(ValidationFailed) on `field` for an unknown
    /// name or an empty list.
    static ScopeSet named(const std::vector<std::string> &names, const std::string &field = "scopes");
    /// The known scopes among stored names; unknown ones (a scope retired since) are ignored.
    static ScopeSet knownOf(const std::vector<std::string> &names);

    /// Whether the set allows what `scope` guards (Scope::None always).
    bool allows(Scope scope) const;
    /// Whether every scope of `other` is in this set.
    bool covers(const ScopeSet &other) const { return (other.m_bits & ~m_bits) == 0; }
    /// The names, in declaration order.
    std::vector<std::string> names() const;

    bool operator==(const ScopeSet &other) const = default;

private:
    std::uint32_t m_bits = 0;
};

} // namespace helpdesk::domain
