-- What the agents' inbox shows of a ticket without reading its articles (issue 18): how it was
-- opened (its first article's channel), the start of its last public message, and the minutes
-- agents accounted on it. Kept on the ticket by the statement that already counts a new article
-- (TicketRepository), so the inbox reads one row per ticket.
ALTER TABLE tickets
    ADD COLUMN created_via text NOT NULL DEFAULT '',
    ADD COLUMN preview text NOT NULL DEFAULT '',
    ADD COLUMN time_spent_minutes bigint NOT NULL DEFAULT 0;

-- Minutes an agent accounted with an article (time accounting per group); none when not given.
-- TicketService bounds them (0 to 1440); ticket.time reads them through articles_ticket_idx.
ALTER TABLE articles
    ADD COLUMN time_spent_minutes integer;

-- The preview of a message: its text without quoted lines ("> …") and the "On … wrote:" line that
-- introduces them, whitespace folded, at most 200 characters. Only the first 16 KiB are read: the
-- preview is the start of the message, and a 2 MiB body must not cost more than a short one.
CREATE FUNCTION article_preview(body text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(left(btrim(regexp_replace(string_agg(l.line, ' ' ORDER BY l.n), '\s+', ' ', 'g')), 200), '')
    FROM regexp_split_to_table(left(coalesce(body, ''), 16384), E'\n') WITH ORDINALITY AS l(line, n)
    WHERE l.line !~ '^\s*>' AND l.line !~* '^\s*on\s.*\swrote:\s*$'
$$;

UPDATE tickets t SET
    created_via = coalesce((SELECT a.channel FROM articles a WHERE a.ticket_id = t.id ORDER BY a.id LIMIT 1), ''),
    preview = coalesce((SELECT article_preview(a.body_text) FROM articles a
                        WHERE a.ticket_id = t.id AND NOT a.internal ORDER BY a.id DESC LIMIT 1), '');

-- Whether a group's agents account their time with each article: off, optional, or required.
ALTER TABLE groups
    ADD COLUMN time_accounting text NOT NULL DEFAULT 'off' CHECK (time_accounting IN ('off', 'optional', 'required'));
