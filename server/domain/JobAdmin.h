#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "protocol/Json.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::domain {

/// The job queue as admins see it: what ran, what failed or was quarantined and why, and a retry.
/// Stateless; any thread.
class JobAdmin
{
public:
    /// Jobs newest first, optionally of one `state` (pending, running, done, failed, quarantined)
    /// and `queue`; `limit` 1–1000 (default 100). Admins only.
    static protocol::JsonArray list(db::Tx &tx, const Actor &actor, const std::optional<std::string> &state,
                                    const std::optional<std::string> &queue, std::optional<std::int64_t> limit);
    /// Puts a failed or quarantined job back to pending with its attempts reset; throws
    /// ApiError(NotFound) for any other job. Admins only.
    static void retry(db::Tx &tx, const Actor &actor, std::int64_t jobId);
};

} // namespace helpdesk::domain
