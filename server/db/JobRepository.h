#pragma once

#include "db/ConnectionPool.h"
#include "protocol/Json.h"

#include <optional>
#include <string>
#include <vector>

namespace helpdesk::db {

/// A claimed unit of background work.
struct Job {
    std::int64_t id = 0;
    std::string queue;
    protocol::JsonObject payload;
    int attempts = 0;      // including the current one
    int maxAttempts = 0;
};

/// SQL for the job table: enqueue in the caller's transaction (transactional outbox), claim with
/// SKIP LOCKED so any number of server instances share the work, retry with backoff, and keep
/// failures visible. Any thread.
class JobRepository
{
public:
    /// Enqueues a job to run after `delaySeconds`; with a dedupe key an existing job is reused.
    /// Wakes idle workers when the transaction commits. Returns the job's id.
    /// Drops a job not yet started, by its dedupe key (its work was done another way).
    static void cancelQueued(Tx &tx, const std::string &dedupeKey);
    static std::int64_t enqueue(Tx &tx, const std::string &queue, const protocol::JsonObject &payload,
                                int delaySeconds = 0, int maxAttempts = 8,
                                const std::optional<std::string> &dedupeKey = std::nullopt);
    /// Claims up to `limit` due jobs of the given queues for `workerId`.
    static std::vector<Job> claim(Tx &tx, const std::vector<std::string> &queues, const std::string &workerId, int limit);
    static void complete(Tx &tx, std::int64_t id);
    /// Records a failure: a retryable one with attempts left goes back to pending after an
    /// exponential backoff; otherwise the job is 'failed' with its error kept.
    static void fail(Tx &tx, std::int64_t id, const std::string &error, bool retryable);
    /// Returns jobs left 'running' by a dead worker for longer than `olderThanSeconds` to pending.
    static int requeueStale(Tx &tx, int olderThanSeconds);
    /// Jobs for an admin view, newest first.
    static protocol::JsonArray list(Tx &tx, const std::optional<std::string> &state,
                                    const std::optional<std::string> &queue, int limit);
    /// Puts a failed job back to pending at once; false when it was not failed.
    static bool retry(Tx &tx, std::int64_t id);
};

} // namespace helpdesk::db
