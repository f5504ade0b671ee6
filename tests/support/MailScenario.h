#pragma once

#include "protocol/Json.h"
#include "support/SmtpSink.h"

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace helpdesk::test {

class Desk;

/// A Message-ID no other message of this test run has: "<what>-<n>@<domain>".
std::string uniqueMessageId(const std::string &what, const std::string &domain = "customer.example");

/// A plain-text message as an MTA hands it over: `trace` (its Received and Authentication-Results
/// fields) on top, then From, To, Subject, Date, Message-ID, `extraHeaders` and `body`.
std::string plainMail(const std::string &from, const std::string &to, const std::string &subject,
                      const std::string &body, const std::string &messageId, const std::string &extraHeaders = {},
                      const std::string &trace = {});

/// A desk's mail channel as a test drives it from outside: messages piped into the real
/// helpdesk-mailgate, what admins see of their interpretation, and what reached an SMTP sink.
/// Main thread.
class MailScenario
{
public:
    MailScenario(Desk &desk, const SmtpSink &sink, std::string mailgateToken);

    /// Pipes `raw` into helpdesk-mailgate as an MTA would, to the desk (or a server on `port`,
    /// with `token`); returns its exit code (what it printed is logged when not 0).
    int deliver(const std::string &raw, const std::string &recipient = "alpha@desk.example", int port = 0,
                const std::string &token = {}) const;
    /// The admins' entry of the message with `messageId` once interpreted (null after 10 s).
    protocol::JsonObject inboundFor(const std::string &messageId) const;
    /// The mail the sink received for `address` whose Subject contains `subjectPart`, oldest first.
    std::vector<ReceivedMail> mailTo(const std::string &address, const std::string &subjectPart = {}) const;
    /// Waits until `count` such mails arrived.
    bool waitForMailTo(const std::string &address, std::size_t count = 1, const std::string &subjectPart = {},
                       std::chrono::milliseconds timeout = std::chrono::seconds(20)) const;

private:
    Desk &m_desk;
    const SmtpSink &m_sink;
    std::string m_mailgateToken;
};

} // namespace helpdesk::test
