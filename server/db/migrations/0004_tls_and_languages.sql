-- Certificate checks that an admin may turn off for a self-signed mail server, and
-- acknowledgements in the customer's language.

ALTER TABLE mailboxes
    ADD COLUMN tls_verify boolean NOT NULL DEFAULT true;  -- false: accept any certificate (self-signed)

-- {"de": {"subject": "...", "body": "..."}, ...}: picked by the customer's language; the group's
-- acknowledgement_subject / _body (or the bilingual default) otherwise.
ALTER TABLE groups
    ADD COLUMN acknowledgement_translations jsonb NOT NULL DEFAULT '{}'
        CHECK (jsonb_typeof(acknowledgement_translations) = 'object');
