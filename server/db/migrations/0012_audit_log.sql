-- Every change an admin makes to the configuration (settings, mailboxes, people, access, tokens,
-- tags): who, when, what, and each changed field's old and new value. Secrets are never stored:
-- a changed password is recorded as "(changed)".

CREATE TABLE audit_log (
    id           bigserial PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT now(),
    actor_id     bigint REFERENCES users (id) ON DELETE SET NULL,
    action       text NOT NULL,
    object_kind  text NOT NULL,
    object_id    bigint,
    object_name  text,
    changes      jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_object_idx ON audit_log (object_kind, object_id, id);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, id);
