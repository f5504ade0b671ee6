-- The requester portal: the queues customers may open requests in, and one-time sign-in links.

-- A group an admin offers on the portal's "new request" page, with a description customers read
-- to choose it. Groups are not offered until an admin says so.
ALTER TABLE groups
    ADD COLUMN offered_to_customers boolean NOT NULL DEFAULT false,
    ADD COLUMN customer_description text NOT NULL DEFAULT '';

-- One-time sign-in links mailed to an account's address (domain::SignInLinks). Only a SHA-256 of
-- the token is kept. A link works once, until `expires_at`, and only while the account is active
-- and still has the address it was mailed to (`email`).
CREATE TABLE sign_in_links (
    token_hash  text PRIMARY KEY,
    user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    email       text NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now()
);
-- How many links an account was mailed lately (the per-account limit across instances).
CREATE INDEX sign_in_links_recent_idx ON sign_in_links (user_id, created_at);
