-- Durability of the mail channel. A message over the size limit is 'refused': its header block and
-- the reason are kept, its body never (no silent truncation). IMAP polls follow UIDs under the
-- folder's UIDVALIDITY instead of trusting the \Seen flag, which any other client may set; POP3
-- polls remember the server's UIDLs (RFC 1939) instead of fetching everything again.

ALTER TABLE inbound_messages DROP CONSTRAINT inbound_messages_state_check;
ALTER TABLE inbound_messages ADD CONSTRAINT inbound_messages_state_check
    CHECK (state IN ('pending', 'processed', 'failed', 'rejected', 'ignored', 'refused'));
-- A refused message's header block as readable text (its raw bytes are in raw).
ALTER TABLE inbound_messages ADD COLUMN headers text;

-- Where an IMAP mailbox's polls stand: every message of the folder up to last_uid (under
-- uidvalidity) has been stored. folder_key names the server, account and folder, so pointing
-- the mailbox elsewhere starts afresh instead of reading UIDs of another folder.
CREATE TABLE mailbox_imap_cursors (
    mailbox_id   bigint PRIMARY KEY REFERENCES mailboxes (id) ON DELETE CASCADE,
    folder_key   text NOT NULL,
    uidvalidity  bigint NOT NULL,
    last_uid     bigint NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now()
);

-- Messages stored from an IMAP folder whose interpretation was still pending, so they could not
-- yet be moved to the processed or error folder (or flagged); a later poll settles them.
CREATE TABLE mailbox_unsettled_uids (
    mailbox_id   bigint NOT NULL REFERENCES mailboxes (id) ON DELETE CASCADE,
    uidvalidity  bigint NOT NULL,
    uid          bigint NOT NULL,
    inbound_id   bigint NOT NULL REFERENCES inbound_messages (id) ON DELETE CASCADE,
    PRIMARY KEY (mailbox_id, uidvalidity, uid)
);

-- POP3 messages already stored (or refused), by UIDL; rows of messages gone from the server are
-- pruned after each complete listing.
CREATE TABLE mailbox_pop3_uidls (
    mailbox_id  bigint NOT NULL REFERENCES mailboxes (id) ON DELETE CASCADE,
    uidl        text NOT NULL,
    inbound_id  bigint REFERENCES inbound_messages (id) ON DELETE SET NULL,
    seen_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (mailbox_id, uidl)
);
