-- Triggers: conditions on a ticket and actions taken when they hold, on ticket creation, update,
-- a customer's reply, or as time passes. Macros: actions an agent applies with one click.

CREATE TABLE triggers (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL,
    event       text NOT NULL CHECK (event IN ('created', 'updated', 'customer_reply', 'time')),
    conditions  jsonb NOT NULL DEFAULT '{}',
    actions     jsonb NOT NULL DEFAULT '{}',
    rank        integer NOT NULL DEFAULT 100,
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX triggers_name_key ON triggers (lower(name));

CREATE TABLE macros (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL,
    actions     jsonb NOT NULL DEFAULT '{}',
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX macros_name_key ON macros (lower(name));

-- Every firing, for loop protection (a trigger fires on a ticket at most a few times an hour, and
-- a time trigger once until the ticket changes again) and for the record.
CREATE TABLE trigger_runs (
    trigger_id  bigint NOT NULL REFERENCES triggers (id) ON DELETE CASCADE,
    ticket_id   bigint NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX trigger_runs_ticket_idx ON trigger_runs (ticket_id, trigger_id, at);
