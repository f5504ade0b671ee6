#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace Poco::Net {
class StreamSocket;
}

namespace helpdesk::mail {

/// A failed IMAP or POP3 conversation (connection, login, or a NO/BAD answer).
class MailboxError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// What SELECT tells of a folder (RFC 3501 2.3.1.1): UIDs are only meaningful under one
/// UIDVALIDITY; UIDNEXT is the UID the next message will get. 0 when the server did not say.
struct ImapFolderStatus {
    std::uint32_t uidValidity = 0;
    std::uint32_t uidNext = 0;
};

/// The few IMAP4rev1 commands a mail grabber needs (RFC 3501, MOVE from RFC 6851), over plain
/// TCP, implicit TLS or STARTTLS. Poco has no IMAP client, so this one speaks just enough:
/// LOGIN, SELECT, UID SEARCH, UID FETCH (BODY.PEEK[], BODY.PEEK[HEADER], RFC822.SIZE), UID STORE,
/// UID MOVE (or COPY + EXPUNGE), CREATE and LOGOUT, with literal parsing. One thread at a time.
class ImapClient
{
public:
    /// Connects and reads the greeting; `security` is none, tls or starttls; `verifyTls` false
    /// accepts a self-signed certificate.
    ImapClient(const std::string &host, int port, const std::string &security, bool verifyTls = true,
               int timeoutSeconds = 30);
    ~ImapClient();

    void login(const std::string &user, const std::string &password);
    /// Opens a folder and returns its UIDVALIDITY and UIDNEXT.
    ImapFolderStatus select(const std::string &folder);
    /// UIDs of messages without the \Seen flag.
    std::vector<std::uint32_t> unseen();
    /// UIDs of the messages above `lastUid`, whatever their flags, ascending.
    std::vector<std::uint32_t> uidsAbove(std::uint32_t lastUid);
    /// Sizes in bytes (RFC822.SIZE) of messages, by UID, without fetching them.
    std::map<std::uint32_t, std::int64_t> sizes(const std::vector<std::uint32_t> &uids);
    /// The full message, without setting \Seen.
    std::string fetch(std::uint32_t uid);
    /// Only the header block of a message (ending with its empty line), without setting \Seen.
    std::string fetchHeader(std::uint32_t uid);
    /// Sets \Seen on the messages (one command; nothing for an empty list).
    void markSeen(const std::vector<std::uint32_t> &uids);
    /// Moves messages to a folder in one command, creating the folder when it is missing.
    void move(const std::vector<std::uint32_t> &uids, const std::string &folder);
    void logout();

private:
    struct Reply {
        std::string status; // OK, NO, BAD
        std::string text;
        std::vector<std::string> untagged; // untagged lines, literals inlined
        std::vector<std::string> literals; // literal payloads, in order
    };
    Reply command(const std::string &text);
    std::vector<std::uint32_t> search(const std::string &criteria);
    std::string readLine();
    std::string readBytes(std::size_t count);
    static std::string quoted(const std::string &text);
    /// "4,7,9" for UID commands.
    static std::string uidSet(const std::vector<std::uint32_t> &uids);
    /// The one literal a UID FETCH of `item` answers.
    std::string fetchLiteral(std::uint32_t uid, const std::string &item);

    std::unique_ptr<Poco::Net::StreamSocket> m_socket;
    std::string m_buffer;
    int m_tag = 0;
    bool m_hasMove = false;
    std::vector<std::string> m_knownFolders;
};

} // namespace helpdesk::mail
