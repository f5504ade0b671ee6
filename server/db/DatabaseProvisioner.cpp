#include "db/DatabaseProvisioner.h"

#include <pqxx/pqxx>

namespace helpdesk::db {

bool DatabaseProvisioner::ensureDatabase(const std::string &adminConninfo, const std::string &name)
{
    pqxx::connection connection(adminConninfo);
    // CREATE DATABASE cannot run inside a transaction block.
    pqxx::nontransaction tx(connection);
    if (!tx.exec_params("SELECT 1 FROM pg_database WHERE datname = $1", name).empty())
        return false;
    tx.exec("CREATE DATABASE " + tx.quote_name(name));
    return true;
}

} // namespace helpdesk::db
