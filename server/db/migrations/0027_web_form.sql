-- The web form (/form/{key}): sites embed a group's contact form; a sender confirms the request
-- by a mailed link before a ticket opens (domain::WebForms).

-- Each group has a form, off until an admin turns it on. Its key names it in the form's address
-- and is published in the sites' pages, so it is an identifier, not a secret; an admin may make a
-- new one (the old address stops working). `web_form_sites` are the origins
-- ("https://www.example.com") that may frame the form and post to it from their own pages.
ALTER TABLE groups
    ADD COLUMN web_form_enabled boolean NOT NULL DEFAULT false,
    ADD COLUMN web_form_key text NOT NULL UNIQUE DEFAULT replace(gen_random_uuid()::text, '-', ''),
    ADD COLUMN web_form_sites jsonb NOT NULL DEFAULT '[]';

-- A request sent through a form, waiting for its sender to open the mailed link and confirm it.
-- Only a SHA-256 of the link's token is kept. Confirming opens the ticket once (`ticket_id`);
-- a confirmed request stays to answer a second confirmation with that ticket.
CREATE TABLE web_form_requests (
    id             bigserial PRIMARY KEY,
    token_hash     text NOT NULL UNIQUE,
    group_id       bigint NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    email          text NOT NULL,
    name           text NOT NULL,
    subject        text NOT NULL,
    message        text NOT NULL,
    language       text,
    client_address text NOT NULL DEFAULT '',
    created_at     timestamptz NOT NULL DEFAULT now(),
    expires_at     timestamptz NOT NULL,
    confirmed_at   timestamptz,
    ticket_id      bigint REFERENCES tickets (id) ON DELETE SET NULL
);
-- Old requests are cleared as new ones come in (WebFormRepository::insert).
CREATE INDEX web_form_requests_expiry_idx ON web_form_requests (expires_at);
