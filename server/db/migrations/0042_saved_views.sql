-- Saved views of the agents' inbox (issue 18): a filter over tickets, a sort and the columns shown,
-- either an agent's own (owner_id) or shared with one group's agents (group_id). The filter is kept
-- as the API validated it (domain::SavedViews); clients evaluate it over their cached tickets.
CREATE TABLE saved_views (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    owner_id    bigint REFERENCES users (id) ON DELETE CASCADE,
    group_id    bigint REFERENCES groups (id) ON DELETE CASCADE,
    filter      jsonb NOT NULL,
    sort_field  text NOT NULL DEFAULT 'updated_at',
    sort_order  text NOT NULL DEFAULT 'desc' CHECK (sort_order IN ('asc', 'desc')),
    columns     text[] NOT NULL DEFAULT '{}',
    position    integer NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    -- Personal or shared, never both or neither.
    CHECK ((owner_id IS NULL) <> (group_id IS NULL))
);
CREATE INDEX saved_views_owner_idx ON saved_views (owner_id) WHERE owner_id IS NOT NULL;
CREATE INDEX saved_views_group_idx ON saved_views (group_id) WHERE group_id IS NOT NULL;

-- A shared view's events go to its group's members and the admins: audience 'group'. NOT VALID:
-- every stored row already meets the narrower check it replaces, so no scan of the event log.
ALTER TABLE events DROP CONSTRAINT events_audience_check;
ALTER TABLE events ADD CONSTRAINT events_audience_check
    CHECK (audience IN ('ticket', 'staff', 'admin', 'user', 'group')) NOT VALID;
