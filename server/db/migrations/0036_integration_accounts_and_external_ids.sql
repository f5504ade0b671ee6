-- The inbound side of integrations (issue 17): an integration's own API tokens, and the ids the
-- desk's tickets, articles and users have in each integration's system.

-- A token of an integration: its calls are refused while the integration is inactive or when
-- they come from outside its allowed networks, and each is logged in integration_log ('in').
ALTER TABLE api_tokens ADD COLUMN integration_id bigint REFERENCES integrations (id) ON DELETE CASCADE;

-- (integration, kind, external id) names one local object. One foreign key per kind, so a
-- deleted ticket, article or user takes its links along.
CREATE TABLE external_ids (
    integration_id  bigint NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    kind            text NOT NULL CHECK (kind IN ('ticket', 'article', 'user')),
    external_id     text NOT NULL CHECK (length(external_id) BETWEEN 1 AND 200),
    ticket_id       bigint REFERENCES tickets (id) ON DELETE CASCADE,
    article_id      bigint REFERENCES articles (id) ON DELETE CASCADE,
    user_id         bigint REFERENCES users (id) ON DELETE CASCADE,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (integration_id, kind, external_id),
    CHECK ((kind = 'ticket') = (ticket_id IS NOT NULL)
           AND (kind = 'article') = (article_id IS NOT NULL)
           AND (kind = 'user') = (user_id IS NOT NULL))
);
CREATE INDEX external_ids_ticket_idx ON external_ids (ticket_id) WHERE ticket_id IS NOT NULL;
CREATE INDEX external_ids_article_idx ON external_ids (article_id) WHERE article_id IS NOT NULL;
CREATE INDEX external_ids_user_idx ON external_ids (user_id) WHERE user_id IS NOT NULL;
