-- Core schema: people, groups, configurable ticket attributes, tickets, articles, history,
-- credentials, idempotency, the event log and the job queue.

CREATE TABLE organizations (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL,
    shared      boolean NOT NULL DEFAULT false,   -- members see each other's tickets
    custom      jsonb NOT NULL DEFAULT '{}',
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX organizations_name_key ON organizations (lower(name));

CREATE TABLE users (
    id              bigserial PRIMARY KEY,
    email           text NOT NULL,
    name            text NOT NULL,
    role            text NOT NULL CHECK (role IN ('admin', 'supervisor', 'agent', 'customer')),
    organization_id bigint REFERENCES organizations (id) ON DELETE SET NULL,
    password_hash   text,
    active          boolean NOT NULL DEFAULT true,
    language        text,
    custom          jsonb NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_organization_idx ON users (organization_id);

CREATE TABLE groups (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL,
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX groups_name_key ON groups (lower(name));

-- Each inbound address belongs to one group; the recipient of a mail picks the queue.
CREATE TABLE group_addresses (
    address   text PRIMARY KEY CHECK (address = lower(address)),
    group_id  bigint NOT NULL REFERENCES groups (id) ON DELETE CASCADE
);

CREATE TABLE group_members (
    group_id  bigint NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    user_id   bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    access    text NOT NULL CHECK (access IN ('read', 'full')),
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_members_user_idx ON group_members (user_id);

CREATE TABLE ticket_states (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    state_type  text NOT NULL CHECK (state_type IN
                ('new', 'open', 'pending_reminder', 'pending_close', 'closed', 'merged')),
    active      boolean NOT NULL DEFAULT true,
    is_default  boolean NOT NULL DEFAULT false
);

CREATE TABLE ticket_priorities (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    rank        integer NOT NULL,
    active      boolean NOT NULL DEFAULT true,
    is_default  boolean NOT NULL DEFAULT false
);

CREATE TABLE ticket_types (
    id      bigserial PRIMARY KEY,
    name    text NOT NULL UNIQUE,
    active  boolean NOT NULL DEFAULT true
);

CREATE TABLE custom_field_defs (
    id             bigserial PRIMARY KEY,
    object_kind    text NOT NULL CHECK (object_kind IN ('ticket', 'user', 'organization')),
    name           text NOT NULL CHECK (name ~ '^[a-z][a-z0-9_]{0,62}$'),
    label          text NOT NULL,
    field_type     text NOT NULL CHECK (field_type IN
                   ('text', 'integer', 'boolean', 'date', 'datetime', 'select', 'multiselect')),
    options        jsonb NOT NULL DEFAULT '[]',   -- allowed values of select / multiselect
    required       boolean NOT NULL DEFAULT false,
    default_value  jsonb,
    active         boolean NOT NULL DEFAULT true,
    UNIQUE (object_kind, name)
);

CREATE SEQUENCE ticket_number_seq START 10001;

CREATE TABLE tickets (
    id                 bigserial PRIMARY KEY,
    number             bigint NOT NULL UNIQUE DEFAULT nextval('ticket_number_seq'),
    title              text NOT NULL,
    group_id           bigint NOT NULL REFERENCES groups (id),
    owner_id           bigint REFERENCES users (id),
    customer_id        bigint NOT NULL REFERENCES users (id),
    organization_id    bigint REFERENCES organizations (id) ON DELETE SET NULL,
    state_id           bigint NOT NULL REFERENCES ticket_states (id),
    priority_id        bigint NOT NULL REFERENCES ticket_priorities (id),
    type_id            bigint REFERENCES ticket_types (id),
    custom             jsonb NOT NULL DEFAULT '{}',
    merged_into_id     bigint REFERENCES tickets (id),
    pending_until      timestamptz,
    article_count      integer NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    first_response_at  timestamptz,
    closed_at          timestamptz
);
CREATE INDEX tickets_group_state_idx ON tickets (group_id, state_id);
CREATE INDEX tickets_owner_idx ON tickets (owner_id) WHERE owner_id IS NOT NULL;
CREATE INDEX tickets_customer_idx ON tickets (customer_id);
CREATE INDEX tickets_organization_idx ON tickets (organization_id) WHERE organization_id IS NOT NULL;
CREATE INDEX tickets_updated_idx ON tickets (updated_at);

CREATE TABLE ticket_tags (
    ticket_id  bigint NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    tag        text NOT NULL CHECK (length(tag) BETWEEN 1 AND 100),
    PRIMARY KEY (ticket_id, tag)
);
CREATE INDEX ticket_tags_tag_idx ON ticket_tags (tag);

CREATE TABLE ticket_links (
    source_id  bigint NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    target_id  bigint NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    kind       text NOT NULL CHECK (kind IN ('related', 'parent', 'duplicate')),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (source_id, target_id, kind),
    CHECK (source_id <> target_id)
);
CREATE INDEX ticket_links_target_idx ON ticket_links (target_id);

CREATE TABLE articles (
    id           bigserial PRIMARY KEY,
    ticket_id    bigint NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    internal     boolean NOT NULL DEFAULT false,
    sender       text NOT NULL CHECK (sender IN ('customer', 'agent', 'system')),
    channel      text NOT NULL CHECK (channel IN ('email', 'phone_in', 'phone_out', 'note', 'web')),
    author_id    bigint REFERENCES users (id),
    from_addr    text NOT NULL DEFAULT '',
    to_addr      text NOT NULL DEFAULT '',
    cc_addr      text NOT NULL DEFAULT '',
    subject      text NOT NULL DEFAULT '',
    body_text    text NOT NULL DEFAULT '',
    body_html    text,
    message_id   text,
    in_reply_to  text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    search       tsvector GENERATED ALWAYS AS
                 (to_tsvector('simple', left(subject || ' ' || body_text, 200000))) STORED
);
CREATE INDEX articles_ticket_idx ON articles (ticket_id, id);
CREATE INDEX articles_message_id_idx ON articles (message_id) WHERE message_id IS NOT NULL;
CREATE INDEX articles_search_idx ON articles USING gin (search);
CREATE INDEX tickets_title_search_idx ON tickets USING gin (to_tsvector('simple', title));

-- File contents, stored once however many articles carry them.
CREATE TABLE blobs (
    sha256      text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size        bigint NOT NULL,
    content     bytea NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE article_attachments (
    id            bigserial PRIMARY KEY,
    article_id    bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sha256        text NOT NULL REFERENCES blobs (sha256),
    filename      text NOT NULL,
    content_type  text NOT NULL,
    content_id    text,
    is_inline     boolean NOT NULL DEFAULT false
);
CREATE INDEX article_attachments_article_idx ON article_attachments (article_id);

CREATE TABLE history (
    id         bigserial PRIMARY KEY,
    ticket_id  bigint NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    actor_id   bigint REFERENCES users (id),
    at         timestamptz NOT NULL DEFAULT now(),
    field      text NOT NULL,
    old_value  text,
    new_value  text
);
CREATE INDEX history_ticket_idx ON history (ticket_id, id);

-- Credentials: only hashes of tokens are stored.
CREATE TABLE sessions (
    token_hash    bytea PRIMARY KEY,
    user_id       bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at    timestamptz NOT NULL DEFAULT now(),
    expires_at    timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE api_tokens (
    id            bigserial PRIMARY KEY,
    user_id       bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name          text NOT NULL,
    token_hash    bytea NOT NULL UNIQUE,
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_used_at  timestamptz,
    revoked_at    timestamptz
);

-- A command retried with the same key returns the first answer instead of running again.
CREATE TABLE idempotency_keys (
    user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key         text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    method      text NOT NULL,
    response    jsonb,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, key)
);

-- The event log. `tx` lets readers tell a sequence gap left by a rollback from one still
-- in flight (see EventRepository).
CREATE SEQUENCE events_seq;
CREATE TABLE events (
    seq              bigint PRIMARY KEY,
    tx               xid8 NOT NULL,
    at               timestamptz NOT NULL DEFAULT now(),
    kind             text NOT NULL,
    ticket_id        bigint,
    group_id         bigint,
    prev_group_id    bigint,
    customer_id      bigint,
    organization_id  bigint,
    internal         boolean NOT NULL DEFAULT false,
    audience         text NOT NULL DEFAULT 'ticket' CHECK (audience IN ('ticket', 'staff', 'admin', 'user')),
    user_id          bigint,
    actor_id         bigint,
    data             jsonb NOT NULL DEFAULT '{}'
);

CREATE TABLE jobs (
    id            bigserial PRIMARY KEY,
    queue         text NOT NULL,
    payload       jsonb NOT NULL DEFAULT '{}',
    state         text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'failed')),
    attempts      integer NOT NULL DEFAULT 0,
    max_attempts  integer NOT NULL DEFAULT 8,
    run_at        timestamptz NOT NULL DEFAULT now(),
    locked_by     text,
    locked_at     timestamptz,
    last_error    text,
    dedupe_key    text UNIQUE,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX jobs_due_idx ON jobs (queue, run_at) WHERE state = 'pending';
CREATE INDEX jobs_failed_idx ON jobs (updated_at) WHERE state = 'failed';

CREATE TABLE settings (
    key    text PRIMARY KEY,
    value  jsonb NOT NULL
);

INSERT INTO ticket_states (name, state_type, is_default) VALUES
    ('new', 'new', true), ('open', 'open', false), ('pending reminder', 'pending_reminder', false),
    ('pending close', 'pending_close', false), ('closed', 'closed', false), ('merged', 'merged', false);
INSERT INTO ticket_priorities (name, rank, is_default) VALUES
    ('1 low', 1, false), ('2 normal', 2, true), ('3 high', 3, false), ('4 urgent', 4, false);
INSERT INTO ticket_types (name) VALUES ('question'), ('incident'), ('problem'), ('request');
INSERT INTO groups (name) VALUES ('Users');
