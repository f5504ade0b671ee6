#include "db/ImportCheckRepository.h"

namespace helpdesk::db {

namespace {
// import_map keeps its row when the local record goes: each kind is checked in its own table.
const Statement kPresent{"import_check_present",
                         "SELECT m.kind, m.external_id FROM import_map m WHERE m.source = $1 AND CASE m.kind"
                         " WHEN 'company' THEN EXISTS (SELECT 1 FROM organizations o WHERE o.id = m.local_id)"
                         " WHEN 'group' THEN EXISTS (SELECT 1 FROM groups g WHERE g.id = m.local_id)"
                         " WHEN 'user' THEN EXISTS (SELECT 1 FROM users u WHERE u.id = m.local_id)"
                         " WHEN 'ticket' THEN EXISTS (SELECT 1 FROM tickets t WHERE t.id = m.local_id)"
                         " WHEN 'article' THEN EXISTS (SELECT 1 FROM articles a WHERE a.id = m.local_id)"
                         " ELSE false END"};
} // namespace

std::map<std::string, std::set<std::string>> ImportCheckRepository::presentIds(Tx &tx, const std::string &source)
{
    std::map<std::string, std::set<std::string>> out;
    for (const auto &row : tx.exec(kPresent, source))
        out[row[0].as<std::string>()].insert(row[1].as<std::string>());
    return out;
}

} // namespace helpdesk::db
