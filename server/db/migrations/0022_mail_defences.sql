-- Mail cannot be turned against the desk, its senders or its recipients.
--
-- An article whose From names staff but whose sender the receiving MTA did not vouch for
-- (Authentication-Results) is kept on the customer's side, flagged for the agents who read it.
ALTER TABLE articles ADD COLUMN sender_unverified boolean NOT NULL DEFAULT false;

-- Mail over the flood limits (new tickets per sender and per group and hour) is 'held': kept raw,
-- listed for admins, who release it (then it is interpreted as if it had just arrived, without
-- the limits) or discard it.
ALTER TABLE inbound_messages DROP CONSTRAINT inbound_messages_state_check;
ALTER TABLE inbound_messages ADD CONSTRAINT inbound_messages_state_check
    CHECK (state IN ('pending', 'processed', 'failed', 'rejected', 'ignored', 'refused', 'held'));
ALTER TABLE inbound_messages
    ADD COLUMN released_by bigint REFERENCES users (id) ON DELETE SET NULL, -- the admin who released it
    ADD COLUMN opened_ticket boolean NOT NULL DEFAULT false;                -- it opened its ticket
-- The flood limits count the tickets mail opened during the last hour.
CREATE INDEX inbound_messages_opened_idx ON inbound_messages (processed_at) WHERE opened_ticket;
CREATE INDEX inbound_messages_held_idx ON inbound_messages (id) WHERE state = 'held';
