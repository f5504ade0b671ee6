#include "domain/Scopes.h"

#include "protocol/ProtocolError.h"

#include <array>
#include <utility>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
constexpr std::array<std::pair<Scope, std::string_view>, 5> kNames{{
    {Scope::TicketsRead, "tickets:read"},
    {Scope::TicketsWrite, "tickets:write"},
    {Scope::UsersWrite, "users:write"},
    {Scope::MailInbound, "mail:inbound"},
    {Scope::Admin, "admin"},
}};

constexpr std::uint32_t bitOf(Scope scope)
{
    return 1U << static_cast<unsigned>(scope);
}
} // namespace

std::string_view scopeName(Scope scope)
{
    for (const auto &[value, name] : kNames)
        if (value == scope)
            return name;
    return {};
}

std::optional<Scope> scopeNamed(std::string_view name)
{
    for (const auto &[value, known] : kNames)
        if (known == name)
            return value;
    return std::nullopt;
}

ScopeSet ScopeSet::all()
{
    ScopeSet set;
    for (const auto &entry : kNames)
        set.m_bits |= bitOf(entry.first);
    return set;
}

ScopeSet ScopeSet::named(const std::vector<std::string> &names, const std::string &field)
{
    if (names.empty())
        throw ApiError(ErrorCode::ValidationFailed, "a token needs at least one scope", field);
    ScopeSet set;
    for (const auto &name : names) {
        auto scope = scopeNamed(name);
        if (!scope) {
            std::string known;
            for (const auto &entry : kNames)
                known += (known.empty() ? "" : ", ") + std::string(entry.second);
            throw ApiError(ErrorCode::ValidationFailed, "unknown scope \"" + name + "\" (known: " + known + ")", field);
        }
        set.m_bits |= bitOf(*scope);
    }
    return set;
}

ScopeSet ScopeSet::knownOf(const std::vector<std::string> &names)
{
    ScopeSet set;
    for (const auto &name : names)
        if (auto scope = scopeNamed(name))
            set.m_bits |= bitOf(*scope);
    return set;
}

bool ScopeSet::allows(Scope scope) const
{
    return scope == Scope::None || (m_bits & bitOf(scope)) != 0;
}

std::vector<std::string> ScopeSet::names() const
{
    std::vector<std::string> out;
    for (const auto &[value, name] : kNames)
        if (allows(value))
            out.emplace_back(name);
    return out;
}

} // namespace helpdesk::domain
