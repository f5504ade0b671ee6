#include "db/SignatureRepository.h"

namespace helpdesk::db {

namespace {
// Customers sign nothing: only staff rows are read or written.
const Statement kOfAgent{"signature_of_agent", "SELECT signature FROM users WHERE id = $1 AND role <> 'customer'"};
const Statement kSetForAgent{
    "signature_set_for_agent",
    "UPDATE users SET signature = $2, updated_at = now() WHERE id = $1 AND role <> 'customer'"};
} // namespace

std::optional<std::string> SignatureRepository::ofAgent(Tx &tx, std::int64_t userId)
{
    auto rows = tx.exec(kOfAgent, userId);
    if (rows.empty())
        return std::nullopt;
    return rows[0][0].as<std::string>();
}

bool SignatureRepository::setForAgent(Tx &tx, std::int64_t userId, const std::string &signature)
{
    return tx.exec(kSetForAgent, userId, signature).affected_rows() == 1;
}

} // namespace helpdesk::db
