#pragma once

#include <chrono>
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

    /// Waits up to `timeout` for a notification; delivers what arrived and returns how many.
    int await(std::chrono::microseconds timeout);
    /// Delivers notifications that already arrived, without waiting; returns how many.
    int deliverArrived();

private:
    struct Connection;
    std::unique_ptr<Connection> m_connection;
};

} // namespace helpdesk::db
