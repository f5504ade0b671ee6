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
    int attempts = 0; // including the current one
    int maxAttempts = 0;
};

/// Who claims a job: a readable name (host:pid) and the key of the session advisory lock the
/// worker holds while it lives (its lease), which PostgreSQL releases when the process dies.
struct WorkerIdentity {
    std::string id;
    std::int64_t leaseKey = 0;
};

/// A running job found without its worker, as recovery left it.
struct InterruptedJob {
    std::int64_t id = 0;
    std::string queue;
    std::string state; // pending (will run again) or quarantined
    std::string reason;
};

/// SQL for the job table: enqueue in the caller's transaction (transactional outbox), claim with
/// SKIP LOCKED so any number of server instances share the work, retry with backoff, recover the
/// jobs of dead workers by their lease, and keep failures and quarantined jobs visible. Any thread.
class JobRepository
{
public:
    /// Drops a job by its dedupe key, queued or running, in the transaction that does its work
    /// (the job is done; whoever runs it finds nothing left to record).
    static void cancelQueued(Tx &tx, const std::string &dedupeKey);
    /// Enqueues a job to run after `delaySeconds`; with a dedupe key an existing job is reused.
    /// Wakes idle workers when the transaction commits. Returns the job's id.
    static std::int64_t enqueue(Tx &tx, const std::string &queue, const protocol::JsonObject &payload,
                                int delaySeconds = 0, int maxAttempts = 8,
                                const std::optional<std::string> &dedupeKey = std::nullopt);
    /// Enqueues a job to run after `delaySeconds` unless one of the queue with an equal payload is
    /// pending (not yet running): that one then runs at the earlier of its time and the new one.
    /// One pending wake-up per subject (e.g. an agreement's outbox) however often it is asked for.
    static std::int64_t enqueueOnce(Tx &tx, const std::string &queue, const protocol::JsonObject &payload,
                                    int delaySeconds, int maxAttempts);
    /// Claims up to `limit` due jobs of the given queues for `worker`, counting an attempt of each.
    static std::vector<Job> claim(Tx &tx, const std::vector<std::string> &queues, const WorkerIdentity &worker,
                                  int limit);
    /// Claims the pending job with this dedupe key, due or not (a caller runs it right away).
    static std::optional<Job> claimByKey(Tx &tx, const std::string &dedupeKey, const WorkerIdentity &worker);
    static void complete(Tx &tx, std::int64_t id);
    /// Drops finished jobs kept a day for inspection (failed and quarantined ones stay).
    static void deleteDoneOlderThanADay(Tx &tx);
    /// Records a failure: a retryable one with attempts left goes back to pending after an
    /// exponential backoff; otherwise the job is 'failed' with its error kept.
    static void fail(Tx &tx, std::int64_t id, const std::string &error, bool retryable);
    /// Finds running jobs whose worker died (its lease is free; without a lease: claimed more than
    /// `unleasedAfterSeconds` ago) and returns them to pending; a job whose worker died
    /// `quarantineAfter` times is parked as 'quarantined', one without attempts left is 'failed'.
    static std::vector<InterruptedJob> recoverInterrupted(Tx &tx, int unleasedAfterSeconds, int quarantineAfter);
    /// Jobs for an admin view, newest first.
    static protocol::JsonArray list(Tx &tx, const std::optional<std::string> &state,
                                    const std::optional<std::string> &queue, int limit);
    /// Puts a failed or quarantined job back to pending at once with its attempts reset; false
    /// when it was neither.
    static bool retry(Tx &tx, std::int64_t id);
};

} // namespace helpdesk::db
