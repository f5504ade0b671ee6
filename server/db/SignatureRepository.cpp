#include "db/SignatureRepository.h"

namespace helpdesk::db {

namespace {
// Customers sign nothing: only staff rows are read or written.
const Statement kOfAgent{"signature_of_agent", "SELECT signature FROM users WHERE id = $1 AND role <> 'customer'"};
const Statement kSetForAgent{
    "signature_set_for_agent",
    "UPDATE users SET signature = $2, updated_at = now() WHERE id = $1 AND role <> 'customer'"};
// AgentSignatures::set audits every change made through the API; importers write without.
const Statement kEditedInHelpdesk{"signature_edited_in_helpdesk",
                                  "SELECT EXISTS (SELECT 1 FROM audit_log WHERE object_kind = 'user' AND object_id = $1"
                                  " AND action = 'signature.updated')"};
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

bool SignatureRepository::editedInHelpdesk(Tx &tx, std::int64_t userId)
{
    return tx.exec1(kEditedInHelpdesk, userId)[0].as<bool>();
}

} // namespace helpdesk::db
