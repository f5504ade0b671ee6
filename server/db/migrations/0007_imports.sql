-- Imports from other helpdesks: which local row each external record became (so a second run
-- updates instead of duplicating), how far each source file got (so an interrupted run resumes),
-- and a log of every record that was skipped or failed, with the reason.

CREATE TABLE import_map (
    source       text NOT NULL,     -- e.g. freshdesk
    kind         text NOT NULL,     -- company, group, user, ticket, article
    external_id  text NOT NULL,
    local_id     bigint NOT NULL,
    PRIMARY KEY (source, kind, external_id)
);

CREATE TABLE import_progress (
    source      text NOT NULL,
    item        text NOT NULL,      -- a file of the export, or an API collection
    position    bigint NOT NULL,    -- records done
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (source, item)
);

CREATE TABLE import_log (
    id           bigserial PRIMARY KEY,
    source       text NOT NULL,
    kind         text NOT NULL,
    external_id  text,
    outcome      text NOT NULL CHECK (outcome IN ('skipped', 'failed', 'warning')),
    reason       text NOT NULL,
    at           timestamptz NOT NULL DEFAULT now()
);
