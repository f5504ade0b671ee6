-- The rows the desk writes for one new customer e-mail that opens a ticket (bench_mail's LMTP and
-- IMAP paths), in the desk's two transactions: first the raw message (~3 KB, content-addressed)
-- with its safety-net job, committed before anything reads it; then the ticket as it stands after
-- its first article, the "created" history row, the e-mail article, the two events
-- (article.created, ticket.created), the acknowledgement in the outbox, the message marked
-- processed and its job gone. What the database alone allows: no parsing, no reads beyond the ids,
-- no NOTIFY.
--
-- Needs bench_mail's desk (group "Support", customer customer1@customer.example, made by its
-- earlier runs). Run by bench::runPgbenchLimit (pgbench -n -M prepared).
\set n random(1, 2000000000)
BEGIN;
INSERT INTO inbound_messages (sha256, raw, size, source, envelope_recipient)
VALUES (md5(:client_id::text || '-' || :n::text || '-' || clock_timestamp()::text) || md5(random()::text),
        convert_to(repeat('The printer on the third floor prints blank pages. ', 60), 'UTF8'), 3120, 'lmtp',
        'support@desk.example')
RETURNING id AS inbound_id \gset
INSERT INTO jobs (queue, payload, run_at, max_attempts, dedupe_key)
VALUES ('mail.inbound', jsonb_build_object('inbound_id', :inbound_id::bigint), now() + interval '60 seconds', 8,
        'mail.inbound:' || :inbound_id::text);
COMMIT;
BEGIN;
SELECT state FROM inbound_messages WHERE id = :inbound_id FOR UPDATE;
INSERT INTO tickets (title, group_id, customer_id, state_id, priority_id, article_count, created_via, preview)
SELECT 'printer problem ' || :n::text, g.id, c.id,
       (SELECT id FROM ticket_states WHERE is_default), (SELECT id FROM ticket_priorities WHERE is_default),
       1, 'email', 'The printer on the third floor prints blank pages. The printer on the third floor prints blank pages.'
  FROM groups g, users c
 WHERE lower(g.name) = 'support' AND lower(c.email) = 'customer1@customer.example'
RETURNING id AS ticket_id, number AS ticket_number, group_id, customer_id \gset
INSERT INTO history (ticket_id, actor_id, field, old_value, new_value)
VALUES (:ticket_id, NULL, 'created', NULL, :ticket_number::text);
INSERT INTO articles (ticket_id, internal, sender, channel, author_id, from_addr, to_addr, cc_addr, subject, body_text,
                      body_html, message_id, in_reply_to, sender_unverified, time_spent_minutes)
VALUES (:ticket_id, false, 'customer', 'email', :customer_id, 'Customer 1 <customer1@customer.example>',
        'support@desk.example', '', 'printer problem ' || :n::text,
        repeat('The printer on the third floor prints blank pages. ', 60), NULL,
        'pgbench-' || :n::text || '-' || :inbound_id::text || '@customer.example', NULL, false, NULL)
RETURNING id AS article_id \gset
INSERT INTO events (seq, tx, kind, ticket_id, group_id, prev_group_id, customer_id, organization_id, internal, audience,
                    user_id, actor_id, data)
VALUES (nextval('events_seq'), pg_current_xact_id(), 'article.created', :ticket_id, :group_id, NULL, :customer_id, NULL,
        false, 'ticket', NULL, NULL,
        ('{"article": {"id": ' || :article_id::text || ', "ticket_id": ' || :ticket_id::text || ', "sender": "customer", "channel": "email", "subject": "printer problem", "body_text": "' || repeat('The printer on the third floor prints blank pages. ', 60) || '", "attachments": []}}')::jsonb);
INSERT INTO events (seq, tx, kind, ticket_id, group_id, prev_group_id, customer_id, organization_id, internal, audience,
                    user_id, actor_id, data)
VALUES (nextval('events_seq'), pg_current_xact_id(), 'ticket.created', :ticket_id, :group_id, NULL, :customer_id, NULL,
        false, 'ticket', NULL, NULL,
        ('{"ticket": {"id": ' || :ticket_id::text || ', "number": ' || :ticket_number::text || ', "title": "printer problem", "group_id": ' || :group_id::text || ', "customer_id": ' || :customer_id::text || ', "state_type": "new", "created_via": "email", "article_count": 1, "tags": [], "custom": {}}}')::jsonb);
INSERT INTO outbound_mail (kind, ticket_id, article_id, mail_from, recipients, cc, subject, body_text, body_html,
                           message_id, in_reply_to, references_, auto_submitted)
VALUES ('acknowledgement', :ticket_id, NULL, 'Support <support@desk.example>', ARRAY['customer1@customer.example'],
        '{}', '[Ticket#' || :ticket_number::text || '] printer problem',
        'We received your message and opened ticket ' || :ticket_number::text || '. We will answer soon.', NULL,
        'ack-' || :ticket_id::text || '@desk.example', 'pgbench-' || :n::text || '-' || :inbound_id::text || '@customer.example', '',
        'auto-replied');
UPDATE inbound_messages SET state = 'processed', ticket_id = :ticket_id, article_id = :article_id,
       message_id = 'pgbench-' || :n::text || '-' || :inbound_id::text || '@customer.example', processed_at = now()
 WHERE id = :inbound_id;
DELETE FROM jobs WHERE dedupe_key = 'mail.inbound:' || :inbound_id::text AND state IN ('pending', 'running');
COMMIT;
