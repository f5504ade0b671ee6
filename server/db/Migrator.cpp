#include "db/Migrator.h"

#include <Poco/Logger.h>

#include <pqxx/pqxx>

#include <stdexcept>

namespace helpdesk::db {

namespace {
constexpr long long kMigrationLockId = 0x48454c50; // "HELP": one migrator at a time per database

void ensureTable(pqxx::connection &connection)
{
    pqxx::work tx(connection);
    tx.exec("CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version integer PRIMARY KEY, name text NOT NULL,"
            " applied_at timestamptz NOT NULL DEFAULT now())");
    tx.commit();
}

int readVersion(pqxx::connection &connection)
{
    pqxx::read_transaction tx(connection);
    return tx.exec1("SELECT coalesce(max(version), 0) FROM schema_migrations")[0].as<int>();
}
} // namespace

Migrator::Migrator(std::string conninfo, std::vector<Migration> migrations)
    : m_conninfo(std::move(conninfo)), m_migrations(std::move(migrations))
{
}

int Migrator::currentVersion()
{
    pqxx::connection connection(m_conninfo);
    ensureTable(connection);
    return readVersion(connection);
}

int Migrator::migrate()
{
    auto &log = Poco::Logger::get("helpdesk.server.db");
    pqxx::connection connection(m_conninfo);
    {
        pqxx::nontransaction lock(connection);
        lock.exec("SELECT pg_advisory_lock(" + std::to_string(kMigrationLockId) + ")");
    }
    int applied = 0;
    try {
        ensureTable(connection);
        const int current = readVersion(connection);
        const int newest = m_migrations.empty() ? 0 : m_migrations.back().version;
        if (current > newest)
            throw std::runtime_error("the database schema is at version " + std::to_string(current) +
                                     ", newer than this server knows (" + std::to_string(newest) +
                                     "): upgrade helpdesk-server");
        for (const auto &migration : m_migrations) {
            if (migration.version <= current)
                continue;
            pqxx::work tx(connection);
            tx.exec(migration.sql);
            tx.exec_params("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", migration.version,
                           std::string(migration.name));
            tx.commit();
            log.information("applied migration %s", std::string(migration.name));
            ++applied;
        }
    } catch (...) {
        pqxx::nontransaction unlock(connection);
        unlock.exec("SELECT pg_advisory_unlock(" + std::to_string(kMigrationLockId) + ")");
        throw;
    }
    pqxx::nontransaction unlock(connection);
    unlock.exec("SELECT pg_advisory_unlock(" + std::to_string(kMigrationLockId) + ")");
    return applied;
}

} // namespace helpdesk::db
