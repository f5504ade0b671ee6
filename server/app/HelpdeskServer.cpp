#include "app/HelpdeskServer.h"

#include "jobs/SlaWatcher.h"
#include "mail/TlsContext.h"

#include "api/ApiDispatcher.h"
#include "api/RequestHandlerFactory.h"
#include "api/SessionRegistry.h"
#include "api/WebSocketSession.h"
#include "app/DemoData.h"
#include "app/EmbeddedPostgres.h"
#include "db/ConnectionPool.h"
#include "domain/SecretRotation.h"
#include "domain/Secrets.h"
#include "domain/Webhooks.h"
#include "db/Migrator.h"
#include "domain/AccountWatch.h"
#include "domain/AuthService.h"
#include "domain/EventFeed.h"
#include "domain/Passwords.h"
#include "domain/MailSettings.h"
#include "domain/SignInLinks.h"
#include "jobs/JobQueue.h"
#include "domain/SharingAgreements.h"
#include "integrations/sharing/OutboxDelivery.h"
#include "integrations/sharing/SharedFileRetries.h"
#include "integrations/sharing/TicketShareReceiver.h"
#include "integrations/sharing/TicketShares.h"
#include "integrations/webhooks/FieldLookupDelivery.h"
#include "integrations/webhooks/WebhookDelivery.h"
#include "integrations/webhooks/WebhookFanout.h"
#include "mail/LmtpServer.h"
#include "mail/MailChannel.h"
#include "web/PageSpec.h"
#include "web/WebRequestHandler.h"

#include <Poco/Environment.h>
#include <Poco/Process.h>

#include <Poco/Logger.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>

#include <sys/resource.h>

namespace helpdesk::app {

HelpdeskServer::HelpdeskServer(ServerConfig config) : m_config(std::move(config)) {}

HelpdeskServer::~HelpdeskServer()
{
    stop();
}

void HelpdeskServer::start()
{
    auto &log = Poco::Logger::get("helpdesk.server");
    if (!m_config.tlsCaFile.empty())
        mail::tls::trustCaFile(m_config.tlsCaFile);
    domain::secrets::useKeyFile(m_config.secretKeyFile.empty() ? m_config.dataDirectory + "/secret.key"
                                                               : m_config.secretKeyFile);
    if (m_config.databaseUrl.empty()) {
        EmbeddedPostgresOptions options;
        options.dataDirectory = m_config.dataDirectory;
        options.fastInitForTests = m_config.fastEmbeddedDatabaseForTests;
        m_postgres = std::make_unique<EmbeddedPostgres>(options);
        m_postgres->start();
        m_conninfo = m_postgres->connectionString();
        log.information("embedded PostgreSQL running in %s", m_config.dataDirectory);
    } else {
        m_conninfo = m_config.databaseUrl;
    }
    db::Migrator migrator(m_conninfo);
    migrator.migrate();

    m_pool = std::make_unique<db::ConnectionPool>(m_conninfo, static_cast<std::size_t>(m_config.databasePoolSize));
    domain::passwords::limitConcurrency(m_config.limits.concurrentPasswordHashes, m_config.limits.queuedPasswordHashes);
    domain::AuthPolicy authPolicy;
    const auto &limits = m_config.limits;
    authPolicy.resetMailsPerHour = static_cast<int>(limits.passwordResetsPerAccountPerHour);
    authPolicy.signIn.freeFailuresPerAccount = limits.signInFreeFailuresPerAccount;
    authPolicy.signIn.freeFailuresPerAddress = limits.signInFreeFailuresPerAddress;
    authPolicy.signIn.backoff = limits.signInBackoff;
    authPolicy.signIn.backoffMax = limits.signInBackoffMax;
    authPolicy.signIn.lockAfterFailures = limits.signInLockAfterFailures;
    authPolicy.signIn.lockDuration = limits.signInLockDuration;
    m_auth = std::make_unique<domain::AuthService>(*m_pool, authPolicy);
    m_signInLinks =
        std::make_unique<domain::SignInLinks>(*m_pool, static_cast<int>(limits.signInLinksPerAccountPerHour));
    m_firstAdminPassword = m_auth->ensureFirstAdmin(m_config.adminEmail, "Administrator");
    auto sealing = m_pool->write([](db::Tx &tx) {
        domain::MailSettings::ensureSecret(tx);
        // Secrets stored in clear (before sealing existed, or put in by hand) are sealed now, and
        // those under the previous key (sealed by an instance during a rotation) re-sealed.
        return domain::SecretRotation::resealAll(tx, domain::secrets::keyRing());
    });
    domain::MailSettings::invalidateCache();
    if (sealing.resealed > 0)
        log.information("%d stored secrets sealed under the current key", sealing.resealed);
    for (const auto &problem : sealing.unreadable)
        log.error("stored secret %s: it stays unusable until this instance gets the key file it was sealed "
                  "with, or an admin sets it again",
                  problem);
    if (m_config.demoData)
        loadDemoData(*m_pool);
    m_feed = std::make_unique<domain::EventFeed>(m_conninfo, *m_pool);
    m_feed->start();
    m_mail = std::make_unique<mail::MailChannel>(*m_pool);
    m_jobs = std::make_unique<jobs::JobQueue>(*m_pool, m_conninfo,
                                              Poco::Environment::nodeName() + ":" + std::to_string(Poco::Process::id()),
                                              m_config.jobThreads);
    m_mail->registerJobs(*m_jobs);
    m_sla = std::make_unique<jobs::SlaWatcher>(*m_pool);
    m_sla->registerJobs(*m_jobs);
    m_jobs->registerHandler(domain::AuthService::kPasswordResetQueue, [this](const db::Job &job) {
        m_auth->sendPasswordReset(job.payload->getValue<std::string>("email"));
    });
    m_jobs->registerHandler(domain::SignInLinks::kQueue, [this](const db::Job &job) {
        m_signInLinks->send(job.payload->getValue<std::string>("email"));
    });
    // Ticket sharing: wire resources under /sharing, and the delivery of what goes to partners.
    m_sharingRoutes = std::make_unique<domain::sharing::WireRoutes>();
    m_sharingRoutes->add(
        "agreements",
        [pool = m_pool.get()](const domain::sharing::WireRequest &request) {
            return pool->write([&](db::Tx &tx) { return domain::sharing::SharingAgreements::serveWire(tx, request); });
        },
        false);
    const integrations::sharing::OutboundAddressPolicy partnerAddresses(m_config.sharingAllowedNetworks);
    m_sharingRoutes->add(
        "tickets",
        [receiver = integrations::sharing::TicketShareReceiver(*m_pool, partnerAddresses)](
            const domain::sharing::WireRequest &request) { return receiver.serve(request); },
        true);
    integrations::sharing::TicketShares::registerJobs(*m_jobs, *m_pool);
    integrations::sharing::SharedFileRetries::registerJobs(*m_jobs, *m_pool, partnerAddresses);
    m_sharingDelivery = std::make_unique<integrations::sharing::OutboxDelivery>(
        *m_pool, m_conninfo, integrations::sharing::SharingClient(partnerAddresses));
    m_sharingDelivery->registerJobs(*m_jobs);
    // Webhooks: events become signed deliveries to the integrations' URLs.
    const integrations::sharing::OutboundAddressPolicy webhookTargets(m_config.webhookAllowedNetworks);
    domain::Webhooks::setTargetCheck([webhookTargets](const std::string &url) {
        return integrations::webhooks::WebhookDelivery::targetRefusal(webhookTargets, url);
    });
    integrations::webhooks::WebhookRetryPolicy webhookRetries;
    webhookRetries.maxAttempts = m_config.webhookAttempts;
    webhookRetries.baseDelaySeconds = m_config.webhookRetryBaseSeconds;
    m_webhookDelivery = std::make_unique<integrations::webhooks::WebhookDelivery>(
        *m_pool, m_conninfo, integrations::sharing::OutboundHttp(webhookTargets), webhookRetries);
    m_webhookDelivery->registerJobs(*m_jobs);
    m_webhookDelivery->schedulePruning();
    // Fields filled from outside: the integrations' lookup URLs are asked as webhooks are sent.
    m_fieldLookups = std::make_unique<integrations::webhooks::FieldLookupDelivery>(
        *m_pool, integrations::sharing::OutboundHttp(webhookTargets), webhookRetries);
    m_fieldLookups->registerJobs(*m_jobs);
    m_webhookFanout = std::make_unique<integrations::webhooks::WebhookFanout>(*m_pool, *m_feed);
    m_webhookFanout->start();
    m_jobs->start();
    m_sla->start();
    m_mail->startScheduling();
    m_dispatcher = std::make_unique<api::ApiDispatcher>(*m_pool, *m_auth, *m_feed, m_mail->inbound(), &m_mail->poller(),
                                                        m_config.limits);
    m_dispatcher->setJobQueue(m_jobs.get());

    // Every WebSocket is a descriptor: take the hard limit, not the default soft 1,024.
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &files);
    }
    auto wsLimits = m_config.websocket;
    wsLimits.maxMessage = m_config.limits.maxJsonBody;
    auto &dispatcher = *m_dispatcher;
    // A change to an account on any instance reaches this instance's sessions of that user.
    m_sessions = std::make_unique<api::SessionRegistry>();
    auto &sessions = *m_sessions;
    m_accountWatch = std::make_unique<domain::AccountWatch>(
        m_conninfo, [&sessions](std::optional<std::int64_t> userId) { sessions.accountChanged(userId); });
    m_accountWatch->start();
    m_hub = std::make_unique<api::WebSocketHub>(
        wsLimits,
        [&dispatcher, &sessions](const std::shared_ptr<api::WebSocketConnection> &connection) {
            return std::make_shared<api::WebSocketSession>(dispatcher, connection, sessions);
        },
        &api::WebSocketSession::refusalText);
    m_hub->start();

    Poco::Net::ServerSocket socket(
        Poco::Net::SocketAddress(m_config.listenAddress, static_cast<Poco::UInt16>(m_config.port)), 256);
    auto params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(m_config.maxThreads);
    params->setMaxQueued(1000);
    params->setKeepAlive(true);
    params->setMaxKeepAliveRequests(0);
    params->setKeepAliveTimeout(Poco::Timespan(30, 0));
    // A pool of our own (Poco's default is capped at 16 threads); WebSockets leave it at once for the hub.
    m_threads = std::make_unique<Poco::ThreadPool>(8, m_config.maxThreads, 60, 256 * 1024);
    // The web pages spend the API's request allowances (its throttle) and share its limits.
    m_web = std::make_unique<web::WebServices>(
        web::WebServices{*m_pool, *m_auth, *m_signInLinks, m_dispatcher->throttle(), m_dispatcher->limits(),
                         web::Translations::builtIn(), web::PageRenderer::builtIn()});
    auto &pages = *m_web;
    m_http = std::make_unique<Poco::Net::HTTPServer>(new api::RequestHandlerFactory(
                                                         *m_dispatcher, *m_hub, m_config.limits,
                                                         [&pages] { return new web::WebRequestHandler(pages); },
                                                         m_sharingRoutes.get()),
                                                     *m_threads, socket, params);
    m_http->start();
    log.information("listening on %s:%d", m_config.listenAddress, port());
    if (!m_config.lmtpListen.empty()) {
        m_lmtp = std::make_unique<mail::LmtpServer>(*m_pool, m_mail->inbound(), m_jobs.get(), m_config.lmtp);
        m_lmtp->start(m_config.lmtpListen);
    }
}

void HelpdeskServer::stop()
{
    if (m_lmtp) {
        m_lmtp->stop();
        m_lmtp.reset();
    }
    if (m_http) {
        m_http->stopAll(true);
        m_http.reset();
    }
    // Requests in flight finish first: an upgrade may still be handing its socket to the hub.
    if (m_threads) {
        m_threads->joinAll();
        m_threads.reset();
    }
    if (m_hub) {
        m_hub->stop();
        m_hub.reset();
    }
    if (m_accountWatch) {
        m_accountWatch->stop();
        m_accountWatch.reset();
    }
    m_sessions.reset();
    if (m_mail)
        m_mail->stop();
    if (m_sla)
        m_sla->stop();
    if (m_webhookFanout)
        m_webhookFanout->stop();
    if (m_jobs)
        m_jobs->stop();
    if (m_feed)
        m_feed->stop();
    m_web.reset();
    m_dispatcher.reset();
    m_sla.reset();
    m_jobs.reset();
    m_sharingDelivery.reset();
    m_webhookFanout.reset();
    m_webhookDelivery.reset();
    m_fieldLookups.reset();
    m_sharingRoutes.reset();
    m_mail.reset();
    m_feed.reset();
    m_signInLinks.reset();
    m_auth.reset();
    m_pool.reset();
    if (m_postgres) {
        m_postgres->stop();
        m_postgres.reset();
    }
}

std::size_t HelpdeskServer::webSocketCount() const
{
    return m_hub ? m_hub->connectionCount() : 0;
}

int HelpdeskServer::port() const
{
    return m_http ? m_http->port() : 0;
}

int HelpdeskServer::lmtpPort() const
{
    return m_lmtp ? m_lmtp->port() : 0;
}

} // namespace helpdesk::app
