#include "support/WsClient.h"

#include "protocol/Messages.h"

#include <Poco/Buffer.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/NetException.h>

namespace helpdesk::test {

WsClient::WsClient(int port, const std::string &token, int protocolVersion)
{
    m_session = std::make_unique<Poco::Net::HTTPClientSession>("127.0.0.1", static_cast<Poco::UInt16>(port));
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, "/api/v1/ws", Poco::Net::HTTPMessage::HTTP_1_1);
    Poco::Net::HTTPResponse response;
    m_socket = std::make_unique<Poco::Net::WebSocket>(*m_session, request, response);
    auto hello = protocol::newObject();
    hello->set("type", "hello");
    hello->set("protocol_version", protocolVersion ? protocolVersion : protocol::kProtocolVersion);
    hello->set("token", token);
    hello->set("client", "tests");
    auto text = protocol::toJsonText(hello);
    m_socket->sendFrame(text.data(), static_cast<int>(text.size()));
    m_hello = nextMessage(std::chrono::seconds(10));
}

protocol::JsonObject WsClient::nextMessage(std::chrono::milliseconds timeout)
{
    m_socket->setReceiveTimeout(
        Poco::Timespan(static_cast<long>(timeout.count() / 1000), static_cast<long>((timeout.count() % 1000) * 1000)));
    Poco::Buffer<char> buffer(0);
    for (;;) {
        int flags = 0;
        buffer.resize(0);
        int n = 0;
        try {
            n = m_socket->receiveFrame(buffer, flags);
        } catch (const Poco::TimeoutException &) {
            return nullptr;
        } catch (const Poco::Net::NetException &) {
            return nullptr;
        }
        if (n == 0 && flags == 0)
            return nullptr;
        int opcode = flags & Poco::Net::WebSocket::FRAME_OP_BITMASK;
        if (opcode == Poco::Net::WebSocket::FRAME_OP_CLOSE) {
            if (n >= 2) {
                m_closeCode = (static_cast<unsigned char>(buffer[0]) << 8) | static_cast<unsigned char>(buffer[1]);
                m_closeReason.assign(buffer.begin() + 2, static_cast<std::size_t>(n - 2));
            }
            return nullptr;
        }
        if (opcode != Poco::Net::WebSocket::FRAME_OP_TEXT)
            continue;
        return protocol::parseJsonObject(std::string(buffer.begin(), static_cast<std::size_t>(n)));
    }
}

bool WsClient::pump(std::chrono::milliseconds timeout)
{
    auto message = nextMessage(timeout);
    if (!message)
        return false;
    auto type = message->optValue<std::string>("type", "");
    if (type == "events") {
        auto list = message->getArray("events");
        for (unsigned i = 0; i < list->size(); ++i)
            m_events.push_back(list->getObject(i));
    } else if (type == "status") {
        m_statuses.push_back(message);
    } else if (type == "presence") {
        m_presences.push_back(message);
    } else {
        m_responses.push_back(message);
    }
    return true;
}

protocol::JsonObject WsClient::request(const std::string &method, const protocol::JsonObject &params,
                                       const std::string &idempotencyKey)
{
    protocol::Request request;
    request.id = "r" + std::to_string(m_nextId++);
    request.method = method;
    request.params = params;
    if (!idempotencyKey.empty())
        request.idempotencyKey = idempotencyKey;
    auto text = protocol::toJsonText(request.toJson());
    m_socket->sendFrame(text.data(), static_cast<int>(text.size()));
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (std::chrono::steady_clock::now() < deadline) {
        for (auto it = m_responses.begin(); it != m_responses.end(); ++it) {
            if ((*it)->optValue<std::string>("id", "") == request.id) {
                auto found = *it;
                m_responses.erase(it);
                return found;
            }
        }
        if (!pump(std::chrono::seconds(30)))
            return nullptr;
    }
    return nullptr;
}

protocol::JsonObject WsClient::sendRaw(const std::string &text)
{
    m_socket->sendFrame(text.data(), static_cast<int>(text.size()));
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (m_responses.empty() && std::chrono::steady_clock::now() < deadline)
        if (!pump(std::chrono::seconds(10)))
            break;
    if (m_responses.empty())
        return nullptr;
    auto first = m_responses.front();
    m_responses.pop_front();
    return first;
}

bool WsClient::waitForEvents(const std::function<bool(const std::vector<protocol::JsonObject> &)> &done,
                             std::chrono::milliseconds timeout)
{
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!done(m_events)) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return false;
        pump(left);
    }
    return true;
}

bool WsClient::waitUntilClosed(std::chrono::milliseconds timeout)
{
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!m_closeCode) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return false;
        pump(left);
    }
    return true;
}

void WsClient::close()
{
    try {
        m_socket->shutdown();
        m_socket->close();
    } catch (...) {
    }
}

} // namespace helpdesk::test
