#pragma once

#include "db/ConnectionPool.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::db {

/// SQL for agents' own signatures (column users.signature, 0030). Any thread.
class SignatureRepository
{
public:
    /// The user's signature ('' when they have none); nullopt when there is no such staff user.
    static std::optional<std::string> ofAgent(Tx &tx, std::int64_t userId);
    /// Sets a staff user's signature (the API and importers); false when there is no such staff user.
    static bool setForAgent(Tx &tx, std::int64_t userId, const std::string &signature);
    /// Whether someone changed the user's signature in Helpdesk (the audit log has a signature.updated).
    static bool editedInHelpdesk(Tx &tx, std::int64_t userId);
};

} // namespace helpdesk::db
