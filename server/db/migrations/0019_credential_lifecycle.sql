-- Credentials follow the account, and sign-ins are held back across every server instance.

-- When an account was deactivated (cleared when it is activated again). An account that is
-- inactive without it was never active (an invitation not yet accepted): only such an account
-- may be activated by accepting an invitation; a deactivated one is never re-activated by a link.
ALTER TABLE users ADD COLUMN deactivated_at timestamptz;

-- Password links (reset, invitation) stop working once the account is deactivated or its address
-- changes, whichever code path changes it: `used_at` then says when the link stopped working.
CREATE FUNCTION users_credentials_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.active AND NOT NEW.active THEN
        NEW.deactivated_at := now();
    ELSIF NEW.active THEN
        NEW.deactivated_at := NULL;
    END IF;
    IF (OLD.active AND NOT NEW.active) OR lower(OLD.email) <> lower(NEW.email) THEN
        UPDATE password_tokens SET used_at = now() WHERE user_id = NEW.id AND used_at IS NULL;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER users_credentials_follow BEFORE UPDATE OF active, email ON users
    FOR EACH ROW EXECUTE FUNCTION users_credentials_follow();

-- How many reset mails an account got lately (the per-account limit across instances).
CREATE INDEX password_tokens_recent_idx ON password_tokens (user_id, purpose, created_at);

-- Failed sign-ins in a row, per account (by lower-case e-mail, known or not, so that an unknown
-- address is answered as a known one) and per client address. `blocked_until`: no attempt of
-- that key is checked before then (a growing back-off, then a lock).
CREATE TABLE sign_in_failures (
    key            text PRIMARY KEY CHECK (key LIKE 'account:%' OR key LIKE 'address:%'),
    failures       integer NOT NULL CHECK (failures >= 0),
    last_failure   timestamptz NOT NULL,
    blocked_until  timestamptz
);
CREATE INDEX sign_in_failures_last_idx ON sign_in_failures (last_failure);
