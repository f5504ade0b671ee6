#include "mail/InboundDelivery.h"

#include "jobs/JobQueue.h"
#include "mail/FaultInjection.h"
#include "mail/OversizedMail.h"

#include <Poco/Logger.h>

namespace helpdesk::mail {

InboundDelivery::InboundDelivery(db::ConnectionPool &pool, InboundProcessor &inbound, jobs::JobQueue *jobs)
    : m_pool(pool), m_inbound(inbound), m_jobs(jobs)
{
}

InboundResult InboundDelivery::deliver(const ReceivedMessage &message, std::int64_t limit, const InboundOrigin &origin)
{
    // The stored message's job is only the safety net (due in a minute) should this caller die:
    // the interpretation below is an attempt of that job (its key is InboundProcessor::store's),
    // counted before it runs, so a message that crashes the server is quarantined after a few
    // deliveries instead of being retried forever.
    auto result = message.overLimit ? m_pool.write([&](db::Tx &tx) {
        return OversizedMail::refuse(tx, OversizedMail::headerBlock(message.bytes), message.size, limit, origin);
    })
                                    : m_inbound.store(message.bytes, origin, 60);
    if (result.state != "pending")
        return result;
    auto interpret = [&] {
        faults::crashIfMarked(message.bytes);
        result = m_inbound.process(result.inboundId);
    };
    try {
        if (m_jobs)
            m_jobs->runNow(InboundProcessor::jobKey(result.inboundId), interpret); // false: another worker has it
        else
            interpret();
    } catch (const std::exception &e) {
        Poco::Logger::get("helpdesk.server.mail")
            .warning("inbound %s stored, interpretation deferred: %s", std::to_string(result.inboundId),
                     std::string(e.what()));
    }
    return result;
}

} // namespace helpdesk::mail
