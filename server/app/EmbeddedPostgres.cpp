#include "app/EmbeddedPostgres.h"

#include "app/DataDirectoryLock.h"
#include "app/PostmasterWatchdog.h"
#include "db/DatabaseProvisioner.h"

#include <Poco/Environment.h>
#include <Poco/File.h>
#include <Poco/Logger.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Path.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>

#include <cerrno>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <pwd.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace helpdesk::app {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.postgres");
}

std::string findBinDirectory(const std::string &configured)
{
    if (!configured.empty())
        return configured;
    if (Poco::Environment::has("HELPDESK_PG_BIN"))
        return Poco::Environment::get("HELPDESK_PG_BIN");
    for (const char *candidate :
         {"/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin"})
        if (Poco::File(std::string(candidate) + "/initdb").exists())
            return candidate;
    try {
        Poco::Pipe out;
        auto handle = Poco::Process::launch("pg_config", {"--bindir"}, nullptr, &out, nullptr);
        Poco::PipeInputStream in(out);
        std::string dir;
        std::getline(in, dir);
        handle.wait();
        if (!dir.empty())
            return dir;
    } catch (...) {
    }
    throw std::runtime_error("PostgreSQL server binaries not found: install postgresql-15 or set HELPDESK_PG_BIN");
}

int freeLoopbackPort()
{
    Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
    return probe.address().port();
}

void makePrivateDirectory(const std::string &path, bool chownToPostgres)
{
    Poco::File(path).createDirectories();
    ::chmod(path.c_str(), 0700);
    if (chownToPostgres) {
        if (auto *pw = ::getpwnam("postgres"))
            if (::chown(path.c_str(), pw->pw_uid, pw->pw_gid) != 0)
                throw std::runtime_error("cannot hand " + path + " to the postgres user");
    }
}

std::string currentUserName()
{
    if (auto *pw = ::getpwuid(::geteuid()))
        return pw->pw_name;
    return "postgres";
}
} // namespace

EmbeddedPostgres::EmbeddedPostgres(EmbeddedPostgresOptions options) : m_options(std::move(options))
{
    m_options.dataDirectory = Poco::Path(m_options.dataDirectory).absolute().toString(Poco::Path::PATH_UNIX);
    if (!m_options.dataDirectory.empty() && m_options.dataDirectory.back() == '/')
        m_options.dataDirectory.pop_back();
    m_pgdata = m_options.dataDirectory + "/pgdata";
    m_socketDirectory = m_options.dataDirectory + "/run";
    m_asPostgresUser = ::geteuid() == 0;
    m_superuser = m_asPostgresUser ? "postgres" : currentUserName();
}

EmbeddedPostgres::~EmbeddedPostgres()
{
    try {
        stop();
    } catch (const std::exception &e) {
        logger().error("stopping PostgreSQL failed: %s", std::string(e.what()));
    }
}

std::vector<std::string> EmbeddedPostgres::toolCommand(const std::string &tool,
                                                       const std::vector<std::string> &args) const
{
    std::vector<std::string> command;
    if (m_asPostgresUser)
        command = {"runuser", "-u", "postgres", "--"}; // initdb and postgres refuse to run as root
    command.push_back(m_binDirectory + "/" + tool);
    command.insert(command.end(), args.begin(), args.end());
    return command;
}

int EmbeddedPostgres::runTool(const std::string &tool, const std::vector<std::string> &args, std::string &output) const
{
    auto argv = toolCommand(tool, args);
    std::string command = argv.front();
    argv.erase(argv.begin());
    Poco::Pipe out;
    auto handle = Poco::Process::launch(command, argv, nullptr, &out, &out);
    Poco::PipeInputStream in(out);
    Poco::StreamCopier::copyToString(in, output);
    return handle.wait();
}

void EmbeddedPostgres::runToolOrThrow(const std::string &tool, const std::vector<std::string> &args) const
{
    std::string output;
    int code = runTool(tool, args, output);
    if (code != 0)
        throw std::runtime_error(tool + " failed (exit " + std::to_string(code) + "): " + output);
}

void EmbeddedPostgres::initialize()
{
    makePrivateDirectory(m_pgdata, m_asPostgresUser);
    std::vector<std::string> args{"-D", m_pgdata, "-U", m_superuser, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"};
    if (m_options.fastInitForTests)
        args.push_back("--no-sync");
    std::string output;
    if (runTool("initdb", args, output) != 0) {
        // Older systems lack the C.UTF-8 locale; plain C works everywhere.
        args[8] = "--locale=C";
        Poco::File(m_pgdata).remove(true);
        makePrivateDirectory(m_pgdata, m_asPostgresUser);
        runToolOrThrow("initdb", args);
    }
    logger().information("created PostgreSQL cluster in %s", m_pgdata);
}

void EmbeddedPostgres::writeSettings()
{
    // Rewritten on every start: the port may change, the rest must match the options.
    std::ofstream conf(m_pgdata + "/postgresql.auto.conf", std::ios::trunc);
    conf << "# Written by helpdesk-server on every start.\n";
    conf << "listen_addresses = '" << (m_options.listenOnLoopbackTcp ? "127.0.0.1" : "") << "'\n";
    conf << "port = " << m_options.port << "\n";
    conf << "unix_socket_directories = '" << m_socketDirectory << "'\n";
    conf << "max_connections = " << m_options.maxConnections << "\n";
    conf << "shared_buffers = '256MB'\n";
    conf << "logging_collector = off\n";
    if (m_options.fastInitForTests)
        conf << "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n";
    conf.close();
    if (m_asPostgresUser)
        if (auto *pw = ::getpwnam("postgres"))
            if (::chown((m_pgdata + "/postgresql.auto.conf").c_str(), pw->pw_uid, pw->pw_gid) != 0)
                throw std::runtime_error("cannot hand postgresql.auto.conf to the postgres user");
}

void EmbeddedPostgres::start()
{
    if (m_started)
        return;
    m_binDirectory = findBinDirectory(m_options.binDirectory);
    Poco::File(m_options.dataDirectory).createDirectories();
    if (m_asPostgresUser) {
        // The postgres user must reach its directories through ours.
        ::chmod(m_options.dataDirectory.c_str(), 0711);
    }
    // Held until stop(); a dead server's watchdog holds it until its cluster is down.
    auto lock = std::make_unique<DataDirectoryLock>(m_options.dataDirectory, std::chrono::seconds(90));
    if (!Poco::File(m_pgdata + "/PG_VERSION").exists())
        initialize();
    makePrivateDirectory(m_socketDirectory, m_asPostgresUser);
    makePrivateDirectory(m_options.dataDirectory + "/log", m_asPostgresUser);
    recoverFromUncleanStop();
    if (m_options.port == 0)
        m_options.port = freeLoopbackPort();
    writeSettings();
    auto logFile = m_options.dataDirectory + "/log/postgres.log";
    // Watching before the start: a server killed during it leaves no cluster behind either.
    auto watchdog = std::make_unique<PostmasterWatchdog>(
        toolCommand("pg_ctl", {"stop", "-m", "fast", "-w", "-t", "60", "-D", m_pgdata}), lock->descriptor(),
        m_options.dataDirectory + "/log/watchdog.log");
    runToolOrThrow("pg_ctl", {"start", "-w", "-t", "60", "-D", m_pgdata, "-l", logFile});
    m_lock = std::move(lock);
    m_watchdog = std::move(watchdog);
    m_started = true;
    ensureDatabase();
}

std::optional<int> EmbeddedPostgres::runningPostmaster() const
{
    std::ifstream in(m_pgdata + "/postmaster.pid");
    long pid = 0;
    if (!(in >> pid) || pid <= 0 || (::kill(static_cast<pid_t>(pid), 0) != 0 && errno != EPERM))
        return std::nullopt;
    // After a reboot the pid may belong to anything; a postmaster works in its cluster's directory.
    std::error_code error;
    auto cwd = std::filesystem::read_symlink("/proc/" + std::to_string(pid) + "/cwd", error);
    if (error)
        return static_cast<int>(pid); // cannot tell: assume it is ours, pg_ctl stop is harmless
    return std::filesystem::equivalent(cwd, m_pgdata, error) ? std::optional<int>(static_cast<int>(pid)) : std::nullopt;
}

void EmbeddedPostgres::recoverFromUncleanStop()
{
    if (auto orphan = runningPostmaster()) {
        // Left by a server that was killed (we hold the data directory's lock, so its server is gone).
        logger().warning("PostgreSQL (pid %d) of %s outlived the server that started it; stopping it", *orphan,
                         m_pgdata);
        std::string output;
        if (runTool("pg_ctl", {"stop", "-m", "fast", "-w", "-t", "60", "-D", m_pgdata}, output) != 0)
            runToolOrThrow("pg_ctl", {"stop", "-m", "immediate", "-w", "-t", "60", "-D", m_pgdata});
    }
    // With no postmaster running, what a crash left is stale. A postmaster.pid naming a process
    // that reuses its pid would make PostgreSQL refuse to start, and socket lock files pile up.
    Poco::File pidFile(m_pgdata + "/postmaster.pid");
    if (pidFile.exists()) {
        logger().warning("removing the stale %s", pidFile.path());
        pidFile.remove();
    }
    std::error_code error;
    for (const auto &entry : std::filesystem::directory_iterator(m_socketDirectory, error))
        if (entry.path().filename().string().rfind(".s.PGSQL.", 0) == 0)
            std::filesystem::remove(entry.path(), error);
}

void EmbeddedPostgres::ensureDatabase()
{
    std::string admin = "host=" + m_socketDirectory + " port=" + std::to_string(m_options.port) +
                        " dbname=postgres user=" + m_superuser;
    db::DatabaseProvisioner::ensureDatabase(admin, m_options.databaseName);
}

void EmbeddedPostgres::stop()
{
    if (!m_started)
        return;
    std::string output;
    int code = runTool("pg_ctl", {"stop", "-m", "fast", "-w", "-t", "60", "-D", m_pgdata}, output);
    m_started = false;
    if (code != 0 && isRunning())
        throw std::runtime_error("pg_ctl stop failed: " + output);
    m_watchdog.reset();
    m_lock.reset();
}

void EmbeddedPostgres::restart()
{
    stop();
    start();
}

bool EmbeddedPostgres::isRunning() const
{
    std::string output;
    return runTool("pg_ctl", {"status", "-D", m_pgdata}, output) == 0;
}

std::string EmbeddedPostgres::connectionString() const
{
    return "host=" + m_socketDirectory + " port=" + std::to_string(m_options.port) +
           " dbname=" + m_options.databaseName + " user=" + m_superuser;
}

} // namespace helpdesk::app
