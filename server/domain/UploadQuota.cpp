#include "domain/UploadQuota.h"

#include "db/UploadRepository.h"
#include "protocol/ProtocolError.h"

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
std::string megabytes(std::int64_t bytes)
{
    auto tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MiB";
}
} // namespace

UploadQuota::UploadQuota(std::int64_t bytesPerDay) : m_bytesPerDay(bytesPerDay) {}

void UploadQuota::charge(db::Tx &tx, const Actor &actor, std::int64_t bytes) const
{
    if (m_bytesPerDay <= 0)
        return;
    if (bytes > m_bytesPerDay)
        throw ApiError(ErrorCode::PayloadTooLarge,
                       "the file (" + megabytes(bytes) + ") is larger than your daily upload quota of " +
                           megabytes(m_bytesPerDay),
                       "body");
    auto tally = db::UploadRepository::addToday(tx, actor.userId, bytes);
    if (tally.bytesToday > m_bytesPerDay)
        throw ApiError::retryLater(ErrorCode::TooManyRequests,
                                   "your daily upload quota of " + megabytes(m_bytesPerDay) + " is used up (" +
                                       megabytes(tally.bytesToday - bytes) +
                                       " uploaded today); it starts over at 00:00 UTC",
                                   tally.secondsUntilTomorrow);
}

} // namespace helpdesk::domain
