#include "domain/SharingOutbox.h"

#include "db/JobRepository.h"
#include "db/SharingRepository.h"
#include "protocol/Json.h"

namespace helpdesk::domain::sharing {

std::int64_t SharingOutbox::enqueue(db::Tx &tx, std::int64_t agreementId, std::optional<std::int64_t> ticketShareId,
                                    const std::string &method, const std::string &path, const std::string &body,
                                    bool withAccessKey)
{
    auto id = db::SharingRepository::enqueue(tx, agreementId, ticketShareId, method, path, body, withAccessKey);
    scheduleDelivery(tx, agreementId, 0);
    return id;
}

void SharingOutbox::scheduleDelivery(db::Tx &tx, std::int64_t agreementId, int delaySeconds)
{
    // A run delivers the agreement's whole outbox, so one pending wake-up is enough; a running one
    // does not count (it may already have looked for the entry queued now).
    auto payload = protocol::newObject();
    payload->set("agreement_id", agreementId);
    db::JobRepository::enqueueOnce(tx, kQueue, payload, delaySeconds, 20);
}

} // namespace helpdesk::domain::sharing
