#include "support/TestCertificates.h"

#include <Poco/File.h>
#include <Poco/Process.h>

#include <fstream>
#include <stdexcept>
#include <sys/stat.h>

namespace helpdesk::test {

namespace {
void run(const std::string &command)
{
    auto handle = Poco::Process::launch("/bin/sh", {"-c", command + " >/dev/null 2>&1"});
    if (handle.wait() != 0)
        throw std::runtime_error("openssl failed: " + command);
}
} // namespace

TestCertificates::TestCertificates()
{
    char pattern[] = "/tmp/helpdesk-certs-XXXXXX";
    if (!mkdtemp(pattern))
        throw std::runtime_error("cannot create a temporary directory");
    m_directory = pattern;
    ::chmod(m_directory.c_str(), 0755);
    const std::string d = m_directory;
    {
        std::ofstream ext(d + "/server.ext");
        ext << "subjectAltName = DNS:localhost, IP:127.0.0.1\nbasicConstraints = CA:FALSE\n"
               "keyUsage = digitalSignature, keyEncipherment\nextendedKeyUsage = serverAuth\n";
    }
    run("openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj '/CN=Helpdesk Test CA' -keyout " + d +
        "/ca.key -out " + d + "/ca.pem");
    run("openssl req -newkey rsa:2048 -nodes -subj '/CN=localhost' -keyout " + d + "/server.key -out " + d +
        "/server.csr");
    run("openssl x509 -req -days 2 -in " + d + "/server.csr -CA " + d + "/ca.pem -CAkey " + d +
        "/ca.key -CAcreateserial -out " + d + "/server.pem -extfile " + d + "/server.ext");
    run("openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj '/CN=localhost' -addext "
        "'subjectAltName=DNS:localhost,IP:127.0.0.2'"
        " -keyout " +
        d + "/untrusted.key -out " + d + "/untrusted.pem");
    for (const char *file : {"/server.key", "/untrusted.key"})
        ::chmod((d + file).c_str(), 0644); // read by the servers' unprivileged users; test keys only
}

TestCertificates::~TestCertificates()
{
    try {
        Poco::File(m_directory).remove(true);
    } catch (...) {
    }
}

} // namespace helpdesk::test
