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
    // No dedupe key: a finished job keeps its key for a day. A run finds the agreement's whole
    // outbox, so extra jobs end at once.
    auto payload = protocol::newObject();
    payload->set("agreement_id", agreementId);
    db::JobRepository::enqueue(tx, kQueue, payload, delaySeconds, 20);
}

} // namespace helpdesk::domain::sharing
