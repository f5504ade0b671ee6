#pragma once

#include <memory>
#include <string>

namespace helpdesk::db {

/// A PostgreSQL advisory lock held on a connection of its own, so it outlives transactions and
/// network round trips; closing the connection releases it too (a crashed holder frees it). One thread.
class SessionLock
{
public:
    /// Takes the lock `key` if nobody holds it; nullptr otherwise.
    static std::unique_ptr<SessionLock> tryAcquire(const std::string &conninfo, long long key);
    ~SessionLock();
    SessionLock(const SessionLock &) = delete;
    SessionLock &operator=(const SessionLock &) = delete;

    /// Releases the lock now (the destructor only closes the connection).
    void release();

private:
    struct Connection;
    SessionLock(std::unique_ptr<Connection> connection, long long key);

    std::unique_ptr<Connection> m_connection;
    long long m_key;
};

} // namespace helpdesk::db
