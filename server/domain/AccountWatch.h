#pragma once

#include "db/ConnectionPool.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>

namespace helpdesk::db {
class NotificationListener;
}

namespace helpdesk::domain {

/// Tells the open sessions of every server instance that an account's credentials or rights
/// changed (a sign-out, a revoked token, a new password, deactivation, a role or group change),
/// so they check them at once instead of at their next periodic check. A notice is a PostgreSQL
/// notification on its own channel, sent when the changing transaction commits; each instance
/// LISTENs on a connection of its own and hands what it hears to its handler.
class AccountWatch
{
public:
    /// Called on the watch's thread with the user whose sessions must check again; nullopt
    /// asks every session to (the connection was lost, so notices may have been missed).
    using Handler = std::function<void(std::optional<std::int64_t> userId)>;

    AccountWatch(std::string conninfo, Handler handler);
    ~AccountWatch();
    AccountWatch(const AccountWatch &) = delete;
    AccountWatch &operator=(const AccountWatch &) = delete;

    /// Listens, then starts the thread; throws when the database cannot be reached. Main thread.
    void start();
    void stop();

    /// Announces that the user's account changed; every instance hears it when `tx` commits.
    static void announce(db::Tx &tx, std::int64_t userId);

private:
    std::unique_ptr<db::NotificationListener> listen();
    void run();

    std::string m_conninfo;
    Handler m_handler;
    std::unique_ptr<db::NotificationListener> m_listener; // the watch's thread only, once started
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
};

} // namespace helpdesk::domain
