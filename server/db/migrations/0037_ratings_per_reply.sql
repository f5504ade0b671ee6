-- Ratings per reply (issue 17): a customer rates each agent reply on its own, from the link in that
-- reply or through an integration that collected it (source 'sync'); the ticket-wide "how did we
-- do?" rating stays one per ticket. Every rating names the agent it rates: a reply's author, and
-- for the ticket-wide one the ticket's owner when it was rated (who answered for the ticket).

ALTER TABLE ticket_ratings DROP CONSTRAINT ticket_ratings_pkey;
ALTER TABLE ticket_ratings ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
ALTER TABLE ticket_ratings ADD COLUMN agent_id bigint REFERENCES users (id) ON DELETE SET NULL;
-- A reply's rating goes with the reply: set to NULL it would become the ticket's rating.
ALTER TABLE ticket_ratings
    DROP CONSTRAINT ticket_ratings_article_id_fkey,
    ADD CONSTRAINT ticket_ratings_article_id_fkey FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE;

-- One rating of the ticket as a whole, one per reply; the newer replaces the older.
CREATE UNIQUE INDEX ticket_ratings_ticket_wide_idx ON ticket_ratings (ticket_id) WHERE article_id IS NULL;
CREATE UNIQUE INDEX ticket_ratings_reply_idx ON ticket_ratings (article_id) WHERE article_id IS NOT NULL;
CREATE INDEX ticket_ratings_ticket_idx ON ticket_ratings (ticket_id);

-- A rating given through a reply's link (0026) was the ticket's rating naming that reply: it is
-- now that reply's rating, of the reply's author.
UPDATE ticket_ratings r SET agent_id = a.author_id
FROM articles a JOIN users u ON u.id = a.author_id AND u.role <> 'customer'
WHERE a.id = r.article_id;
UPDATE ticket_ratings r SET agent_id = t.owner_id FROM tickets t WHERE r.article_id IS NULL AND t.id = r.ticket_id;
