#include "support/TestServer.h"

#include <Poco/AutoPtr.h>
#include <Poco/ConsoleChannel.h>
#include <Poco/Logger.h>
#include <Poco/Path.h>
#include <Poco/Process.h>

#include <cstdlib>

namespace helpdesk::test {

TestServer::TestServer(const std::string &conninfo, const std::string &adminEmail, const std::string &tlsCaFile)
    : TestServer(conninfo, [&](app::ServerConfig &config) {
          config.adminEmail = adminEmail;
          config.tlsCaFile = tlsCaFile;
      })
{
}

TestServer::TestServer(const std::string &conninfo, const std::function<void(app::ServerConfig &)> &configure)
{
    // Keep test output readable: errors only (unsent mail to a missing SMTP server is expected).
    Poco::Logger::setLevel("", Poco::Message::PRIO_ERROR);
    if (const char *level = std::getenv("HELPDESK_TEST_LOG")) // e.g. "information" while debugging
    {
        Poco::Logger::setChannel("", new Poco::ConsoleChannel);
        Poco::Logger::setLevel("", Poco::Logger::parseLevel(level));
    }
    app::ServerConfig config;
    config.databaseUrl = conninfo;
    config.port = 0;
    config.adminEmail = "admin@test.example";
    config.databasePoolSize = 16;
    // One key per test process, so that several instances on one database open each other's
    // sealed passwords; removed when the process ends.
    static const struct KeyFile {
        std::string path = Poco::Path::temp() + "helpdesk-test-" + std::to_string(Poco::Process::id()) + ".key";
        ~KeyFile() { std::remove(path.c_str()); }
    } keyFile;
    config.secretKeyFile = keyFile.path;
    // Test desks share tickets with each other on loopback; a test of the refusal clears this.
    config.sharingAllowedNetworks = {"127.0.0.0/8"};
    configure(config);
    m_server = std::make_unique<app::HelpdeskServer>(config);
    m_server->start();
}

TestServer::~TestServer()
{
    stop();
}

void TestServer::stop()
{
    if (m_server)
        m_server->stop();
}

int TestServer::port() const
{
    return m_server->port();
}

std::string TestServer::adminPassword() const
{
    return m_server->firstAdminPassword().value_or("");
}

} // namespace helpdesk::test
