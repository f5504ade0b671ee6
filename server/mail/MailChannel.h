#pragma once

#include "mail/InboundProcessor.h"
#include "mail/MailboxPoller.h"

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

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
    ~MailChannel();

    /// Registers the 'mail.inbound' and 'mail.send' handlers; call before the queue starts.
    void registerJobs(jobs::JobQueue &queue);
    InboundProcessor &inbound() { return m_inbound; }
    MailboxPoller &poller() { return m_poller; }
    /// Starts queueing mailbox polls as they fall due (every few seconds); stop() ends it.
    void startScheduling();
    void stop();

private:
    db::ConnectionPool &m_pool;
    InboundProcessor m_inbound;
    MailboxPoller m_poller;
    std::thread m_scheduler;
    std::atomic<bool> m_stopping{false};
    std::mutex m_mutex;
    std::condition_variable m_wake;
};

} // namespace helpdesk::mail
