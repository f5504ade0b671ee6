-- Each agent signs replies with their own signature too (Freshdesk, Zendesk and Zammad have one per
-- agent); the same placeholders as a group's. Whether a reply carries the agent's, the group's or
-- both is the desk's setting "signatures" (domain::SignatureSettings), not a column.
ALTER TABLE users ADD COLUMN signature text NOT NULL DEFAULT '' CHECK (length(signature) <= 10000);
