#pragma once

#include "mail/InboundProcessor.h"

#include <memory>

namespace helpdesk::jobs {
class JobQueue;
}

namespace helpdesk::mail {

/// The mail channel of one server instance: the inbound pipeline and the SMTP sender, run as
/// jobs of the shared queue so any instance may do the work. Main thread.
class MailChannel
{
public:
    explicit MailChannel(db::ConnectionPool &pool);

    /// Registers the 'mail.inbound' and 'mail.send' handlers; call before the queue starts.
    void registerJobs(jobs::JobQueue &queue);
    InboundProcessor &inbound() { return m_inbound; }

private:
    db::ConnectionPool &m_pool;
    InboundProcessor m_inbound;
};

} // namespace helpdesk::mail
