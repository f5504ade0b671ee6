#pragma once

#include "db/ConnectionPool.h"
#include "protocol/Json.h"

#include <cstdint>
#include <functional>
#include <string>

namespace helpdesk::domain {

/// Exactly-once answers for retried changes: the first answer given under a caller's key, its
/// status and its body, is kept in the same transaction as the change and returned for every
/// retry with that key; the key on another method is a conflict. Stateless; any thread.
class Idempotency
{
public:
    /// A change's answer: its body and its status (0: the method's usual success status).
    struct Answer {
        protocol::JsonObject body;
        int status = 0;
    };

    /// Runs `change` unless `userId` used `key` before, and returns its answer or the kept one.
    /// Throws ApiError(Conflict) when the key belongs to another method or is still being used.
    static Answer once(db::Tx &tx, std::int64_t userId, const std::string &key, const std::string &method,
                       const std::function<Answer()> &change);
};

} // namespace helpdesk::domain
