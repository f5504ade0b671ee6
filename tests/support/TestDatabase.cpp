#include "support/TestDatabase.h"

#include <Poco/File.h>
#include <Poco/TemporaryFile.h>

#include <pqxx/pqxx>

#include <cstdlib>
#include <regex>

namespace helpdesk::test {

TestDatabase::TestDatabase(bool fastForTests)
{
    char pattern[] = "/tmp/helpdesk-test-XXXXXX";
    if (!mkdtemp(pattern))
        throw std::runtime_error("cannot create a temporary directory");
    m_directory = pattern;
    app::EmbeddedPostgresOptions options;
    options.dataDirectory = m_directory;
    options.fastInitForTests = fastForTests;
    m_postgres = std::make_unique<app::EmbeddedPostgres>(options);
}

TestDatabase::~TestDatabase()
{
    try {
        m_postgres->stop();
        Poco::File(m_directory).remove(true);
    } catch (...) {
    }
}

void TestDatabase::start()
{
    m_postgres->start();
}

void TestDatabase::stop()
{
    m_postgres->stop();
}

void TestDatabase::restart()
{
    m_postgres->restart();
}

std::string TestDatabase::conninfo() const
{
    return m_postgres->connectionString();
}

std::string TestDatabase::createDatabase(const std::string &name)
{
    {
        pqxx::connection connection(conninfo());
        pqxx::nontransaction tx(connection);
        tx.exec("CREATE DATABASE " + tx.quote_name(name));
    }
    return std::regex_replace(conninfo(), std::regex("dbname=[^ ]+"), "dbname=" + name);
}

} // namespace helpdesk::test
