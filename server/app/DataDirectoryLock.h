#pragma once

#include <chrono>
#include <string>

namespace helpdesk::app {

/// An exclusive lock on a data directory for the life of one server: a second server on the same
/// directory is refused, and the lock goes with the process however it ends (flock(2) on
/// <directory>/helpdesk.lock). A child handed the descriptor (the postmaster watchdog) keeps the
/// directory locked while it cleans up after a server that died. Main thread.
class DataDirectoryLock
{
public:
    /// Locks the directory, waiting up to `wait` while the holder is a dead server's watchdog;
    /// throws std::runtime_error naming the live server that holds it.
    DataDirectoryLock(const std::string &directory, std::chrono::milliseconds wait);
    /// Unlocks for every process sharing the descriptor, and closes it.
    ~DataDirectoryLock();
    DataDirectoryLock(const DataDirectoryLock &) = delete;
    DataDirectoryLock &operator=(const DataDirectoryLock &) = delete;

    /// The locked descriptor (close-on-exec), for a child that is to keep the lock.
    int descriptor() const { return m_fd; }

private:
    int m_fd = -1;
};

} // namespace helpdesk::app
