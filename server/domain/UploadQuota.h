#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"

#include <cstdint>

namespace helpdesk::domain {

/// How many bytes of attachments one user may upload per day (UTC). Any thread.
class UploadQuota
{
public:
    /// `bytesPerDay` of zero or less: no quota.
    explicit UploadQuota(std::int64_t bytesPerDay);

    /// Counts an upload of `bytes` against the actor's day in the caller's transaction. Throws
    /// ApiError(PayloadTooLarge) for a file larger than a whole day's quota, and
    /// ApiError(TooManyRequests), retry after the next UTC midnight, when the day's is used up;
    /// the transaction must then roll back (nothing is counted).
    void charge(db::Tx &tx, const Actor &actor, std::int64_t bytes) const;

private:
    std::int64_t m_bytesPerDay;
};

} // namespace helpdesk::domain
