-- Custom channels of integrations (issue 17): an outside system opens tickets and writes messages
-- for its end users; agents' public replies on those tickets go to the channel's webhook, not by mail.

-- A channel's webhook is a webhook subscription of its integration that no event fans out to
-- (events '{channel.reply}'): it lends the channel its URL, sealed secret, active flag, hold and
-- delivery machinery (in order per ticket, retries, dead letter, integration log).
CREATE TABLE custom_channels (
    id               bigserial PRIMARY KEY,
    integration_id   bigint NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    name             text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    -- The group its tickets open in.
    group_id         bigint NOT NULL REFERENCES groups (id),
    subscription_id  bigint NOT NULL UNIQUE REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (integration_id, name)
);

-- The channel a ticket came by; null for every other ticket. A deleted channel leaves its
-- tickets as ordinary ones.
ALTER TABLE tickets ADD COLUMN channel_id bigint REFERENCES custom_channels (id) ON DELETE SET NULL;
CREATE INDEX tickets_channel_idx ON tickets (channel_id) WHERE channel_id IS NOT NULL;

-- The article a channel delivery carries: its delivery state is the article's, as an e-mail's is
-- its outbound mail's.
ALTER TABLE webhook_deliveries ADD COLUMN article_id bigint REFERENCES articles (id) ON DELETE CASCADE;
CREATE INDEX webhook_deliveries_article_idx ON webhook_deliveries (article_id) WHERE article_id IS NOT NULL;
