-- Mail from templates in the reader's language: per-group (or desk-wide) overrides of the texts
-- shipped in resources/mail, a group's default language and its acknowledgement options, and the
-- acknowledgements that wait until an agent takes the ticket.

-- One override of one template in one language; group_id null: the whole desk. A part left null
-- keeps the text beneath it (the desk's override, then the shipped one).
CREATE TABLE mail_template_overrides (
    id          bigserial PRIMARY KEY,
    group_id    bigint REFERENCES groups (id) ON DELETE CASCADE,
    name        text NOT NULL,
    language    text NOT NULL,
    subject     text,
    body        text,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  bigint REFERENCES users (id) ON DELETE SET NULL,
    CHECK (subject IS NOT NULL OR body IS NOT NULL),
    UNIQUE NULLS NOT DISTINCT (group_id, name, language)
);

ALTER TABLE groups
    -- null: the desk's default language (mail settings), else English
    ADD COLUMN default_language text,
    -- the acknowledgement waits until an agent assigns the ticket or moves it out of 'new'
    ADD COLUMN acknowledge_after_acceptance boolean NOT NULL DEFAULT false,
    -- the acknowledgement carries the portal's address ({{portal_url}})...
    ADD COLUMN acknowledgement_portal_link boolean NOT NULL DEFAULT false,
    -- ...to requesters of these domains only (empty: to every requester)
    ADD COLUMN acknowledgement_portal_domains jsonb NOT NULL DEFAULT '[]'
        CHECK (jsonb_typeof(acknowledgement_portal_domains) = 'array');

-- An acknowledgement held back until an agent takes the ticket; taken out (and sent) once.
CREATE TABLE pending_acknowledgements (
    ticket_id    bigint PRIMARY KEY REFERENCES tickets (id) ON DELETE CASCADE,
    in_reply_to  text,
    created_at   timestamptz NOT NULL DEFAULT now()
);

-- The acknowledgement texts groups had (0002, 0004) become overrides, their {placeholders}
-- mustache tags, so the template editor shows them and nothing a desk configured is lost. The
-- group's own texts applied to every language without a translation.
CREATE FUNCTION pg_temp.as_mustache(text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT replace(replace(replace(replace(replace($1,
        '{ticket_number}', '{{ticket_number}}'), '{ticket_title}', '{{ticket_title}}'),
        '{customer_name}', '{{customer_name}}'), '{group_name}', '{{group_name}}'),
        '{agent_name}', '{{agent_name}}')
$$;

INSERT INTO mail_template_overrides (group_id, name, language, subject, body)
SELECT g.id, 'acknowledgement', lower(replace(t.key, '_', '-')), pg_temp.as_mustache(t.value ->> 'subject'),
       pg_temp.as_mustache(t.value ->> 'body')
  FROM groups g, jsonb_each(g.acknowledgement_translations) t
 WHERE t.value ->> 'subject' IS NOT NULL OR t.value ->> 'body' IS NOT NULL
ON CONFLICT DO NOTHING;

INSERT INTO mail_template_overrides (group_id, name, language, subject, body)
SELECT g.id, 'acknowledgement', l.language, pg_temp.as_mustache(g.acknowledgement_subject),
       pg_temp.as_mustache(g.acknowledgement_body)
  FROM groups g CROSS JOIN (VALUES ('en'), ('de'), ('fr'), ('it'), ('pl'), ('ru')) AS l (language)
 WHERE g.acknowledgement_subject IS NOT NULL OR g.acknowledgement_body IS NOT NULL
ON CONFLICT DO NOTHING;

-- From now on the overrides hold these texts; the old fields only write into them.
UPDATE groups SET acknowledgement_subject = NULL, acknowledgement_body = NULL, acknowledgement_translations = '{}'
 WHERE acknowledgement_subject IS NOT NULL OR acknowledgement_body IS NOT NULL
    OR acknowledgement_translations <> '{}';
