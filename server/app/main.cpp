// helpdesk-server: thin entry point; everything lives in HelpdeskServer.

#include "app/HelpdeskServer.h"
#include "mail/MailParser.h"

#include <Poco/AutoPtr.h>
#include <Poco/ConsoleChannel.h>
#include <Poco/FormattingChannel.h>
#include <Poco/Logger.h>
#include <Poco/PatternFormatter.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionSet.h>
#include <Poco/Util/ServerApplication.h>

#include <fstream>
#include <iostream>
#include <iterator>

using Poco::Util::Option;
using Poco::Util::OptionCallback;

namespace {

class ServerMain : public Poco::Util::ServerApplication
{
protected:
    void defineOptions(Poco::Util::OptionSet &options) override
    {
        ServerApplication::defineOptions(options);
        auto opt = [&](const char *name, const char *help, bool arg, const char *argName = "value") {
            Option o(name, "", help);
            o.required(false).repeatable(false);
            if (arg)
                o.argument(argName);
            o.callback(OptionCallback<ServerMain>(this, &ServerMain::handleOption));
            options.addOption(o);
        };
        opt("help", "show this help", false);
        opt("database-url", "libpq connection string or URL of an existing PostgreSQL; without it an embedded "
                            "cluster runs under --data-dir", true, "url");
        opt("data-dir", "directory of the embedded database (default ./data)", true, "path");
        opt("listen", "address to listen on (default 127.0.0.1)", true, "address");
        opt("port", "HTTP and WebSocket port (default 8080)", true, "port");
        opt("demo-data", "load demo groups, agents, customers and tickets", false);
        opt("admin-email", "e-mail of the first admin account (default admin@example.com)", true, "email");
        opt("db-pool", "database connections of this instance (default 24)", true, "n");
        opt("max-threads", "request threads; each WebSocket session holds one (default 700)", true, "n");
        opt("tls-ca-file", "PEM file of CA certificates trusted for mail servers besides the system store", true, "file");
        opt("config", "read settings from a properties file (keys as the long options)", true, "file");
    }

    void handleOption(const std::string &name, const std::string &value)
    {
        if (name == "help") {
            Poco::Util::HelpFormatter help(options());
            help.setCommand(commandName());
            help.setHeader("Helpdesk server: JSON API over HTTP and WebSocket on PostgreSQL.");
            help.format(std::cout);
            stopOptionsProcessing();
            m_helpShown = true;
            return;
        }
        if (name == "config") {
            loadConfiguration(value);
            return;
        }
        config().setString("helpdesk." + name, value.empty() ? "true" : value);
    }

    int main(const std::vector<std::string> &) override
    {
        if (m_helpShown)
            return EXIT_OK;
        Poco::AutoPtr<Poco::PatternFormatter> formatter(new Poco::PatternFormatter("%Y-%m-%dT%H:%M:%S.%iZ %p %s: %t"));
        Poco::AutoPtr<Poco::FormattingChannel> channel(new Poco::FormattingChannel(formatter, new Poco::ConsoleChannel));
        Poco::Logger::root().setChannel(channel);

        helpdesk::app::ServerConfig c;
        auto &cfg = config();
        c.databaseUrl = cfg.getString("helpdesk.database-url", "");
        c.dataDirectory = cfg.getString("helpdesk.data-dir", "data");
        c.listenAddress = cfg.getString("helpdesk.listen", "127.0.0.1");
        c.port = cfg.getInt("helpdesk.port", 8080);
        c.demoData = cfg.getBool("helpdesk.demo-data", false);
        c.adminEmail = cfg.getString("helpdesk.admin-email", "admin@example.com");
        c.databasePoolSize = cfg.getInt("helpdesk.db-pool", 24);
        c.maxThreads = cfg.getInt("helpdesk.max-threads", 700);
        c.tlsCaFile = cfg.getString("helpdesk.tls-ca-file", "");
        try {
            helpdesk::app::HelpdeskServer server(c);
            server.start();
            if (server.firstAdminPassword())
                std::cout << "\nFirst admin account created: " << c.adminEmail << "\n"
                          << "One-time password (shown once, change it after signing in): "
                          << *server.firstAdminPassword() << "\n\n"
                          << std::flush;
            std::cout << "helpdesk-server listening on http://" << c.listenAddress << ":" << server.port() << std::endl;
            waitForTerminationRequest();
            server.stop();
        } catch (const std::exception &e) {
            std::cerr << "helpdesk-server: " << e.what() << std::endl;
            return EXIT_SOFTWARE;
        }
        return EXIT_OK;
    }

private:
    bool m_helpShown = false;
};

} // namespace

namespace {
/// `helpdesk-server parse-mail FILE`: prints the parsed message as JSON (for admins debugging a
/// message, and for tests). Exit 0 on success, 65 (EX_DATAERR) when the file is not mail.
int parseMailCommand(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << "helpdesk-server: cannot read " << path << std::endl;
        return 66;
    }
    std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    try {
        auto parsed = helpdesk::mail::MailParser::parse(raw);
        parsed.toJson()->stringify(std::cout, 2);
        std::cout << std::endl;
        return 0;
    } catch (const helpdesk::mail::MailParseError &e) {
        std::cerr << "helpdesk-server: " << path << ": " << e.what() << std::endl;
        return 65;
    }
}
} // namespace

int main(int argc, char **argv)
{
    if (argc >= 2 && std::string(argv[1]) == "parse-mail") {
        if (argc != 3) {
            std::cerr << "usage: helpdesk-server parse-mail FILE" << std::endl;
            return 64;
        }
        return parseMailCommand(argv[2]);
    }
    ServerMain app;
    return app.run(argc, argv);
}
