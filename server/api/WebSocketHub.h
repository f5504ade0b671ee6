#pragma once

#include "api/WebSocketFrames.h"

#include <Poco/Net/StreamSocket.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace helpdesk::api {

class WebSocketHub;

/// What one connection does with its messages. The hub calls it on a worker thread, never twice
/// at once for the same connection, in the order the messages arrived.
class WebSocketHandler
{
public:
    virtual ~WebSocketHandler() = default;
    /// A text message from the peer.
    virtual void onText(const std::string &text) = 0;
    /// The connection is gone; called once, after the last onText.
    virtual void onClosed() = 0;
};

/// One upgraded socket owned by the hub: sends never block (a bounded queue drained by the
/// reactor), so a slow peer cannot hold up whoever sends to it.
class WebSocketConnection : public std::enable_shared_from_this<WebSocketConnection>
{
public:
    /// Queues a text message. False once the connection is closing or its queue overflowed (then it
    /// is closed with closeCode::Resync, and the client resumes from the last seq it applied). Any thread.
    bool sendText(std::string_view text);
    /// Sends a close frame and closes once it is out (or after a grace period). Any thread.
    void close(std::uint16_t code, std::string_view reason);
    /// The hello succeeded: lifts the hello deadline and the per-address count of strangers. Any thread.
    void markAuthenticated();
    /// Runs `task` on a worker in the connection's turn (never beside onText). Any thread.
    void post(std::function<void()> task);
    /// The peer's IP address (the client's, behind a trusted proxy).
    const std::string &peerHost() const { return m_host; }

private:
    friend class WebSocketHub;
    // Poco sockets are shared handles (no move): copying one shares the same descriptor.
    WebSocketConnection(WebSocketHub &hub, const Poco::Net::StreamSocket &socket, std::string host,
                        std::size_t maxMessage);

    /// Sends or queues bytes; caller holds m_mutex. False when the socket failed.
    bool enqueueLocked(std::string frame);
    /// Writes what the socket takes now; caller holds m_mutex. False when the socket failed.
    bool flushLocked();
    /// Whether reading must wait for the workers (counts and bytes; one message before the hello).
    bool mustPauseReadingLocked() const;
    void beginCloseLocked(std::uint16_t code, std::string_view reason);
    void updateInterestLocked();

    WebSocketHub &m_hub;
    Poco::Net::StreamSocket m_socket; // keeps the descriptor open until the reactor closes it
    const int m_fd;
    const std::string m_host;

    std::mutex m_mutex;      // guards everything below
    bool m_fdClosed = false; // no send after the reactor closed the descriptor (it may be reused)
    bool m_closing = false;  // a close frame is queued: nothing more goes out
    bool m_draining = false; // the close frame is out and our side shut: reading to the peer's end
    bool m_broken = false;   // the socket failed: the reactor drops the connection
    std::chrono::steady_clock::time_point m_closingSince;
    std::deque<std::string> m_out;
    std::size_t m_outOffset = 0; // bytes of m_out.front() already sent
    std::size_t m_outBytes = 0;
    std::uint32_t m_interest = 0; // epoll events registered
    bool m_readPaused = false;    // too many messages waiting for a worker
    std::deque<std::string> m_inbox;
    std::deque<std::function<void()>> m_tasks; // posted work, served before messages
    std::size_t m_inboxBytes = 0;
    bool m_helloReceived = false; // a first message arrived: the hello deadline no longer applies
    bool m_scheduled = false;     // in the worker queue or being served
    bool m_gone = false;          // the reactor dropped it; the handler hears onClosed
    bool m_closedNotified = false;
    std::shared_ptr<WebSocketHandler> m_handler;

    std::atomic<bool> m_authenticated{false};
    // Reactor thread only.
    websocket::FrameDecoder m_decoder;
    std::chrono::steady_clock::time_point m_created;
    std::chrono::steady_clock::time_point m_lastReceived;
    std::uint64_t m_id = 0;
};

/// Limits of the WebSocket endpoint.
struct WebSocketLimits {
    std::size_t maxMessage = 4 * 1024 * 1024;   // a received message
    std::size_t maxSendQueue = 2 * 1024 * 1024; // bytes waiting for a slow peer before it is dropped
    int workerThreads = 8;                      // run requests of all sessions
    int helloTimeoutSeconds = 10;               // a socket without a successful hello is closed
    int idleTimeoutSeconds = 90;                // nothing received (clients ping every 30 s)
    int maxUnauthenticatedPerAddress = 50;      // sockets of one address still before their hello
    std::size_t maxConnections = 20000;
    int socketSendBuffer = 0; // SO_SNDBUF of each socket; 0: the kernel tunes it
};

/// Serves every WebSocket of the server from one epoll reactor thread and a bounded pool of
/// workers, instead of a thread per socket: 10,000 agents cost memory, not threads. The reactor
/// reads, decodes frames and writes queued output; messages go to the workers, one at a time per
/// connection. It enforces the hello deadline, the idle timeout and the per-address limit of
/// unauthenticated sockets.
class WebSocketHub
{
public:
    using HandlerFactory =
        std::function<std::shared_ptr<WebSocketHandler>(const std::shared_ptr<WebSocketConnection> &)>;
    /// Text sent to a peer before its connection is closed for a framing error (e.g. too big).
    using RefusalText = std::function<std::string(std::uint16_t code, const std::string &reason)>;

    WebSocketHub(WebSocketLimits limits, HandlerFactory factory, RefusalText refusal);
    ~WebSocketHub();

    void start();
    /// Closes every connection (their handlers hear onClosed) and stops the threads.
    void stop();

    /// Whether a new, not yet authenticated socket from `host` is taken now. Any thread.
    bool admits(const std::string &host) const;
    /// Takes over an upgraded socket and the bytes already read past the upgrade request. Any thread.
    void adopt(Poco::Net::StreamSocket socket, const std::string &host, const std::string &alreadyRead);
    std::size_t connectionCount() const;
    const WebSocketLimits &limits() const { return m_limits; }

private:
    friend class WebSocketConnection;
    void runReactor();
    void runWorker();
    void readFrom(const std::shared_ptr<WebSocketConnection> &connection);
    void handleMessage(const std::shared_ptr<WebSocketConnection> &connection, websocket::Message message);
    void refuse(const std::shared_ptr<WebSocketConnection> &connection, const websocket::FrameError &error);
    void writeTo(const std::shared_ptr<WebSocketConnection> &connection);
    void sweepTimeouts();
    /// Closes the descriptor and tells the handler. Reactor thread.
    void drop(const std::shared_ptr<WebSocketConnection> &connection);
    void schedule(const std::shared_ptr<WebSocketConnection> &connection); // caller holds its m_mutex
    void serve(const std::shared_ptr<WebSocketConnection> &connection);
    void authenticated(const std::string &host);
    /// Asks the reactor to look at a connection that closed or broke outside its thread. Any thread.
    void needsAttention(const std::shared_ptr<WebSocketConnection> &connection);

    WebSocketLimits m_limits;
    HandlerFactory m_factory;
    RefusalText m_refusal;
    int m_epoll = -1;
    int m_wakeFd = -1;
    std::atomic<bool> m_stopping{false};
    std::thread m_reactor;
    std::vector<std::thread> m_workers;

    mutable std::mutex m_mutex; // guards the two maps
    std::map<std::uint64_t, std::shared_ptr<WebSocketConnection>> m_connections;
    std::map<std::string, int> m_strangersByHost; // sockets before their hello, per address
    std::uint64_t m_nextId = 1;
    std::vector<std::shared_ptr<WebSocketConnection>> m_attention; // closing or broken, seen by the reactor

    std::mutex m_workMutex;
    std::condition_variable m_workReady;
    std::deque<std::shared_ptr<WebSocketConnection>> m_work;
};

} // namespace helpdesk::api
