-- Supervisor dashboards on a million tickets answer from pre-aggregated daily counts (kept by
-- triggers, so bulk imports are counted too) and from partial indexes over the open work.

CREATE TABLE ticket_daily_stats (
    day       date NOT NULL,
    group_id  bigint NOT NULL,
    created   integer NOT NULL DEFAULT 0,
    closed    integer NOT NULL DEFAULT 0,
    PRIMARY KEY (day, group_id)
);

CREATE FUNCTION ticket_daily_stats_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO ticket_daily_stats (day, group_id, created) VALUES ((NEW.created_at AT TIME ZONE 'UTC')::date, NEW.group_id, 1)
            ON CONFLICT (day, group_id) DO UPDATE SET created = ticket_daily_stats.created + 1;
        IF NEW.closed_at IS NOT NULL THEN
            INSERT INTO ticket_daily_stats (day, group_id, closed) VALUES ((NEW.closed_at AT TIME ZONE 'UTC')::date, NEW.group_id, 1)
                ON CONFLICT (day, group_id) DO UPDATE SET closed = ticket_daily_stats.closed + 1;
        END IF;
    ELSIF NEW.closed_at IS DISTINCT FROM OLD.closed_at THEN
        IF OLD.closed_at IS NOT NULL THEN
            UPDATE ticket_daily_stats SET closed = closed - 1
                WHERE day = (OLD.closed_at AT TIME ZONE 'UTC')::date AND group_id = OLD.group_id;
        END IF;
        IF NEW.closed_at IS NOT NULL THEN
            INSERT INTO ticket_daily_stats (day, group_id, closed) VALUES ((NEW.closed_at AT TIME ZONE 'UTC')::date, NEW.group_id, 1)
                ON CONFLICT (day, group_id) DO UPDATE SET closed = ticket_daily_stats.closed + 1;
        END IF;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER tickets_daily_stats AFTER INSERT OR UPDATE OF closed_at ON tickets
    FOR EACH ROW EXECUTE FUNCTION ticket_daily_stats_count();

INSERT INTO ticket_daily_stats (day, group_id, created)
    SELECT (created_at AT TIME ZONE 'UTC')::date, group_id, count(*) FROM tickets GROUP BY 1, 2
    ON CONFLICT (day, group_id) DO UPDATE SET created = excluded.created;
INSERT INTO ticket_daily_stats (day, group_id, closed)
    SELECT (closed_at AT TIME ZONE 'UTC')::date, group_id, count(*) FROM tickets WHERE closed_at IS NOT NULL GROUP BY 1, 2
    ON CONFLICT (day, group_id) DO UPDATE SET closed = excluded.closed;

-- The open work, small beside a million closed tickets.
CREATE INDEX tickets_open_idx ON tickets (group_id, state_id, owner_id, created_at) WHERE closed_at IS NULL;
CREATE INDEX tickets_created_idx ON tickets (created_at);
CREATE INDEX tickets_closed_idx ON tickets (closed_at) WHERE closed_at IS NOT NULL;
