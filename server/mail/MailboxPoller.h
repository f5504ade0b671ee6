#pragma once

#include "db/ConnectionPool.h"
#include "mail/InboundProcessor.h"
#include "protocol/Json.h"

namespace helpdesk::jobs {
class JobQueue;
}

namespace helpdesk::mail {

/// Polls IMAP and POP3 mailboxes ("the grabber"). Every message is stored raw before the mailbox
/// is told anything, then processed; IMAP messages move to the processed or error folder (or are
/// marked seen), POP3 messages are deleted when the mailbox says so. What is new is decided by
/// IMAP UIDs under UIDVALIDITY and POP3 UIDLs, never by flags another client may set. A message
/// over the size limit is refused (headers kept) and goes to the error folder. Each run is logged; after
/// the configured number of failed connections in a row the mailbox disables itself with the
/// reason. Polls are 'mail.poll' jobs, so any instance may run them, one at a time per mailbox.
class MailboxPoller
{
public:
    MailboxPoller(db::ConnectionPool &pool, InboundProcessor &inbound);

    /// Polls one mailbox now and returns its run log entry.
    protocol::JsonObject poll(std::int64_t mailboxId);
    /// Connects and signs in (and opens the folder) without fetching anything: for the settings
    /// pane's "test connection". {"ok": bool, "message": text}.
    protocol::JsonObject testConnection(std::int64_t mailboxId);
    /// Queues the next poll of every enabled mailbox that has none queued (any instance may call).
    void schedule();
    void registerJobs(jobs::JobQueue &queue);

private:
    db::ConnectionPool &m_pool;
    InboundProcessor &m_inbound;
    jobs::JobQueue *m_jobs = nullptr; // runs interpretations as counted attempts (set by registerJobs)
};

} // namespace helpdesk::mail
