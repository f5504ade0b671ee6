#include "support/ServerProcess.h"

#include <Poco/Net/ServerSocket.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <pwd.h>
#include <unistd.h>

namespace helpdesk::test {

namespace {
std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// Lines of postmaster.pid: pid, data directory, start time, port, socket directory, …
std::vector<std::string> postmasterFile(const std::string &dataDirectory)
{
    std::ifstream in(dataDirectory + "/pgdata/postmaster.pid");
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}
} // namespace

int freeLoopbackPort()
{
    Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
    return probe.address().port();
}

ServerProcess::ServerProcess(std::string dataDirectory, int port)
    : m_dataDirectory(std::move(dataDirectory)), m_port(port), m_environment(QProcessEnvironment::systemEnvironment())
{
    QDir().mkpath(QString::fromStdString(m_dataDirectory));
    m_logFile = QString::fromStdString(m_dataDirectory + "-server.log");
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

ServerProcess::~ServerProcess()
{
    if (running()) {
        signal(SIGTERM);
        if (!waitForEnd(60000))
            m_process.kill();
    }
    m_process.waitForFinished(10000);
}

void ServerProcess::setEnvironment(const QString &name, const QString &value)
{
    if (value.isEmpty())
        m_environment.remove(name);
    else
        m_environment.insert(name, value);
}

bool ServerProcess::start(int timeoutMs)
{
    auto before = output().size();
    m_process.setProcessEnvironment(m_environment);
    m_process.setStandardOutputFile(m_logFile, QIODevice::Append);
    m_process.start(QStringLiteral(HELPDESK_BIN_DIR "/helpdesk-server"),
                    {QStringLiteral("--data-dir"), QString::fromStdString(m_dataDirectory), QStringLiteral("--port"),
                     QString::number(m_port), QStringLiteral("--admin-email"), QStringLiteral("admin@test.example")});
    if (!m_process.waitForStarted(10000))
        return false;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (output().find("helpdesk-server listening on", before) != std::string::npos)
            return true;
        if (m_process.waitForFinished(50))
            return false;
    }
    return false;
}

bool ServerProcess::running() const
{
    return m_process.state() != QProcess::NotRunning;
}

qint64 ServerProcess::pid() const
{
    return m_process.processId();
}

void ServerProcess::signal(int signal)
{
    if (running())
        ::kill(static_cast<pid_t>(m_process.processId()), signal);
}

bool ServerProcess::waitForEnd(int timeoutMs)
{
    return !running() || m_process.waitForFinished(timeoutMs);
}

bool ServerProcess::endedBySignal() const
{
    return m_process.exitStatus() == QProcess::CrashExit;
}

int ServerProcess::exitCode() const
{
    return m_process.exitCode();
}

std::string ServerProcess::output() const
{
    return readFile(m_logFile.toStdString());
}

std::optional<std::string> ServerProcess::firstAdminPassword() const
{
    static const QRegularExpression line(QStringLiteral("One-time password[^:]*: (\\S+)"));
    auto match = line.match(QString::fromStdString(output()));
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toStdString();
}

std::optional<int> ServerProcess::postmasterPid() const
{
    auto lines = postmasterFile(m_dataDirectory);
    if (lines.empty())
        return std::nullopt;
    int pid = std::atoi(lines[0].c_str());
    if (pid <= 0 || (::kill(pid, 0) != 0 && errno != EPERM))
        return std::nullopt;
    return pid;
}

std::optional<int> ServerProcess::watchdogPid() const
{
    // Its command line names the watchdog and this cluster's directory.
    std::error_code error;
    for (const auto &entry : std::filesystem::directory_iterator("/proc", error)) {
        auto cmdline = readFile(entry.path().string() + "/cmdline");
        if (cmdline.find("helpdesk-postgres-watchdog") != std::string::npos &&
            cmdline.find(m_dataDirectory + "/pgdata") != std::string::npos)
            return std::atoi(entry.path().filename().c_str());
    }
    return std::nullopt;
}

std::string ServerProcess::conninfo() const
{
    auto lines = postmasterFile(m_dataDirectory);
    if (lines.size() < 5)
        return {};
    std::string user = ::geteuid() == 0 ? "postgres" : ::getpwuid(::geteuid())->pw_name;
    return "host=" + lines[4] + " port=" + lines[3] + " dbname=helpdesk user=" + user;
}

} // namespace helpdesk::test
