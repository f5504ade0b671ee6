#include "mail/ImapClient.h"

#include "mail/TlsContext.h"

#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/StreamSocket.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <optional>
#include <sstream>

namespace helpdesk::mail {

namespace {
// Keeps a UID set well under servers' line limits (Dovecot: 64 KiB).
constexpr std::size_t kUidsPerCommand = 500;
// What a misbehaving server may make us hold: a line (a SEARCH of 100,000 UIDs is under 1 MiB),
// one literal (a message; larger than any mail the desk accepts), one whole answer.
constexpr std::size_t kMaxLineBytes = 16 * 1024 * 1024;
constexpr std::size_t kMaxLiteralBytes = 128 * 1024 * 1024;
constexpr std::size_t kMaxReplyBytes = 256 * 1024 * 1024;

std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return s;
}
} // namespace

ImapClient::ImapClient(const std::string &host, int port, const std::string &security, bool verifyTls,
                       int timeoutSeconds)
{
    Poco::Net::SocketAddress address(host, static_cast<Poco::UInt16>(port));
    Poco::Timespan timeout(timeoutSeconds, 0);
    try {
        if (security == "tls")
            m_socket = std::make_unique<Poco::Net::SecureStreamSocket>(address, host, tls::clientContext(verifyTls));
        else
            m_socket = std::make_unique<Poco::Net::StreamSocket>(address);
        m_socket->setReceiveTimeout(timeout);
        m_socket->setSendTimeout(timeout);
        auto greeting = readLine();
        if (greeting.rfind("* OK", 0) != 0 && greeting.rfind("* PREAUTH", 0) != 0)
            throw MailboxError("unexpected IMAP greeting: " + greeting);
        if (security == "starttls") {
            auto reply = command("STARTTLS");
            if (reply.status != "OK")
                throw MailboxError("the IMAP server refused STARTTLS: " + reply.text);
            auto secure = Poco::Net::SecureStreamSocket::attach(*m_socket, host, tls::clientContext(verifyTls));
            m_socket = std::make_unique<Poco::Net::SecureStreamSocket>(secure);
            m_buffer.clear();
        }
        auto capabilities = command("CAPABILITY");
        for (const auto &line : capabilities.untagged)
            if (upper(line).find(" MOVE") != std::string::npos)
                m_hasMove = true;
    } catch (const Poco::Exception &e) {
        throw MailboxError("cannot connect to IMAP " + host + ":" + std::to_string(port) + ": " + e.displayText());
    }
}

ImapClient::~ImapClient() = default;

std::string ImapClient::readLine()
{
    std::size_t searched = 0; // where the line end was not found yet: a long line is scanned once
    for (;;) {
        auto eol = m_buffer.find("\r\n", searched);
        if (eol != std::string::npos) {
            auto line = m_buffer.substr(0, eol);
            m_buffer.erase(0, eol + 2);
            return line;
        }
        if (m_buffer.size() > kMaxLineBytes)
            throw MailboxError("the IMAP server sent a line longer than " + std::to_string(kMaxLineBytes) + " bytes");
        searched = m_buffer.empty() ? 0 : m_buffer.size() - 1;
        char chunk[65536];
        int n = m_socket->receiveBytes(chunk, sizeof chunk);
        if (n <= 0)
            throw MailboxError("the IMAP server closed the connection");
        m_buffer.append(chunk, static_cast<std::size_t>(n));
    }
}

std::string ImapClient::readBytes(std::size_t count)
{
    while (m_buffer.size() < count) {
        char chunk[65536];
        int n = m_socket->receiveBytes(chunk, sizeof chunk);
        if (n <= 0)
            throw MailboxError("the IMAP server closed the connection inside a literal");
        m_buffer.append(chunk, static_cast<std::size_t>(n));
    }
    auto out = m_buffer.substr(0, count);
    m_buffer.erase(0, count);
    return out;
}

ImapClient::Reply ImapClient::command(const std::string &text)
{
    std::string tag = "a" + std::to_string(++m_tag);
    std::string line = tag + " " + text + "\r\n";
    try {
        m_socket->sendBytes(line.data(), static_cast<int>(line.size()));
        Reply reply;
        std::size_t replyBytes = 0;
        for (;;) {
            auto response = readLine();
            replyBytes += response.size();
            if (replyBytes > kMaxReplyBytes)
                throw MailboxError("the IMAP server's answer exceeds " + std::to_string(kMaxReplyBytes) + " bytes");
            // A line ending in {N} announces N bytes of literal data, then the line continues.
            while (response.size() > 2 && response.back() == '}') {
                auto open = response.rfind('{');
                if (open == std::string::npos)
                    break;
                std::size_t count = 0;
                const char *first = response.data() + open + 1;
                const char *last = response.data() + response.size() - 1;
                auto [end, error] = std::from_chars(first, last, count);
                if (error != std::errc() || end != last || first == last || count > kMaxLiteralBytes)
                    throw MailboxError("the IMAP server announced a malformed or oversized literal: " +
                                       response.substr(open, 32));
                replyBytes += count;
                if (replyBytes > kMaxReplyBytes)
                    throw MailboxError("the IMAP server's answer exceeds " + std::to_string(kMaxReplyBytes) + " bytes");
                reply.literals.push_back(readBytes(count));
                response = response.substr(0, open) + "<literal>" + readLine();
            }
            if (response.rfind(tag + " ", 0) == 0) {
                auto rest = response.substr(tag.size() + 1);
                auto space = rest.find(' ');
                reply.status = upper(rest.substr(0, space));
                reply.text = space == std::string::npos ? std::string() : rest.substr(space + 1);
                return reply;
            }
            reply.untagged.push_back(response);
        }
    } catch (const Poco::Exception &e) {
        throw MailboxError("IMAP connection failed: " + e.displayText());
    }
}

std::string ImapClient::quoted(const std::string &text)
{
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (c == '\r' || c == '\n')
            continue;
        out += c;
    }
    return out + "\"";
}

void ImapClient::login(const std::string &user, const std::string &password)
{
    auto reply = command("LOGIN " + quoted(user) + " " + quoted(password));
    if (reply.status != "OK")
        throw MailboxError("IMAP login failed for " + user + ": " + reply.text);
}

ImapFolderStatus ImapClient::select(const std::string &folder)
{
    auto reply = command("SELECT " + quoted(folder));
    if (reply.status != "OK")
        throw MailboxError("cannot open IMAP folder " + folder + ": " + reply.text);
    // "* OK [UIDVALIDITY 3857529045] UIDs valid", "* OK [UIDNEXT 4392] Predicted next UID"
    ImapFolderStatus status;
    auto code = [&](const std::string &line, const std::string &name) -> std::optional<std::uint32_t> {
        auto at = upper(line).find("[" + name + " ");
        if (at == std::string::npos)
            return std::nullopt;
        try {
            return static_cast<std::uint32_t>(std::stoul(line.substr(at + name.size() + 2)));
        } catch (const std::exception &) {
            return std::nullopt;
        }
    };
    for (const auto &line : reply.untagged) {
        if (auto v = code(line, "UIDVALIDITY"))
            status.uidValidity = *v;
        if (auto v = code(line, "UIDNEXT"))
            status.uidNext = *v;
    }
    return status;
}

std::vector<std::uint32_t> ImapClient::unseen()
{
    return search("UNSEEN");
}

std::vector<std::uint32_t> ImapClient::uidsAbove(std::uint32_t lastUid)
{
    // "n:*" always includes the highest UID, even below n (RFC 3501 6.4.8): filtered here.
    auto uids = search("UID " + std::to_string(lastUid + 1) + ":*");
    uids.erase(std::remove_if(uids.begin(), uids.end(), [&](std::uint32_t uid) { return uid <= lastUid; }), uids.end());
    std::sort(uids.begin(), uids.end());
    return uids;
}

std::vector<std::uint32_t> ImapClient::search(const std::string &criteria)
{
    auto reply = command("UID SEARCH " + criteria);
    if (reply.status != "OK")
        throw MailboxError("IMAP search failed: " + reply.text);
    std::vector<std::uint32_t> uids;
    for (const auto &line : reply.untagged) {
        if (upper(line).rfind("* SEARCH", 0) != 0)
            continue;
        std::istringstream in(line.substr(8));
        std::uint32_t uid;
        while (in >> uid)
            uids.push_back(uid);
    }
    return uids;
}

std::string ImapClient::fetchLiteral(std::uint32_t uid, const std::string &item)
{
    auto reply = command("UID FETCH " + std::to_string(uid) + " " + item);
    if (reply.status != "OK" || reply.literals.empty())
        throw MailboxError("IMAP fetch of UID " + std::to_string(uid) + " failed: " + reply.text);
    return reply.literals.front();
}

std::string ImapClient::fetch(std::uint32_t uid)
{
    return fetchLiteral(uid, "BODY.PEEK[]");
}

std::string ImapClient::fetchHeader(std::uint32_t uid)
{
    return fetchLiteral(uid, "BODY.PEEK[HEADER]");
}

std::map<std::uint32_t, std::int64_t> ImapClient::sizes(const std::vector<std::uint32_t> &uids)
{
    std::map<std::uint32_t, std::int64_t> out;
    for (std::size_t from = 0; from < uids.size(); from += kUidsPerCommand) {
        std::vector<std::uint32_t> chunk(uids.begin() + from,
                                         uids.begin() + std::min(uids.size(), from + kUidsPerCommand));
        auto reply = command("UID FETCH " + uidSet(chunk) + " (RFC822.SIZE)");
        if (reply.status != "OK")
            throw MailboxError("IMAP fetch of sizes failed: " + reply.text);
        // "* 12 FETCH (UID 4827 RFC822.SIZE 44827)": the items may come in any order.
        for (const auto &line : reply.untagged) {
            std::istringstream in(line);
            std::string word;
            std::optional<std::uint32_t> uid;
            std::optional<std::int64_t> size;
            while (in >> word) {
                while (!word.empty() && word.front() == '(')
                    word.erase(0, 1);
                auto key = upper(word);
                if (key == "UID" && in >> word)
                    uid = static_cast<std::uint32_t>(std::strtoul(word.c_str(), nullptr, 10));
                else if (key == "RFC822.SIZE" && in >> word)
                    size = std::strtoll(word.c_str(), nullptr, 10);
            }
            if (uid && size)
                out[*uid] = *size;
        }
    }
    return out;
}

std::string ImapClient::uidSet(const std::vector<std::uint32_t> &uids)
{
    std::string set;
    for (auto uid : uids)
        set += (set.empty() ? "" : ",") + std::to_string(uid);
    return set;
}

void ImapClient::markSeen(const std::vector<std::uint32_t> &uids)
{
    for (std::size_t from = 0; from < uids.size(); from += kUidsPerCommand) {
        std::vector<std::uint32_t> chunk(uids.begin() + from,
                                         uids.begin() + std::min(uids.size(), from + kUidsPerCommand));
        auto reply = command("UID STORE " + uidSet(chunk) + " +FLAGS.SILENT (\\Seen)");
        if (reply.status != "OK")
            throw MailboxError("IMAP store failed: " + reply.text);
    }
}

void ImapClient::move(const std::vector<std::uint32_t> &uids, const std::string &folder)
{
    if (uids.size() > kUidsPerCommand) {
        for (std::size_t from = 0; from < uids.size(); from += kUidsPerCommand)
            move({uids.begin() + from, uids.begin() + std::min(uids.size(), from + kUidsPerCommand)}, folder);
        return;
    }
    if (uids.empty())
        return;
    if (std::find(m_knownFolders.begin(), m_knownFolders.end(), folder) == m_knownFolders.end()) {
        command("CREATE " + quoted(folder)); // NO when it exists already: fine
        m_knownFolders.push_back(folder);
    }
    const auto set = uidSet(uids);
    if (m_hasMove) {
        auto reply = command("UID MOVE " + set + " " + quoted(folder));
        if (reply.status != "OK")
            throw MailboxError("IMAP move to " + folder + " failed: " + reply.text);
        return;
    }
    auto copy = command("UID COPY " + set + " " + quoted(folder));
    if (copy.status != "OK")
        throw MailboxError("IMAP copy to " + folder + " failed: " + copy.text);
    command("UID STORE " + set + " +FLAGS.SILENT (\\Deleted \\Seen)");
    command("EXPUNGE");
}

void ImapClient::logout()
{
    try {
        command("LOGOUT");
    } catch (const MailboxError &) {
    }
}

} // namespace helpdesk::mail
