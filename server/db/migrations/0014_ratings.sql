-- Customers rate the answer to their ticket once it is solved (and may change their mind); one
-- rating per ticket. Imports and the billing-panel sync bring ratings too (source).

CREATE TABLE ticket_ratings (
    ticket_id   bigint PRIMARY KEY REFERENCES tickets (id) ON DELETE CASCADE,
    rated_by    bigint REFERENCES users (id) ON DELETE SET NULL,
    score       smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment     text CHECK (length(comment) <= 5000),
    source      text NOT NULL DEFAULT 'customer' CHECK (source IN ('customer', 'import', 'sync')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ticket_ratings_updated_idx ON ticket_ratings (updated_at);
