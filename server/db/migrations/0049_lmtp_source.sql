-- Mail handed over by an MTA over LMTP (mail/LmtpServer) is an inbound source of its own.
ALTER TABLE inbound_messages
    DROP CONSTRAINT inbound_messages_source_check,
    ADD CONSTRAINT inbound_messages_source_check CHECK (source IN ('mailgate', 'imap', 'pop3', 'api', 'lmtp'));
