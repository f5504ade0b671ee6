-- Year-long response-time percentiles computed from 1,000,000 tickets took 498 ms (p95). Monthly
-- histograms per group, in buckets 5% wide, answer them from a few thousand rows; the partial
-- months at the ends of a period are bucketed from the tickets on the fly. Kept like the daily
-- counts: row triggers append deltas (no shared row lock on the ticket write path) and the SLA
-- watcher folds them in.

-- Bucket 0: under a minute; bucket b >= 1: [1.05^(b-1), 1.05^b) minutes.
CREATE FUNCTION response_bucket(minutes double precision) RETURNS smallint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN minutes < 1 THEN 0 ELSE least(floor(ln(minutes) / ln(1.05)) + 1, 32000) END::smallint;

-- The geometric middle of a bucket: within 2.5% of any value in it.
CREATE FUNCTION response_bucket_minutes(bucket integer) RETURNS double precision
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN bucket = 0 THEN 0.5 ELSE power(1.05, bucket - 0.5) END;

CREATE TABLE ticket_time_histogram (
    month     date NOT NULL,      -- first day of the month the ticket was created in (UTC)
    group_id  bigint NOT NULL,
    metric    smallint NOT NULL,  -- 1: first response, 2: resolution
    bucket    smallint NOT NULL,
    tickets   integer NOT NULL,
    PRIMARY KEY (month, group_id, metric, bucket)
);

CREATE TABLE ticket_time_deltas (
    month     date NOT NULL,
    group_id  bigint NOT NULL,
    metric    smallint NOT NULL,
    bucket    smallint NOT NULL,
    tickets   integer NOT NULL
);

CREATE FUNCTION ticket_time_histogram_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.first_response_at IS NOT NULL THEN
            INSERT INTO ticket_time_deltas VALUES (date_trunc('month', OLD.created_at AT TIME ZONE 'UTC')::date, OLD.group_id, 1,
                response_bucket(extract(epoch FROM OLD.first_response_at - OLD.created_at) / 60), -1);
        END IF;
        IF OLD.closed_at IS NOT NULL THEN
            INSERT INTO ticket_time_deltas VALUES (date_trunc('month', OLD.created_at AT TIME ZONE 'UTC')::date, OLD.group_id, 2,
                response_bucket(extract(epoch FROM OLD.closed_at - OLD.created_at) / 60), -1);
        END IF;
    END IF;
    IF NEW.first_response_at IS NOT NULL THEN
        INSERT INTO ticket_time_deltas VALUES (date_trunc('month', NEW.created_at AT TIME ZONE 'UTC')::date, NEW.group_id, 1,
            response_bucket(extract(epoch FROM NEW.first_response_at - NEW.created_at) / 60), 1);
    END IF;
    IF NEW.closed_at IS NOT NULL THEN
        INSERT INTO ticket_time_deltas VALUES (date_trunc('month', NEW.created_at AT TIME ZONE 'UTC')::date, NEW.group_id, 2,
            response_bucket(extract(epoch FROM NEW.closed_at - NEW.created_at) / 60), 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER tickets_time_histogram_insert AFTER INSERT ON tickets
    FOR EACH ROW WHEN (NEW.first_response_at IS NOT NULL OR NEW.closed_at IS NOT NULL)
    EXECUTE FUNCTION ticket_time_histogram_count();
CREATE TRIGGER tickets_time_histogram_update AFTER UPDATE OF created_at, group_id, first_response_at, closed_at ON tickets
    FOR EACH ROW WHEN (OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.group_id IS DISTINCT FROM NEW.group_id
                       OR OLD.first_response_at IS DISTINCT FROM NEW.first_response_at OR OLD.closed_at IS DISTINCT FROM NEW.closed_at)
    EXECUTE FUNCTION ticket_time_histogram_count();

CREATE FUNCTION ticket_time_histogram_fold() RETURNS integer LANGUAGE sql AS $$
    WITH moved AS (DELETE FROM ticket_time_deltas RETURNING month, group_id, metric, bucket, tickets),
    summed AS (SELECT month, group_id, metric, bucket, sum(tickets)::int AS tickets FROM moved GROUP BY 1, 2, 3, 4),
    upserted AS (INSERT INTO ticket_time_histogram SELECT * FROM summed
        ON CONFLICT (month, group_id, metric, bucket) DO UPDATE SET tickets = ticket_time_histogram.tickets + excluded.tickets
        RETURNING 1)
    SELECT count(*)::int FROM upserted
$$;

-- What is already there.
INSERT INTO ticket_time_histogram
SELECT month, group_id, metric, bucket, count(*) FROM (
    SELECT date_trunc('month', created_at AT TIME ZONE 'UTC')::date AS month, group_id, 1::smallint AS metric,
           response_bucket(extract(epoch FROM first_response_at - created_at) / 60) AS bucket
      FROM tickets WHERE first_response_at IS NOT NULL
    UNION ALL
    SELECT date_trunc('month', created_at AT TIME ZONE 'UTC')::date, group_id, 2::smallint,
           response_bucket(extract(epoch FROM closed_at - created_at) / 60)
      FROM tickets WHERE closed_at IS NOT NULL) c
GROUP BY 1, 2, 3, 4;
