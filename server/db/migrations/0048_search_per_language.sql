-- Full-text search stems each article in its ticket's language (issue 19): the customer's
-- language, else the group's default language, else none ('simple': words as written). The
-- language is fixed when the article is written (articles_insert passes ticket_search_config), so
-- the stored tsvector stays a generated column computed by PostgreSQL; an article that names no
-- language keeps 'simple' and is still found by the words it holds.

-- A language code (de, de-CH, en_US) as PostgreSQL's text search configuration; 'simple' for the
-- languages PostgreSQL has no stemmer for.
CREATE FUNCTION search_config_for(language text) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE lower(left(coalesce(language, ''), 2))
        WHEN 'en' THEN 'english' WHEN 'de' THEN 'german' WHEN 'fr' THEN 'french' WHEN 'it' THEN 'italian'
        WHEN 'es' THEN 'spanish' WHEN 'nl' THEN 'dutch' WHEN 'pt' THEN 'portuguese' WHEN 'ru' THEN 'russian'
        WHEN 'sv' THEN 'swedish' WHEN 'da' THEN 'danish' WHEN 'fi' THEN 'finnish' WHEN 'no' THEN 'norwegian'
        WHEN 'nb' THEN 'norwegian' WHEN 'hu' THEN 'hungarian' WHEN 'ro' THEN 'romanian' WHEN 'tr' THEN 'turkish'
        ELSE 'simple' END::regconfig
$$;

-- Every configuration search_config_for gives: a search stems its words in each of them.
CREATE FUNCTION search_configs() RETURNS regconfig[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ARRAY['simple', 'english', 'german', 'french', 'italian', 'spanish', 'dutch', 'portuguese', 'russian',
                 'swedish', 'danish', 'finnish', 'norwegian', 'hungarian', 'romanian', 'turkish']::regconfig[]
$$;

-- The text search configuration of a ticket's articles.
CREATE FUNCTION ticket_search_config(ticket bigint) RETURNS regconfig LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT search_config_for(coalesce(u.language, g.default_language))
      FROM tickets t JOIN users u ON u.id = t.customer_id JOIN groups g ON g.id = t.group_id WHERE t.id = ticket
$$;

-- A search's words in every configuration, OR-ed: what the index is asked for; each article is
-- then matched (and ranked) in its own configuration only. NULL for no words (stop words only).
CREATE FUNCTION search_query_any(words text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT string_agg('(' || q::text || ')', ' | ')::tsquery
      FROM (SELECT DISTINCT plainto_tsquery(c, words) AS q FROM unnest(search_configs()) AS c) x WHERE numnode(q) > 0
$$;

ALTER TABLE articles ADD COLUMN search_config regconfig NOT NULL DEFAULT 'simple';
UPDATE articles a SET search_config = ticket_search_config(a.ticket_id)
 WHERE ticket_search_config(a.ticket_id) <> 'simple'::regconfig;
ALTER TABLE articles DROP COLUMN search;
ALTER TABLE articles ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector(search_config, left(subject || ' ' || body_text, 200000))) STORED;
CREATE INDEX articles_search_idx ON articles USING gin (search);
