#include "mail/MailChannel.h"

#include "jobs/JobQueue.h"
#include "mail/SmtpSender.h"

namespace helpdesk::mail {

MailChannel::MailChannel(db::ConnectionPool &pool) : m_pool(pool), m_inbound(pool) {}

void MailChannel::registerJobs(jobs::JobQueue &queue)
{
    queue.registerHandler("mail.inbound", [this](const db::Job &job) {
        m_inbound.process(job.payload->getValue<std::int64_t>("inbound_id"));
    });
    queue.registerHandler("mail.send", [this](const db::Job &job) {
        SmtpSender::sendJob(m_pool, job.payload->getValue<std::int64_t>("outbound_id"));
    });
}

} // namespace helpdesk::mail
