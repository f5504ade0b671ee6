#pragma once

#include <QProcess>
#include <QProcessEnvironment>

#include <optional>
#include <string>

namespace helpdesk::test {

/// The real helpdesk-server executable as a child process on its embedded database under a data
/// directory, started with the same command every time (what an operator or a supervisor runs),
/// so a test can end it with any signal, SIGKILL included, and start it again. Main thread.
class ServerProcess
{
public:
    /// `dataDirectory` must be reachable by the postgres user when tests run as root.
    ServerProcess(std::string dataDirectory, int port);
    /// Stops a running server with SIGTERM.
    ~ServerProcess();

    /// Environment variables of the next start (e.g. HELPDESK_TEST_CRASH_ON_MARKER); empty unsets.
    void setEnvironment(const QString &name, const QString &value);
    /// Starts the server; true once it listens, false when it ended first (see output()).
    bool start(int timeoutMs = 90000);
    bool running() const;
    qint64 pid() const;
    /// Sends a signal to the server process alone (not to its children).
    void signal(int signal);
    /// Waits until the process has ended; false on timeout.
    bool waitForEnd(int timeoutMs);
    /// Whether the last run ended by a signal (a crash or SIGKILL) rather than by exiting.
    bool endedBySignal() const;
    int exitCode() const;

    int port() const { return m_port; }
    const std::string &dataDirectory() const { return m_dataDirectory; }
    /// Everything every start printed.
    std::string output() const;
    /// The one-time password the first start printed for the first admin.
    std::optional<std::string> firstAdminPassword() const;
    /// The postmaster of the embedded cluster while one runs (from postmaster.pid, checked alive).
    std::optional<int> postmasterPid() const;
    /// The watchdog of the embedded cluster while one runs.
    std::optional<int> watchdogPid() const;
    /// libpq connection string of the embedded database while it runs.
    std::string conninfo() const;

private:
    std::string m_dataDirectory;
    int m_port;
    QString m_logFile;
    QProcessEnvironment m_environment;
    QProcess m_process;
};

/// A free loopback TCP port (for a server started several times on the same port).
int freeLoopbackPort();

} // namespace helpdesk::test
