#pragma once

#include <string>
#include <vector>

namespace helpdesk::app {

/// Stops the embedded PostgreSQL when the server dies without stopping it (SIGKILL, a crash).
/// pg_ctl daemonizes the postmaster, so nothing ties it to the server; this small process (a
/// shell in a session of its own) waits on a socket whose other end only the server holds. The
/// kernel closes that end when the server ends, however it ends; unless the server said "clean"
/// first, the watchdog runs `stopCommand`, holding the data directory's lock meanwhile so a new
/// server waits for the stop to finish. Main thread.
class PostmasterWatchdog
{
public:
    /// Starts the watchdog. `lockDescriptor` (the data directory's lock) is handed down as its
    /// descriptor 3; its output goes to `logFile`.
    PostmasterWatchdog(const std::vector<std::string> &stopCommand, int lockDescriptor, const std::string &logFile);
    /// Dismisses the watchdog without stopping anything (the server stopped the cluster itself).
    ~PostmasterWatchdog();
    PostmasterWatchdog(const PostmasterWatchdog &) = delete;
    PostmasterWatchdog &operator=(const PostmasterWatchdog &) = delete;

private:
    int m_socket = -1;
    int m_pid = 0;
};

} // namespace helpdesk::app
