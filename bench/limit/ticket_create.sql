-- The rows the API writes for one phone ticket created by an agent (POST /api/v1/tickets with a
-- phone_in article of ~150 bytes, as bench_api sends): the ticket as it stands after its first
-- article (article_count, created_via, preview, first_response_at), the article, the "created"
-- history row and the two events (article.created with the agent's and the customer's view of the
-- article, ticket.created with the ticket), in one transaction, with the product's triggers active.
-- What the naive transaction costs the database alone: no reads beyond the ids, no NOTIFY, no mail.
--
-- Needs the bench desk (group "Bench", agent bench@bench.example, customer cust@bench.example:
-- BenchSupport.h createBenchDesk). Run by bench::runPgbenchLimit (pgbench -n -M prepared).
-- bench::Triggers::Off runs it with the triggers off (session_replication_role = replica).
\set floor random(0, 6)
BEGIN;
INSERT INTO tickets (title, group_id, customer_id, state_id, priority_id, article_count, first_response_at,
                     created_via, preview)
SELECT 'Bench ticket ' || :client_id, g.id, c.id,
       (SELECT id FROM ticket_states WHERE is_default), (SELECT id FROM ticket_priorities WHERE is_default),
       1, now(), 'phone_in',
       'The customer reports that the printer on floor ' || :floor || ' prints blank pages since the toner change. Please check the fuser unit and call back.'
  FROM groups g, users c
 WHERE lower(g.name) = 'bench' AND lower(c.email) = 'cust@bench.example'
RETURNING id AS ticket_id, number AS ticket_number, group_id, customer_id,
          (SELECT id FROM users WHERE lower(email) = 'bench@bench.example') AS agent_id \gset
INSERT INTO history (ticket_id, actor_id, field, old_value, new_value)
VALUES (:ticket_id, :agent_id, 'created', NULL, :ticket_number);
INSERT INTO articles (ticket_id, internal, sender, channel, author_id, from_addr, to_addr, cc_addr, subject, body_text,
                      body_html, message_id, in_reply_to, sender_unverified, time_spent_minutes)
VALUES (:ticket_id, false, 'agent', 'phone_in', :agent_id, 'Bench <bench@bench.example>', '', '',
        'Bench ticket ' || :client_id,
        'The customer reports that the printer on floor ' || :floor || ' prints blank pages since the toner change. Please check the fuser unit and call back.',
        NULL, NULL, NULL, false, NULL)
RETURNING id AS article_id \gset
INSERT INTO events (seq, tx, kind, ticket_id, group_id, prev_group_id, customer_id, organization_id, internal, audience,
                    user_id, actor_id, data)
VALUES (nextval('events_seq'), pg_current_xact_id(), 'article.created', :ticket_id, :group_id, NULL, :customer_id, NULL,
        false, 'ticket', NULL, :agent_id,
        ('{"article": {"cc": "", "id": ' || :article_id || ', "to": "", "from": "Bench <bench@bench.example>", "sender": "agent", "channel": "phone_in", "subject": "Bench ticket ' || :client_id || '", "internal": false, "author_id": ' || :agent_id || ', "body_html": null, "body_text": "The customer reports that the printer on floor ' || :floor || ' prints blank pages since the toner change. Please check the fuser unit and call back.", "ticket_id": ' || :ticket_id || ', "created_at": "' || now() || '", "message_id": null, "attachments": [], "in_reply_to": null, "sender_unverified": false}, "customer_article": {"cc": "", "id": ' || :article_id || ', "to": "", "from": "\"Bench (Bench)\" <helpdesk@localhost>", "sender": "agent", "channel": "phone_in", "subject": "Bench ticket ' || :client_id || '", "internal": false, "author_id": ' || :agent_id || ', "body_html": null, "body_text": "The customer reports that the printer on floor ' || :floor || ' prints blank pages since the toner change. Please check the fuser unit and call back.", "ticket_id": ' || :ticket_id || ', "created_at": "' || now() || '", "message_id": null, "attachments": [], "in_reply_to": null, "sender_unverified": false}}')::jsonb);
INSERT INTO events (seq, tx, kind, ticket_id, group_id, prev_group_id, customer_id, organization_id, internal, audience,
                    user_id, actor_id, data)
VALUES (nextval('events_seq'), pg_current_xact_id(), 'ticket.created', :ticket_id, :group_id, NULL, :customer_id, NULL,
        false, 'ticket', NULL, :agent_id,
        ('{"ticket": {"id": ' || :ticket_id || ', "tags": [], "title": "Bench ticket ' || :client_id || '", "custom": {}, "number": ' || :ticket_number || ', "sla_id": null, "preview": "The customer reports that the printer on floor ' || :floor || ' prints blank pages since the toner change. Please check the fuser unit and call back.", "type_id": null, "group_id": ' || :group_id || ', "owner_id": null, "state_id": 1, "closed_at": null, "created_at": "' || now() || '", "state_type": "new", "updated_at": "' || now() || '", "created_via": "phone_in", "customer_id": ' || :customer_id || ', "priority_id": 2, "article_count": 1, "pending_until": null, "update_due_at": null, "merged_into_id": null, "organization_id": null, "solution_due_at": null, "first_response_at": "' || now() || '", "time_spent_minutes": 0, "first_response_due_at": null}}')::jsonb);
COMMIT;
