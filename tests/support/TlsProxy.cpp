#include "support/TlsProxy.h"

#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Net/TCPServerConnection.h>
#include <Poco/Net/TCPServerConnectionFactory.h>

#include <algorithm>
#include <array>

namespace helpdesk::test {

namespace {
void sendAll(Poco::Net::StreamSocket &socket, const char *data, int size)
{
    for (int sent = 0; sent < size;) {
        const int n = socket.sendBytes(data + sent, size - sent);
        if (n <= 0)
            throw Poco::IOException("connection closed while sending");
        sent += n;
    }
}

/// One client's connection: bytes both ways until either side closes or the proxy goes down.
class Forwarding : public Poco::Net::TCPServerConnection
{
public:
    Forwarding(const Poco::Net::StreamSocket &socket, int targetPort, std::shared_ptr<std::atomic<bool>> down)
        : TCPServerConnection(socket), m_targetPort(targetPort), m_down(std::move(down))
    {
    }

    void run() override
    {
        try {
            Poco::Net::SecureStreamSocket tls(socket());
            tls.completeHandshake();
            Poco::Net::StreamSocket plain;
            plain.connect(Poco::Net::SocketAddress("127.0.0.1", m_targetPort), Poco::Timespan(5, 0));
            std::array<char, 16384> buffer{};
            const Poco::Timespan tick(0, 100000);
            while (!*m_down) {
                // Decrypted bytes OpenSSL holds already are not seen by select.
                Poco::Net::Socket::SocketList readable{tls, plain}, writable, failed;
                if (tls.available() == 0 && Poco::Net::Socket::select(readable, writable, failed, tick) == 0)
                    continue;
                if (tls.available() > 0 || std::find(readable.begin(), readable.end(), tls) != readable.end()) {
                    const int n = tls.receiveBytes(buffer.data(), static_cast<int>(buffer.size()));
                    if (n <= 0)
                        break;
                    sendAll(plain, buffer.data(), n);
                }
                if (std::find(readable.begin(), readable.end(), plain) != readable.end()) {
                    const int n = plain.receiveBytes(buffer.data(), static_cast<int>(buffer.size()));
                    if (n <= 0)
                        break;
                    sendAll(tls, buffer.data(), n);
                }
            }
        } catch (const Poco::Exception &) { // a failed handshake or a reset: the connection ends
        }
    }

private:
    int m_targetPort;
    std::shared_ptr<std::atomic<bool>> m_down;
};

class ForwardingFactory : public Poco::Net::TCPServerConnectionFactory
{
public:
    ForwardingFactory(int targetPort, std::shared_ptr<std::atomic<bool>> down)
        : m_targetPort(targetPort), m_down(std::move(down))
    {
    }
    Poco::Net::TCPServerConnection *createConnection(const Poco::Net::StreamSocket &socket) override
    {
        return new Forwarding(socket, m_targetPort, m_down);
    }

private:
    int m_targetPort;
    std::shared_ptr<std::atomic<bool>> m_down;
};
} // namespace

TlsProxy::TlsProxy(int targetPort, const std::string &certFile, const std::string &keyFile)
    : m_targetPort(targetPort), m_context(new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, keyFile, certFile,
                                                                 "", Poco::Net::Context::VERIFY_NONE))
{
    listen(0);
}

TlsProxy::~TlsProxy()
{
    goDown();
}

void TlsProxy::listen(int port)
{
    Poco::Net::SecureServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", port), 64, m_context);
    m_port = socket.address().port();
    auto *params = new Poco::Net::TCPServerParams;
    params->setMaxThreads(8);
    m_server = std::make_unique<Poco::Net::TCPServer>(new ForwardingFactory(m_targetPort, m_down), socket, params);
    m_server->start();
}

void TlsProxy::goDown()
{
    *m_down = true;
    if (m_server)
        m_server->stop();
    m_server.reset(); // closes the listening socket: connections are refused
}

void TlsProxy::comeBack()
{
    if (m_server)
        return;
    *m_down = false;
    listen(m_port);
}

} // namespace helpdesk::test
