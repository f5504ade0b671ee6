-- Ticket sharing, administered (issue 16): each agreement's status map, set by an admin through the
-- API instead of one raw settings row for the desk, and the invitations anyone may send, counted in
-- the database so that every server instance on it and a restarted one keep the same allowance.

-- The agreement's overrides of the default status map ({"outbound": {state_type: word},
-- "inbound": {word: state_type}}, checked by the API); NULL: the defaults.
ALTER TABLE sharing_agreements ADD COLUMN status_map jsonb;

-- The old desk-wide row is folded into each agreement (it was the only way to change the map).
UPDATE sharing_agreements SET status_map = s.value FROM settings s WHERE s.key = 'sharing_status_map';
DELETE FROM settings WHERE key = 'sharing_status_map';

-- One row per invitation a partner sent (POST /sharing/agreements/<uuid>) in the last hour and
-- admitted by the limits, with the client address it came from; older rows are pruned as new ones come.
CREATE TABLE sharing_invitation_attempts (
    id              bigserial PRIMARY KEY,
    client_address  text NOT NULL CHECK (length(client_address) BETWEEN 1 AND 100),
    attempted_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sharing_invitation_attempts_at_idx ON sharing_invitation_attempts (attempted_at);
CREATE INDEX sharing_invitation_attempts_address_idx ON sharing_invitation_attempts (client_address, attempted_at);
