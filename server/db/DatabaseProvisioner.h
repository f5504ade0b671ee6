#pragma once

#include <string>

namespace helpdesk::db {

/// Creates application databases on a PostgreSQL cluster, through a maintenance database. Any thread.
class DatabaseProvisioner
{
public:
    /// Creates the database `name` unless it exists, connected with `adminConninfo` (a superuser
    /// on a maintenance database such as postgres); returns whether it was created.
    static bool ensureDatabase(const std::string &adminConninfo, const std::string &name);
};

} // namespace helpdesk::db
