-- A claimed job records its worker's lease: a session advisory lock the worker holds on a
-- connection of its own. When the worker's process dies, PostgreSQL drops the lock with the
-- session, so any instance sees at once that the job's worker is gone (a restarted process gets a
-- new lease, even with the same host and pid). Attempts are counted at the claim, so an attempt
-- that killed its worker is counted too; after a few such deaths the job is parked as
-- 'quarantined' with its reason instead of killing the next worker, until an admin retries it.

ALTER TABLE jobs DROP CONSTRAINT jobs_state_check;
ALTER TABLE jobs ADD CONSTRAINT jobs_state_check
    CHECK (state IN ('pending', 'running', 'done', 'failed', 'quarantined'));
ALTER TABLE jobs
    ADD COLUMN lease_key bigint,                        -- the claiming worker's advisory lock
    ADD COLUMN interrupted integer NOT NULL DEFAULT 0;  -- attempts whose worker died running them

CREATE INDEX jobs_running_idx ON jobs (lease_key) WHERE state = 'running';
CREATE INDEX jobs_quarantined_idx ON jobs (updated_at) WHERE state = 'quarantined';
