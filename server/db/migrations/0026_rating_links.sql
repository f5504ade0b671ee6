-- Satisfaction ratings from the mail: every agent reply can carry a link to rate it, and a solved
-- ticket gets "how did we do?" (domain::RatingLinks). The rating stays one per ticket (0014): the
-- newest score replaces the older one, and now names the reply it rated.

ALTER TABLE ticket_ratings
    ADD COLUMN article_id bigint REFERENCES articles (id) ON DELETE SET NULL,
    DROP CONSTRAINT ticket_ratings_source_check,
    ADD CONSTRAINT ticket_ratings_source_check CHECK (source IN ('customer', 'import', 'sync', 'mail_link'));

-- Per group: whether its mail to customers carries rating links, and the words before the link in
-- a reply's signature ('' : the shipped wording in the reader's language, resources/mail/*/terms.json).
-- Off for the groups of a desk that upgrades: customers get no new kind of mail until an admin says so.
ALTER TABLE groups
    ADD COLUMN ratings_enabled boolean NOT NULL DEFAULT false,
    ADD COLUMN rating_wording text NOT NULL DEFAULT '' CHECK (length(rating_wording) <= 500);

-- The links in the mail: a random token of which only the SHA-256 is kept, bound to the ticket, the
-- reply it rates (NULL: the ticket as a whole, the "how did we do?" mail) and the customer it was
-- mailed to. A link may be used again until it expires: the newer score replaces the older.
CREATE TABLE rating_links (
    token_hash   text PRIMARY KEY,
    ticket_id    bigint NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    article_id   bigint REFERENCES articles (id) ON DELETE CASCADE,
    customer_id  bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at   timestamptz NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX rating_links_ticket_idx ON rating_links (ticket_id);
-- "How did we do?" goes out once per ticket, however often it is solved: the row is the proof.
CREATE UNIQUE INDEX rating_links_one_request_idx ON rating_links (ticket_id) WHERE article_id IS NULL;
