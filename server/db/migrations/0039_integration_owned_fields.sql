-- Custom fields filled from outside (issue 17): a field an integration owns is set only by that
-- integration's API tokens, and the desk asks the integration's lookup URL for the values of a
-- new ticket or user.

-- The integration that fills the field; null: the desk's own field. A deleted integration leaves
-- its fields to the desk.
ALTER TABLE custom_field_defs ADD COLUMN integration_id bigint REFERENCES integrations (id) ON DELETE SET NULL;
CREATE INDEX custom_field_defs_integration_idx ON custom_field_defs (integration_id) WHERE integration_id IS NOT NULL;

-- Where the desk asks for the values of the fields the integration owns; null: it is not asked.
ALTER TABLE integrations ADD COLUMN lookup_url text
    CHECK (lookup_url IS NULL OR (lookup_url ~ '^https?://' AND length(lookup_url) <= 2000));

-- The HMAC key of the lookups' X-Helpdesk-Signature, sealed (SealedValueRepository); shown once.
-- Beside the integrations row, so that the generic configuration reads never carry it.
CREATE TABLE integration_lookup_secrets (
    integration_id  bigint PRIMARY KEY REFERENCES integrations (id) ON DELETE CASCADE,
    secret          text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);

-- One request for the field values of a ticket or user. Tried with backoff until answered (2xx)
-- or the attempts run out ('dead'); each attempt is a line of the integration log.
CREATE TABLE field_lookups (
    id               bigserial PRIMARY KEY,
    uuid             uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    integration_id   bigint NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    entity           text NOT NULL CHECK (entity IN ('ticket', 'user')),
    ticket_id        bigint REFERENCES tickets (id) ON DELETE CASCADE,
    user_id          bigint REFERENCES users (id) ON DELETE CASCADE,
    -- The ticket.created / user.created event it came from; null when an agent asked again.
    event_seq        bigint,
    state            text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'answered', 'dead')),
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    last_status      integer,
    last_error       text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    finished_at      timestamptz,
    CHECK ((entity = 'ticket') = (ticket_id IS NOT NULL) AND (entity = 'user') = (user_id IS NOT NULL)),
    UNIQUE (integration_id, event_seq)  -- several server instances fan the same event out once
);
CREATE INDEX field_lookups_finished_idx ON field_lookups (finished_at) WHERE state <> 'pending';
