#include "mail/LmtpServer.h"

#include "domain/MailSettings.h"

#include <Poco/Environment.h>
#include <Poco/Logger.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/TCPServer.h>
#include <Poco/Net/TCPServerConnection.h>
#include <Poco/Net/TCPServerConnectionFactory.h>
#include <Poco/Net/TCPServerParams.h>
#include <Poco/ThreadPool.h>

#include <mutex>

#include <sys/stat.h>
#include <unistd.h>

namespace helpdesk::mail {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.mail");
}

} // namespace

/// One connection: counted, refused with 421 over the limit, else an LmtpSession.
class LmtpServer::Connection : public Poco::Net::TCPServerConnection
{
public:
    Connection(const Poco::Net::StreamSocket &socket, LmtpServer &server)
        : TCPServerConnection(socket), m_server(server)
    {
    }

    void run() override
    {
        static const std::string host = Poco::Environment::nodeName();
        int id = m_server.enter(socket());
        struct Leave {
            LmtpServer &server;
            int id;
            ~Leave() { server.leave(id); }
        } leave{m_server, id};
        if (id < 0) {
            // RFC 5321 3.8: 421 makes the client close and try again later.
            static const std::string busy = "421 4.3.2 " + host + " too many connections, try again later\r\n";
            try {
                socket().sendBytes(busy.data(), static_cast<int>(busy.size()));
            } catch (const Poco::Exception &) {
            }
            return;
        }
        LmtpSession(
            socket(), m_server.m_delivery, [this] { return m_server.sizeLimit(); }, m_server.m_limits, host)
            .run();
    }

private:
    LmtpServer &m_server;
};

class LmtpServer::ConnectionFactory : public Poco::Net::TCPServerConnectionFactory
{
public:
    explicit ConnectionFactory(LmtpServer &server) : m_server(server) {}

    Poco::Net::TCPServerConnection *createConnection(const Poco::Net::StreamSocket &socket) override
    {
        return new Connection(socket, m_server);
    }

private:
    LmtpServer &m_server;
};

int LmtpServer::enter(const Poco::Net::StreamSocket &socket)
{
    std::lock_guard lock(m_activeMutex);
    if (m_stopping || static_cast<int>(m_active.size()) >= m_limits.maxConnections)
        return -1;
    int id = ++m_lastConnection;
    m_active.emplace(id, socket);
    return id;
}

void LmtpServer::leave(int id)
{
    std::lock_guard lock(m_activeMutex);
    m_active.erase(id);
}

LmtpServer::LmtpServer(db::ConnectionPool &pool, InboundProcessor &inbound, jobs::JobQueue *jobs, LmtpLimits limits)
    : m_pool(pool), m_delivery(pool, inbound, jobs), m_limits(limits),
      m_lastSizeLimit(domain::MailSettings{}.maxMessageBytes)
{
}

LmtpServer::~LmtpServer()
{
    stop();
}

void LmtpServer::start(const std::string &address)
{
    m_stopping = false;
    Poco::Net::ServerSocket socket;
    if (address.rfind("unix:", 0) == 0 || address.rfind('/', 0) == 0) {
        m_unixPath = address.rfind("unix:", 0) == 0 ? address.substr(5) : address;
        ::unlink(m_unixPath.c_str()); // a socket left by an instance that did not stop cleanly
        socket.bind(Poco::Net::SocketAddress(Poco::Net::SocketAddress::UNIX_LOCAL, m_unixPath));
        socket.listen(64);
        // Who may connect is decided by the directory the socket is in (as Postfix's own sockets).
        ::chmod(m_unixPath.c_str(), 0666);
    } else {
        socket.bind(Poco::Net::SocketAddress(address), true);
        socket.listen(64);
    }
    auto params = Poco::AutoPtr<Poco::Net::TCPServerParams>(new Poco::Net::TCPServerParams);
    // A few threads beyond the limit, so connections over it are told 421 rather than left waiting.
    params->setMaxThreads(m_limits.maxConnections + 4);
    params->setMaxQueued(64);
    m_threads = std::make_unique<Poco::ThreadPool>(2, m_limits.maxConnections + 4, 60);
    m_server = std::make_unique<Poco::Net::TCPServer>(new ConnectionFactory(*this), *m_threads, socket, params);
    m_server->start();
    logger().information("LMTP listening on %s", m_unixPath.empty() ? socket.address().toString() : m_unixPath);
}

void LmtpServer::stop()
{
    if (m_server) {
        m_server->stop();
        // Sessions waiting for a client's next command end now (a message being delivered finishes).
        std::lock_guard lock(m_activeMutex);
        m_stopping = true;
        for (auto &[id, socket] : m_active) {
            try {
                socket.shutdownReceive();
            } catch (const Poco::Exception &) {
            }
        }
    }
    if (m_server)
        m_server.reset();
    if (m_threads) {
        m_threads->joinAll();
        m_threads.reset();
    }
    if (!m_unixPath.empty()) {
        ::unlink(m_unixPath.c_str());
        m_unixPath.clear();
    }
}

int LmtpServer::port() const
{
    return m_server && m_unixPath.empty() ? m_server->port() : 0;
}

std::int64_t LmtpServer::sizeLimit()
{
    try {
        m_lastSizeLimit = m_pool.read([](db::Tx &tx) { return domain::MailSettings::load(tx).maxMessageBytes; });
    } catch (const std::exception &e) {
        // The database is away: the greeting still goes out, and DATA answers 451 until it is back.
        logger().warning("LMTP: the size limit could not be read: %s", std::string(e.what()));
    }
    return m_lastSizeLimit;
}

} // namespace helpdesk::mail
