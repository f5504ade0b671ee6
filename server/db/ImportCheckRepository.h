#pragma once

#include "db/ConnectionPool.h"

#include <map>
#include <set>
#include <string>

namespace helpdesk::db {

/// SQL that checks an import against its source afterwards (`--verify`): which imported records
/// are still here. Read only; any thread.
class ImportCheckRepository
{
public:
    /// The source's ids per kind (company, group, user, ticket, article) whose mapped row still
    /// exists: a record deleted here since, or never written, is not among them.
    static std::map<std::string, std::set<std::string>> presentIds(Tx &tx, const std::string &source);
};

} // namespace helpdesk::db
