#include "mail/MailChannel.h"

#include "jobs/JobQueue.h"
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
                Poco::Logger::get("helpdesk.server.mail").warning("cannot schedule mailbox polls: %s", std::string(e.what()));
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
        m_inbound.process(job.payload->getValue<std::int64_t>("inbound_id"));
    });
    m_poller.registerJobs(queue);
    queue.registerHandler("mail.send", [this](const db::Job &job) {
        SmtpSender::sendJob(m_pool, job.payload->getValue<std::int64_t>("outbound_id"), job.attempts >= job.maxAttempts);
    });
}

} // namespace helpdesk::mail
