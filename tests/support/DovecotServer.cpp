#include "support/DovecotServer.h"

#include "support/TestCertificates.h"
#include "support/WaitUntil.h"

#include <Poco/DirectoryIterator.h>
#include <Poco/File.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>

#include <csignal>
#include <fstream>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace helpdesk::test {

namespace {
constexpr int kMailUid = 65534; // nobody

int freePort()
{
    Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
    return probe.address().port();
}

void makeOwnedDirectory(const std::string &path)
{
    Poco::File(path).createDirectories();
    ::chmod(path.c_str(), 0755);
    if (::geteuid() == 0 && ::chown(path.c_str(), kMailUid, kMailUid) != 0)
        throw std::runtime_error("cannot chown " + path);
}
} // namespace

DovecotServer::DovecotServer()
{
    char pattern[] = "/tmp/helpdesk-dovecot-XXXXXX";
    if (!mkdtemp(pattern))
        throw std::runtime_error("cannot create a temporary directory");
    m_directory = pattern;
    ::chmod(m_directory.c_str(), 0755);
    m_imapPort = freePort();
    m_pop3Port = freePort();
}

DovecotServer::~DovecotServer()
{
    stop();
    try {
        Poco::File(m_directory).remove(true);
    } catch (...) {
    }
}

void DovecotServer::addUser(const std::string &user)
{
    m_users += user + ":{PLAIN}secret:" + std::to_string(kMailUid) + ":" + std::to_string(kMailUid) +
               "::" + m_directory + "/home/" + user + "::\n";
    makeOwnedDirectory(m_directory + "/home/" + user);
    for (const char *sub : {"", "/new", "/cur", "/tmp"})
        makeOwnedDirectory(m_directory + "/mail/" + user + sub);
}

void DovecotServer::enableTls(const TestCertificates &certificates)
{
    m_imapsPort = freePort();
    m_pop3sPort = freePort();
    m_tlsConfig = "ssl = yes\nssl_cert = <" + certificates.serverCert() + "\nssl_key = <" + certificates.serverKey() +
                  "\n" + "local 127.0.0.2 {\n  ssl_cert = <" + certificates.untrustedCert() + "\n  ssl_key = <" +
                  certificates.untrustedKey() + "\n}\n";
}

std::string DovecotServer::maildir(const std::string &user, const std::string &folder) const
{
    return m_directory + "/mail/" + user + (folder.empty() ? "" : "/." + folder);
}

void DovecotServer::start()
{
    if (m_running)
        return;
    makeOwnedDirectory(m_directory + "/mail");
    Poco::File(m_directory + "/run").createDirectories();
    Poco::File(m_directory + "/state").createDirectories();
    {
        std::ofstream users(m_directory + "/users");
        users << m_users;
    }
    std::ofstream conf(m_directory + "/dovecot.conf");
    conf << "base_dir = " << m_directory << "/run\n"
         << "state_dir = " << m_directory << "/state\n"
         << "log_path = " << m_directory << "/dovecot.log\n"
         << "protocols = imap pop3\n"
         << "listen = " << (m_tlsConfig.empty() ? "127.0.0.1" : "127.0.0.1, 127.0.0.2") << "\n"
         << (m_tlsConfig.empty() ? std::string("ssl = no\n") : m_tlsConfig) << "disable_plaintext_auth = no\n"
         << "auth_mechanisms = plain login\n"
         << "mail_location = maildir:" << m_directory << "/mail/%u\n"
         << "default_internal_user = nobody\n"
         << "default_login_user = nobody\n"
         << "default_internal_group = nogroup\n"
         << "first_valid_uid = 1\n"
         << "pop3_uidl_format = %08Xu%08Xv\n"
         << "passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u " << m_directory
         << "/users\n}\n"
         << "userdb {\n  driver = passwd-file\n  args = username_format=%u " << m_directory << "/users\n}\n"
         << "service imap-login {\n  inet_listener imap {\n    port = " << m_imapPort
         << "\n  }\n  inet_listener imaps {\n    port = " << m_imapsPort << "\n  }\n}\n"
         << "service pop3-login {\n  inet_listener pop3 {\n    port = " << m_pop3Port
         << "\n  }\n  inet_listener pop3s {\n    port = " << m_pop3sPort << "\n  }\n}\n";
    conf.close();
    // The master daemonizes and keeps inherited descriptors: no pipes, its log file says why.
    auto handle =
        Poco::Process::launch("/bin/sh", {"-c", "exec /usr/sbin/dovecot -c " + m_directory +
                                                    "/dovecot.conf </dev/null >>" + m_directory + "/dovecot.log 2>&1"});
    if (handle.wait() != 0)
        throw std::runtime_error("dovecot did not start; see " + m_directory + "/dovecot.log");
    auto accepts = [&] {
        try {
            Poco::Net::StreamSocket probe(Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(m_imapPort)));
            return true;
        } catch (...) {
            return false;
        }
    };
    if (!waitUntil(accepts, std::chrono::seconds(5),
                   "dovecot accepts IMAP connections on port " + std::to_string(m_imapPort)))
        throw std::runtime_error("dovecot does not accept connections; see " + m_directory + "/dovecot.log");
    m_running = true;
}

void DovecotServer::stop()
{
    if (!m_running)
        return;
    std::ifstream pidFile(m_directory + "/run/master.pid");
    int pid = 0;
    pidFile >> pid;
    // `dovecot stop` rather than a signal: the master may have inherited a blocked SIGTERM.
    Poco::Process::launch("/usr/sbin/dovecot", {"-c", m_directory + "/dovecot.conf", "stop"}).wait();
    if (pid > 0 &&
        !waitUntil([&] { return ::kill(pid, 0) != 0; }, std::chrono::seconds(5), "the dovecot master has exited"))
        ::kill(pid, SIGKILL);
    m_running = false;
}

void DovecotServer::deliver(const std::string &user, const std::string &raw, const std::string &folder)
{
    auto dir = maildir(user, folder);
    for (const char *sub : {"", "/new", "/cur", "/tmp"})
        makeOwnedDirectory(dir + sub);
    std::string name = std::to_string(::time(nullptr)) + ".M" + std::to_string(++m_serial) + "P" +
                       std::to_string(::getpid()) + ".helpdesk-test";
    std::string tmp = dir + "/tmp/" + name;
    {
        std::ofstream file(tmp, std::ios::binary);
        file << raw;
    }
    if (::geteuid() == 0 && ::chown(tmp.c_str(), kMailUid, kMailUid) != 0)
        throw std::runtime_error("cannot chown " + tmp);
    ::rename(tmp.c_str(), (dir + "/new/" + name).c_str());
}

int DovecotServer::count(const std::string &user, const std::string &folder) const
{
    int n = 0;
    for (const char *sub : {"/new", "/cur"}) {
        Poco::File dir(maildir(user, folder) + sub);
        if (!dir.exists())
            continue;
        for (Poco::DirectoryIterator it(dir.path()), end; it != end; ++it)
            ++n;
    }
    return n;
}

void DovecotServer::renumberFolder(const std::string &user, const std::string &folder)
{
    if (m_running)
        throw std::runtime_error("renumberFolder needs dovecot stopped");
    auto dir = maildir(user, folder);
    long long validity = 0;
    {
        std::ifstream old(dir + "/dovecot-uidlist"); // "3 V1700000000 N4 G…"
        std::string version, field;
        if (old >> version >> field && field.size() > 1 && field[0] == 'V')
            validity = std::stoll(field.substr(1));
    }
    // Without its index and UID list Dovecot numbers the messages again under the UIDVALIDITY given here.
    for (Poco::DirectoryIterator it(dir), end; it != end; ++it)
        if (it.name().rfind("dovecot.index", 0) == 0)
            Poco::File(it->path()).remove();
    auto uidlist = dir + "/dovecot-uidlist";
    {
        std::ofstream out(uidlist);
        out << "3 V" << validity + 1000 << " N1\n";
    }
    if (::geteuid() == 0 && ::chown(uidlist.c_str(), kMailUid, kMailUid) != 0)
        throw std::runtime_error("cannot chown " + uidlist);
}

} // namespace helpdesk::test
