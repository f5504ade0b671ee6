#include "mail/MailChannel.h"

#include "db/MailRepository.h"
#include "jobs/JobQueue.h"
#include "mail/FaultInjection.h"
#include "mail/SmtpSender.h"

#include <Poco/Logger.h>

namespace helpdesk::mail {

MailChannel::MailChannel(db::ConnectionPool &pool) : m_pool(pool), m_inbound(pool), m_poller(pool, m_inbound) {}

MailChannel::~MailChannel()
{
    stop();
}

void MailChannel::startScheduling()
{
    m_stopping = false;
    m_scheduler = std::thread([this] {
        while (!m_stopping) {
            try {
                m_poller.schedule();
            } catch (const std::exception &e) {
                Poco::Logger::get("helpdesk.server.mail")
                    .warning("cannot schedule mailbox polls: %s", std::string(e.what()));
            }
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::seconds(5), [&] { return m_stopping.load(); });
        }
    });
}

void MailChannel::stop()
{
    m_stopping = true;
    m_wake.notify_all();
    if (m_scheduler.joinable())
        m_scheduler.join();
}

void MailChannel::registerJobs(jobs::JobQueue &queue)
{
    queue.registerHandler("mail.inbound", [this](const db::Job &job) {
        auto inboundId = job.payload->getValue<std::int64_t>("inbound_id");
        if (faults::crashHookArmed())
            if (auto message =
                    m_pool.read([&](db::Tx &tx) { return db::MailRepository::inbound(tx, inboundId, false); }))
                faults::crashIfMarked(message->raw);
        m_inbound.process(inboundId);
    });
    m_poller.registerJobs(queue);
    queue.registerHandler("mail.send", [this](const db::Job &job) {
        SmtpSender::sendJob(m_pool, job.payload->getValue<std::int64_t>("outbound_id"),
                            job.attempts >= job.maxAttempts);
    });
}

} // namespace helpdesk::mail
