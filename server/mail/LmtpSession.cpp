#include "mail/LmtpSession.h"

#include "mail/OversizedMail.h"

#include <Poco/Exception.h>
#include <Poco/Logger.h>
#include <Poco/Net/NetException.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>

namespace helpdesk::mail {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.mail");
}

std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

/// The verb of a command line (upper case) and what follows it.
std::pair<std::string, std::string> splitCommand(const std::string &line)
{
    auto space = line.find(' ');
    if (space == std::string::npos)
        return {upper(line), ""};
    return {upper(line.substr(0, space)), line.substr(space + 1)};
}

/// The path of "FROM:<path> params" / "TO:<path> params" after `keyword` ("FROM:"), and the
/// parameters after it; false when the syntax is wrong. A source route (RFC 5321 4.1.2,
/// "@relay:user@host") is dropped as the RFC tells a receiver to.
bool parsePath(const std::string &argument, const std::string &keyword, std::string &path, std::string &parameters)
{
    if (upper(argument.substr(0, keyword.size())) != keyword)
        return false;
    auto rest = argument.substr(keyword.size());
    auto start = rest.find_first_not_of(' ');
    if (start == std::string::npos || rest[start] != '<')
        return false;
    auto end = rest.find('>', start);
    if (end == std::string::npos)
        return false;
    path = rest.substr(start + 1, end - start - 1);
    if (!path.empty() && path[0] == '@') {
        auto colon = path.find(':');
        if (colon == std::string::npos)
            return false;
        path = path.substr(colon + 1);
    }
    parameters = rest.substr(end + 1);
    return path.find_first_of(" \t\r\n<>") == std::string::npos;
}

/// ESMTP parameters ("SIZE=123 BODY=8BITMIME") as upper-case keys and their values.
std::vector<std::pair<std::string, std::string>> parameterList(const std::string &text)
{
    std::vector<std::pair<std::string, std::string>> out;
    std::size_t at = 0;
    while (at < text.size()) {
        auto start = text.find_first_not_of(' ', at);
        if (start == std::string::npos)
            break;
        auto end = text.find(' ', start);
        auto word = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        auto equals = word.find('=');
        out.emplace_back(upper(word.substr(0, equals)), equals == std::string::npos ? "" : word.substr(equals + 1));
        at = end == std::string::npos ? text.size() : end;
    }
    return out;
}
} // namespace

LmtpSession::LmtpSession(Poco::Net::StreamSocket &socket, InboundDelivery &delivery,
                         std::function<std::int64_t()> sizeLimit, const LmtpLimits &limits, std::string hostName)
    : m_socket(socket), m_delivery(delivery), m_sizeLimitOf(std::move(sizeLimit)), m_limits(limits),
      m_hostName(std::move(hostName))
{
}

void LmtpSession::run()
{
    try {
        m_socket.setNoDelay(true);
        m_socket.setReceiveTimeout(Poco::Timespan(m_limits.commandTimeout.count(), 0));
        m_socket.setSendTimeout(Poco::Timespan(m_limits.commandTimeout.count(), 0));
        reply("220 " + m_hostName + " LMTP helpdesk ready");
        std::string line;
        while (!m_quit) {
            auto read = readLine(line, m_limits.maxCommandLine);
            if (read == Read::Closed)
                break;
            if (read == Read::TooLong) {
                reply("500 5.5.2 Line too long");
                ++m_errors;
            } else {
                handle(line);
            }
            if (m_errors >= m_limits.maxErrors) {
                reply("421 4.7.0 " + m_hostName + " too many errors, closing");
                break;
            }
        }
        flush();
    } catch (const Poco::TimeoutException &) {
        // RFC 5321 4.5.3.2: a server may close an idle connection, saying so with 421.
        try {
            reply("421 4.4.2 " + m_hostName + " timed out, closing");
            flush();
        } catch (const Poco::Exception &) {
        }
    } catch (const Poco::Exception &e) {
        logger().information("LMTP connection ended: %s", e.displayText());
    }
}

void LmtpSession::handle(const std::string &line)
{
    auto [verb, argument] = splitCommand(line);
    if (verb == "LHLO")
        lhlo(argument);
    else if (verb == "MAIL")
        mail(argument);
    else if (verb == "RCPT")
        rcpt(argument);
    else if (verb == "DATA")
        data();
    else if (verb == "RSET") {
        resetTransaction();
        reply("250 2.0.0 OK");
    } else if (verb == "NOOP")
        reply("250 2.0.0 OK");
    else if (verb == "QUIT") {
        reply("221 2.0.0 " + m_hostName + " closing");
        m_quit = true;
    } else if (verb == "HELO" || verb == "EHLO") {
        // RFC 2033 4.1: LMTP is not SMTP; a client speaking SMTP to us is misconfigured.
        reply("500 5.5.1 This is LMTP: say LHLO");
        ++m_errors;
    } else if (verb == "VRFY")
        reply("252 2.5.2 Send some mail and see");
    else {
        reply("500 5.5.2 Unknown command");
        ++m_errors;
    }
}

void LmtpSession::lhlo(const std::string &argument)
{
    if (argument.empty()) {
        reply("501 5.5.4 LHLO needs the client's name");
        ++m_errors;
        return;
    }
    resetTransaction();
    m_greeted = true;
    m_sizeLimit = m_sizeLimitOf();
    reply("250-" + m_hostName);
    reply("250-PIPELINING");
    reply("250-ENHANCEDSTATUSCODES");
    reply("250-SIZE " + std::to_string(m_sizeLimit));
    reply("250 8BITMIME");
}

void LmtpSession::mail(const std::string &argument)
{
    if (!m_greeted) {
        reply("503 5.5.1 Say LHLO first");
        ++m_errors;
        return;
    }
    if (m_inTransaction) {
        reply("503 5.5.1 A transaction is already open (RSET first)");
        ++m_errors;
        return;
    }
    std::string path, parameters;
    if (!parsePath(argument, "FROM:", path, parameters)) {
        reply("501 5.5.4 Syntax: MAIL FROM:<address> [SIZE=n] [BODY=7BIT|8BITMIME]");
        ++m_errors;
        return;
    }
    for (const auto &[key, value] : parameterList(parameters)) {
        if (key == "SIZE") {
            // RFC 1870 6.3: a declared size over the limit is refused before any byte is sent.
            char *end = nullptr;
            auto declared = std::strtoll(value.c_str(), &end, 10);
            if (value.empty() || *end != '\0' || declared < 0) {
                reply("501 5.5.4 Bad SIZE");
                ++m_errors;
                return;
            }
            if (declared > m_sizeLimit) {
                reply("552 5.3.4 Message too large for the helpdesk (limit " + std::to_string(m_sizeLimit) + " bytes)");
                return;
            }
        } else if (key == "BODY") {
            if (upper(value) != "7BIT" && upper(value) != "8BITMIME") {
                reply("501 5.5.4 BODY is 7BIT or 8BITMIME");
                ++m_errors;
                return;
            }
        } else {
            reply("555 5.5.4 Unsupported parameter " + key);
            ++m_errors;
            return;
        }
    }
    m_envelope.sender = path;
    m_inTransaction = true;
    reply("250 2.1.0 Sender OK");
}

void LmtpSession::rcpt(const std::string &argument)
{
    if (!m_inTransaction) {
        reply("503 5.5.1 MAIL first");
        ++m_errors;
        return;
    }
    std::string path, parameters;
    if (!parsePath(argument, "TO:", path, parameters) || path.empty()) {
        reply("501 5.1.3 Syntax: RCPT TO:<address>");
        ++m_errors;
        return;
    }
    if (!parameterList(parameters).empty()) {
        reply("555 5.5.4 RCPT takes no parameters here");
        ++m_errors;
        return;
    }
    if (m_envelope.recipients.size() >= m_limits.maxRecipients) {
        // RFC 5321 4.5.3.1.10: the client sends the rest in another transaction.
        reply("452 4.5.3 Too many recipients");
        return;
    }
    // Every address is ours to take, as with the mailgate: the recipient picks the group, and
    // mail to an address no group has goes to the default group.
    m_envelope.recipients.push_back(path);
    reply("250 2.1.5 Recipient OK");
}

void LmtpSession::data()
{
    if (!m_inTransaction || m_envelope.recipients.empty()) {
        // RFC 2033 4.2: DATA without a successful RCPT is answered 503.
        reply(m_inTransaction ? "503 5.5.1 No valid recipients" : "503 5.5.1 MAIL first");
        ++m_errors;
        return;
    }
    reply("354 Send the message, end with <CRLF>.<CRLF>");
    std::string bytes;
    std::int64_t size = 0;
    bool overLimit = false;
    m_socket.setReceiveTimeout(Poco::Timespan(m_limits.dataTimeout.count(), 0));
    bool complete = readMessage(bytes, size, overLimit);
    m_socket.setReceiveTimeout(Poco::Timespan(m_limits.commandTimeout.count(), 0));
    if (!complete) {
        m_quit = true; // nothing was acknowledged: the MTA keeps the message and tries again
        return;
    }
    deliver(bytes, size, overLimit);
    resetTransaction();
}

bool LmtpSession::readMessage(std::string &bytes, std::int64_t &size, bool &overLimit)
{
    // RFC 5321 4.5.3.1.6: the final delivery agent records the reverse path (RFC 5322 Return-Path).
    bytes = "Return-Path: <" + m_envelope.sender + ">\r\n";
    size = static_cast<std::int64_t>(bytes.size());
    bool atLineStart = true;
    auto append = [&](const char *data, std::size_t length) {
        size += static_cast<std::int64_t>(length);
        if (overLimit)
            return;
        if (size > m_sizeLimit) {
            // Over the limit: only the header block is kept (for the record and the refusal).
            bytes.append(data, std::min(length, OversizedMail::kHeaderKeep));
            bytes = OversizedMail::headerBlock(bytes);
            overLimit = true;
            return;
        }
        bytes.append(data, length);
    };
    for (;;) {
        if (m_inPos == m_in.size() && !fill())
            return false;
        if (atLineStart && m_in[m_inPos] == '.') {
            // Up to three bytes decide between the end (".\r\n") and a stuffed dot (RFC 5321 4.5.2).
            auto available = m_in.size() - m_inPos;
            if (available < 2 || (m_in[m_inPos + 1] == '\r' && available < 3)) {
                if (!fill())
                    return false;
                continue;
            }
            if (m_in[m_inPos + 1] == '\n') {
                m_inPos += 2;
                return true;
            }
            if (m_in[m_inPos + 1] == '\r' && m_in[m_inPos + 2] == '\n') {
                m_inPos += 3;
                return true;
            }
            ++m_inPos;
        }
        auto newline = m_in.find('\n', m_inPos);
        auto end = newline == std::string::npos ? m_in.size() : newline + 1;
        append(m_in.data() + m_inPos, end - m_inPos);
        m_inPos = end;
        atLineStart = newline != std::string::npos;
    }
}

void LmtpSession::deliver(const std::string &bytes, std::int64_t size, bool overLimit)
{
    // RFC 2033 4.2: one reply per successful RCPT, in order, even for the same address twice.
    // The same bytes are stored once (content-addressed), so the second delivery finds the first.
    for (const auto &recipient : m_envelope.recipients) {
        InboundOrigin origin;
        origin.source = "lmtp";
        origin.envelopeRecipient = recipient;
        try {
            auto result = m_delivery.deliver({bytes, size, overLimit}, m_sizeLimit, origin);
            if (result.state == "refused")
                reply("552 5.3.4 <" + recipient + "> Message too large for the helpdesk (limit " +
                      std::to_string(m_sizeLimit) + " bytes)");
            else
                reply("250 2.0.0 <" + recipient + "> Stored as inbound " + std::to_string(result.inboundId) + " (" +
                      result.state + ")");
        } catch (const std::exception &e) {
            // Nothing was committed: the MTA keeps the message queued and retries.
            logger().warning("LMTP delivery to %s deferred: %s", recipient, std::string(e.what()));
            reply("451 4.3.0 <" + recipient + "> Temporary failure, try again later");
        }
    }
}

void LmtpSession::resetTransaction()
{
    m_inTransaction = false;
    m_envelope = LmtpEnvelope{};
}

LmtpSession::Read LmtpSession::readLine(std::string &line, std::size_t max)
{
    bool discarding = false;
    for (;;) {
        auto newline = m_in.find('\n', m_inPos);
        if (newline != std::string::npos) {
            auto length = newline - m_inPos;
            if (!discarding && length <= max + 1) {
                line.assign(m_in, m_inPos, length);
                if (!line.empty() && line.back() == '\r')
                    line.pop_back();
                m_inPos = newline + 1;
                return Read::Line;
            }
            m_inPos = newline + 1;
            return Read::TooLong;
        }
        if (m_in.size() - m_inPos > max + 1) {
            // A line that never ends must not fill memory: drop it up to its end.
            discarding = true;
            m_inPos = m_in.size();
        }
        if (!fill())
            return Read::Closed;
    }
}

bool LmtpSession::fill()
{
    // The client has no more commands for us until it reads our replies (PIPELINING, RFC 2920 3.1).
    flush();
    if (m_inPos > 0) {
        m_in.erase(0, m_inPos);
        m_inPos = 0;
    }
    std::array<char, 64 * 1024> buffer{};
    int received = m_socket.receiveBytes(buffer.data(), static_cast<int>(buffer.size()));
    if (received <= 0)
        return false;
    m_in.append(buffer.data(), static_cast<std::size_t>(received));
    return true;
}

void LmtpSession::reply(const std::string &text)
{
    m_out += text;
    m_out += "\r\n";
}

void LmtpSession::flush()
{
    std::size_t sent = 0;
    while (sent < m_out.size()) {
        int n = m_socket.sendBytes(m_out.data() + sent, static_cast<int>(m_out.size() - sent));
        if (n <= 0)
            throw Poco::Net::NetException("the LMTP client stopped reading");
        sent += static_cast<std::size_t>(n);
    }
    m_out.clear();
}

} // namespace helpdesk::mail
