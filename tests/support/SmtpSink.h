#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace helpdesk::test {

/// One message the sink received, with its envelope (aiosmtpd adds X-MailFrom and X-RcptTo).
struct ReceivedMail {
    std::string raw;
    std::string header(const std::string &name) const;
    std::string body() const;
};

/// A real SMTP server that keeps what it receives: Debian's aiosmtpd with its Maildir handler,
/// on a loopback port, in a private directory. Can be stopped and started again on the same
/// port to simulate an outage.
class SmtpSink
{
public:
    enum class Tls { None, StartTls, Implicit };
    /// `tls` StartTls offers (and requires) STARTTLS, Implicit speaks SMTPS; both with the given certificate.
    explicit SmtpSink(Tls tls = Tls::None, const std::string &certFile = {}, const std::string &keyFile = {});
    ~SmtpSink();

    void start();
    void stop();
    int port() const { return m_port; }
    /// Everything received so far, oldest first.
    std::vector<ReceivedMail> messages() const;
    /// Waits until at least `count` messages arrived.
    bool waitForCount(std::size_t count, std::chrono::milliseconds timeout = std::chrono::seconds(20)) const;

private:
    std::string m_directory;
    int m_port = 0;
    int m_pid = 0;
    std::string m_tlsArguments;
};

} // namespace helpdesk::test
