#include "db/JobRepository.h"

namespace helpdesk::db {

namespace {
const Statement kCancelQueued{"jobs_cancel_queued", "DELETE FROM jobs WHERE dedupe_key = $1 AND state = 'queued'"};
const Statement kEnqueue{"jobs_enqueue",
    "WITH ins AS (INSERT INTO jobs (queue, payload, run_at, max_attempts, dedupe_key)"
    "   VALUES ($1, $2::jsonb, now() + make_interval(secs => $3), $4, $5)"
    "   ON CONFLICT (dedupe_key) DO NOTHING RETURNING id),"
    " existing AS (SELECT id FROM jobs WHERE dedupe_key = $5 AND NOT EXISTS (SELECT 1 FROM ins))"
    " SELECT id, true FROM ins UNION ALL SELECT id, false FROM existing"};
const Statement kNotify{"jobs_notify", "SELECT pg_notify('helpdesk_jobs', $1)"};
const Statement kClaim{"jobs_claim",
    "UPDATE jobs SET state = 'running', locked_by = $2, locked_at = now(), attempts = attempts + 1, updated_at = now()"
    " WHERE id IN (SELECT id FROM jobs WHERE state = 'pending' AND queue = ANY($1::text[]) AND run_at <= now()"
    "              ORDER BY run_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)"
    " RETURNING id, queue, payload::text, attempts, max_attempts"};
const Statement kComplete{"jobs_complete",
    "UPDATE jobs SET state = 'done', locked_by = NULL, updated_at = now() WHERE id = $1"};
// Backoff: 2^attempts seconds (capped at an hour) with up to 25 % jitter, so retries of many
// jobs that failed together do not arrive together.
const Statement kFail{"jobs_fail",
    "UPDATE jobs SET last_error = left($2, 4000), locked_by = NULL, updated_at = now(),"
    " state = CASE WHEN $3 AND attempts < max_attempts THEN 'pending' ELSE 'failed' END,"
    " run_at = CASE WHEN $3 AND attempts < max_attempts"
    "   THEN now() + make_interval(secs => least(3600, power(2, attempts)) * (1 + random() * 0.25))"
    "   ELSE run_at END"
    " WHERE id = $1"};
const Statement kRequeueStale{"jobs_requeue_stale",
    "UPDATE jobs SET state = 'pending', locked_by = NULL, updated_at = now(),"
    " last_error = 'requeued: its worker stopped while running it'"
    " WHERE state = 'running' AND locked_at < now() - make_interval(secs => $1)"};
const Statement kList{"jobs_list",
    "SELECT json_build_object('id', id, 'queue', queue, 'payload', payload, 'state', state, 'attempts', attempts,"
    " 'max_attempts', max_attempts, 'run_at', run_at, 'last_error', last_error, 'locked_by', locked_by,"
    " 'created_at', created_at, 'updated_at', updated_at)::text"
    " FROM jobs WHERE ($1::text IS NULL OR state = $1) AND ($2::text IS NULL OR queue = $2)"
    " ORDER BY id DESC LIMIT $3"};
const Statement kRetry{"jobs_retry",
    "UPDATE jobs SET state = 'pending', run_at = now(), attempts = 0, updated_at = now()"
    " WHERE id = $1 AND state = 'failed'"};

} // namespace

std::int64_t JobRepository::enqueue(Tx &tx, const std::string &queue, const protocol::JsonObject &payload,
                                    int delaySeconds, int maxAttempts, const std::optional<std::string> &dedupeKey)
{
    auto text = payload ? protocol::toJsonText(payload) : std::string("{}");
    auto row = tx.exec1(kEnqueue, queue, text, delaySeconds, maxAttempts, dedupeKey);
    if (row[1].as<bool>())
        tx.exec(kNotify, queue);  // delivered at commit, so workers never see an uncommitted job
    return row[0].as<std::int64_t>();
}

std::vector<Job> JobRepository::claim(Tx &tx, const std::vector<std::string> &queues, const std::string &workerId,
                                      int limit)
{
    std::vector<Job> jobs;
    for (const auto &row : tx.exec(kClaim, textArrayLiteral(queues), workerId, limit)) {
        Job job;
        job.id = row[0].as<std::int64_t>();
        job.queue = row[1].c_str();
        job.payload = protocol::parseJsonObject(row[2].c_str());
        job.attempts = row[3].as<int>();
        job.maxAttempts = row[4].as<int>();
        jobs.push_back(std::move(job));
    }
    return jobs;
}

void JobRepository::complete(Tx &tx, std::int64_t id)
{
    tx.exec(kComplete, id);
}

void JobRepository::fail(Tx &tx, std::int64_t id, const std::string &error, bool retryable)
{
    tx.exec(kFail, id, error, retryable);
}

int JobRepository::requeueStale(Tx &tx, int olderThanSeconds)
{
    return static_cast<int>(tx.exec(kRequeueStale, olderThanSeconds).affected_rows());
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
