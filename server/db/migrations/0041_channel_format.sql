-- The shape of a custom channel's reply deliveries (issue 17): `helpdesk`, the desk's own webhook
-- body ({id, event, created_at, data}), or `omnidesk`, the body Omnidesk posts to a custom
-- channel's webhook ({"type":"message_new","object":{…}}), for receivers written for Omnidesk.
ALTER TABLE custom_channels
    ADD COLUMN format text NOT NULL DEFAULT 'helpdesk' CHECK (format IN ('helpdesk', 'omnidesk'));
