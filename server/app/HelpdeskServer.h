#pragma once

#include "api/HttpApiHandler.h"
#include "api/WebSocketHub.h"
#include "mail/LmtpSession.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace Poco::Net {
class HTTPServer;
}
namespace Poco {
class ThreadPool;
}

namespace helpdesk {
namespace db {
class ConnectionPool;
}
namespace domain {
class AccountWatch;
class AuthService;
class EventFeed;
class SignInLinks;
namespace sharing {
class WireRoutes;
}
} // namespace domain
namespace integrations::sharing {
class OutboxDelivery;
}
namespace integrations::webhooks {
class FieldLookupDelivery;
class WebhookDelivery;
class WebhookFanout;
} // namespace integrations::webhooks
namespace api {
class ApiDispatcher;
class SessionRegistry;
} // namespace api
namespace jobs {
class JobQueue;
class SlaWatcher;
} // namespace jobs
namespace mail {
class LmtpServer;
class MailChannel;
} // namespace mail
namespace web {
struct WebServices;
}
namespace app {

class EmbeddedPostgres;

/// Everything `helpdesk-server` can be told (command line or config file).
struct ServerConfig {
    std::string databaseUrl; // empty: run the embedded cluster under dataDirectory
    std::string dataDirectory = "data";
    std::string listenAddress = "127.0.0.1";
    int port = 8080; // 0: any free port (tests)
    int databasePoolSize = 24;
    int maxThreads = 128; // concurrent HTTP requests (WebSockets hold none)
    bool demoData = false;
    std::string adminEmail = "admin@example.com";
    bool fastEmbeddedDatabaseForTests = false;
    int jobThreads = 2;        // background workers (mail in and out, later SLAs…)
    std::string tlsCaFile;     // extra CA certificates trusted for IMAP, POP3, SMTP and partner desks
    std::string secretKeyFile; // seals stored mail passwords; empty: <dataDirectory>/secret.key
    // Networks (CIDRs) of private, loopback or link-local addresses that ticket sharing may reach
    // (partner desks and their files); none: public addresses only.
    std::vector<std::string> sharingAllowedNetworks;
    // The same for webhook targets (an integration on the same network); none: public addresses only.
    std::vector<std::string> webhookAllowedNetworks;
    int webhookAttempts = 12;         // of one webhook delivery before it is dead (about a day)
    int webhookRetryBaseSeconds = 30; // the wait after a delivery's first failure, doubled after each next
    api::ApiLimits limits;
    api::WebSocketLimits websocket; // maxMessage follows limits.maxJsonBody
    // The LMTP listener for an MTA: "host:port" or a UNIX socket ("unix:/path"); empty: none.
    std::string lmtpListen;
    mail::LmtpLimits lmtp;
};

/// The whole server as an object: database (embedded or external), migrations, first admin,
/// event feed and HTTP/WebSocket API. Tests start several in one process. Main thread.
class HelpdeskServer
{
public:
    explicit HelpdeskServer(ServerConfig config);
    ~HelpdeskServer();

    /// Starts everything; throws with a readable message on failure.
    void start();
    void stop();

    /// The port actually listened on.
    /// The SLA watcher (tests run a round of warnings and breaches at once).
    jobs::SlaWatcher &slaWatcher() { return *m_sla; }
    int port() const;
    /// The LMTP listener's TCP port (0 when there is none or it is a UNIX socket).
    int lmtpPort() const;
    /// The first admin's password when this start created the account.
    const std::optional<std::string> &firstAdminPassword() const { return m_firstAdminPassword; }
    /// libpq connection string of the database in use.
    const std::string &conninfo() const { return m_conninfo; }
    EmbeddedPostgres *embeddedPostgres() { return m_postgres.get(); }
    domain::EventFeed &feed() { return *m_feed; }
    /// Open WebSocket connections (tests, metrics).
    std::size_t webSocketCount() const;

private:
    ServerConfig m_config;
    std::string m_conninfo;
    std::optional<std::string> m_firstAdminPassword;
    std::unique_ptr<EmbeddedPostgres> m_postgres;
    std::unique_ptr<db::ConnectionPool> m_pool;
    std::unique_ptr<domain::AuthService> m_auth;
    std::unique_ptr<domain::SignInLinks> m_signInLinks;
    std::unique_ptr<domain::EventFeed> m_feed;
    std::unique_ptr<mail::MailChannel> m_mail;
    std::unique_ptr<jobs::JobQueue> m_jobs;
    std::unique_ptr<jobs::SlaWatcher> m_sla;
    std::unique_ptr<domain::sharing::WireRoutes> m_sharingRoutes;
    std::unique_ptr<integrations::webhooks::WebhookDelivery> m_webhookDelivery;
    std::unique_ptr<integrations::webhooks::WebhookFanout> m_webhookFanout;
    std::unique_ptr<integrations::webhooks::FieldLookupDelivery> m_fieldLookups;
    std::unique_ptr<integrations::sharing::OutboxDelivery> m_sharingDelivery;
    std::unique_ptr<api::ApiDispatcher> m_dispatcher;
    std::unique_ptr<api::SessionRegistry> m_sessions;
    std::unique_ptr<domain::AccountWatch> m_accountWatch;
    std::unique_ptr<api::WebSocketHub> m_hub;
    std::unique_ptr<web::WebServices> m_web;
    std::unique_ptr<Poco::ThreadPool> m_threads;
    std::unique_ptr<Poco::Net::HTTPServer> m_http;
    std::unique_ptr<mail::LmtpServer> m_lmtp;
};

} // namespace app
} // namespace helpdesk
