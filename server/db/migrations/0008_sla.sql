-- Business-hours calendars and SLAs. The arithmetic runs in PostgreSQL, whose time-zone database
-- handles daylight-saving changes: business minutes are counted on local wall-clock intervals,
-- each converted to an absolute time with AT TIME ZONE.

CREATE TABLE calendars (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL,
    time_zone   text NOT NULL DEFAULT 'UTC',
    -- {"mon": [["08:00", "12:00"], ["13:00", "17:00"]], "tue": [...], ...}; a missing day is closed
    hours       jsonb NOT NULL DEFAULT '{"mon": [["08:00", "17:00"]], "tue": [["08:00", "17:00"]], "wed": [["08:00", "17:00"]],
                                       "thu": [["08:00", "17:00"]], "fri": [["08:00", "17:00"]]}',
    holidays    jsonb NOT NULL DEFAULT '[]',   -- ["2026-12-25", ...] in the calendar's time zone
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX calendars_name_key ON calendars (lower(name));

CREATE TABLE slas (
    id                      bigserial PRIMARY KEY,
    name                    text NOT NULL,
    calendar_id             bigint NOT NULL REFERENCES calendars (id),
    -- Which tickets: {"group_ids": [..], "priority_ids": [..], "type_ids": [..], "organization_ids": [..]};
    -- a missing list matches every ticket. The first active SLA by rank that matches applies.
    condition               jsonb NOT NULL DEFAULT '{}',
    rank                    integer NOT NULL DEFAULT 100,
    first_response_minutes  integer CHECK (first_response_minutes > 0),
    update_minutes          integer CHECK (update_minutes > 0),
    solution_minutes        integer CHECK (solution_minutes > 0),
    warning_minutes         integer NOT NULL DEFAULT 30 CHECK (warning_minutes >= 0),
    active                  boolean NOT NULL DEFAULT true,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX slas_name_key ON slas (lower(name));

ALTER TABLE tickets
    ADD COLUMN sla_id                 bigint REFERENCES slas (id) ON DELETE SET NULL,
    ADD COLUMN first_response_due_at  timestamptz,
    ADD COLUMN update_due_at          timestamptz,
    ADD COLUMN solution_due_at        timestamptz,
    ADD COLUMN sla_paused_minutes     integer NOT NULL DEFAULT 0,   -- business minutes spent pending
    ADD COLUMN sla_pending_since      timestamptz,
    ADD COLUMN sla_warned             text[] NOT NULL DEFAULT '{}',  -- first_response, update, solution
    ADD COLUMN sla_breached           text[] NOT NULL DEFAULT '{}';
CREATE INDEX tickets_sla_due_idx ON tickets (least(first_response_due_at, update_due_at, solution_due_at))
    WHERE sla_id IS NOT NULL;

-- The business intervals of one local day: (start, end) as absolute times.
CREATE FUNCTION sla_day_intervals(day date, tz text, hours jsonb, holidays jsonb)
RETURNS TABLE (opens timestamptz, closes timestamptz) LANGUAGE sql STABLE AS $$
    SELECT ((day + (iv->>0)::time) AT TIME ZONE tz), ((day + (iv->>1)::time) AT TIME ZONE tz)
    FROM jsonb_array_elements(coalesce(hours -> (ARRAY['sun','mon','tue','wed','thu','fri','sat'])[extract(dow FROM day)::int + 1],
                                       '[]')) AS iv
    WHERE NOT holidays ? to_char(day, 'YYYY-MM-DD')
    ORDER BY 1
$$;

-- The moment `minutes` business minutes after `start`.
CREATE FUNCTION sla_add_business_minutes(start timestamptz, minutes integer, tz text, hours jsonb, holidays jsonb)
RETURNS timestamptz LANGUAGE plpgsql STABLE AS $$
DECLARE
    remaining numeric := minutes;
    day date := (start AT TIME ZONE tz)::date;
    iv record;
    available numeric;
    opens timestamptz;
BEGIN
    IF minutes <= 0 THEN
        RETURN start;
    END IF;
    FOR i IN 0..3660 LOOP
        FOR iv IN SELECT * FROM sla_day_intervals(day, tz, hours, holidays) LOOP
            opens := greatest(iv.opens, start);
            IF opens < iv.closes THEN
                available := extract(epoch FROM iv.closes - opens) / 60;
                IF remaining <= available THEN
                    RETURN opens + remaining * interval '1 minute';
                END IF;
                remaining := remaining - available;
            END IF;
        END LOOP;
        day := day + 1;
    END LOOP;
    RETURN NULL;  -- a calendar with no business hours
END
$$;

-- Business minutes between two moments (0 when `b` is not after `a`).
CREATE FUNCTION sla_business_minutes_between(a timestamptz, b timestamptz, tz text, hours jsonb, holidays jsonb)
RETURNS integer LANGUAGE plpgsql STABLE AS $$
DECLARE
    total numeric := 0;
    day date := (a AT TIME ZONE tz)::date;
    last date := (b AT TIME ZONE tz)::date;
    iv record;
BEGIN
    IF b <= a THEN
        RETURN 0;
    END IF;
    WHILE day <= last LOOP
        FOR iv IN SELECT * FROM sla_day_intervals(day, tz, hours, holidays) LOOP
            IF least(iv.closes, b) > greatest(iv.opens, a) THEN
                total := total + extract(epoch FROM least(iv.closes, b) - greatest(iv.opens, a)) / 60;
            END IF;
        END LOOP;
        day := day + 1;
    END LOOP;
    RETURN round(total)::integer;
END
$$;
