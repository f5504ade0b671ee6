#pragma once

#include <string>
#include <vector>

namespace helpdesk::db {

/// One numbered schema step, from server/db/migrations/NNNN_name.sql.
struct Migration {
    int version;
    const char *name;
    const char *sql;
};

/// The migrations compiled into this binary, in ascending order.
const std::vector<Migration> &embeddedMigrations();

/// Brings a database to the newest schema this binary knows. Any thread; safe to run from
/// several server instances at once (they serialize on an advisory lock).
class Migrator
{
public:
    Migrator(std::string conninfo, std::vector<Migration> migrations = embeddedMigrations());

    /// Applies what is missing, one transaction per migration; returns how many it applied.
    /// Throws std::runtime_error when the database's schema is newer than this binary's.
    int migrate();
    /// The highest version recorded in the database (0 for an empty one).
    int currentVersion();

private:
    std::string m_conninfo;
    std::vector<Migration> m_migrations;
};

} // namespace helpdesk::db
