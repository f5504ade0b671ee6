#include "app/DataDirectoryLock.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <string>
#include <sys/file.h>
#include <thread>
#include <unistd.h>

namespace helpdesk::app {

namespace {
/// The pid the last holder wrote into the file (0 when unreadable).
long holderPid(int fd)
{
    char text[32] = {};
    auto n = ::pread(fd, text, sizeof text - 1, 0);
    return n > 0 ? std::strtol(text, nullptr, 10) : 0;
}

bool processAlive(long pid)
{
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}
} // namespace

DataDirectoryLock::DataDirectoryLock(const std::string &directory, std::chrono::milliseconds wait)
{
    auto path = directory + "/helpdesk.lock";
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        throw std::runtime_error("cannot open " + path + ": " + std::strerror(errno));
    // Above the standard descriptors, so a child can get it as descriptor 3 by dup2 alone.
    m_fd = ::fcntl(fd, F_DUPFD_CLOEXEC, 10);
    ::close(fd);
    if (m_fd < 0)
        throw std::runtime_error("cannot open " + path + ": " + std::strerror(errno));
    auto deadline = std::chrono::steady_clock::now() + wait;
    while (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        long holder = holderPid(m_fd);
        // A live holder is a running server; a dead one left its watchdog stopping the database,
        // which takes a second or two.
        if (processAlive(holder) || std::chrono::steady_clock::now() > deadline) {
            ::close(m_fd);
            throw std::runtime_error("another helpdesk-server" +
                                     (holder > 0 ? " (pid " + std::to_string(holder) + ")" : std::string()) +
                                     " is using " + directory);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    auto pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(m_fd, 0) != 0 || ::pwrite(m_fd, pid.data(), pid.size(), 0) != static_cast<ssize_t>(pid.size())) {
        // The lock holds without the pid; only the message naming the holder suffers.
    }
}

DataDirectoryLock::~DataDirectoryLock()
{
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
}

} // namespace helpdesk::app
