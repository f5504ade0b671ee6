#pragma once

#include "db/ConnectionPool.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::mail {

/// Where a message came from and what the mailbox that fetched it says to do with it.
struct InboundOrigin {
    std::string source = "mailgate"; // mailgate, imap, pop3, api
    std::optional<std::int64_t> mailboxId;
    std::optional<std::string> envelopeRecipient; // the address the MTA delivered to
};

/// What happened to one inbound message.
struct InboundResult {
    std::int64_t inboundId = 0;
    std::string state; // pending (queued), processed, failed, rejected, ignored
    std::optional<std::int64_t> ticketId;
    std::optional<std::int64_t> articleId;
    bool createdTicket = false;
    std::string error;
};

/// The inbound mail pipeline. `store` keeps the raw message (once per content) and queues a
/// 'mail.inbound' job in the same transaction; `process` (the job) parses, threads and writes
/// the ticket and article, the acknowledgement and the agents' notification. Every step is
/// idempotent: a message processed once is never processed again. Any thread.
class InboundProcessor
{
public:
    explicit InboundProcessor(db::ConnectionPool &pool);

    /// Stores the raw message and queues its processing; an identical message returns the
    /// first one's id and state. A message over the size limit is not stored: it comes back
    /// 'refused' with only its headers and the reason recorded (see OversizedMail).
    /// `processingDelaySeconds` > 0 when the caller processes the message itself right away and
    /// the queued job is only the safety net should the caller die first.
    InboundResult store(const std::string &raw, const InboundOrigin &origin, int processingDelaySeconds = 0);
    /// Processes a stored message (the 'mail.inbound' job).
    InboundResult process(std::int64_t inboundId);
    /// The dedupe key of a stored message's 'mail.inbound' job (what an inline attempt runs under).
    static std::string jobKey(std::int64_t inboundId) { return "mail.inbound:" + std::to_string(inboundId); }

private:
    /// One attempt at process(), in one transaction.
    InboundResult interpret(std::int64_t inboundId);

    db::ConnectionPool &m_pool;
};

} // namespace helpdesk::mail
