#include "db/ImportRepository.h"

namespace helpdesk::db {

namespace {
const Statement kMappings{"import_map_of_source",
                          "SELECT kind, external_id, local_id FROM import_map WHERE source = $1 AND kind <> 'article'"};
const Statement kMappedCounts{"import_map_counts",
                              "SELECT kind, count(*) FROM import_map WHERE source = $1 GROUP BY kind"};
const Statement kFailedCounts{
    "import_log_failed_counts",
    "SELECT kind, count(*) FROM import_log WHERE source = $1 AND outcome = 'failed' GROUP BY kind"};
const Statement kImportedTicket{"import_ticket_now",
                                "SELECT t.title, t.article_count FROM import_map m JOIN tickets t ON t.id = m.local_id"
                                " WHERE m.source = $1 AND m.kind = 'ticket' AND m.external_id = $2"};
const Statement kImportedArticle{
    "import_article_id", "SELECT local_id FROM import_map WHERE source = $1 AND kind = 'article' AND external_id = $2"};
const Statement kEnsureCustomField{
    "import_custom_field_ensure",
    "INSERT INTO custom_field_defs (object_kind, name, label, field_type) VALUES ($1, $2, $3, $4)"
    " ON CONFLICT (object_kind, name) DO NOTHING"};
const Statement kDefineCustomField{
    "import_custom_field_define",
    "INSERT INTO custom_field_defs (object_kind, name, label, field_type, options) VALUES ($1, $2, $3, $4, $5::jsonb)"
    " ON CONFLICT (object_kind, name) DO UPDATE SET label = excluded.label, field_type = excluded.field_type,"
    " options = excluded.options RETURNING (xmax = 0)"};
const Statement kStateOfType{"import_state_of_type",
                             "INSERT INTO ticket_states (name, state_type) VALUES ($1, $2)"
                             " ON CONFLICT (name) DO UPDATE SET state_type = excluded.state_type RETURNING id"};
const Statement kMergeCalendar{
    "import_merge_calendar",
    "INSERT INTO calendars (name, time_zone, hours, holidays) VALUES ($1, $2, $3::jsonb, $4::jsonb)"
    " ON CONFLICT (lower(name)) DO UPDATE SET time_zone = excluded.time_zone, hours = excluded.hours,"
    " holidays = excluded.holidays, updated_at = now() RETURNING id, (xmax = 0)"};
const Statement kMapRecord{"import_map_record",
                           "INSERT INTO import_map (source, kind, external_id, local_id) VALUES ($1, $2, $3, $4)"
                           " ON CONFLICT (source, kind, external_id) DO UPDATE SET local_id = excluded.local_id"};
const Statement kMergeSla{
    "import_merge_sla",
    "INSERT INTO slas (name, calendar_id, condition, rank, first_response_minutes, update_minutes, solution_minutes,"
    " active) VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8)"
    " ON CONFLICT (lower(name)) DO UPDATE SET calendar_id = excluded.calendar_id, condition = excluded.condition,"
    " rank = excluded.rank, first_response_minutes = excluded.first_response_minutes,"
    " update_minutes = excluded.update_minutes, solution_minutes = excluded.solution_minutes,"
    " active = excluded.active, updated_at = now() RETURNING (xmax = 0)"};
const Statement kUpdateMappedTextModule{
    "import_update_text_module",
    "UPDATE text_modules t SET name = $4, body = $5, folder = $6, updated_at = now() FROM import_map m"
    " WHERE m.source = $1 AND m.kind = $2 AND m.external_id = $3 AND t.id = m.local_id RETURNING t.id"};
const Statement kKeywordTaken{"import_keyword_taken", "SELECT EXISTS (SELECT 1 FROM text_modules WHERE keyword = $1)"};
const Statement kInsertTextModule{"import_insert_text_module",
                                  "INSERT INTO text_modules (keyword, name, body, folder) VALUES ($1, $2, $3, $4)"
                                  " RETURNING id"};
const Statement kMergeGroupAddress{
    "import_merge_group_address",
    "INSERT INTO group_addresses (address, group_id) VALUES (lower($1), $2)"
    " ON CONFLICT (address) DO UPDATE SET group_id = excluded.group_id RETURNING (xmax = 0)"};
// Ratings are staged and merged in one statement, their tickets and raters found through the map:
// one insert per rating and the whole map loaded per batch took a tenth of an import (measured).
// A customer's own rating is never replaced (the update applies only to imported ones).
const Statement kStageRatings{"import_stage_ratings",
                              "CREATE TEMP TABLE st_ratings (fd_id bigint, ticket_fd text, user_fd text, score int,"
                              " comment text, created_at timestamptz) ON COMMIT DROP"};
const Statement kAnalyzeRatings{"import_analyze_ratings", "ANALYZE st_ratings"};
const Statement kMergeRatings{
    "import_merge_ratings",
    "WITH src AS (SELECT s.*, t.local_id AS ticket_id, u.local_id AS user_id, k.owner_id FROM st_ratings s"
    "  LEFT JOIN import_map t ON t.source = $1 AND t.kind = 'ticket' AND t.external_id = s.ticket_fd"
    "  LEFT JOIN tickets k ON k.id = t.local_id"
    "  LEFT JOIN import_map u ON u.source = $1 AND u.kind = 'user' AND u.external_id = s.user_fd),"
    // A ticket's satisfaction rating, of its owner (as the desk's own ticket-wide ratings).
    " up AS (INSERT INTO ticket_ratings (ticket_id, agent_id, rated_by, score, comment, source, created_at,"
    "   updated_at)"
    "  SELECT DISTINCT ON (ticket_id) ticket_id, owner_id, user_id, score, nullif(left(comment, 5000), ''),"
    "   'import', coalesce(created_at, now()), coalesce(created_at, now()) FROM src WHERE ticket_id IS NOT NULL"
    "   ORDER BY ticket_id, fd_id DESC"
    "  ON CONFLICT (ticket_id) WHERE article_id IS NULL DO UPDATE SET agent_id = excluded.agent_id,"
    "   rated_by = excluded.rated_by, score = excluded.score, comment = excluded.comment,"
    "   updated_at = excluded.updated_at WHERE ticket_ratings.source = 'import'"
    "  RETURNING (xmax = 0) AS inserted),"
    " logged AS (INSERT INTO import_log (source, kind, external_id, outcome, reason)"
    "  SELECT $1, 'rating', fd_id::text, 'warning', 'ticket ' || ticket_fd || ' is not imported' FROM src"
    "  WHERE ticket_id IS NULL RETURNING 1)"
    " SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted),"
    " (SELECT count(*) FROM src WHERE ticket_id IS NOT NULL), (SELECT count(*) FROM logged) FROM up"};
const Statement kIsTimeZoneName{"import_is_time_zone",
                                "SELECT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = $1)"};
const Statement kEnsureState{
    "import_state_ensure",
    "INSERT INTO ticket_states (name, state_type) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING"};
const Statement kStateCreatingOpen{"import_state_open",
                                   "INSERT INTO ticket_states (name, state_type) VALUES ($1, 'open')"
                                   " ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id"};
const Statement kTypeCreating{
    "import_type",
    "INSERT INTO ticket_types (name) VALUES ($1) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id"};
const Statement kStates{"import_states", "SELECT lower(name), id FROM ticket_states"};
const Statement kTypes{"import_types", "SELECT lower(name), id FROM ticket_types"};
const Statement kPriorities{"import_priorities", "SELECT rank, id FROM ticket_priorities ORDER BY rank"};
const Statement kFirstGroup{"import_first_group", "SELECT id FROM groups WHERE active ORDER BY id LIMIT 1"};
const Statement kStaff{"import_staff_ids", "SELECT id FROM users WHERE role <> 'customer'"};
const Statement kPlaceholder{"import_placeholder_customer",
                             "INSERT INTO users (email, name, role, custom) VALUES ($1, $2, 'customer', "
                             "jsonb_build_object('freshdesk_id', $3::bigint))"
                             " ON CONFLICT (lower(email)) DO UPDATE SET updated_at = users.updated_at RETURNING id"};
const Statement kMapPlaceholder{
    "import_map_placeholder", "INSERT INTO import_map (source, kind, external_id, local_id) VALUES ($1, 'user', $2, $3)"
                              " ON CONFLICT (source, kind, external_id) DO NOTHING"};
const Statement kPosition{"import_position", "SELECT position FROM import_progress WHERE source = $1 AND item = $2"};
const Statement kSetPosition{
    "import_position_set",
    "INSERT INTO import_progress (source, item, position) VALUES ($1, $2, $3)"
    " ON CONFLICT (source, item) DO UPDATE SET position = excluded.position, updated_at = now()"};
const Statement kClearPositions{"import_positions_clear",
                                "DELETE FROM import_progress WHERE source = $1 AND item <> 'api:updated_since'"};
const Statement kPositionTime{
    "import_position_time",
    "SELECT to_char(to_timestamp(position) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
    " FROM import_progress WHERE source = $1 AND item = $2"};
const Statement kSetPositionTime{
    "import_position_time_set",
    "INSERT INTO import_progress (source, item, position)"
    " VALUES ($1, $2, extract(epoch FROM $3::timestamptz)::bigint)"
    " ON CONFLICT (source, item) DO UPDATE SET position = excluded.position, updated_at = now()"};
const Statement kLog{"import_log_insert",
                     "INSERT INTO import_log (source, kind, external_id, outcome, reason) VALUES ($1, $2, $3, $4, $5)"};
const Statement kLastLogId{"import_log_last", "SELECT coalesce(max(id), 0) FROM import_log"};
const Statement kLogSince{"import_log_since", "SELECT kind, external_id, outcome, reason FROM import_log"
                                              " WHERE source = $1 AND id > $2 ORDER BY id"};
// A dry run keeps its transaction open: the staging tables of a step go with the step.
const Statement kDropStaging{"import_drop_staging",
                             "DROP TABLE IF EXISTS st_companies, st_groups, st_users, st_tickets,"
                             " st_tags, st_articles, st_ids, st_amap, st_ratings"};
const Statement kAttach{"import_attach", "INSERT INTO article_attachments (article_id, sha256, filename, content_type)"
                                         " SELECT $1, $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM article_attachments "
                                         "WHERE article_id = $1 AND sha256 = $2)"};
const Statement kRaiseNumbers{
    "import_raise_ticket_numbers",
    "SELECT setval('ticket_number_seq', greatest((SELECT coalesce(max(number), 0) FROM tickets),"
    " (SELECT last_value FROM ticket_number_seq)))"};

// The merges read temporary staging tables made anew in each transaction: they run unprepared,
// planned against this batch's tables and statistics.
const Statement kMergeCompanies{
    "import_merge_companies",
    "WITH up AS (INSERT INTO organizations (name, custom, created_at, updated_at)"
    "  SELECT DISTINCT ON (lower(name)) name, custom,"
    "   coalesce(created_at, now()), coalesce(updated_at, created_at, now()) FROM st_companies ORDER BY lower(name), "
    "fd_id"
    "  ON CONFLICT (lower(name)) DO UPDATE SET custom = organizations.custom || excluded.custom, updated_at = "
    "excluded.updated_at"
    "  RETURNING id, lower(name) AS lname, (xmax = 0) AS inserted),"
    " mapped AS (INSERT INTO import_map (source, kind, external_id, local_id)"
    "  SELECT $1, 'company', s.fd_id::text, up.id FROM st_companies s JOIN up ON up.lname = lower(s.name)"
    "  ON CONFLICT (source, kind, external_id) DO UPDATE SET local_id = excluded.local_id RETURNING 1)"
    " SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted), (SELECT count(*) FROM mapped) "
    "FROM up"};
const Statement kMergeGroups{
    "import_merge_groups",
    "WITH up AS (INSERT INTO groups (name) SELECT DISTINCT ON (lower(name)) name FROM st_groups ORDER BY lower(name), "
    "fd_id"
    "  ON CONFLICT (lower(name)) DO UPDATE SET updated_at = now() RETURNING id, lower(name) AS lname, (xmax = 0) AS "
    "inserted),"
    " mapped AS (INSERT INTO import_map (source, kind, external_id, local_id)"
    "  SELECT $1, 'group', s.fd_id::text, up.id FROM st_groups s JOIN up ON up.lname = lower(s.name)"
    "  ON CONFLICT (source, kind, external_id) DO UPDATE SET local_id = excluded.local_id RETURNING 1)"
    " SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted), (SELECT count(*) FROM mapped) "
    "FROM up"};
const Statement kMergeUsers{
    "import_merge_users",
    "WITH up AS (INSERT INTO users (email, name, role, organization_id, active, language, custom, created_at, "
    "updated_at)"
    "  SELECT DISTINCT ON (lower(email)) email, name, role, organization_id, active, language,"
    "   custom, coalesce(created_at, now()), coalesce(updated_at, created_at, now())"
    "  FROM st_users ORDER BY lower(email), fd_id"
    "  ON CONFLICT (lower(email)) DO UPDATE SET name = excluded.name,"
    "   role = CASE WHEN users.role IN ('admin', 'supervisor') THEN users.role ELSE excluded.role END,"
    "   organization_id = coalesce(excluded.organization_id, users.organization_id),"
    "   active = excluded.active, language = coalesce(excluded.language, users.language),"
    "   custom = users.custom || excluded.custom, updated_at = excluded.updated_at"
    "  RETURNING id, lower(email) AS lemail, (xmax = 0) AS inserted),"
    " mapped AS (INSERT INTO import_map (source, kind, external_id, local_id)"
    "  SELECT $1, 'user', s.fd_id::text, up.id FROM st_users s JOIN up ON up.lemail = lower(s.email)"
    "  ON CONFLICT (source, kind, external_id) DO UPDATE SET local_id = excluded.local_id RETURNING 1)"
    " SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted), (SELECT count(*) FROM mapped) "
    "FROM up"};
// A ticket batch is merged set-based from its staging tables, each row looked up once: st_ids
// holds the batch's tickets with their local ids (existing: mapped by an earlier batch or run),
// st_amap the mapped articles of the existing tickets. An article is mapped in the transaction
// that maps its ticket, so a new ticket has none. Mappings are probed by index per staged row: a
// batch costs the same however many rows earlier batches mapped (a hash over every article
// mapping, made twice per batch, grew with each batch, measured).
// COPY straight into tickets and articles (ids reserved from the sequences) was tried and was
// slower: COPY writes through a small ring of buffers, so the backend writes out its own pages
// during the load and the next run reads them back; INSERT … SELECT keeps them in shared buffers
// (import 10.0–11.7 s against 7.8 s, its second run 9.2 s against 6.3 s, measured).
// JIT compiling is off for the batch: staged tables without statistics make the planner's costs
// look large enough to compile, which took 0.5 s of a 76 ms ticket update (measured).
const Statement kStageTicketBatch{
    "import_stage_ticket_batch",
    "SET LOCAL jit = off; CREATE TEMP TABLE st_tickets (pos int, fd_id bigint, display_id bigint, title text, group_id "
    "bigint,"
    " customer_id bigint, owner_id bigint, state_id bigint, priority_id bigint, type_id bigint, custom jsonb,"
    " created_at timestamptz, updated_at timestamptz, closed boolean) ON COMMIT DROP;"
    " CREATE TEMP TABLE st_tags (fd_id bigint, tag text) ON COMMIT DROP;"
    " CREATE TEMP TABLE st_articles (ext_id text, ticket_fd bigint, pos int, internal boolean, sender text,"
    " channel text, author_id bigint, from_addr text, subject text, body_text text, body_html text,"
    " created_at timestamptz) ON COMMIT DROP"};
const Statement kStageTicketIds{
    "import_stage_ticket_ids",
    "CREATE TEMP TABLE st_ids ON COMMIT DROP AS SELECT s.fd_id, m.local_id, true AS existing FROM st_tickets s"
    " CROSS JOIN LATERAL (SELECT local_id FROM import_map m WHERE m.source = $1 AND m.kind = 'ticket'"
    "  AND m.external_id = s.fd_id::text LIMIT 1) m"};
const Statement kStageArticleIds{
    "import_stage_article_ids",
    "CREATE TEMP TABLE st_amap ON COMMIT DROP AS SELECT s.ext_id, m.local_id FROM (SELECT DISTINCT a.ext_id FROM "
    "st_articles a JOIN st_ids i ON i.fd_id = a.ticket_fd) s"
    " CROSS JOIN LATERAL (SELECT local_id FROM import_map m WHERE m.source = $1 AND m.kind = 'article'"
    "  AND m.external_id = s.ext_id LIMIT 1) m"};
// Every mapped ticket counts as updated, but only changed ones are written: rewriting all of them
// (every index and the title's search entry again) was three quarters of a second run (measured).
const Statement kUpdateTickets{
    "import_update_tickets",
    "WITH upd AS (UPDATE tickets t SET title = s.title, group_id = s.group_id, customer_id = s.customer_id,"
    "  owner_id = s.owner_id, organization_id = s.organization_id, state_id = s.state_id,"
    "  priority_id = s.priority_id, type_id = s.type_id, custom = t.custom || s.custom,"
    "  created_at = coalesce(s.created_at, t.created_at), updated_at = coalesce(s.updated_at, t.updated_at),"
    "  closed_at = CASE WHEN s.closed THEN coalesce(s.updated_at, now()) END"
    "  FROM (SELECT s.*, i.local_id, (SELECT organization_id FROM users u WHERE u.id = s.customer_id) AS"
    " organization_id"
    "   FROM st_tickets s JOIN st_ids i ON i.fd_id = s.fd_id) s"
    "  WHERE t.id = s.local_id AND (t.title, t.group_id, t.customer_id, t.owner_id, t.organization_id, t.state_id,"
    "  t.priority_id, t.type_id, t.custom, t.created_at, t.updated_at, t.closed_at) IS DISTINCT FROM (s.title,"
    "  s.group_id, s.customer_id, s.owner_id, s.organization_id, s.state_id, s.priority_id, s.type_id,"
    "  t.custom || s.custom, coalesce(s.created_at, t.created_at), coalesce(s.updated_at, t.updated_at),"
    "  CASE WHEN s.closed THEN coalesce(s.updated_at, now()) END) RETURNING 1)"
    " SELECT count(*), (SELECT count(*) FROM upd) FROM st_ids WHERE existing"};
// New tickets are written once, with the article count and first response their staged articles
// give (the articles not mapped yet are exactly those inserted below): a recount afterwards
// rewrote every new ticket, with its foreign key checks and triggers (a fifth of the import).
// The inbox's created_via (the first article's channel) and preview (of the last public article,
// article_preview of migration 0043) come from the same staged rows, in the same pass.
const Statement kInsertTickets{
    "import_insert_tickets",
    "WITH counts AS (SELECT s.ticket_fd, count(*) AS n, min(coalesce(s.created_at, now()))"
    "  FILTER (WHERE s.sender = 'agent' AND NOT s.internal) AS first_response,"
    "  (array_agg(s.channel ORDER BY s.pos))[1] AS created_via FROM st_articles s"
    "  WHERE NOT EXISTS (SELECT 1 FROM st_amap a WHERE a.ext_id = s.ext_id) GROUP BY s.ticket_fd),"
    " last_public AS (SELECT DISTINCT ON (s.ticket_fd) s.ticket_fd, s.body_text FROM st_articles s"
    "  WHERE NOT s.internal ORDER BY s.ticket_fd, s.pos DESC),"
    " ins AS (INSERT INTO tickets (number, title, group_id, customer_id, owner_id, organization_id, state_id, "
    "priority_id,"
    "  type_id, custom, created_at, updated_at, closed_at, article_count, first_response_at, created_via, preview)"
    "  SELECT CASE WHEN $2 AND NOT EXISTS (SELECT 1 FROM tickets x WHERE x.number = s.display_id) THEN s.display_id"
    "   ELSE nextval('ticket_number_seq') END, s.title, s.group_id, s.customer_id, s.owner_id,"
    "   (SELECT organization_id FROM users u WHERE u.id = s.customer_id), s.state_id, s.priority_id, s.type_id, "
    "s.custom,"
    "   coalesce(s.created_at, now()), coalesce(s.updated_at, s.created_at, now()),"
    "   CASE WHEN s.closed THEN coalesce(s.updated_at, now()) END, coalesce(c.n, 0), c.first_response,"
    "   coalesce(c.created_via, ''), coalesce(article_preview(p.body_text), '')"
    "  FROM st_tickets s LEFT JOIN counts c ON c.ticket_fd = s.fd_id LEFT JOIN last_public p ON p.ticket_fd = s.fd_id"
    "  WHERE NOT EXISTS (SELECT 1 FROM st_ids i WHERE i.fd_id = s.fd_id) ORDER BY s.pos"
    "  RETURNING id, custom->>'freshdesk_id' AS fd_id, custom->>'freshdesk_display_id' AS display_id),"
    " mapped AS (INSERT INTO import_map (source, kind, external_id, local_id) SELECT $1, 'ticket', fd_id, id FROM ins "
    "RETURNING 1),"
    " hist AS (INSERT INTO history (ticket_id, field, new_value) SELECT id, 'imported', 'Freshdesk ticket ' || "
    "display_id"
    "  FROM ins RETURNING 1),"
    " ids AS (INSERT INTO st_ids (fd_id, local_id, existing) SELECT fd_id::bigint, id, false FROM ins RETURNING 1)"
    " SELECT count(*), (SELECT count(*) FROM mapped), (SELECT count(*) FROM hist), (SELECT count(*) FROM ids) FROM "
    "ins"};
// Every mapped article counts as updated, but only changed ones are written: rewriting an unchanged
// article costs its search vector and GIN entries again (half of a second run, measured).
const Statement kUpdateArticles{
    "import_update_articles",
    "WITH upd AS (UPDATE articles a SET internal = s.internal, sender = s.sender, channel = s.channel,"
    "  author_id = s.author_id, subject = s.subject, body_text = s.body_text, body_html = s.body_html"
    "  FROM st_articles s JOIN st_amap m ON m.ext_id = s.ext_id WHERE a.id = m.local_id AND (a.internal, a.sender,"
    "  a.channel, a.author_id, a.subject, a.body_text, a.body_html) IS DISTINCT FROM (s.internal, s.sender, s.channel,"
    "  s.author_id, s.subject, s.body_text, s.body_html) RETURNING 1)"
    " SELECT count(*), (SELECT count(*) FROM upd) FROM st_articles s JOIN st_amap m ON m.ext_id = s.ext_id"};
// The external id rides along in message_id (never a real mail's) so RETURNING can map it.
const Statement kInsertArticles{
    "import_insert_articles",
    "WITH ins AS (INSERT INTO articles (ticket_id, internal, sender, channel, author_id, from_addr, subject, "
    "body_text, body_html,"
    "  message_id, created_at, search_config)"
    "  SELECT i.local_id, s.internal, s.sender, s.channel, s.author_id, coalesce(u.name || ' <' || u.email || '>', ''),"
    "   s.subject, s.body_text, s.body_html, 'freshdesk-' || s.ext_id || '@import.invalid', coalesce(s.created_at, "
    "now()),"
    "   ticket_search_config(i.local_id)" // the ticket's language stems the words (migration 0048)
    "  FROM st_articles s JOIN st_ids i ON i.fd_id = s.ticket_fd LEFT JOIN users u ON u.id = s.author_id"
    "  WHERE NOT EXISTS (SELECT 1 FROM st_amap m WHERE m.ext_id = s.ext_id)"
    "  ORDER BY s.ticket_fd, s.pos RETURNING id, message_id),"
    " mapped AS (INSERT INTO import_map (source, kind, external_id, local_id)"
    "  SELECT $1, 'article', substring(message_id FROM 11 FOR length(message_id) - 25), id FROM ins RETURNING 1)"
    " SELECT count(*), (SELECT count(*) FROM mapped) FROM ins"};

// Staging: temporary tables for one batch, filled by COPY, analysed, and spread into the real ones.
const Statement kStageCompanies{"import_stage_companies",
                                "CREATE TEMP TABLE st_companies (fd_id bigint, name text, created_at timestamptz, "
                                "updated_at timestamptz, custom jsonb) ON COMMIT DROP"};
const Statement kAnalyzeCompanies{"import_analyze_companies", "ANALYZE st_companies"};
const Statement kStageGroups{"import_stage_groups",
                             "CREATE TEMP TABLE st_groups (fd_id bigint, name text) ON COMMIT DROP"};
const Statement kAnalyzeGroups{"import_analyze_groups", "ANALYZE st_groups"};
const Statement kStageUsers{
    "import_stage_users",
    "CREATE TEMP TABLE st_users (fd_id bigint, email text, name text, role text, organization_id bigint,"
    " active boolean, language text, created_at timestamptz, updated_at timestamptz, custom jsonb) ON COMMIT DROP"};
const Statement kAnalyzeUsers{"import_analyze_users", "ANALYZE st_users"};
// A tag is added or removed, the tags a ticket keeps are not rewritten.
const Statement kClearBatchTags{"import_clear_batch_tags",
                                "DELETE FROM ticket_tags t USING st_ids i WHERE i.existing AND t.ticket_id = i.local_id"
                                " AND NOT EXISTS (SELECT 1 FROM st_tags s WHERE s.fd_id = i.fd_id AND s.tag = t.tag)"};
const Statement kInsertBatchTags{"import_insert_batch_tags",
                                 "INSERT INTO ticket_tags (ticket_id, tag) SELECT DISTINCT i.local_id, t.tag FROM "
                                 "st_tags t JOIN st_ids i ON i.fd_id = t.fd_id"
                                 " WHERE length(t.tag) BETWEEN 1 AND 100 ON CONFLICT DO NOTHING"};
// Tickets of earlier runs are recounted (their articles may have been added to since); one grouped
// pass over their articles, and only tickets whose figures change are written.
const Statement kRecountBatchArticles{
    "import_recount_batch_articles",
    "UPDATE tickets t SET article_count = coalesce(a.n, 0), first_response_at = a.first_response"
    " FROM st_ids i LEFT JOIN (SELECT ticket_id, count(*) AS n, min(created_at) FILTER (WHERE sender = 'agent'"
    "  AND NOT internal) AS first_response FROM articles WHERE ticket_id IN (SELECT local_id FROM st_ids WHERE "
    "existing)"
    "  GROUP BY ticket_id) a ON a.ticket_id = i.local_id"
    " WHERE i.existing AND t.id = i.local_id AND (t.article_count, t.first_response_at) IS DISTINCT FROM"
    " (coalesce(a.n, 0), a.first_response)"};

// An owner must be able to work on the ticket: owners get full access to their tickets' groups.
// In key order, so two batches written at once wait for each other's new rows, never in a circle.
const Statement kGrantBatchOwners{
    "import_grant_batch_owners",
    "INSERT INTO group_members (group_id, user_id, access) SELECT DISTINCT group_id, owner_id, 'full' FROM st_tickets"
    " WHERE owner_id IS NOT NULL ORDER BY group_id, owner_id ON CONFLICT (group_id, user_id) DO NOTHING"};

/// COPY of one row; a missing value is NULL.
template <std::size_t N> void copyRow(pqxx::stream_to &stream, const std::array<std::optional<std::string>, N> &cells)
{
    std::array<const char *, N> row{};
    for (std::size_t i = 0; i < N; ++i)
        row[i] = cells[i] ? cells[i]->c_str() : nullptr;
    stream << row;
}

template <std::size_t N>
void copyInto(pqxx::transaction_base &transaction, const char *table, const std::vector<std::string> &columns,
              const StagedRows<N> &rows)
{
    pqxx::stream_to stream(transaction, table, columns);
    for (const auto &row : rows)
        copyRow<N>(stream, row);
    stream.complete();
}

MergeCounts countsOf(const pqxx::result &result)
{
    return {result[0][0].as<long long>(), result[0][1].as<long long>()};
}

template <typename Key> std::map<Key, long long> idsBy(Tx &tx, const Statement &statement)
{
    std::map<Key, long long> out;
    for (const auto &row : tx.exec(statement))
        out[row[0].as<Key>()] = row[1].as<long long>();
    return out;
}

std::map<std::string, long long> countsBy(Tx &tx, const Statement &statement, const std::string &source)
{
    std::map<std::string, long long> out;
    for (const auto &row : tx.exec(statement, source))
        out[row[0].c_str()] = row[1].as<long long>();
    return out;
}
} // namespace

std::vector<ImportMapping> ImportRepository::mappings(Tx &tx, const std::string &source)
{
    std::vector<ImportMapping> out;
    for (const auto &row : tx.exec(kMappings, source))
        out.push_back({row[0].c_str(), std::stoll(row[1].c_str()), row[2].as<long long>()});
    return out;
}

std::map<std::string, long long> ImportRepository::mappedCounts(Tx &tx, const std::string &source)
{
    return countsBy(tx, kMappedCounts, source);
}

std::map<std::string, long long> ImportRepository::failedCounts(Tx &tx, const std::string &source)
{
    return countsBy(tx, kFailedCounts, source);
}

std::optional<ImportedTicket> ImportRepository::importedTicket(Tx &tx, const std::string &source,
                                                               const std::string &externalId)
{
    auto r = tx.exec(kImportedTicket, source, externalId);
    if (r.empty())
        return std::nullopt;
    return ImportedTicket{r[0][0].c_str(), r[0][1].as<long long>()};
}

std::optional<long long> ImportRepository::importedArticleId(Tx &tx, const std::string &source,
                                                             const std::string &externalId)
{
    auto r = tx.exec(kImportedArticle, source, externalId);
    if (r.empty())
        return std::nullopt;
    return r[0][0].as<long long>();
}

void ImportRepository::ensureCustomField(Tx &tx, const std::string &objectKind, const std::string &name,
                                         const std::string &label, const std::string &type)
{
    tx.exec(kEnsureCustomField, objectKind, name, label, type);
}

bool ImportRepository::defineCustomField(Tx &tx, const std::string &objectKind, const std::string &name,
                                         const std::string &label, const std::string &type,
                                         const std::string &optionsJson)
{
    return tx.exec1(kDefineCustomField, objectKind, name, label, type, optionsJson)[0].as<bool>();
}

long long ImportRepository::stateIdOfType(Tx &tx, const std::string &name, const std::string &stateType)
{
    return tx.exec1(kStateOfType, name, stateType)[0].as<long long>();
}

std::pair<long long, bool> ImportRepository::mergeCalendar(Tx &tx, const std::string &source, long long externalId,
                                                           const std::string &name, const std::string &timeZone,
                                                           const std::string &hoursJson,
                                                           const std::string &holidaysJson)
{
    auto row = tx.exec1(kMergeCalendar, name, timeZone, hoursJson, holidaysJson);
    auto id = row[0].as<long long>();
    tx.exec(kMapRecord, source, std::string("calendar"), std::to_string(externalId), id);
    return {id, row[1].as<bool>()};
}

bool ImportRepository::mergeSla(Tx &tx, const std::string &name, long long calendarId, const std::string &conditionJson,
                                int rank, std::optional<int> firstResponseMinutes, std::optional<int> updateMinutes,
                                std::optional<int> solutionMinutes, bool active)
{
    return tx
        .exec1(kMergeSla, name, calendarId, conditionJson, rank, firstResponseMinutes, updateMinutes, solutionMinutes,
               active)[0]
        .as<bool>();
}

bool ImportRepository::mergeTextModule(Tx &tx, const std::string &source, const std::string &kind, long long externalId,
                                       const std::string &keyword, const std::string &name, const std::string &body,
                                       const std::string &folder)
{
    const auto external = std::to_string(externalId);
    if (!tx.exec(kUpdateMappedTextModule, source, kind, external, name, body, folder).empty())
        return false;
    auto free = keyword;
    for (int n = 2; tx.exec1(kKeywordTaken, free)[0].as<bool>(); ++n) {
        auto suffix = "-" + std::to_string(n);
        free = keyword.substr(0, 40 - suffix.size()) + suffix;
    }
    auto id = tx.exec1(kInsertTextModule, free, name, body, folder)[0].as<long long>();
    tx.exec(kMapRecord, source, kind, external, id);
    return true;
}

bool ImportRepository::mergeGroupAddress(Tx &tx, const std::string &address, long long groupId)
{
    return tx.exec1(kMergeGroupAddress, address, groupId)[0].as<bool>();
}

bool ImportRepository::isTimeZone(Tx &tx, const std::string &name)
{
    return tx.exec1(kIsTimeZoneName, name)[0].as<bool>();
}

void ImportRepository::ensureState(Tx &tx, const std::string &name, const std::string &stateType)
{
    tx.exec(kEnsureState, name, stateType);
}

long long ImportRepository::stateIdCreatingOpen(Tx &tx, const std::string &name)
{
    return tx.exec1(kStateCreatingOpen, name)[0].as<long long>();
}

long long ImportRepository::typeIdCreating(Tx &tx, const std::string &name)
{
    return tx.exec1(kTypeCreating, name)[0].as<long long>();
}

std::map<std::string, long long> ImportRepository::stateIds(Tx &tx)
{
    return idsBy<std::string>(tx, kStates);
}

std::map<std::string, long long> ImportRepository::typeIds(Tx &tx)
{
    return idsBy<std::string>(tx, kTypes);
}

std::map<int, long long> ImportRepository::priorityIdsByRank(Tx &tx)
{
    return idsBy<int>(tx, kPriorities);
}

std::optional<long long> ImportRepository::firstActiveGroup(Tx &tx)
{
    auto r = tx.exec(kFirstGroup);
    if (r.empty())
        return std::nullopt;
    return r[0][0].as<long long>();
}

std::vector<long long> ImportRepository::staffUserIds(Tx &tx)
{
    std::vector<long long> out;
    for (const auto &row : tx.exec(kStaff))
        out.push_back(row[0].as<long long>());
    return out;
}

long long ImportRepository::placeholderCustomer(Tx &tx, const std::string &source, long long externalId,
                                                const std::string &email, const std::string &name)
{
    auto id = tx.exec1(kPlaceholder, email, name, externalId)[0].as<long long>();
    tx.exec(kMapPlaceholder, source, std::to_string(externalId), id);
    return id;
}

long long ImportRepository::position(Tx &tx, const std::string &source, const std::string &item)
{
    auto r = tx.exec(kPosition, source, item);
    return r.empty() ? 0LL : r[0][0].as<long long>();
}

void ImportRepository::setPosition(Tx &tx, const std::string &source, const std::string &item, long long position)
{
    tx.exec(kSetPosition, source, item, position);
}

void ImportRepository::clearPositions(Tx &tx, const std::string &source)
{
    tx.exec(kClearPositions, source);
}

std::string ImportRepository::positionTime(Tx &tx, const std::string &source, const std::string &item)
{
    auto r = tx.exec(kPositionTime, source, item);
    return r.empty() ? std::string() : std::string(r[0][0].c_str());
}

void ImportRepository::setPositionTime(Tx &tx, const std::string &source, const std::string &item,
                                       const std::string &isoTime)
{
    tx.exec(kSetPositionTime, source, item, isoTime);
}

void ImportRepository::log(Tx &tx, const std::string &source, const ImportLogEntry &entry)
{
    tx.exec(kLog, source, entry.kind, entry.externalId, entry.outcome, entry.reason);
}

MergeCounts ImportRepository::mergeCompanies(Tx &tx, const std::string &source, const StagedRows<5> &rows)
{
    tx.execUnprepared(kStageCompanies);
    copyInto<5>(tx.raw(), "st_companies", {"fd_id", "name", "created_at", "updated_at", "custom"}, rows);
    tx.execUnprepared(kAnalyzeCompanies);
    return countsOf(tx.execUnprepared(kMergeCompanies, source));
}

MergeCounts ImportRepository::mergeGroups(Tx &tx, const std::string &source, const StagedRows<2> &rows)
{
    tx.execUnprepared(kStageGroups);
    copyInto<2>(tx.raw(), "st_groups", {"fd_id", "name"}, rows);
    tx.execUnprepared(kAnalyzeGroups);
    return countsOf(tx.execUnprepared(kMergeGroups, source));
}

MergeCounts ImportRepository::mergeUsers(Tx &tx, const std::string &source, const StagedRows<10> &rows)
{
    tx.execUnprepared(kStageUsers);
    copyInto<10>(tx.raw(), "st_users",
                 {"fd_id", "email", "name", "role", "organization_id", "active", "language", "created_at", "updated_at",
                  "custom"},
                 rows);
    tx.execUnprepared(kAnalyzeUsers);
    return countsOf(tx.execUnprepared(kMergeUsers, source));
}

RatingCounts ImportRepository::mergeRatings(Tx &tx, const std::string &source, const StagedRows<6> &rows)
{
    tx.execUnprepared(kStageRatings);
    copyInto<6>(tx.raw(), "st_ratings", {"fd_id", "ticket_fd", "user_fd", "score", "comment", "created_at"}, rows);
    tx.execUnprepared(kAnalyzeRatings);
    auto row = tx.execUnprepared(kMergeRatings, source)[0];
    RatingCounts counts;
    counts.created = row[0].as<long long>();
    counts.updated = row[1].as<long long>();
    counts.kept = row[2].as<long long>() - counts.created - counts.updated;
    counts.withoutTicket = row[3].as<long long>();
    return counts;
}

TicketBatchCounts ImportRepository::mergeTicketBatch(Tx &tx, const std::string &source, bool keepNumbers,
                                                     const StagedTicketBatch &batch)
{
    tx.execUnprepared(kStageTicketBatch);
    copyInto<14>(tx.raw(), "st_tickets",
                 {"pos", "fd_id", "display_id", "title", "group_id", "customer_id", "owner_id", "state_id",
                  "priority_id", "type_id", "custom", "created_at", "updated_at", "closed"},
                 batch.tickets);
    copyInto<2>(tx.raw(), "st_tags", {"fd_id", "tag"}, batch.tags);
    copyInto<12>(tx.raw(), "st_articles",
                 {"ext_id", "ticket_fd", "pos", "internal", "sender", "channel", "author_id", "from_addr", "subject",
                  "body_text", "body_html", "created_at"},
                 batch.articles);
    // Only tickets of earlier batches or runs need the statements that update what exists.
    const bool existing = tx.execUnprepared(kStageTicketIds, source).affected_rows() > 0;
    tx.execUnprepared(kStageArticleIds, source);
    TicketBatchCounts counts;
    if (existing)
        counts.tickets.updated = tx.execUnprepared(kUpdateTickets)[0][0].as<long long>();
    counts.tickets.created = tx.execUnprepared(kInsertTickets, source, keepNumbers)[0][0].as<long long>();
    // st_ids now holds every ticket of the batch.
    if (existing) {
        tx.execUnprepared(kClearBatchTags);
        counts.articles.updated = tx.execUnprepared(kUpdateArticles)[0][0].as<long long>();
    }
    tx.execUnprepared(kInsertBatchTags);
    counts.articles.created = tx.execUnprepared(kInsertArticles, source)[0][0].as<long long>();
    if (existing)
        tx.execUnprepared(kRecountBatchArticles);
    tx.execUnprepared(kGrantBatchOwners);
    return counts;
}

long long ImportRepository::lastLogId(Tx &tx)
{
    return tx.exec1(kLastLogId)[0].as<long long>();
}

std::vector<ImportLogEntry> ImportRepository::logSince(Tx &tx, const std::string &source, long long afterId)
{
    std::vector<ImportLogEntry> out;
    for (const auto &row : tx.exec(kLogSince, source, afterId))
        out.push_back({row[0].c_str(), row[1].is_null() ? std::nullopt : std::optional<std::string>(row[1].c_str()),
                       row[2].c_str(), row[3].c_str()});
    return out;
}

struct DryRunSession::Open {
    explicit Open(const std::string &conninfo) : connection(conninfo), transaction(connection.connection) {}
    PooledConnection connection;
    pqxx::work transaction;
};

DryRunSession::DryRunSession(const std::string &conninfo) : m_open(std::make_unique<Open>(conninfo)) {}

DryRunSession::~DryRunSession() = default; // pqxx::work aborts what it did not commit

void DryRunSession::step(const std::function<void(Tx &)> &work)
{
    pqxx::subtransaction savepoint(m_open->transaction, "dry_run_step");
    Tx tx(m_open->connection, savepoint);
    work(tx);
    tx.execUnprepared(kDropStaging);
    savepoint.commit(); // releases the savepoint; the transaction itself is never committed
}

void ImportRepository::attach(Tx &tx, long long articleId, const std::string &sha256, const std::string &filename,
                              const std::string &contentType)
{
    tx.exec(kAttach, articleId, sha256, filename, contentType);
}

void ImportRepository::raiseTicketNumberSequence(Tx &tx)
{
    tx.exec(kRaiseNumbers);
}

} // namespace helpdesk::db
