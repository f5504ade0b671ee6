#include "db/JobRepository.h"

namespace helpdesk::db {

namespace {
const Statement kCancelQueued{"jobs_cancel_queued",
                              "DELETE FROM jobs WHERE dedupe_key = $1 AND state IN ('pending', 'running')"};
const Statement kEnqueue{"jobs_enqueue",
                         "WITH ins AS (INSERT INTO jobs (queue, payload, run_at, max_attempts, dedupe_key)"
                         "   VALUES ($1, $2::jsonb, now() + make_interval(secs => $3), $4, $5)"
                         "   ON CONFLICT (dedupe_key) DO NOTHING RETURNING id),"
                         " existing AS (SELECT id FROM jobs WHERE dedupe_key = $5 AND NOT EXISTS (SELECT 1 FROM ins))"
                         " SELECT id, true FROM ins UNION ALL SELECT id, false FROM existing"};
// Without a dedupe key: a finished job keeps its key for a day, which would block the next one.
const Statement kAdvancePending{"jobs_advance_pending",
                                "UPDATE jobs SET run_at = least(run_at, now() + make_interval(secs => $3)),"
                                " updated_at = now()"
                                " WHERE id = (SELECT id FROM jobs WHERE queue = $1 AND state = 'pending'"
                                "             AND payload = $2::jsonb ORDER BY run_at LIMIT 1 FOR UPDATE)"
                                " RETURNING id"};
const Statement kDeleteOldDone{"jobs_delete_old_done",
                               "DELETE FROM jobs WHERE state = 'done' AND updated_at < now() - interval '1 day'"};
// The attempt is counted here, before the job runs: an attempt that kills its worker still counts.
const Statement kClaim{
    "jobs_claim",
    "UPDATE jobs SET state = 'running', locked_by = $2, lease_key = $4, locked_at = now(), attempts = attempts + 1,"
    " updated_at = now()"
    " WHERE id IN (SELECT id FROM jobs WHERE state = 'pending' AND queue = ANY($1::text[]) AND run_at <= now()"
    "              ORDER BY run_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)"
    " RETURNING id, queue, payload::text, attempts, max_attempts"};
const Statement kClaimByKey{
    "jobs_claim_by_key",
    "UPDATE jobs SET state = 'running', locked_by = $2, lease_key = $3, locked_at = now(), attempts = attempts + 1,"
    " updated_at = now()"
    " WHERE id = (SELECT id FROM jobs WHERE dedupe_key = $1 AND state = 'pending' FOR UPDATE SKIP LOCKED)"
    " RETURNING id, queue, payload::text, attempts, max_attempts"};
const Statement kComplete{
    "jobs_complete",
    "UPDATE jobs SET state = 'done', locked_by = NULL, lease_key = NULL, updated_at = now() WHERE id = $1"};
// Backoff: 2^attempts seconds (capped at an hour) with up to 25 % jitter, so retries of many
// jobs that failed together do not arrive together.
const Statement kFail{
    "jobs_fail", "UPDATE jobs SET last_error = left($2, 4000), locked_by = NULL, lease_key = NULL, updated_at = now(),"
                 " state = CASE WHEN $3 AND attempts < max_attempts THEN 'pending' ELSE 'failed' END,"
                 " run_at = CASE WHEN $3 AND attempts < max_attempts"
                 "   THEN now() + make_interval(secs => least(3600, power(2, attempts)) * (1 + random() * 0.25))"
                 "   ELSE run_at END"
                 " WHERE id = $1"};
// A worker's lease is free only when its session is gone: taking it here (until commit) proves the
// worker dead and keeps two instances from recovering the same jobs. Jobs claimed without a lease
// (before leases existed) fall back to their age.
const Statement kRecoverInterrupted{
    "jobs_recover_interrupted",
    "WITH released AS MATERIALIZED ("
    "   SELECT lease_key FROM (SELECT DISTINCT lease_key FROM jobs WHERE state = 'running' AND lease_key IS NOT NULL) l"
    "   WHERE pg_try_advisory_xact_lock(lease_key)),"
    " interrupted AS (SELECT id, CASE WHEN interrupted + 1 >= $2 THEN 'quarantined'"
    "                                 WHEN attempts >= max_attempts THEN 'failed' ELSE 'pending' END AS next"
    "   FROM jobs WHERE state = 'running' AND (lease_key IN (SELECT lease_key FROM released)"
    "     OR (lease_key IS NULL AND locked_at < now() - make_interval(secs => $1))) FOR UPDATE)"
    " UPDATE jobs j SET interrupted = j.interrupted + 1, lease_key = NULL, locked_by = NULL, updated_at = now(),"
    "   state = i.next, run_at = CASE WHEN i.next = 'pending' THEN now() ELSE j.run_at END,"
    "   last_error = CASE i.next"
    "     WHEN 'quarantined' THEN 'quarantined: its worker (' || coalesce(j.locked_by, '?') || ') stopped while "
    "running it; '"
    "          || (j.interrupted + 1) || ' of ' || j.attempts || ' attempts ended that way'"
    "     WHEN 'failed' THEN 'its worker (' || coalesce(j.locked_by, '?') || ') stopped while running it; no attempt "
    "left'"
    "     ELSE 'requeued: its worker (' || coalesce(j.locked_by, '?') || ') stopped while running it' END"
    " FROM interrupted i WHERE j.id = i.id"
    " RETURNING j.id, j.queue, j.state, j.last_error"};
const Statement kList{
    "jobs_list",
    "SELECT json_build_object('id', id, 'queue', queue, 'payload', payload, 'state', state, 'attempts', attempts,"
    " 'max_attempts', max_attempts, 'interrupted', interrupted, 'run_at', run_at, 'last_error', last_error,"
    " 'locked_by', locked_by,"
    " 'created_at', created_at, 'updated_at', updated_at)::text"
    " FROM jobs WHERE ($1::text IS NULL OR state = $1) AND ($2::text IS NULL OR queue = $2)"
    " ORDER BY id DESC LIMIT $3"};
const Statement kRetry{
    "jobs_retry", "UPDATE jobs SET state = 'pending', run_at = now(), attempts = 0, interrupted = 0, updated_at = now()"
                  " WHERE id = $1 AND state IN ('failed', 'quarantined')"};

} // namespace

std::int64_t JobRepository::enqueue(Tx &tx, const std::string &queue, const protocol::JsonObject &payload,
                                    int delaySeconds, int maxAttempts, const std::optional<std::string> &dedupeKey)
{
    auto text = payload ? protocol::toJsonText(payload) : std::string("{}");
    auto row = tx.exec1(kEnqueue, queue, text, delaySeconds, maxAttempts, dedupeKey);
    if (row[1].as<bool>())
        tx.notifyAfterCommit("helpdesk_jobs", queue); // after the commit, so workers never miss the job
    return row[0].as<std::int64_t>();
}

namespace {
Job jobOf(const pqxx::row &row)
{
    Job job;
    job.id = row[0].as<std::int64_t>();
    job.queue = row[1].c_str();
    job.payload = protocol::parseJsonObject(row[2].c_str());
    job.attempts = row[3].as<int>();
    job.maxAttempts = row[4].as<int>();
    return job;
}
} // namespace

std::vector<Job> JobRepository::claim(Tx &tx, const std::vector<std::string> &queues, const WorkerIdentity &worker,
                                      int limit)
{
    std::vector<Job> jobs;
    for (const auto &row : tx.exec(kClaim, textArrayLiteral(queues), worker.id, limit, worker.leaseKey))
        jobs.push_back(jobOf(row));
    return jobs;
}

std::optional<Job> JobRepository::claimByKey(Tx &tx, const std::string &dedupeKey, const WorkerIdentity &worker)
{
    auto rows = tx.exec(kClaimByKey, dedupeKey, worker.id, worker.leaseKey);
    if (rows.empty())
        return std::nullopt;
    return jobOf(rows[0]);
}

void JobRepository::deleteDoneOlderThanADay(Tx &tx)
{
    tx.exec(kDeleteOldDone);
}

void JobRepository::complete(Tx &tx, std::int64_t id)
{
    tx.exec(kComplete, id);
}

std::int64_t JobRepository::enqueueOnce(Tx &tx, const std::string &queue, const protocol::JsonObject &payload,
                                        int delaySeconds, int maxAttempts)
{
    auto pending = tx.exec(kAdvancePending, queue, protocol::toJsonText(payload), delaySeconds);
    if (!pending.empty()) {
        tx.notifyAfterCommit("helpdesk_jobs", queue); // its time may have come earlier
        return pending[0][0].as<std::int64_t>();
    }
    return enqueue(tx, queue, payload, delaySeconds, maxAttempts);
}

void JobRepository::fail(Tx &tx, std::int64_t id, const std::string &error, bool retryable)
{
    tx.exec(kFail, id, error, retryable);
}

std::vector<InterruptedJob> JobRepository::recoverInterrupted(Tx &tx, int unleasedAfterSeconds, int quarantineAfter)
{
    std::vector<InterruptedJob> out;
    for (const auto &row : tx.exec(kRecoverInterrupted, unleasedAfterSeconds, quarantineAfter))
        out.push_back({row[0].as<std::int64_t>(), row[1].c_str(), row[2].c_str(), row[3].c_str()});
    return out;
}

protocol::JsonArray JobRepository::list(Tx &tx, const std::optional<std::string> &state,
                                        const std::optional<std::string> &queue, int limit)
{
    auto out = protocol::newArray();
    for (const auto &row : tx.exec(kList, state, queue, limit))
        out->add(protocol::parseJsonObject(row[0].c_str()));
    return out;
}

bool JobRepository::retry(Tx &tx, std::int64_t id)
{
    return tx.exec(kRetry, id).affected_rows() > 0;
}

void JobRepository::cancelQueued(Tx &tx, const std::string &dedupeKey)
{
    tx.exec(kCancelQueued, dedupeKey);
}

} // namespace helpdesk::db
