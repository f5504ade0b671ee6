-- The mail channel: mailboxes polled over IMAP/POP3, every inbound message kept raw before it is
-- interpreted, the outbound mail outbox, auto-reply accounting and per-user mail state.

ALTER TABLE users
    ADD COLUMN email_failing boolean NOT NULL DEFAULT false,  -- set by a bounce
    ADD COLUMN email_failure text,
    ADD COLUMN absent boolean NOT NULL DEFAULT false;         -- an absent owner's follow-ups go to the group

CREATE TABLE ticket_watchers (
    ticket_id  bigint NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (ticket_id, user_id)
);

CREATE TABLE mailboxes (
    id                       bigserial PRIMARY KEY,
    name                     text NOT NULL UNIQUE,
    protocol                 text NOT NULL CHECK (protocol IN ('imap', 'pop3')),
    host                     text NOT NULL,
    port                     integer NOT NULL CHECK (port BETWEEN 1 AND 65535),
    security                 text NOT NULL DEFAULT 'tls' CHECK (security IN ('tls', 'starttls', 'none')),
    username                 text NOT NULL,
    password                 text NOT NULL,
    folder                   text NOT NULL DEFAULT 'INBOX',
    enabled                  boolean NOT NULL DEFAULT true,
    poll_interval_minutes    integer NOT NULL DEFAULT 1 CHECK (poll_interval_minutes BETWEEN 1 AND 1440),
    allow_unknown_senders    boolean NOT NULL DEFAULT true,
    keep_eml                 boolean NOT NULL DEFAULT false,
    acting_user_id           bigint REFERENCES users (id),
    group_id                 bigint REFERENCES groups (id),
    open_state_id            bigint REFERENCES ticket_states (id),
    open_priority_id         bigint REFERENCES ticket_priorities (id),
    reply_state_id           bigint REFERENCES ticket_states (id),
    reply_priority_id        bigint REFERENCES ticket_priorities (id),
    pop3_delete              boolean NOT NULL DEFAULT false,
    imap_processed_folder    text,        -- NULL: only mark processed messages seen
    imap_error_folder        text,
    disable_after_failures   integer NOT NULL DEFAULT 10 CHECK (disable_after_failures >= 0),  -- 0: never
    consecutive_failures     integer NOT NULL DEFAULT 0,
    disabled_reason          text,
    last_polled_at           timestamptz,
    created_at               timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE mailbox_runs (
    id           bigserial PRIMARY KEY,
    mailbox_id   bigint NOT NULL REFERENCES mailboxes (id) ON DELETE CASCADE,
    started_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    fetched      integer NOT NULL DEFAULT 0,
    created      integer NOT NULL DEFAULT 0,
    appended     integer NOT NULL DEFAULT 0,
    failed       integer NOT NULL DEFAULT 0,
    error        text,
    details      jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX mailbox_runs_mailbox_idx ON mailbox_runs (mailbox_id, id DESC);

-- Stored before interpretation; content-addressed so a message fetched twice is kept once.
CREATE TABLE inbound_messages (
    id                  bigserial PRIMARY KEY,
    sha256              text NOT NULL UNIQUE,
    raw                 bytea NOT NULL,
    size                integer NOT NULL,
    source              text NOT NULL CHECK (source IN ('mailgate', 'imap', 'pop3', 'api')),
    mailbox_id          bigint REFERENCES mailboxes (id) ON DELETE SET NULL,
    envelope_recipient  text,
    state               text NOT NULL DEFAULT 'pending'
                        CHECK (state IN ('pending', 'processed', 'failed', 'rejected', 'ignored')),
    error               text,
    message_id          text,
    ticket_id           bigint REFERENCES tickets (id) ON DELETE SET NULL,
    article_id          bigint REFERENCES articles (id) ON DELETE SET NULL,
    received_at         timestamptz NOT NULL DEFAULT now(),
    processed_at        timestamptz
);
CREATE INDEX inbound_messages_state_idx ON inbound_messages (state, id);

-- The outbound mail outbox, written in the transaction of the change that causes the mail.
CREATE TABLE outbound_mail (
    id           bigserial PRIMARY KEY,
    kind         text NOT NULL CHECK (kind IN ('reply', 'acknowledgement', 'notification', 'system')),
    ticket_id    bigint REFERENCES tickets (id) ON DELETE SET NULL,
    article_id   bigint REFERENCES articles (id) ON DELETE SET NULL,
    mail_from    text NOT NULL,
    recipients   text[] NOT NULL,
    cc           text[] NOT NULL DEFAULT '{}',
    subject      text NOT NULL,
    body_text    text NOT NULL,
    body_html    text,
    message_id   text NOT NULL UNIQUE,
    in_reply_to  text,
    references_  text NOT NULL DEFAULT '',
    auto_submitted text,                   -- auto-replied / auto-generated for automatic mail
    state        text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
    attempts     integer NOT NULL DEFAULT 0,
    last_error   text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    sent_at      timestamptz
);
CREATE INDEX outbound_mail_article_idx ON outbound_mail (article_id);
CREATE INDEX outbound_mail_message_id_idx ON outbound_mail (message_id);

CREATE TABLE auto_reply_log (
    recipient  text NOT NULL,
    sent_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX auto_reply_log_recipient_idx ON auto_reply_log (recipient, sent_at);

ALTER TABLE groups
    ADD COLUMN signature text NOT NULL DEFAULT '',
    ADD COLUMN acknowledgement_subject text,
    ADD COLUMN acknowledgement_body text;
