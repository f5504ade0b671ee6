-- Integrations with outside systems (issue 17): a configuration kind, the webhook subscriptions
-- of each, their deliveries and a log of every call in either direction.

CREATE TABLE integrations (
    id                  bigserial PRIMARY KEY,
    name                text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    active              boolean NOT NULL DEFAULT true,
    -- Networks (CIDRs) its inbound API calls may come from; empty: any.
    allowed_networks    text[] NOT NULL DEFAULT '{}',
    log_retention_days  integer NOT NULL DEFAULT 14 CHECK (log_retention_days BETWEEN 1 AND 365),
    created_at          timestamptz NOT NULL DEFAULT now()
);

-- Events of the desk signed and posted to an outside URL.
CREATE TABLE webhook_subscriptions (
    id              bigserial PRIMARY KEY,
    integration_id  bigint NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    url             text NOT NULL CHECK (url ~ '^https?://' AND length(url) <= 2000),
    -- The HMAC key of X-Helpdesk-Signature, sealed (SealedValueRepository); shown once on create.
    secret          text NOT NULL,
    events          text[] NOT NULL CHECK (cardinality(events) > 0),
    active          boolean NOT NULL DEFAULT true,
    -- Its receiver seemed down (no answer, 408, 429, 5xx): no delivery but a test event goes
    -- before this time, the failed one's next attempt.
    held_until      timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_subscriptions_integration_idx ON webhook_subscriptions (integration_id);

-- One event for one subscription. Delivered per subscription and ticket in id order: a delivery
-- waits while an earlier one of its ticket is pending. After the attempts run out it is 'dead'
-- until an admin redelivers it. Delivered and dead rows go after the integration's log retention.
CREATE TABLE webhook_deliveries (
    id               bigserial PRIMARY KEY,
    uuid             uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    subscription_id  bigint NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    event_seq        bigint,          -- the events row it came from; null for a test event
    event            text NOT NULL,
    ticket_id        bigint,          -- orders the deliveries of one ticket; null: orders with nothing
    body             text NOT NULL,   -- the JSON sent, with its id, event, created_at and data
    state            text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'dead')),
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    last_status      integer,
    last_error       text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    delivered_at     timestamptz,
    finished_at      timestamptz,     -- when it was delivered or died (the retention counts from it)
    UNIQUE (subscription_id, event_seq)  -- several server instances fan the same event out once
);
CREATE INDEX webhook_deliveries_pending_idx ON webhook_deliveries (subscription_id, id) WHERE state = 'pending';
CREATE INDEX webhook_deliveries_finished_idx ON webhook_deliveries (finished_at) WHERE state <> 'pending';

-- How far the events were fanned out to subscriptions (one row).
CREATE TABLE webhook_fanout_cursor (
    id        boolean PRIMARY KEY DEFAULT true CHECK (id),
    last_seq  bigint NOT NULL
);

-- Every call between the desk and an integration: 'out' for webhooks (and later lookups), 'in'
-- for the integration's own API calls.
CREATE TABLE integration_log (
    id               bigserial PRIMARY KEY,
    integration_id   bigint NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    at               timestamptz NOT NULL DEFAULT now(),
    direction        text NOT NULL CHECK (direction IN ('out', 'in')),
    method           text NOT NULL,
    endpoint         text NOT NULL,
    status           integer,
    latency_ms       integer,
    payload_excerpt  text NOT NULL DEFAULT '' CHECK (octet_length(payload_excerpt) <= 2048),
    error            text,
    subscription_id  bigint REFERENCES webhook_subscriptions (id) ON DELETE SET NULL,
    delivery_id      bigint REFERENCES webhook_deliveries (id) ON DELETE SET NULL
);
CREATE INDEX integration_log_integration_idx ON integration_log (integration_id, id DESC);
CREATE INDEX integration_log_at_idx ON integration_log (at);
CREATE INDEX integration_log_subscription_idx ON integration_log (subscription_id) WHERE subscription_id IS NOT NULL;
CREATE INDEX integration_log_delivery_idx ON integration_log (delivery_id) WHERE delivery_id IS NOT NULL;
