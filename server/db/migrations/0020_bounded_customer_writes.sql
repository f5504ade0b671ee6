-- What a caller may attach, which address change waits for its confirmation, and which custom
-- fields customers may fill in.

-- Who uploaded which file: an article may carry a file only its writer uploaded or may already read.
CREATE TABLE blob_uploads (
    sha256       text NOT NULL REFERENCES blobs (sha256),
    user_id      bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    uploaded_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (sha256, user_id)
);

-- A user's own change of e-mail address, applied when the link mailed to the new address is
-- opened (single use, expiring; hashes only).
CREATE TABLE email_changes (
    token_hash  text PRIMARY KEY,
    user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    new_email   text NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX email_changes_user_idx ON email_changes (user_id);

ALTER TABLE custom_field_defs ADD COLUMN customer_editable boolean NOT NULL DEFAULT false;
