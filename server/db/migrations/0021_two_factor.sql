-- Two-factor sign-in (TOTP, RFC 6238) for staff, with single-use recovery codes.

-- One row per account that began setting up an authenticator app. `secret` is the shared key,
-- sealed with the server's key file (domain::secrets::seal), so a database dump alone
-- does not give a second factor. The row is pending until `enabled_at` is set by the first code
-- the owner confirms. `last_step` is the RFC 6238 time step of the last code accepted: a code is
-- accepted once, and never one of an earlier step (no replay within the ±1 step window).
CREATE TABLE two_factor (
    user_id     bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret      text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    enabled_at  timestamptz,
    last_step   bigint
);

-- Recovery codes, each good for one sign-in when the authenticator is lost. Only a hash is kept:
-- SHA-256 of the user's id and the code (the codes are ~79 random bits, not passwords a person
-- chose, so a slow hash would cost without protecting more).
CREATE TABLE two_factor_recovery_codes (
    user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  text NOT NULL,
    used_at    timestamptz,
    PRIMARY KEY (user_id, code_hash)
);

-- A session issued to an account whose role must use two-factor sign-in but has none yet: it
-- may only set two-factor sign-in up (and sign out, and ask who it is).
ALTER TABLE sessions ADD COLUMN two_factor_setup_only boolean NOT NULL DEFAULT false;
