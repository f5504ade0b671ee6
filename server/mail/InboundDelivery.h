#pragma once

#include "db/ConnectionPool.h"
#include "mail/InboundProcessor.h"

#include <cstdint>
#include <string>

namespace helpdesk::jobs {
class JobQueue;
}

namespace helpdesk::mail {

/// What arrived of a raw message handed over in one piece (the mailgate endpoint).
struct ReceivedMessage {
    const std::string &bytes; // the whole message, or only its head when it is over the limit
    std::int64_t size = 0;    // its full size as sent
    bool overLimit = false;
};

/// Takes in a message handed over whole by the mailgate (or any script): stored raw first
/// (committed), then interpreted at once, so the sender's delivery is one round trip. Any thread.
class InboundDelivery
{
public:
    /// `jobs`: the instance's queue, under which the interpretation runs as a counted attempt of
    /// the message's job; null: interpreted directly.
    InboundDelivery(db::ConnectionPool &pool, InboundProcessor &inbound, jobs::JobQueue *jobs);

    /// Stores and interprets `message`; over `limit` it is refused (state 'refused', its header
    /// block and the reason recorded) and never truncated. If interpreting fails (database gone),
    /// the result stays 'pending' and the queued job retries it.
    InboundResult deliver(const ReceivedMessage &message, std::int64_t limit, const InboundOrigin &origin);

private:
    db::ConnectionPool &m_pool;
    InboundProcessor &m_inbound;
    jobs::JobQueue *m_jobs;
};

} // namespace helpdesk::mail
