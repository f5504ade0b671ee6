-- Bytes of attachments each user uploaded today (UTC), for the daily upload quota: one row per
-- user, started over by the first upload of a new day.

CREATE TABLE upload_usage (
    user_id  bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    day      date NOT NULL,
    bytes    bigint NOT NULL CHECK (bytes >= 0)
);
