#pragma once

#include <string>

namespace helpdesk::test {

/// A throwaway PKI made with the openssl command: a test CA, a server certificate it signed for
/// localhost / 127.0.0.1, and a self-signed certificate nobody trusts. Files live in a temporary
/// directory readable by the servers' unprivileged users.
class TestCertificates
{
public:
    TestCertificates();
    ~TestCertificates();

    std::string caFile() const { return m_directory + "/ca.pem"; }
    std::string serverCert() const { return m_directory + "/server.pem"; }
    std::string serverKey() const { return m_directory + "/server.key"; }
    std::string untrustedCert() const { return m_directory + "/untrusted.pem"; }
    std::string untrustedKey() const { return m_directory + "/untrusted.key"; }

private:
    std::string m_directory;
};

} // namespace helpdesk::test
