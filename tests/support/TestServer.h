#pragma once

#include "app/HelpdeskServer.h"

#include <functional>
#include <memory>
#include <string>

namespace helpdesk::test {

/// A HelpdeskServer in this process on an ephemeral loopback port, against a given database.
class TestServer
{
public:
    explicit TestServer(const std::string &conninfo, const std::string &adminEmail = "admin@test.example",
                        const std::string &tlsCaFile = {});
    /// The same with any setting changed by `configure` (limits, timeouts) before the start.
    TestServer(const std::string &conninfo, const std::function<void(app::ServerConfig &)> &configure);
    ~TestServer();

    int port() const;
    /// The first admin's password, known only to the server that created the account.
    std::string adminPassword() const;
    app::HelpdeskServer &server() { return *m_server; }
    void stop();

private:
    std::unique_ptr<app::HelpdeskServer> m_server;
};

} // namespace helpdesk::test
