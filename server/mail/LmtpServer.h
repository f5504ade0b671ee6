#pragma once

#include "mail/InboundDelivery.h"
#include "mail/LmtpSession.h"

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace Poco {
class ThreadPool;
}
namespace Poco::Net {
class TCPServer;
}

namespace helpdesk::mail {

/// The LMTP listener (RFC 2033): what Postfix (`lmtp:inet:host:port`), Exim and Dovecot use to
/// hand mail to a long-running server, one connection carrying many messages. Each connection
/// is an LmtpSession on a thread of Poco's TCPServer; more than LmtpLimits::maxConnections at
/// once are told 421 (the MTA tries again). Main thread for start/stop.
class LmtpServer
{
public:
    LmtpServer(db::ConnectionPool &pool, InboundProcessor &inbound, jobs::JobQueue *jobs, LmtpLimits limits);
    ~LmtpServer();

    /// Listens on `address`: "host:port" ("127.0.0.1:2424", "[::1]:2424", port 0 for any free
    /// one), or a UNIX socket as "unix:/path" or "/path" (an old socket file there is replaced).
    /// Throws with a readable message when it cannot.
    void start(const std::string &address);
    void stop();
    /// The TCP port listened on (0 for a UNIX socket or when stopped).
    int port() const;

private:
    class Connection;
    class ConnectionFactory;

    /// Registers a session's socket (closed by stop); -1 when the connection is over the limit.
    int enter(const Poco::Net::StreamSocket &socket);
    void leave(int id);

    /// The desk's message size limit; the last one read when the database is away.
    std::int64_t sizeLimit();

    db::ConnectionPool &m_pool;
    InboundDelivery m_delivery;
    LmtpLimits m_limits;
    std::string m_unixPath;
    std::atomic<std::int64_t> m_lastSizeLimit;
    std::mutex m_activeMutex;
    std::map<int, Poco::Net::StreamSocket> m_active;
    int m_lastConnection = 0;
    bool m_stopping = false;
    std::unique_ptr<Poco::ThreadPool> m_threads;
    std::unique_ptr<Poco::Net::TCPServer> m_server;
};

} // namespace helpdesk::mail
