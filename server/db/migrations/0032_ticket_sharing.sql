-- Ticket sharing between desks (Networked Help Desk protocol, issue 16; wire notes in
-- shared/protocols/nhd.md). An agreement links this desk to a partner desk, one way: the sender
-- shares its tickets with the receiver. Every request to the partner goes through an ordered
-- outbox delivered by the job queue, and every attempt is written to the agreement's sync log.

CREATE TABLE sharing_agreements (
    id                      bigserial PRIMARY KEY,
    uuid                    text NOT NULL UNIQUE CHECK (uuid ~ '^[0-9a-f]{40}$'),  -- the sender's, immutable
    -- Our side of the agreement: 'sender' when we invited the partner, 'receiver' when invited.
    role                    text NOT NULL CHECK (role IN ('sender', 'receiver')),
    name                    text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),   -- the sender's organisation
    sender_url              text NOT NULL CHECK (length(sender_url) BETWEEN 1 AND 2000),
    receiver_url            text NOT NULL CHECK (length(receiver_url) BETWEEN 1 AND 2000),
    -- The shared secret of X-Ticket-Sharing-Token, sealed (SealedValueRepository).
    access_key              text NOT NULL,
    status                  text NOT NULL DEFAULT 'pending'
                            CHECK (status IN ('pending', 'accepted', 'declined', 'inactive')),
    deactivated_by          text CHECK (deactivated_by IN ('sender', 'receiver')),
    allows_public_comments  boolean NOT NULL DEFAULT false,  -- full delegation
    sync_tags               boolean NOT NULL DEFAULT false,
    sync_custom_fields      boolean NOT NULL DEFAULT false,
    -- The receiver's local group that gets the partner's shared tickets (chosen on accepting).
    group_id                bigint REFERENCES groups (id),
    created_by              bigint REFERENCES users (id) ON DELETE SET NULL,
    -- The last failed delivery to the partner, cleared by the next success.
    last_error              text,
    last_error_at           timestamptz,
    last_delivered_at       timestamptz,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'inactive') = (deactivated_by IS NOT NULL))
);
CREATE INDEX sharing_agreements_status_idx ON sharing_agreements (status);

-- A ticket shared under an agreement: ours shared out ('outbound') or the partner's shared in
-- ('inbound', then ticket_id is the local copy). `uuid` is the ticket's uuid on the wire.
CREATE TABLE ticket_shares (
    id              bigserial PRIMARY KEY,
    agreement_id    bigint NOT NULL REFERENCES sharing_agreements (id) ON DELETE CASCADE,
    ticket_id       bigint NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    uuid            text NOT NULL CHECK (uuid ~ '^[0-9a-f]{40}$'),
    direction       text NOT NULL CHECK (direction IN ('outbound', 'inbound')),
    state           text NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'unshared')),
    -- Whether the partner has everything we sent: 'pending' while requests wait in the outbox,
    -- 'synced' after they arrived, 'failed' when the partner refused one (last_error says why).
    sync_state      text NOT NULL DEFAULT 'pending' CHECK (sync_state IN ('pending', 'synced', 'failed')),
    last_error      text,
    last_synced_at  timestamptz,
    -- The fields last sent or received (status, subject, tags, custom fields), so that an update
    -- carries only what changed.
    last_fields     jsonb NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (agreement_id, uuid),
    UNIQUE (agreement_id, ticket_id)
);
CREATE INDEX ticket_shares_ticket_idx ON ticket_shares (ticket_id);

-- Wire uuids of comments and actors known under an agreement and their local rows (articles,
-- users), both ways: an incoming comment whose uuid is known is not stored twice, and an
-- outgoing one keeps the uuid it was first sent with.
CREATE TABLE sharing_objects (
    agreement_id  bigint NOT NULL REFERENCES sharing_agreements (id) ON DELETE CASCADE,
    kind          text NOT NULL CHECK (kind IN ('comment', 'actor')),
    uuid          text NOT NULL CHECK (length(uuid) BETWEEN 1 AND 200),
    local_id      bigint NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (agreement_id, kind, uuid)
);
CREATE INDEX sharing_objects_local_idx ON sharing_objects (kind, local_id);

-- Requests waiting for the partner, delivered per agreement in id order (so per ticket too): a
-- request is tried again with a growing delay while the partner is unreachable or answers 5xx,
-- and later ones wait behind it. A refused request (4xx) is 'failed' and the next one goes.
CREATE TABLE sharing_outbox (
    id               bigserial PRIMARY KEY,
    agreement_id     bigint NOT NULL REFERENCES sharing_agreements (id) ON DELETE CASCADE,
    ticket_share_id  bigint REFERENCES ticket_shares (id) ON DELETE CASCADE,
    method           text NOT NULL CHECK (method IN ('POST', 'PUT', 'DELETE')),
    path             text NOT NULL CHECK (path ~ '^/(agreements|tickets)/[0-9a-f]{40}$'),  -- below the partner's base
    body             text NOT NULL DEFAULT '',
    -- The agreement's create POST carries the access key: added at delivery, never stored here.
    with_access_key  boolean NOT NULL DEFAULT false,
    state            text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    last_status      integer,
    last_error       text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    done_at          timestamptz
);
CREATE INDEX sharing_outbox_pending_idx ON sharing_outbox (agreement_id, id) WHERE state = 'pending';

-- Every request to or from the partner under an agreement: what, the answer, and why it failed.
CREATE TABLE sharing_log (
    id            bigserial PRIMARY KEY,
    agreement_id  bigint NOT NULL REFERENCES sharing_agreements (id) ON DELETE CASCADE,
    direction     text NOT NULL CHECK (direction IN ('out', 'in')),
    outbox_id     bigint,
    method        text NOT NULL,
    path          text NOT NULL,
    status        integer,           -- NULL: no answer (connection refused, timeout)
    error         text,
    duration_ms   integer,
    at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sharing_log_agreement_idx ON sharing_log (agreement_id, id DESC);
