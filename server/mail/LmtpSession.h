#pragma once

#include "mail/InboundDelivery.h"

#include <Poco/Net/StreamSocket.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace helpdesk::mail {

/// What one LMTP connection may cost. Plain data; any thread.
struct LmtpLimits {
    int maxConnections = 32;                  // at once; one more is told 421 and closed
    std::chrono::seconds commandTimeout{300}; // RFC 5321 4.5.3.2.7: a server waits 5 minutes for a command
    std::chrono::seconds dataTimeout{600};    // for the next bytes of a message (3 minutes per block there)
    std::size_t maxCommandLine = 2048;        // RFC 5321 allows 512 with extensions' parameters added
    std::size_t maxRecipients = 100;          // RFC 5321 4.5.3.1.8: at least 100 must be accepted
    int maxErrors = 20;                       // bad commands before the connection is closed
};

/// The envelope of one LMTP transaction.
struct LmtpEnvelope {
    std::string sender;                  // the reverse path ("" for a bounce)
    std::vector<std::string> recipients; // accepted RCPT TO, in order (duplicates kept: one reply each)
};

/// One LMTP conversation (RFC 2033) on a connected socket: LHLO, MAIL, RCPT, DATA, RSET, NOOP,
/// QUIT, with PIPELINING (replies are sent when the client's input is drained), ENHANCEDSTATUSCODES,
/// SIZE and 8BITMIME. After DATA each accepted recipient gets its own reply: the message is
/// handed to InboundDelivery once per recipient (stored raw and committed before it is
/// interpreted; the same bytes are stored once), so 250 means stored, 552 over the size limit,
/// and 451 a temporary failure (the database is away) after which the MTA retries.
/// The thread that runs it (a TCPServer connection).
class LmtpSession
{
public:
    /// `sizeLimit` gives the desk's message size limit (read when the client says LHLO).
    LmtpSession(Poco::Net::StreamSocket &socket, InboundDelivery &delivery, std::function<std::int64_t()> sizeLimit,
                const LmtpLimits &limits, std::string hostName);

    /// Runs the conversation until QUIT, a time-out, too many errors or the peer closing.
    void run();

private:
    enum class Read { Line, TooLong, Closed };

    void handle(const std::string &line);
    void lhlo(const std::string &argument);
    void mail(const std::string &argument);
    void rcpt(const std::string &argument);
    void data();
    void resetTransaction();
    /// Reads the message after 354 up to the lone dot, unstuffed; over the limit only its header
    /// block is kept and the rest counted. False when the client went away mid-message.
    bool readMessage(std::string &bytes, std::int64_t &size, bool &overLimit);
    /// Replies for each recipient of the transaction, in RCPT order.
    void deliver(const std::string &bytes, std::int64_t size, bool overLimit);

    Read readLine(std::string &line, std::size_t max);
    /// Reads more bytes into the buffer; false when the peer closed.
    bool fill();
    void reply(const std::string &text);
    void flush();

    Poco::Net::StreamSocket &m_socket;
    InboundDelivery &m_delivery;
    std::function<std::int64_t()> m_sizeLimitOf;
    LmtpLimits m_limits;
    std::string m_hostName;

    std::string m_in;        // received, not yet consumed
    std::size_t m_inPos = 0; // consumed bytes at the front of m_in
    std::string m_out;       // replies not yet sent
    bool m_greeted = false;
    bool m_inTransaction = false;
    bool m_quit = false;
    int m_errors = 0;
    std::int64_t m_sizeLimit = 0;
    LmtpEnvelope m_envelope;
};

} // namespace helpdesk::mail
