#pragma once

// The real server as a child process of a benchmark (bench_ws, bench_http).

#include <Poco/Path.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>

#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>

namespace helpdesk::bench {

/// `helpdesk-server` as a child process on a free port, against the given database, so that its
/// memory and threads are its own (residentMemoryKiB(pid())). Main thread.
class ChildServer
{
public:
    /// Starts it and waits until it listens; its log goes to the file `logName` in the temporary
    /// directory. `extraArgs` are more command-line options (e.g. --address-rate).
    ChildServer(const std::string &conninfo, const std::string &logName, const Poco::Process::Args &extraArgs = {})
    {
        Poco::Process::Args args{"--database-url", conninfo, "--port", "0", "--admin-email", "admin@bench.example"};
        args.insert(args.end(), extraArgs.begin(), extraArgs.end());
        m_handle = std::make_unique<Poco::ProcessHandle>(
            Poco::Process::launch(std::string(HELPDESK_BIN_DIR) + "/helpdesk-server", args, nullptr, &m_out, &m_err));
        // The server's log goes to a file, out of the figures (and its pipe never fills).
        m_logCopier = std::thread([this, logName] {
            Poco::PipeInputStream err(m_err);
            std::ofstream log(Poco::Path::temp() + logName);
            log << err.rdbuf();
        });
        Poco::PipeInputStream out(m_out);
        std::string line;
        const std::string passwordTag = "One-time password (shown once, change it after signing in): ";
        const std::string listening = "listening on http://";
        while (std::getline(out, line)) {
            if (line.rfind(passwordTag, 0) == 0)
                m_adminPassword = line.substr(passwordTag.size());
            auto at = line.find(listening);
            if (at != std::string::npos) {
                m_port = std::atoi(line.substr(line.rfind(':') + 1).c_str());
                break;
            }
        }
        if (m_port == 0)
            throw std::runtime_error("helpdesk-server did not start");
    }
    ~ChildServer()
    {
        Poco::Process::requestTermination(m_handle->id());
        m_handle->wait();
        m_logCopier.join();
    }
    int pid() const { return m_handle->id(); }
    int port() const { return m_port; }
    const std::string &adminPassword() const { return m_adminPassword; }

private:
    Poco::Pipe m_out;
    Poco::Pipe m_err;
    std::thread m_logCopier;
    std::unique_ptr<Poco::ProcessHandle> m_handle;
    int m_port = 0;
    std::string m_adminPassword;
};

} // namespace helpdesk::bench
