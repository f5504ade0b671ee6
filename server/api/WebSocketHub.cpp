#include "api/WebSocketHub.h"

#include <Poco/Logger.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace helpdesk::api {

using websocket::Opcode;
namespace closeCode = websocket::closeCode;

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.ws");
}

constexpr std::size_t kPauseReadingAt = 32; // messages waiting for a worker before reading stops
constexpr std::size_t kResumeReadingAt = 8;
constexpr int kFairShare = 8; // messages a worker serves before others get a turn
constexpr auto kCloseGrace = std::chrono::seconds(5);
constexpr std::size_t kReadChunk = 64 * 1024;
constexpr std::uint64_t kWakeId = 0; // epoll data of the wake-up eventfd
} // namespace

// --- connection -------------------------------------------------------------------------------

WebSocketConnection::WebSocketConnection(WebSocketHub &hub, const Poco::Net::StreamSocket &socket, std::string host,
                                         std::size_t maxMessage)
    : m_hub(hub), m_socket(socket), m_fd(m_socket.impl()->sockfd()), m_host(std::move(host)), m_decoder(maxMessage),
      m_created(std::chrono::steady_clock::now()), m_lastReceived(m_created)
{
}

bool WebSocketConnection::sendText(std::string_view text)
{
    std::unique_lock lock(m_mutex);
    if (m_closing || m_fdClosed || m_broken)
        return false;
    // The limit is on what waits: a frame larger than it still goes out to a peer that keeps up.
    if (!m_out.empty() && m_outBytes + text.size() > m_hub.m_limits.maxSendQueue) {
        logger().information("closing the WebSocket of %s: %z bytes wait unread", m_host, m_outBytes);
        // What has not started to go out is dropped (the client fetches it when it resumes), so the
        // close frame with the hint comes right behind what the kernel already holds.
        while (m_out.size() > (m_outOffset > 0 ? 1u : 0u)) {
            m_outBytes -= m_out.back().size();
            m_out.pop_back();
        }
        beginCloseLocked(closeCode::Resync, "too far behind: reconnect and resume from your last seq");
        lock.unlock();
        m_hub.needsAttention(shared_from_this());
        return false;
    }
    if (enqueueLocked(websocket::encodeFrame(Opcode::Text, text)))
        return true;
    lock.unlock();
    m_hub.needsAttention(shared_from_this());
    return false;
}

void WebSocketConnection::close(std::uint16_t code, std::string_view reason)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_closing || m_fdClosed)
            return;
        beginCloseLocked(code, reason);
    }
    m_hub.needsAttention(shared_from_this());
}

void WebSocketConnection::post(std::function<void()> task)
{
    std::lock_guard lock(m_mutex);
    if (m_gone)
        return;
    m_tasks.push_back(std::move(task));
    m_hub.schedule(shared_from_this());
}

void WebSocketConnection::markAuthenticated()
{
    if (m_authenticated.exchange(true))
        return;
    m_hub.authenticated(m_host);
    bool resumed = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_readPaused && !m_closing && !mustPauseReadingLocked()) {
            m_readPaused = false; // reading stopped after the hello until it was checked
            updateInterestLocked();
            resumed = true;
        }
    }
    if (resumed)
        m_hub.needsAttention(shared_from_this());
}

void WebSocketConnection::beginCloseLocked(std::uint16_t code, std::string_view reason)
{
    // Nothing is read any more; the close frame may pass the queue limit: it is small and the last thing sent.
    m_closing = true;
    m_closingSince = std::chrono::steady_clock::now();
    enqueueLocked(websocket::encodeClose(code, reason));
}

bool WebSocketConnection::enqueueLocked(std::string frame)
{
    if (m_fdClosed || m_broken)
        return false;
    m_outBytes += frame.size();
    m_out.push_back(std::move(frame));
    if (m_out.size() == 1 && !flushLocked())
        return false;
    updateInterestLocked();
    return true;
}

bool WebSocketConnection::flushLocked()
{
    while (!m_out.empty()) {
        const auto &front = m_out.front();
        auto sent = ::send(m_fd, front.data() + m_outOffset, front.size() - m_outOffset, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return true;
            if (errno == EINTR)
                continue;
            m_broken = true;
            return false;
        }
        m_outOffset += static_cast<std::size_t>(sent);
        m_outBytes -= static_cast<std::size_t>(sent);
        if (m_outOffset == front.size()) {
            m_out.pop_front();
            m_outOffset = 0;
        }
    }
    return true;
}

bool WebSocketConnection::mustPauseReadingLocked() const
{
    // Bytes as well as messages: 32 messages of 4 MiB would be too many.
    return m_inbox.size() >= kPauseReadingAt || m_inboxBytes >= m_hub.m_limits.maxMessage ||
           (!m_authenticated && !m_inbox.empty()); // a stranger gets one message read: the hello
}

void WebSocketConnection::updateInterestLocked()
{
    if (m_fdClosed)
        return;
    // Level-triggered: whatever is not wanted now must not be registered, or the reactor spins on it.
    const bool reading = (!m_readPaused && !m_closing) || m_draining;
    std::uint32_t wanted = (reading ? static_cast<std::uint32_t>(EPOLLIN | EPOLLRDHUP) : 0u) |
                           (m_out.empty() ? 0u : static_cast<std::uint32_t>(EPOLLOUT));
    if (wanted == m_interest)
        return;
    epoll_event event{};
    event.events = wanted;
    event.data.u64 = m_id;
    if (::epoll_ctl(m_hub.m_epoll, EPOLL_CTL_MOD, m_fd, &event) == 0)
        m_interest = wanted;
}

// --- hub ------------------------------------------------------------------------------------

WebSocketHub::WebSocketHub(WebSocketLimits limits, HandlerFactory factory, RefusalText refusal)
    : m_limits(limits), m_factory(std::move(factory)), m_refusal(std::move(refusal))
{
}

WebSocketHub::~WebSocketHub()
{
    stop();
}

void WebSocketHub::start()
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    m_wakeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_epoll < 0 || m_wakeFd < 0)
        throw std::runtime_error(std::string("WebSocket reactor: ") + std::strerror(errno));
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.u64 = kWakeId;
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &event);
    m_stopping = false;
    m_reactor = std::thread([this] { runReactor(); });
    for (int i = 0; i < std::max(1, m_limits.workerThreads); ++i)
        m_workers.emplace_back([this] { runWorker(); });
}

void WebSocketHub::stop()
{
    if (m_epoll < 0)
        return;
    {
        std::lock_guard lock(m_mutex); // adopt() checks it under the same lock
        m_stopping = true;
    }
    std::uint64_t one = 1;
    (void)!::write(m_wakeFd, &one, sizeof one);
    if (m_reactor.joinable())
        m_reactor.join();
    // The reactor is gone: drop what is left from here, then let the workers finish onClosed.
    std::vector<std::shared_ptr<WebSocketConnection>> left;
    {
        std::lock_guard lock(m_mutex);
        for (auto &[id, connection] : m_connections)
            left.push_back(connection);
    }
    for (auto &connection : left) {
        {
            std::lock_guard lock(connection->m_mutex);
            if (!connection->m_closing)
                connection->beginCloseLocked(closeCode::GoingAway, "server shutting down");
        }
        drop(connection);
    }
    {
        std::lock_guard lock(m_workMutex);
        m_work.emplace_back(); // an empty entry tells the workers to stop once the queue is done
    }
    m_workReady.notify_all();
    for (auto &worker : m_workers)
        worker.join();
    m_workers.clear();
    m_work.clear();
    ::close(m_wakeFd);
    ::close(m_epoll);
    m_epoll = m_wakeFd = -1;
}

bool WebSocketHub::admits(const std::string &host) const
{
    std::lock_guard lock(m_mutex);
    if (m_connections.size() >= m_limits.maxConnections)
        return false;
    auto it = m_strangersByHost.find(host);
    return it == m_strangersByHost.end() || it->second < m_limits.maxUnauthenticatedPerAddress;
}

std::size_t WebSocketHub::connectionCount() const
{
    std::lock_guard lock(m_mutex);
    return m_connections.size();
}

void WebSocketHub::adopt(Poco::Net::StreamSocket socket, const std::string &host, const std::string &alreadyRead)
{
    socket.setBlocking(false);
    socket.setNoDelay(true);
    if (m_limits.socketSendBuffer > 0)
        socket.setSendBufferSize(m_limits.socketSendBuffer);
    std::shared_ptr<WebSocketConnection> connection(new WebSocketConnection(*this, socket, host, m_limits.maxMessage));
    connection->m_handler = m_factory(connection);
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping) {
            connection->m_socket.close(); // too late: the hub is going away
            return;
        }
        connection->m_id = m_nextId++;
        m_connections.emplace(connection->m_id, connection);
        ++m_strangersByHost[host];
    }
    if (!alreadyRead.empty())
        connection->m_decoder.feed(alreadyRead); // read by the reactor with the first bytes
    std::lock_guard lock(connection->m_mutex);
    epoll_event event{};
    event.events = EPOLLIN | EPOLLRDHUP;
    event.data.u64 = connection->m_id;
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, connection->m_fd, &event) == 0) {
        connection->m_interest = event.events;
        if (!alreadyRead.empty())
            needsAttention(connection); // a message pipelined behind the upgrade
    } else {
        connection->m_broken = true;
        needsAttention(connection);
    }
}

void WebSocketHub::authenticated(const std::string &host)
{
    std::lock_guard lock(m_mutex);
    auto it = m_strangersByHost.find(host);
    if (it != m_strangersByHost.end() && --it->second <= 0)
        m_strangersByHost.erase(it);
}

void WebSocketHub::needsAttention(const std::shared_ptr<WebSocketConnection> &connection)
{
    {
        std::lock_guard lock(m_mutex);
        m_attention.push_back(connection);
    }
    std::uint64_t one = 1;
    (void)!::write(m_wakeFd, &one, sizeof one);
}

void WebSocketHub::runReactor()
{
    std::vector<epoll_event> events(512);
    auto nextSweep = std::chrono::steady_clock::now() + std::chrono::seconds(1);
    while (!m_stopping) {
        int n = ::epoll_wait(m_epoll, events.data(), static_cast<int>(events.size()), 500);
        for (int i = 0; i < n; ++i) {
            const auto id = events[i].data.u64;
            if (id == kWakeId) {
                std::uint64_t count = 0;
                (void)!::read(m_wakeFd, &count, sizeof count);
                std::vector<std::shared_ptr<WebSocketConnection>> attention;
                {
                    std::lock_guard lock(m_mutex);
                    attention.swap(m_attention);
                }
                for (auto &connection : attention) {
                    readFrom(connection); // bytes pipelined behind the upgrade, if any
                    writeTo(connection);
                }
                continue;
            }
            std::shared_ptr<WebSocketConnection> connection;
            {
                std::lock_guard lock(m_mutex);
                auto it = m_connections.find(id);
                if (it != m_connections.end())
                    connection = it->second;
            }
            if (!connection)
                continue;
            if (events[i].events & (EPOLLHUP | EPOLLERR)) {
                drop(connection); // reported whatever the interest: the socket is finished
                continue;
            }
            if (events[i].events & (EPOLLIN | EPOLLRDHUP))
                readFrom(connection);
            if (events[i].events & EPOLLOUT)
                writeTo(connection);
        }
        auto now = std::chrono::steady_clock::now();
        if (now >= nextSweep) {
            sweepTimeouts();
            nextSweep = now + std::chrono::seconds(1);
        }
    }
}

void WebSocketHub::readFrom(const std::shared_ptr<WebSocketConnection> &connection)
{
    bool draining;
    {
        std::lock_guard lock(connection->m_mutex);
        if (connection->m_fdClosed)
            return;
        draining = connection->m_draining;
    }
    bool peerClosed = false;
    bool failed = false;
    char buffer[kReadChunk];
    // A few chunks per turn, so one busy peer cannot starve the others (epoll reports it again).
    for (int round = 0; round < 4; ++round) {
        if (!draining) {
            std::lock_guard lock(connection->m_mutex);
            if (connection->m_readPaused || connection->m_closing)
                break;
        }
        auto n = ::recv(connection->m_fd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (n > 0) {
            // While draining after our close, input is read and dropped: closing a socket with
            // unread input would reset it and lose the close frame still on its way.
            if (!draining) {
                connection->m_decoder.feed(std::string_view(buffer, static_cast<std::size_t>(n)));
                connection->m_lastReceived = std::chrono::steady_clock::now();
            }
            if (static_cast<std::size_t>(n) < sizeof buffer)
                break;
            continue;
        }
        if (n == 0)
            peerClosed = true;
        else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            failed = true;
        break;
    }
    if (!draining) {
        try {
            for (;;) {
                {
                    std::lock_guard lock(connection->m_mutex);
                    if (connection->m_closing || connection->m_readPaused)
                        break;
                }
                auto message = connection->m_decoder.next();
                if (!message)
                    break;
                handleMessage(connection, std::move(*message));
            }
        } catch (const websocket::FrameError &error) {
            refuse(connection, error);
        }
    }
    if (peerClosed || failed)
        drop(connection);
    else
        writeTo(connection); // a close begun here goes out now, not at the next sweep
}

void WebSocketHub::handleMessage(const std::shared_ptr<WebSocketConnection> &connection, websocket::Message message)
{
    std::lock_guard lock(connection->m_mutex);
    if (connection->m_closing)
        return;
    switch (message.opcode) {
    case Opcode::Text:
        connection->m_helloReceived = true;
        connection->m_inboxBytes += message.payload.size();
        connection->m_inbox.push_back(std::move(message.payload));
        if (connection->mustPauseReadingLocked()) {
            connection->m_readPaused = true; // the peer waits in TCP until a worker catches up
            connection->updateInterestLocked();
        }
        schedule(connection);
        break;
    case Opcode::Ping:
        // Pongs count against the send queue: a peer that pings and never reads is cut off.
        if (connection->m_outBytes + message.payload.size() > m_limits.maxSendQueue)
            connection->beginCloseLocked(closeCode::PolicyViolation, "pings sent faster than answers are read");
        else
            connection->enqueueLocked(websocket::encodeFrame(Opcode::Pong, message.payload));
        break;
    case Opcode::Close:
        connection->beginCloseLocked(closeCode::Normal, "");
        break;
    case Opcode::Binary:
        connection->beginCloseLocked(1003, "only text messages are spoken here");
        break;
    default:
        break; // pongs
    }
}

void WebSocketHub::refuse(const std::shared_ptr<WebSocketConnection> &connection, const websocket::FrameError &error)
{
    logger().information("closing the WebSocket of %s: %s", connection->m_host, error.reason);
    std::lock_guard lock(connection->m_mutex);
    if (connection->m_closing)
        return;
    if (m_refusal)
        connection->enqueueLocked(websocket::encodeFrame(Opcode::Text, m_refusal(error.code, error.reason)));
    connection->beginCloseLocked(error.code, error.reason);
}

void WebSocketHub::writeTo(const std::shared_ptr<WebSocketConnection> &connection)
{
    bool broken;
    {
        std::lock_guard lock(connection->m_mutex);
        if (connection->m_fdClosed)
            return;
        if (!connection->m_broken && connection->flushLocked()) {
            if (connection->m_closing && connection->m_out.empty() && !connection->m_draining) {
                // The close frame is out: end our side and read until the peer ends its side.
                ::shutdown(connection->m_fd, SHUT_WR);
                connection->m_draining = true;
            }
            connection->updateInterestLocked();
        }
        broken = connection->m_broken;
    }
    if (broken)
        drop(connection);
}

void WebSocketHub::sweepTimeouts()
{
    std::vector<std::shared_ptr<WebSocketConnection>> all;
    {
        std::lock_guard lock(m_mutex);
        all.reserve(m_connections.size());
        for (auto &[id, connection] : m_connections)
            all.push_back(connection);
    }
    const auto now = std::chrono::steady_clock::now();
    const auto helloDeadline = std::chrono::seconds(m_limits.helloTimeoutSeconds);
    const auto idleDeadline = std::chrono::seconds(m_limits.idleTimeoutSeconds);
    for (auto &connection : all) {
        bool expired = false;
        {
            std::lock_guard lock(connection->m_mutex);
            if (connection->m_closing) {
                expired = now - connection->m_closingSince > kCloseGrace; // the peer does not read or end
            } else if (!connection->m_helloReceived && now - connection->m_created > helloDeadline) {
                logger().information("closing a WebSocket of %s: no hello within %d s", connection->m_host,
                                     m_limits.helloTimeoutSeconds);
                connection->beginCloseLocked(closeCode::PolicyViolation, "no hello in time");
            } else if (connection->m_authenticated && !connection->m_readPaused &&
                       now - connection->m_lastReceived > idleDeadline) {
                logger().information("closing an idle WebSocket of %s", connection->m_host);
                connection->beginCloseLocked(closeCode::GoingAway, "idle");
            }
            expired = expired || connection->m_broken;
        }
        if (expired)
            drop(connection);
        else
            writeTo(connection); // sends a close begun above
    }
}

void WebSocketHub::drop(const std::shared_ptr<WebSocketConnection> &connection)
{
    {
        std::lock_guard lock(connection->m_mutex);
        if (connection->m_fdClosed)
            return;
        if (connection->m_closing && !connection->m_broken)
            connection->flushLocked(); // the close frame, if the socket takes it now
        connection->m_fdClosed = true;
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, connection->m_fd, nullptr);
        try {
            connection->m_socket.close();
        } catch (...) {
        }
        connection->m_out.clear();
        connection->m_outBytes = 0;
        connection->m_gone = true;
        schedule(connection);
    }
    std::lock_guard lock(m_mutex);
    m_connections.erase(connection->m_id);
    if (!connection->m_authenticated.exchange(true)) {
        auto it = m_strangersByHost.find(connection->m_host);
        if (it != m_strangersByHost.end() && --it->second <= 0)
            m_strangersByHost.erase(it);
    }
}

void WebSocketHub::schedule(const std::shared_ptr<WebSocketConnection> &connection)
{
    if (connection->m_scheduled)
        return;
    connection->m_scheduled = true;
    {
        std::lock_guard lock(m_workMutex);
        m_work.push_back(connection);
    }
    m_workReady.notify_one();
}

void WebSocketHub::runWorker()
{
    for (;;) {
        std::shared_ptr<WebSocketConnection> connection;
        {
            std::unique_lock lock(m_workMutex);
            m_workReady.wait(lock, [this] { return !m_work.empty(); });
            connection = m_work.front();
            if (!connection) {
                if (m_work.size() == 1)
                    return; // the stop marker, and nothing else left to serve
                m_work.pop_front();
                m_work.push_back(nullptr); // others first, then stop
                continue;
            }
            m_work.pop_front();
        }
        serve(connection);
    }
}

void WebSocketHub::serve(const std::shared_ptr<WebSocketConnection> &connection)
{
    for (int served = 0;; ++served) {
        std::string text;
        std::function<void()> task;
        bool closed = false;
        bool resumed = false;
        {
            std::lock_guard lock(connection->m_mutex);
            if ((!connection->m_inbox.empty() || !connection->m_tasks.empty()) && served == kFairShare) {
                std::lock_guard work(m_workMutex);
                m_work.push_back(connection); // stays scheduled; others get a turn first
                m_workReady.notify_one();
                return;
            }
            if (!connection->m_tasks.empty()) {
                task = std::move(connection->m_tasks.front());
                connection->m_tasks.pop_front();
            } else if (!connection->m_inbox.empty()) {
                text = std::move(connection->m_inbox.front());
                connection->m_inbox.pop_front();
                connection->m_inboxBytes -= text.size();
                if (connection->m_readPaused && connection->m_inbox.size() <= kResumeReadingAt &&
                    connection->m_inboxBytes < m_limits.maxMessage / 2 && connection->m_authenticated) {
                    connection->m_readPaused = false;
                    connection->updateInterestLocked();
                    resumed = true;
                }
            } else if (connection->m_gone && !connection->m_closedNotified) {
                connection->m_closedNotified = true;
                closed = true;
            } else {
                connection->m_scheduled = false;
                return;
            }
        }
        if (resumed)
            needsAttention(connection); // whole messages may wait in the decoder with no new bytes coming
        try {
            if (task) {
                task();
            } else if (closed) {
                connection->m_handler->onClosed();
                std::lock_guard lock(connection->m_mutex);
                connection->m_handler.reset(); // the handler holds the connection: break the cycle
            } else if (connection->m_handler) {
                connection->m_handler->onText(text);
            }
        } catch (const std::exception &e) {
            logger().error("WebSocket handler failed: %s", std::string(e.what()));
        }
    }
}

} // namespace helpdesk::api
