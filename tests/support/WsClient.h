#pragma once

#include "protocol/Json.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/WebSocket.h>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace helpdesk::test {

/// A blocking WebSocket client speaking the agent protocol: hello, requests, event batches.
class WsClient
{
public:
    WsClient(int port, const std::string &token, int protocolVersion = 0 /* 0: ours */);

    /// The server's hello answer (or its error response).
    protocol::JsonObject hello() const { return m_hello; }
    bool accepted() const { return m_hello && m_hello->optValue<std::string>("type", "") == "hello"; }

    /// Sends a request and waits for its response; events arriving meanwhile are kept.
    protocol::JsonObject request(const std::string &method, const protocol::JsonObject &params,
                                 const std::string &idempotencyKey = {});
    /// Sends raw text (for malformed input tests) and returns the next non-event message.
    protocol::JsonObject sendRaw(const std::string &text);
    /// Waits until the events received so far satisfy `done`, or the timeout passes.
    bool waitForEvents(const std::function<bool(const std::vector<protocol::JsonObject> &)> &done,
                       std::chrono::milliseconds timeout = std::chrono::seconds(10));
    const std::vector<protocol::JsonObject> &events() const { return m_events; }
    /// Status messages ({"type":"status","database_available":…}) received so far.
    const std::vector<protocol::JsonObject> &statuses() const { return m_statuses; }
    /// Presence notices ({"type":"presence","ticket_id":…,"activity":…}) received so far.
    const std::vector<protocol::JsonObject> &presences() const { return m_presences; }
    /// Reads one incoming message and files it; false on timeout or close.
    bool pump(std::chrono::milliseconds timeout);
    /// Reads (and files) messages until the server closes the connection; false on timeout.
    bool waitUntilClosed(std::chrono::milliseconds timeout);
    /// The code of the server's close frame (4001: sign in again); 0 before one arrived.
    int closeCode() const { return m_closeCode; }
    const std::string &closeReason() const { return m_closeReason; }
    void close();

private:
    protocol::JsonObject nextMessage(std::chrono::milliseconds timeout);

    std::unique_ptr<Poco::Net::HTTPClientSession> m_session;
    std::unique_ptr<Poco::Net::WebSocket> m_socket;
    protocol::JsonObject m_hello;
    std::vector<protocol::JsonObject> m_events;
    std::vector<protocol::JsonObject> m_statuses;
    std::vector<protocol::JsonObject> m_presences;
    std::deque<protocol::JsonObject> m_responses;
    int m_nextId = 1;
    int m_closeCode = 0;
    std::string m_closeReason;
};

} // namespace helpdesk::test
