#pragma once

#include <Poco/Net/Context.h>
#include <Poco/Net/TCPServer.h>

#include <atomic>
#include <memory>
#include <string>

namespace helpdesk::test {

/// A TLS-terminating proxy on loopback, as an operator puts in front of a desk (which serves plain
/// HTTP): takes TLS connections on its own port with a certificate and passes the bytes on to a
/// plain port. It can go down (connections refused, open ones cut) and come back on the same
/// port, as a partner desk's outage. Made with Poco NetSSL. Main thread (start/stop).
class TlsProxy
{
public:
    /// Listens at once; `certFile`/`keyFile`: PEM files of the certificate it presents.
    TlsProxy(int targetPort, const std::string &certFile, const std::string &keyFile);
    ~TlsProxy();

    int port() const { return m_port; }
    /// Stops taking connections and cuts the open ones.
    void goDown();
    /// Takes connections again on the same port.
    void comeBack();

private:
    void listen(int port);

    int m_targetPort;
    int m_port = 0;
    Poco::Net::Context::Ptr m_context;
    std::unique_ptr<Poco::Net::TCPServer> m_server;
    std::shared_ptr<std::atomic<bool>> m_down = std::make_shared<std::atomic<bool>>(false);
};

} // namespace helpdesk::test
