#include "db/SessionLock.h"

#include <pqxx/pqxx>

namespace helpdesk::db {

struct SessionLock::Connection {
    explicit Connection(const std::string &conninfo) : connection(conninfo) {}
    pqxx::connection connection;
};

std::unique_ptr<SessionLock> SessionLock::tryAcquire(const std::string &conninfo, long long key)
{
    auto connection = std::make_unique<Connection>(conninfo);
    {
        pqxx::nontransaction tx(connection->connection);
        if (!tx.exec_params1("SELECT pg_try_advisory_lock($1)", key)[0].as<bool>())
            return nullptr;
    }
    return std::unique_ptr<SessionLock>(new SessionLock(std::move(connection), key));
}

SessionLock::SessionLock(std::unique_ptr<Connection> connection, long long key)
    : m_connection(std::move(connection)), m_key(key)
{
}

SessionLock::~SessionLock() = default;

void SessionLock::release()
{
    pqxx::nontransaction tx(m_connection->connection);
    tx.exec_params("SELECT pg_advisory_unlock($1)", m_key);
}

} // namespace helpdesk::db
