#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace helpdesk::db {

/// A connection of its own that LISTENs on channels and hands each notification to a callback,
/// on the thread that waits. Connection failures throw (a std::exception). One thread.
class NotificationListener
{
public:
    using Handler = std::function<void(const std::string &channel, const std::string &payload)>;

    /// Connects and listens on `channels`.
    NotificationListener(const std::string &conninfo, const std::vector<std::string> &channels, Handler handler);
    ~NotificationListener();
    NotificationListener(const NotificationListener &) = delete;
    NotificationListener &operator=(const NotificationListener &) = delete;

    /// Takes the session advisory lock `key` on this connection, waiting until it is free; it is
    /// held while the connection lives. TCP keepalives make the server end the session, and so
    /// free the lock, within half a minute when this machine vanishes (TCP connections only).
    void holdSessionLock(std::int64_t key);
    /// Waits up to `timeout` for a notification; delivers what arrived and returns how many.
    int await(std::chrono::microseconds timeout);
    /// Delivers notifications that already arrived, without waiting; returns how many.
    int deliverArrived();

private:
    struct Connection;
    std::unique_ptr<Connection> m_connection;
};

} // namespace helpdesk::db
