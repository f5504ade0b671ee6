-- New tickets are counted into the dashboard deltas once per statement instead of once per row:
-- a statement trigger reads the inserted rows from its transition table and appends one grouped
-- row per day and group (and per month, group, metric and bucket). A batch of 2,000 imported
-- tickets ran 2,000 + 777 trigger calls with one INSERT each (21 ms of its 140 ms, measured);
-- now it runs two INSERT … SELECT. Every insert path gains, a single ticket costs the same.
-- Updates stay row triggers: PostgreSQL allows no column list on a trigger with transition tables,
-- so a statement trigger would copy every updated row of every UPDATE of tickets into its
-- transition tables; the row triggers below run only for rows whose counted columns change.

DROP TRIGGER tickets_daily_stats ON tickets;
DROP TRIGGER tickets_time_histogram_insert ON tickets;

CREATE FUNCTION ticket_counts_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ticket_stat_deltas (day, group_id, created, closed)
    SELECT day, group_id, sum(created)::int, sum(closed)::int FROM (
        SELECT (created_at AT TIME ZONE 'UTC')::date AS day, group_id, 1 AS created, 0 AS closed FROM inserted
        UNION ALL
        SELECT (closed_at AT TIME ZONE 'UTC')::date, group_id, 0, 1 FROM inserted WHERE closed_at IS NOT NULL) c
    GROUP BY day, group_id;
    INSERT INTO ticket_time_deltas (month, group_id, metric, bucket, tickets)
    SELECT month, group_id, metric, bucket, count(*)::int FROM (
        SELECT date_trunc('month', created_at AT TIME ZONE 'UTC')::date AS month, group_id, 1::smallint AS metric,
               response_bucket(extract(epoch FROM first_response_at - created_at) / 60) AS bucket
          FROM inserted WHERE first_response_at IS NOT NULL
        UNION ALL
        SELECT date_trunc('month', created_at AT TIME ZONE 'UTC')::date, group_id, 2::smallint,
               response_bucket(extract(epoch FROM closed_at - created_at) / 60)
          FROM inserted WHERE closed_at IS NOT NULL) c
    GROUP BY month, group_id, metric, bucket;
    RETURN NULL;
END
$$;

CREATE TRIGGER tickets_counts_inserted AFTER INSERT ON tickets
    REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION ticket_counts_inserted();

-- The daily counts' update trigger now runs only for rows whose closed_at changes (it ran for
-- every row of an UPDATE that named closed_at, as an import's second run does for all of them).
CREATE TRIGGER tickets_daily_stats_update AFTER UPDATE OF closed_at ON tickets
    FOR EACH ROW WHEN (OLD.closed_at IS DISTINCT FROM NEW.closed_at)
    EXECUTE FUNCTION ticket_daily_stats_count();
