-- An agent's absence ends by itself (absent_until), and a colleague may stand in meanwhile
-- (substitute_id: their tickets' follow-ups go to the substitute instead of the whole group).
ALTER TABLE users
    ADD COLUMN absent_until timestamptz,
    ADD COLUMN substitute_id bigint REFERENCES users (id) ON DELETE SET NULL,
    -- What an agent wants to hear of, and how: {"mentioned": {"desktop": true, "mail": false}, …};
    -- a kind not named keeps its default (domain::NotificationSettings).
    ADD COLUMN notification_settings jsonb NOT NULL DEFAULT '{}';

-- Away now: marked absent, and the return date (if any) not passed yet. Every "who hears of it"
-- query asks this one question (inlined by the planner: a plain SQL function).
CREATE FUNCTION user_is_away(absent boolean, absent_until timestamptz) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT absent AND (absent_until IS NULL OR absent_until > now())
$$;
