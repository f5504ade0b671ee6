#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::app {

/// Where and how the private cluster runs.
struct EmbeddedPostgresOptions {
    std::string dataDirectory;        // cluster in dataDirectory/pgdata, socket in dataDirectory/run
    int port = 0;                     // 0: pick a free loopback port (also names the socket)
    bool listenOnLoopbackTcp = false; // false: unix socket only
    std::string databaseName = "helpdesk";
    std::string binDirectory; // empty: $HELPDESK_PG_BIN, /usr/lib/postgresql/15/bin, or pg_config --bindir
    int maxConnections = 300;
    bool fastInitForTests = false; // fsync off: throwaway test clusters only
};

/// A private PostgreSQL cluster under a data directory: initdb on first start, pg_ctl to start
/// and stop. As root (where initdb refuses to run) the cluster runs as the `postgres` system user.
/// The data directory is locked while the cluster runs; a watchdog stops the cluster should the
/// process die without stopping it, and a start after an unclean end stops a postmaster left
/// behind and ignores a stale postmaster.pid. Main thread.
class DataDirectoryLock;
class PostmasterWatchdog;

class EmbeddedPostgres
{
public:
    explicit EmbeddedPostgres(EmbeddedPostgresOptions options);
    /// Stops the cluster if this object started it.
    ~EmbeddedPostgres();

    /// Creates the cluster if needed, starts it and creates the database; throws
    /// std::runtime_error carrying the tool's output on failure.
    void start();
    /// Fast shutdown; a no-op when not running.
    void stop();
    /// Stop then start on the same port (tests: "database restarted under load").
    void restart();
    bool isRunning() const;
    /// libpq conninfo: "host=<socket dir> port=<port> dbname=<db> user=<superuser>".
    std::string connectionString() const;
    const std::string &dataDirectory() const { return m_options.dataDirectory; }

private:
    /// Runs a PostgreSQL tool (as the cluster's owner); returns its exit code and output.
    int runTool(const std::string &tool, const std::vector<std::string> &args, std::string &output) const;
    void runToolOrThrow(const std::string &tool, const std::vector<std::string> &args) const;
    /// The program and arguments that run a tool as the cluster's owner.
    std::vector<std::string> toolCommand(const std::string &tool, const std::vector<std::string> &args) const;
    void initialize();
    void writeSettings();
    void ensureDatabase();
    /// The pid in postmaster.pid when that process runs and is a postmaster of this cluster.
    std::optional<int> runningPostmaster() const;
    /// Stops a postmaster that outlived the server that started it, and clears what a crash left.
    void recoverFromUncleanStop();

    EmbeddedPostgresOptions m_options;
    std::string m_binDirectory;
    std::string m_pgdata;
    std::string m_socketDirectory;
    std::string m_superuser;
    bool m_asPostgresUser = false;
    bool m_started = false;
    std::unique_ptr<DataDirectoryLock> m_lock;
    std::unique_ptr<PostmasterWatchdog> m_watchdog;
};

} // namespace helpdesk::app
