#pragma once

#include <string>

namespace helpdesk::test {
class TestCertificates;
}

namespace helpdesk::test {

/// A private Dovecot (IMAP and POP3) on loopback ports with a passwd-file of test users and
/// Maildirs under a temporary directory. Messages are placed by writing Maildir files.
class DovecotServer
{
public:
    DovecotServer();
    ~DovecotServer();

    void start();
    void stop();
    int imapPort() const { return m_imapPort; }
    int pop3Port() const { return m_pop3Port; }
    /// Before start(): TLS on (IMAPS, POP3S, STARTTLS, STLS) with the test CA's certificate on
    /// 127.0.0.1, and an untrusted self-signed one on 127.0.0.2.
    void enableTls(const TestCertificates &certificates);
    int imapsPort() const { return m_imapsPort; }
    int pop3sPort() const { return m_pop3sPort; }
    /// Adds a user (password "secret") before start().
    void addUser(const std::string &user);
    /// Drops a message into a user's folder ("" for INBOX, or e.g. "Processed").
    void deliver(const std::string &user, const std::string &raw, const std::string &folder = {});
    /// Messages currently in a folder (new and cur).
    int count(const std::string &user, const std::string &folder = {}) const;
    /// Gives a folder a new UIDVALIDITY and numbers its messages from 1 again, as a server whose
    /// mailbox was rebuilt or restored does (RFC 3501 2.3.1.1). Only while stopped.
    void renumberFolder(const std::string &user, const std::string &folder = {});

private:
    std::string maildir(const std::string &user, const std::string &folder) const;

    std::string m_directory;
    int m_imapPort = 0;
    int m_pop3Port = 0;
    int m_imapsPort = 0;
    int m_pop3sPort = 0;
    std::string m_tlsConfig;
    bool m_running = false;
    std::string m_users;
    int m_serial = 0;
};

} // namespace helpdesk::test
