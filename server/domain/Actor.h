#pragma once

#include "domain/Scopes.h"
#include "protocol/Messages.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::db {
class Tx;
}

namespace helpdesk::domain {

enum class GroupAccess { Read, Full };

/// The integration whose account an API token is (IntegrationAccounts holds its calls to it).
struct ActorIntegration {
    std::int64_t id = 0;
    std::string name;
    bool active = false;
    std::vector<std::string> allowedNetworks; // CIDRs its calls may come from; empty: any
};

/// The authenticated user a request runs as, with everything permissions need.
struct Actor {
    std::int64_t userId = 0;
    protocol::Role role = protocol::Role::Customer;
    std::string email;
    std::string name;
    std::optional<std::int64_t> organizationId;
    bool organizationShared = false; // members of the organization see each other's tickets
    std::map<std::int64_t, GroupAccess> groups;
    /// SHA-256 (hex) of the session token the caller came with; empty for an API token or none.
    std::string sessionHash;
    /// What the credential may be used for: every scope for a session, a token's own otherwise.
    ScopeSet scopes = ScopeSet::all();
    /// A session whose role must use two-factor sign-in, issued before the account had it: it may
    /// only set it up (MethodSpec::duringTwoFactorSetup).
    bool twoFactorSetupOnly = false;
    /// The account's language ("de", "pt-BR"), when it has one.
    std::optional<std::string> language;
    /// Set for an integration's API token: its calls are checked against the integration and
    /// logged, and it uses only that integration's external ids.
    std::optional<ActorIntegration> integration;

    bool isStaff() const { return role != protocol::Role::Customer; }
    bool isAdmin() const { return role == protocol::Role::Admin; }
};

/// The active user `userId` as an Actor with their group access; nullopt when missing or inactive.
std::optional<Actor> loadActor(db::Tx &tx, std::int64_t userId);

} // namespace helpdesk::domain
