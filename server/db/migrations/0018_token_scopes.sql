-- Least privilege for machines: an API token carries the scopes it may use (a method names the
-- one it needs) and may expire. Tokens issued before scopes existed keep every scope, so that a
-- running mailgate or integration goes on working until it is given a narrower token.

ALTER TABLE api_tokens
    ADD COLUMN scopes text[] NOT NULL
        DEFAULT ARRAY['tickets:read', 'tickets:write', 'users:write', 'mail:inbound', 'admin'],
    ADD COLUMN expires_at timestamptz;
ALTER TABLE api_tokens ALTER COLUMN scopes DROP DEFAULT;
