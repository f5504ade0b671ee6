#pragma once

#include "app/EmbeddedPostgres.h"

#include <memory>
#include <string>

namespace helpdesk::test {

/// A throwaway PostgreSQL cluster for one test executable, under a fresh /tmp directory that is
/// removed afterwards. Main thread.
class TestDatabase
{
public:
    /// `fastForTests` turns off fsync (fine for throwaway data; benchmarks may want durability).
    explicit TestDatabase(bool fastForTests = true);
    ~TestDatabase();

    void start();
    void stop();
    void restart();
    /// libpq connection string of the test database.
    std::string conninfo() const;
    /// Creates another empty database in the cluster and returns its connection string.
    std::string createDatabase(const std::string &name);

private:
    std::string m_directory;
    std::unique_ptr<app::EmbeddedPostgres> m_postgres;
};

} // namespace helpdesk::test
