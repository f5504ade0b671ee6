// helpdesk-server: thin entry point; everything lives in HelpdeskServer.

#include "app/EmbeddedPostgres.h"
#include "app/HelpdeskServer.h"
#include "db/Migrator.h"
#include "domain/SecretRotation.h"
#include "integrations/freshdesk/ApiReader.h"
#include "integrations/freshdesk/ApiVerifier.h"
#include "integrations/freshdesk/ExportReader.h"
#include "mail/MailParser.h"

#include <Poco/AutoPtr.h>
#include <Poco/ConsoleChannel.h>
#include <Poco/FormattingChannel.h>
#include <Poco/Logger.h>
#include <Poco/PatternFormatter.h>
#include <Poco/StringTokenizer.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionSet.h>
#include <Poco/Util/ServerApplication.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <iterator>
#include <map>

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
        opt("database-url",
            "libpq connection string or URL of an existing PostgreSQL; without it an embedded "
            "cluster runs under --data-dir",
            true, "url");
        opt("data-dir", "directory of the embedded database (default ./data)", true, "path");
        opt("listen", "address to listen on (default 127.0.0.1)", true, "address");
        opt("port", "HTTP and WebSocket port (default 8080)", true, "port");
        opt("demo-data", "load demo groups, agents, customers and tickets", false);
        opt("admin-email", "e-mail of the first admin account (default admin@example.com)", true, "email");
        opt("db-pool", "database connections of this instance (default 24)", true, "n");
        opt("max-threads", "concurrent HTTP requests; WebSocket sessions hold no thread (default 128)", true, "n");
        opt("ws-workers", "threads running WebSocket requests of all sessions (default 8)", true, "n");
        opt("ws-strangers-per-address", "WebSocket connections of one address before their hello (default 50)", true,
            "n");
        opt("tls-ca-file",
            "PEM file of CA certificates trusted for mail servers and partner desks besides the system store", true,
            "file");
        opt("secret-key-file",
            "key sealing mailbox and SMTP passwords and other secrets in the database, created (mode 0600) "
            "when missing (default <data-dir>/secret.key); every instance of one database needs the same "
            "file; `helpdesk-server rotate-secret-key` replaces it",
            true, "file");
        opt("statement-timeout", "seconds a database statement of an API request may run, 0: no limit (default 30)",
            true, "s");
        opt("user-rate", "API requests per second of one user, bursts of ten times as many (default 1000)", true, "n");
        opt("address-rate", "API requests per second of one address, bursts of ten times as many (default 2000)", true,
            "n");
        opt("upload-quota-mb", "MiB of attachments one user may upload per day, 0: no quota (default 2048)", true, "n");
        opt("password-hashes", "password hashes (64 MiB each) at once, 0: by cores and memory (default 0)", true, "n");
        opt("trusted-proxies", "comma-separated addresses of reverse proxies whose X-Forwarded-For is believed", true,
            "list");
        opt("sharing-allowed-networks",
            "comma-separated CIDRs of private or loopback addresses ticket sharing may reach (partner desks on "
            "the same network); by default only public addresses",
            true, "list");
        opt("webhook-allowed-networks",
            "comma-separated CIDRs of private or loopback addresses webhooks may be sent to; by default only "
            "public addresses",
            true, "list");
        opt("webhook-attempts", "attempts of one webhook delivery before it is dead (default 12, about a day)", true,
            "n");
        opt("lmtp-listen",
            "accept mail from the MTA over LMTP on host:port (such as 127.0.0.1:2424) or a UNIX socket "
            "(unix:/path); off by default",
            true, "address");
        opt("lmtp-connections", "LMTP connections at once; more are told to come back (default 32)", true, "n");
        opt("config", "read settings from a properties file (keys as the long options)", true, "file");
    }

    void handleOption(const std::string &name, const std::string &value) override
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
        // SIGINT, SIGTERM and SIGQUIT are for waitForTerminationRequest(), which stops the server
        // and its embedded cluster. Blocked before any thread starts (threads inherit the mask):
        // one arriving while the server starts (initdb, migrations) waits for it instead of
        // ending the process on the spot with the cluster running.
        sigset_t termination;
        sigemptyset(&termination);
        for (int signal : {SIGINT, SIGTERM, SIGQUIT})
            sigaddset(&termination, signal);
        pthread_sigmask(SIG_BLOCK, &termination, nullptr);
        Poco::AutoPtr<Poco::PatternFormatter> formatter(new Poco::PatternFormatter("%Y-%m-%dT%H:%M:%S.%iZ %p %s: %t"));
        Poco::AutoPtr<Poco::FormattingChannel> channel(
            new Poco::FormattingChannel(formatter, new Poco::ConsoleChannel));
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
        c.maxThreads = cfg.getInt("helpdesk.max-threads", 128);
        c.websocket.workerThreads = cfg.getInt("helpdesk.ws-workers", 8);
        c.websocket.maxUnauthenticatedPerAddress = cfg.getInt("helpdesk.ws-strangers-per-address", 50);
        c.tlsCaFile = cfg.getString("helpdesk.tls-ca-file", "");
        c.limits.statementTimeout = std::chrono::seconds(cfg.getInt("helpdesk.statement-timeout", 30));
        c.limits.requestsPerSecondPerUser = cfg.getDouble("helpdesk.user-rate", 1000);
        c.limits.requestBurstPerUser = 10 * c.limits.requestsPerSecondPerUser;
        c.limits.requestsPerSecondPerAddress = cfg.getDouble("helpdesk.address-rate", 2000);
        c.limits.requestBurstPerAddress = 10 * c.limits.requestsPerSecondPerAddress;
        c.limits.uploadBytesPerUserPerDay = cfg.getInt64("helpdesk.upload-quota-mb", 2048) * 1024 * 1024;
        c.limits.concurrentPasswordHashes = cfg.getInt("helpdesk.password-hashes", 0);
        for (const auto &proxy :
             Poco::StringTokenizer(cfg.getString("helpdesk.trusted-proxies", ""), ",",
                                   Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY))
            c.limits.trustedProxies.push_back(proxy);
        c.secretKeyFile = cfg.getString("helpdesk.secret-key-file", "");
        for (const auto &network :
             Poco::StringTokenizer(cfg.getString("helpdesk.sharing-allowed-networks", ""), ",",
                                   Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY))
            c.sharingAllowedNetworks.push_back(network);
        for (const auto &network :
             Poco::StringTokenizer(cfg.getString("helpdesk.webhook-allowed-networks", ""), ",",
                                   Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY))
            c.webhookAllowedNetworks.push_back(network);
        c.webhookAttempts = std::max(1, cfg.getInt("helpdesk.webhook-attempts", 12));
        c.lmtpListen = cfg.getString("helpdesk.lmtp-listen", "");
        c.lmtp.maxConnections = std::max(1, cfg.getInt("helpdesk.lmtp-connections", 32));
        try {
            helpdesk::app::HelpdeskServer server(c);
            server.start();
            if (server.firstAdminPassword())
                std::cout << "\nFirst admin account created: " << c.adminEmail << "\n"
                          << "One-time password (shown once, change it after signing in): "
                          << *server.firstAdminPassword() << "\n\n"
                          << std::flush;
            std::cout << "helpdesk-server listening on http://" << c.listenAddress << ":" << server.port() << std::endl;
            if (!c.lmtpListen.empty())
                std::cout << "helpdesk-server accepting mail over LMTP on " << c.lmtpListen << std::endl;
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
/// `helpdesk-server parse-mail [--explain] FILE`: prints the parsed message as JSON (for admins
/// debugging a message, and for tests); with --explain, also under "explain" the rule that decided
/// each field. Exit 0 on success, 65 (EX_DATAERR) when the file is not mail.
int parseMailCommand(const std::string &path, bool explain)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << "helpdesk-server: cannot read " << path << std::endl;
        return 66;
    }
    std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    try {
        auto parsed = helpdesk::mail::MailParser::parse(raw);
        auto json = parsed.toJson();
        if (explain)
            json->set("explain", parsed.explanationJson());
        json->stringify(std::cout, 2);
        std::cout << std::endl;
        return 0;
    } catch (const helpdesk::mail::MailParseError &e) {
        std::cerr << "helpdesk-server: " << path << ": " << e.what() << std::endl;
        return 65;
    }
}
} // namespace

namespace {
/// The database a command works on, migrated: `databaseUrl`, or else the embedded cluster under
/// `dataDir`, started into `embedded` (which stops it when it goes). Returns its connection string.
std::string migratedCommandDatabase(std::string databaseUrl, const std::string &dataDir,
                                    std::unique_ptr<helpdesk::app::EmbeddedPostgres> &embedded)
{
    if (databaseUrl.empty()) {
        helpdesk::app::EmbeddedPostgresOptions pgOptions;
        pgOptions.dataDirectory = dataDir;
        embedded = std::make_unique<helpdesk::app::EmbeddedPostgres>(pgOptions);
        embedded->start();
        databaseUrl = embedded->connectionString();
    }
    helpdesk::db::Migrator(databaseUrl).migrate();
    return databaseUrl;
}

/// A dry run's report: per kind, how many things cannot be carried as they are, with examples.
void printDryRunFindings(const std::vector<helpdesk::db::ImportLogEntry> &findings, std::ostream &out)
{
    out << "\nDry run: nothing was written (the counts above are what the import would create and update).\n";
    if (findings.empty()) {
        out << "Everything can be mapped.\n";
        return;
    }
    std::map<std::string, std::vector<const helpdesk::db::ImportLogEntry *>> byKind;
    for (const auto &f : findings)
        byKind[f.kind + " (" + f.outcome + ")"].push_back(&f);
    out << "What cannot be carried as it is:\n";
    for (const auto &[kind, entries] : byKind) {
        out << "  " << kind << ": " << entries.size() << "\n";
        for (std::size_t i = 0; i < std::min<std::size_t>(entries.size(), 5); ++i)
            out << "    - " << (entries[i]->externalId ? *entries[i]->externalId + ": " : "") << entries[i]->reason
                << "\n";
    }
}

/// `helpdesk-server import freshdesk --export PATH [options]`: imports a Freshdesk account into the
/// configured database (an existing one with --database-url, else the embedded cluster under
/// --data-dir). Exit 0 when every record went in, 1 when some failed (see import_log), 64 on usage.
int importCommand(const std::vector<std::string> &args)
{
    const char *usage = "usage: helpdesk-server import freshdesk (--export PATH | --api URL --api-key KEY)\n"
                        "         [--database-url URL | --data-dir DIR]\n"
                        "         [--keep-numbers] [--download-attachments] [--verify] [--batch N]\n"
                        "         [--dry-run (report what would be created and what cannot be mapped; write nothing)]\n"
                        "         [--api-page-limit N (Freshdesk lists at most 300 pages)]";
    if (args.empty() || args[0] != "freshdesk") {
        std::cerr << usage << std::endl;
        return 64;
    }
    std::string exportPath, apiUrl, apiKey, databaseUrl, dataDir = "data";
    helpdesk::integrations::freshdesk::ImportOptions options;
    bool verify = false;
    int apiPageLimit = 300;
    for (std::size_t i = 1; i < args.size(); ++i) {
        auto value = [&]() -> std::string {
            if (i + 1 >= args.size())
                throw std::invalid_argument(args[i] + " needs a value");
            return args[++i];
        };
        try {
            if (args[i] == "--export")
                exportPath = value();
            else if (args[i] == "--api")
                apiUrl = value();
            else if (args[i] == "--api-key")
                apiKey = value();
            else if (args[i] == "--api-page-limit")
                apiPageLimit = std::max(1, std::stoi(value()));
            else if (args[i] == "--database-url")
                databaseUrl = value();
            else if (args[i] == "--data-dir")
                dataDir = value();
            else if (args[i] == "--keep-numbers")
                options.keepNumbers = true;
            else if (args[i] == "--download-attachments")
                options.downloadAttachments = true;
            else if (args[i] == "--verify")
                verify = true;
            else if (args[i] == "--dry-run")
                options.dryRun = true;
            else if (args[i] == "--batch")
                options.ticketBatch = std::max(1, std::stoi(value()));
            else
                throw std::invalid_argument("unknown option " + args[i]);
        } catch (const std::exception &e) {
            std::cerr << "helpdesk-server import: " << e.what() << "\n" << usage << std::endl;
            return 64;
        }
    }
    if (exportPath.empty() == apiUrl.empty() || (!apiUrl.empty() && apiKey.empty())) {
        std::cerr << "helpdesk-server import: give either --export PATH or --api URL with --api-key KEY\n"
                  << usage << std::endl;
        return 64;
    }
    // Problems with single records go to the terminal as they happen (and to import_log).
    Poco::Logger::root().setChannel(new Poco::ConsoleChannel(std::cerr));
    Poco::Logger::root().setLevel(Poco::Message::PRIO_WARNING);
    try {
        std::unique_ptr<helpdesk::app::EmbeddedPostgres> embedded;
        databaseUrl = migratedCommandDatabase(databaseUrl, dataDir, embedded);
        // The reading thread's and the two batch writers' connections.
        helpdesk::db::ConnectionPool pool(databaseUrl, 3);
        helpdesk::integrations::freshdesk::ImportOptions used = options;
        if (!apiUrl.empty())
            used.downloadAttachments = true; // the API's attachment addresses are reachable with the account
        helpdesk::integrations::freshdesk::FreshdeskImporter importer(pool, used);
        helpdesk::integrations::freshdesk::ProgressPrinter progress(std::cerr);
        auto started = std::chrono::steady_clock::now();
        std::unique_ptr<helpdesk::integrations::freshdesk::ExportReader> reader;
        std::unique_ptr<helpdesk::integrations::freshdesk::FreshdeskApi> api;
        if (!exportPath.empty()) {
            reader = std::make_unique<helpdesk::integrations::freshdesk::ExportReader>(exportPath);
            reader->importInto(importer, progress, options.ticketBatch);
        } else {
            api = std::make_unique<helpdesk::integrations::freshdesk::FreshdeskApi>(apiUrl, apiKey);
            helpdesk::integrations::freshdesk::ApiReader(*api, apiPageLimit).importInto(importer, progress);
            std::cout << "\nAPI requests retried (rate limits, dropped connections): " << api->retries() << "\n";
        }
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        long long failed = 0;
        std::cout << "\nFreshdesk import finished in " << std::fixed << std::setprecision(1) << seconds << " s\n"
                  << std::left << std::setw(12) << "kind" << std::right << std::setw(10) << "created" << std::setw(10)
                  << "updated" << std::setw(10) << "skipped" << std::setw(10) << "failed"
                  << "\n";
        for (const auto &[kind, t] : importer.totals()) {
            std::cout << std::left << std::setw(12) << kind << std::right << std::setw(10) << t.created << std::setw(10)
                      << t.updated << std::setw(10) << t.skipped << std::setw(10) << t.failed << "\n";
            failed += t.failed;
        }
        if (options.dryRun) {
            printDryRunFindings(importer.findings(), std::cout);
            return failed > 0 ? 1 : 0;
        }
        if (failed > 0)
            std::cout << "Failed records are listed with their reason in the import_log table.\n";
        if (verify && reader && !reader->verify(pool, std::cout))
            return 1;
        if (verify && api &&
            !helpdesk::integrations::freshdesk::ApiVerifier(*api, apiPageLimit).verify(pool, std::cout))
            return 1;
        return failed > 0 ? 1 : 0;
    } catch (const std::exception &e) {
        std::cerr << "helpdesk-server import: " << e.what() << std::endl;
        return 70;
    }
}
} // namespace

namespace {
/// `helpdesk-server rotate-secret-key [--database-url URL | --data-dir DIR] [--secret-key-file FILE]`:
/// seals every stored secret under a new key and replaces the key file (the previous key kept as
/// FILE.old). Running instances on the same host notice the new file at their next use of a
/// secret; other hosts need the new file copied to them. Exit 0 when done, 64 on usage, 70 when
/// nothing could be rotated (the database and key file are then as they were, or resumable).
int rotateSecretKeyCommand(const std::vector<std::string> &args)
{
    const char *usage = "usage: helpdesk-server rotate-secret-key [--database-url URL | --data-dir DIR]\n"
                        "         [--secret-key-file FILE (default DIR/secret.key)]";
    std::string databaseUrl, dataDir = "data", keyFile;
    for (std::size_t i = 0; i < args.size(); i += 2) { // every option takes a value
        if (i + 1 >= args.size() ||
            (args[i] != "--database-url" && args[i] != "--data-dir" && args[i] != "--secret-key-file")) {
            std::cerr << usage << std::endl;
            return 64;
        }
        (args[i] == "--database-url" ? databaseUrl : args[i] == "--data-dir" ? dataDir : keyFile) = args[i + 1];
    }
    if (keyFile.empty())
        keyFile = dataDir + "/secret.key";
    Poco::Logger::root().setChannel(new Poco::ConsoleChannel(std::cerr));
    Poco::Logger::root().setLevel(Poco::Message::PRIO_WARNING);
    try {
        std::unique_ptr<helpdesk::app::EmbeddedPostgres> embedded;
        databaseUrl = migratedCommandDatabase(databaseUrl, dataDir, embedded);
        helpdesk::db::ConnectionPool pool(databaseUrl, 1);
        auto outcome = helpdesk::domain::SecretRotation::rotate(pool, keyFile);
        if (outcome.finishedInterrupted)
            std::cout << "An interrupted rotation (key " << outcome.previousKeyId << ") was finished first.\n";
        std::cout << "Rotated the secret key: " << outcome.previousKeyId << " -> " << outcome.newKeyId << ", "
                  << outcome.resealed << " stored secrets sealed again.\n"
                  << "The key file " << keyFile << " holds the new key; the previous one is kept in " << keyFile
                  << ".old\n(instances that sealed something while they still had it stay readable; delete it "
                     "once every instance\nruns with the new key). Copy "
                  << keyFile
                  << " to every other host of this database; instances there\npick it up without a "
                     "restart. Back up the new key file now."
                  << std::endl;
        return 0;
    } catch (const std::exception &e) {
        std::cerr << "helpdesk-server rotate-secret-key: " << e.what() << std::endl;
        return 70;
    }
}
} // namespace

int main(int argc, char **argv)
{
    if (argc >= 2 && std::string(argv[1]) == "rotate-secret-key")
        return rotateSecretKeyCommand(std::vector<std::string>(argv + 2, argv + argc));
    if (argc >= 2 && std::string(argv[1]) == "import")
        return importCommand(std::vector<std::string>(argv + 2, argv + argc));
    if (argc >= 2 && std::string(argv[1]) == "parse-mail") {
        bool explain = argc == 4 && std::string(argv[2]) == "--explain";
        if (argc != 3 && !explain) {
            std::cerr << "usage: helpdesk-server parse-mail [--explain] FILE" << std::endl;
            return 64;
        }
        return parseMailCommand(argv[argc - 1], explain);
    }
    ServerMain app;
    return app.run(argc, argv);
}
