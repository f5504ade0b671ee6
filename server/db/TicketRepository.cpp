#include "db/TicketRepository.h"

#include "db/ArticleRepository.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace helpdesk::db {

namespace {
#define TICKET_COLUMNS                                                                                                 \
    "t.id, t.number, t.title, t.group_id, t.owner_id, t.customer_id, t.organization_id, t.state_id,"                   \
    " s.state_type, t.priority_id, t.type_id,"                                                                         \
    " coalesce((SELECT array_to_json(array_agg(tag ORDER BY tag))::text FROM ticket_tags g WHERE g.ticket_id = "       \
    "t.id), '[]'),"                                                                                                    \
    " t.custom::text, t.merged_into_id, t.pending_until, t.created_at, t.updated_at, t.first_response_at,"             \
    " t.closed_at, t.article_count, t.sla_id, t.first_response_due_at, t.update_due_at, t.solution_due_at,"            \
    " t.channel_id, (SELECT c.integration_id FROM custom_channels c WHERE c.id = t.channel_id),"                       \
    " t.created_via, t.preview, t.time_spent_minutes"

/// The ticket in the TICKET_COLUMNS of `row`, which start at column `first`.
protocol::Ticket ticketFrom(const pqxx::row &whole, pqxx::row::size_type first = 0)
{
    auto row = whole.slice(first, whole.size());
    protocol::Ticket t;
    t.id = row[0].as<std::int64_t>();
    t.number = row[1].as<std::int64_t>();
    t.title = row[2].c_str();
    t.groupId = row[3].as<std::int64_t>();
    t.ownerId = optInt(row[4]);
    t.customerId = row[5].as<std::int64_t>();
    t.organizationId = optInt(row[6]);
    t.stateId = row[7].as<std::int64_t>();
    t.stateType = row[8].c_str();
    t.priorityId = row[9].as<std::int64_t>();
    t.typeId = optInt(row[10]);
    auto tags = protocol::parseJsonObject(std::string("{\"t\":") + row[11].c_str() + "}")->getArray("t");
    for (unsigned i = 0; tags && i < tags->size(); ++i)
        t.tags.push_back(tags->getElement<std::string>(i));
    t.custom = protocol::parseJsonObject(row[12].c_str());
    t.mergedIntoId = optInt(row[13]);
    t.pendingUntil = optIsoTime(row[14]);
    t.createdAt = isoTime(row[15]);
    t.updatedAt = isoTime(row[16]);
    t.firstResponseAt = optIsoTime(row[17]);
    t.closedAt = optIsoTime(row[18]);
    t.articleCount = row[19].as<std::int64_t>();
    t.slaId = optInt(row[20]);
    t.firstResponseDueAt = optIsoTime(row[21]);
    t.updateDueAt = optIsoTime(row[22]);
    t.solutionDueAt = optIsoTime(row[23]);
    t.channelId = optInt(row[24]);
    t.channelIntegrationId = optInt(row[25]);
    t.createdVia = row[26].c_str();
    t.preview = row[27].c_str();
    t.timeSpentMinutes = row[28].as<std::int64_t>();
    return t;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/// The byte length of the first `characters` UTF-8 characters of `text` (all of it when shorter).
std::size_t utf8PrefixBytes(const std::string &text, std::size_t characters)
{
    std::size_t i = 0;
    for (std::size_t n = 0; i < text.size() && n < characters; ++n)
        for (++i; i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;)
            ++i;
    return i;
}

bool startsWithNoCase(std::string_view text, std::size_t at, std::string_view word)
{
    if (text.size() < at + word.size())
        return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[at + i])) != word[i])
            return false;
    return true;
}

/// Whether a line of a message is quoted ("> …") or introduces a quote ("On …, Alex wrote:"):
/// the patterns '^\s*>' and (case-blind) '^\s*on\s.*\swrote:\s*$' of article_preview().
bool isQuoteLine(std::string_view line)
{
    std::size_t start = 0;
    while (start < line.size() && isSpace(line[start]))
        ++start;
    if (start < line.size() && line[start] == '>')
        return true;
    if (!startsWithNoCase(line, start, "on") || start + 2 >= line.size() || !isSpace(line[start + 2]))
        return false;
    auto end = line.size();
    while (end > 0 && isSpace(line[end - 1]))
        --end;
    constexpr std::string_view kWrote = "wrote:";
    // "wrote:" after a space of its own, which cannot be the one after "on".
    return end >= start + 4 + kWrote.size() && startsWithNoCase(line, end - kWrote.size(), kWrote) &&
           isSpace(line[end - kWrote.size() - 1]);
}
} // namespace

std::string TicketRepository::articlePreview(const std::string &body)
{
    // What SQL's article_preview() (migration 0043, still used when articles move) gives, computed
    // here once per article: in SQL it ran two regular expressions per line of the body inside the
    // UPDATE that counts the article, the slowest statement of ticket creation (0.65 ms of 4).
    std::string_view text(body.data(), utf8PrefixBytes(body, 16384));
    std::string joined;
    bool space = false;
    for (std::size_t begin = 0; begin <= text.size();) {
        auto end = std::min(text.find('\n', begin), text.size());
        auto line = text.substr(begin, end - begin);
        begin = end + 1;
        if (isQuoteLine(line))
            continue;
        // Kept lines joined by a space, every run of white space one space, none at either end.
        space = true;
        for (char c : line) {
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space && !joined.empty())
                joined += ' ';
            space = false;
            joined += c;
        }
    }
    joined.resize(utf8PrefixBytes(joined, 200));
    return joined;
}

namespace {
// The new row comes back as get() reads it, and its "created" history row ($13: write one, $14:
// the actor) goes in with it: one round trip instead of three.
const Statement kInsert{
    "tickets_insert",
    "WITH t AS (INSERT INTO tickets (number, title, group_id, owner_id, customer_id, organization_id, state_id,"
    "   priority_id, type_id, custom, pending_until, channel_id)"
    " VALUES (coalesce($1::bigint, nextval('ticket_number_seq')), $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb,"
    "   $11::timestamptz, $12) RETURNING *),"
    " h AS (INSERT INTO history (ticket_id, actor_id, field, old_value, new_value)"
    "   SELECT id, $14, 'created', NULL, number::text FROM t WHERE $13)"
    " SELECT " TICKET_COLUMNS " FROM t JOIN ticket_states s ON s.id = t.state_id"};
const Statement kGet{"tickets_get", "SELECT " TICKET_COLUMNS
                                    " FROM tickets t JOIN ticket_states s ON s.id = t.state_id WHERE t.id = $1"};
const Statement kIdByNumber{"tickets_id_by_number", "SELECT id FROM tickets WHERE number = $1"};
const Statement kLock{"tickets_lock", "SELECT id FROM tickets WHERE id = $1 FOR UPDATE"};
const Statement kUpdate{
    "tickets_update",
    "UPDATE tickets t SET title = $2, group_id = $3, owner_id = $4, organization_id = $5, state_id = $6,"
    " priority_id = $7, type_id = $8, custom = $9::jsonb, merged_into_id = $10, pending_until = $11::timestamptz,"
    " updated_at = now(),"
    " closed_at = CASE WHEN (SELECT state_type FROM ticket_states WHERE id = $6) IN ('closed', 'merged')"
    "   THEN coalesce(t.closed_at, now()) ELSE NULL END"
    " WHERE t.id = $1"};
// A rating as JSON, from the columns of ticket_ratings (alias x).
#define RATING_JSON                                                                                                    \
    "json_build_object('id', x.id, 'ticket_id', x.ticket_id, 'article_id', x.article_id, 'agent_id', x.agent_id,"      \
    " 'rated_by', x.rated_by, 'score', x.score, 'comment', x.comment, 'source', x.source, 'created_at', x.created_at," \
    " 'updated_at', x.updated_at)"
const Statement kRating{"ticket_rating", "SELECT " RATING_JSON "::text FROM ticket_ratings x"
                                         " WHERE x.ticket_id = $1 AND x.article_id IS NOT DISTINCT FROM $2"};
const Statement kNewestRating{"ticket_rating_newest",
                              "SELECT " RATING_JSON "::text FROM ticket_ratings x WHERE x.ticket_id = $1"
                              " ORDER BY x.updated_at DESC, x.id DESC LIMIT 1"};
const Statement kRatings{
    "ticket_ratings_list",
    "SELECT json_build_object('r', coalesce(json_agg(" RATING_JSON
    " ORDER BY x.article_id NULLS FIRST), '[]'))::text FROM ticket_ratings x WHERE x.ticket_id = $1"};
// Two statements: ON CONFLICT names the unique index of the ticket's rating or of a reply's.
#define RATING_UPSERT(target)                                                                                          \
    "INSERT INTO ticket_ratings AS x (ticket_id, article_id, agent_id, rated_by, score, comment, source)"              \
    " VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT " target " DO UPDATE SET agent_id = excluded.agent_id,"          \
    " rated_by = excluded.rated_by, score = excluded.score, comment = excluded.comment, source = excluded.source,"     \
    " updated_at = now() RETURNING " RATING_JSON "::text, (xmax = 0)"
const Statement kSetTicketRating{"ticket_rating_set", RATING_UPSERT("(ticket_id) WHERE article_id IS NULL")};
const Statement kSetReplyRating{"ticket_rating_set_reply", RATING_UPSERT("(article_id) WHERE article_id IS NOT NULL")};
const Statement kReplyAuthor{"ticket_reply_author",
                             "SELECT author_id FROM articles WHERE id = $2 AND ticket_id = $1 AND sender = 'agent'"
                             " AND NOT internal AND channel <> 'phone_in'"};
const Statement kTaggedWith{"ticket_tags_tagged",
                            "SELECT ticket_id FROM ticket_tags WHERE tag = $1 ORDER BY ticket_id"};
const Statement kDeleteTags{"ticket_tags_delete", "DELETE FROM ticket_tags WHERE ticket_id = $1"};
const Statement kInsertTags{
    "ticket_tags_insert",
    "INSERT INTO ticket_tags (ticket_id, tag) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING"};
// The inbox's figures of the ticket follow each new article in the one UPDATE that counts it: the
// first article says how the ticket was opened, a public one gives the preview (articlePreview,
// bound as its 200 characters rather than the body), accounted minutes add up.
// An article goes in with the UPDATE that counts it, which returns the ticket as it then stands:
// one round trip for what took three (insert, count, get). The inbox's figures follow each new
// article: the first says how the ticket was opened, a public one gives the preview
// (articlePreview, bound as its 200 characters rather than the body), accounted minutes add up.
// The language the article's words are stemmed in (migration 0048): its ticket's customer's, else
// its group's; three key lookups beside the INSERT, so the tsvector stays a generated column.
#define ARTICLE_SEARCH_CONFIG                                                                                          \
    "(SELECT search_config_for(coalesce(u.language, g.default_language)) FROM tickets x"                               \
    " JOIN users u ON u.id = x.customer_id JOIN groups g ON g.id = x.group_id WHERE x.id = $1)"
const Statement kInsertArticle{
    "tickets_article_insert",
    "WITH a AS (INSERT INTO articles (ticket_id, internal, sender, channel, author_id, from_addr, to_addr, cc_addr,"
    "   subject, body_text, body_html, message_id, in_reply_to, sender_unverified, time_spent_minutes, search_config)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, " ARTICLE_SEARCH_CONFIG ")"
    " RETURNING id, created_at),"
    " t AS (UPDATE tickets SET article_count = article_count + 1, updated_at = now(),"
    "   first_response_at = CASE WHEN $16 THEN coalesce(first_response_at, now()) ELSE first_response_at END,"
    "   created_via = CASE WHEN article_count = 0 AND created_via = '' THEN $4 ELSE created_via END,"
    "   preview = coalesce($17, preview), time_spent_minutes = time_spent_minutes + coalesce($15, 0)"
    "   WHERE id = $1 RETURNING *)"
    " SELECT a.id, a.created_at, " TICKET_COLUMNS " FROM a, t JOIN ticket_states s ON s.id = t.state_id"};
// What a list may be narrowed to and the caller may see, of a ticket `t`: $1 all groups, $2 the
// groups seen, $3 a customer's own, $4 or the customer's shared organization's; $5 group, $6 owner,
// $7 unassigned, $8 customer, $9 state type, $13 organization; $10 after this id; $12 an
// integration's token: no ticket of another integration's custom channel. A state type of open work
// also says closed_at IS NULL (true of every such ticket), so the partial indexes of open tickets
// (migration 0047) serve the views of it.
#define LIST_FILTERS                                                                                                   \
    "($1 OR t.group_id = ANY($2::bigint[]) OR t.customer_id = $3 OR t.organization_id = $4)"                           \
    " AND ($5::bigint IS NULL OR t.group_id = $5) AND ($6::bigint IS NULL OR t.owner_id = $6)"                         \
    " AND (NOT $7 OR t.owner_id IS NULL) AND ($8::bigint IS NULL OR t.customer_id = $8)"                               \
    " AND ($9::text IS NULL OR t.state_id IN (SELECT x.id FROM ticket_states x WHERE x.state_type = $9))"              \
    " AND ($9::text IS NULL OR $9::text IN ('closed', 'merged') OR t.closed_at IS NULL)"                               \
    " AND ($13::bigint IS NULL OR t.organization_id = $13) AND t.id > coalesce($10::bigint, 0)"                        \
    " AND ($12::bigint IS NULL OR t.channel_id IS NULL OR EXISTS (SELECT 1 FROM custom_channels c"                     \
    "      WHERE c.id = t.channel_id AND c.integration_id = $12))"
// Both lists run unprepared: planned with the caller's filters, the unused ones fold away and the
// planner picks the index of the filters given (a generic plan scanned tickets in id order).
const Statement kList{"tickets_list",
                      "SELECT " TICKET_COLUMNS " FROM tickets t JOIN ticket_states s ON s.id = t.state_id"
                      " WHERE " LIST_FILTERS " ORDER BY t.id LIMIT $11"};
// A search ($14, $15 staff: internal notes too) ranks tickets by their best match: an article's
// words stemmed in the article's own language (migration 0048; the index is asked for the words in
// every language, each article then matched in its own), the title's words (twice the weight), the
// ticket's number (first). Of a word that many articles hold, the newest 2,000 matches are ranked.
const Statement kSearch{
    "tickets_search",
    "SELECT " TICKET_COLUMNS " FROM ("
    "  SELECT h.ticket_id, max(h.rank) AS rank FROM ("
    // ranked after the LIMIT: ts_rank in the LIMITed select ran for every match before the sort
    "   SELECT m.ticket_id, ts_rank(m.search, plainto_tsquery(m.search_config, $14::text)) AS rank FROM"
    "   (SELECT a.ticket_id, a.search, a.search_config FROM articles a JOIN tickets t ON t.id = a.ticket_id"
    "    WHERE a.search @@ search_query_any($14::text) AND a.search @@ plainto_tsquery(a.search_config, $14::text)"
    "      AND ($15 OR NOT a.internal) AND " LIST_FILTERS " ORDER BY a.id DESC LIMIT 2000) m"
    "   UNION ALL"
    "   (SELECT t.id, 2 * ts_rank(to_tsvector('simple', t.title), plainto_tsquery('simple', $14::text)) FROM tickets t"
    "    WHERE to_tsvector('simple', t.title) @@ plainto_tsquery('simple', $14::text) AND " LIST_FILTERS
    "    ORDER BY t.id DESC LIMIT 2000)"
    "   UNION ALL"
    "   SELECT t.id, 10 FROM tickets t"
    "    WHERE t.number = CASE WHEN $14::text ~ '^[0-9]{1,18}$' THEN ($14::text)::bigint END AND " LIST_FILTERS
    "  ) h GROUP BY h.ticket_id) r"
    " JOIN tickets t ON t.id = r.ticket_id JOIN ticket_states s ON s.id = t.state_id"
    " ORDER BY r.rank DESC, t.id DESC LIMIT $11"};
const Statement kAddHistory{
    "history_insert",
    "INSERT INTO history (ticket_id, actor_id, field, old_value, new_value) VALUES ($1, $2, $3, $4, $5)"};
const Statement kHistory{
    "history_list",
    "SELECT id, ticket_id, actor_id, at, field, old_value, new_value FROM history WHERE ticket_id = $1 ORDER BY id"};
const Statement kLink{
    "ticket_links_insert",
    "INSERT INTO ticket_links (source_id, target_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING"};
const Statement kAddWatcher{"ticket_watcher_add",
                            "INSERT INTO ticket_watchers (ticket_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING"};
const Statement kRemoveWatcher{"ticket_watcher_remove",
                               "DELETE FROM ticket_watchers WHERE ticket_id = $1 AND user_id = $2"};
const Statement kWatchers{
    "ticket_watchers_list",
    "SELECT u.id, u.name, u.email FROM ticket_watchers w JOIN users u ON u.id = w.user_id WHERE w.ticket_id = $1"
    " ORDER BY u.name, u.id"};
const Statement kLinks{"ticket_links_list",
                       "SELECT source_id, target_id, kind FROM ticket_links WHERE source_id = $1 OR target_id = $1"
                       " ORDER BY created_at"};
// The target's preview is of its newest public message once the moved ones are among its own; the
// source's minutes go with its articles, so the two tickets do not count them twice.
const Statement kMoveArticles{
    "articles_move",
    "WITH moved AS (UPDATE articles SET ticket_id = $2 WHERE ticket_id = $1 RETURNING time_spent_minutes),"
    " cleared AS (UPDATE tickets SET time_spent_minutes = 0 WHERE id = $1)"
    " UPDATE tickets SET article_count = article_count + (SELECT count(*) FROM moved), updated_at = now(),"
    " time_spent_minutes = time_spent_minutes + (SELECT coalesce(sum(time_spent_minutes), 0) FROM moved),"
    " preview = coalesce((SELECT article_preview(a.body_text) FROM articles a WHERE a.ticket_id IN ($1, $2)"
    "   AND NOT a.internal ORDER BY a.id DESC LIMIT 1), preview)"
    " WHERE id = $2"};
} // namespace

protocol::Ticket TicketRepository::insert(Tx &tx, const protocol::Ticket &t, const std::optional<Creator> &creator)
{
    std::optional<std::int64_t> number;
    if (t.number > 0)
        number = t.number;
    auto custom = t.custom ? protocol::toJsonText(t.custom) : std::string("{}");
    auto stored = ticketFrom(tx.exec1(kInsert, number, t.title, t.groupId, t.ownerId, t.customerId, t.organizationId,
                                      t.stateId, t.priorityId, t.typeId, custom, t.pendingUntil, t.channelId,
                                      creator.has_value(), creator ? creator->actorId : std::nullopt));
    if (t.tags.empty())
        return stored;
    setTags(tx, stored.id, t.tags);
    return *get(tx, stored.id);
}

std::optional<protocol::Ticket> TicketRepository::get(Tx &tx, std::int64_t id, bool lock)
{
    if (lock && tx.exec(kLock, id).empty())
        return std::nullopt;
    auto result = tx.exec(kGet, id);
    if (result.empty())
        return std::nullopt;
    return ticketFrom(result[0]);
}

std::optional<std::int64_t> TicketRepository::idByNumber(Tx &tx, std::int64_t number)
{
    auto result = tx.exec(kIdByNumber, number);
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<std::int64_t>();
}

protocol::Ticket TicketRepository::update(Tx &tx, const protocol::Ticket &t)
{
    auto custom = t.custom ? protocol::toJsonText(t.custom) : std::string("{}");
    tx.exec(kUpdate, t.id, t.title, t.groupId, t.ownerId, t.organizationId, t.stateId, t.priorityId, t.typeId, custom,
            t.mergedIntoId, t.pendingUntil);
    return *get(tx, t.id);
}

protocol::JsonObject TicketRepository::rating(Tx &tx, std::int64_t ticketId, std::optional<std::int64_t> articleId)
{
    auto result = tx.exec(kRating, ticketId, articleId);
    return result.empty() ? nullptr : protocol::parseJsonObject(result[0][0].c_str());
}

protocol::JsonObject TicketRepository::newestRating(Tx &tx, std::int64_t ticketId)
{
    auto result = tx.exec(kNewestRating, ticketId);
    return result.empty() ? nullptr : protocol::parseJsonObject(result[0][0].c_str());
}

protocol::JsonArray TicketRepository::ratings(Tx &tx, std::int64_t ticketId)
{
    return protocol::parseJsonObject(tx.exec(kRatings, ticketId)[0][0].c_str())->getArray("r");
}

std::pair<protocol::JsonObject, bool> TicketRepository::setRating(Tx &tx, const RatingRow &r)
{
    auto row = tx.exec(r.articleId ? kSetReplyRating : kSetTicketRating, r.ticketId, r.articleId, r.agentId, r.ratedBy,
                       r.score, r.comment, r.source)[0];
    return {protocol::parseJsonObject(row[0].c_str()), row[1].as<bool>()};
}

std::optional<std::optional<std::int64_t>> TicketRepository::replyAuthor(Tx &tx, std::int64_t ticketId,
                                                                         std::int64_t articleId)
{
    auto result = tx.exec(kReplyAuthor, ticketId, articleId);
    if (result.empty())
        return std::nullopt;
    return result[0][0].is_null() ? std::optional<std::int64_t>() : result[0][0].as<std::int64_t>();
}

std::vector<std::int64_t> TicketRepository::taggedWith(Tx &tx, const std::string &tag)
{
    std::vector<std::int64_t> out;
    for (const auto &row : tx.exec(kTaggedWith, tag))
        out.push_back(row[0].as<std::int64_t>());
    return out;
}

void TicketRepository::setTags(Tx &tx, std::int64_t ticketId, const std::vector<std::string> &tags)
{
    tx.exec(kDeleteTags, ticketId);
    if (!tags.empty())
        tx.exec(kInsertTags, ticketId, textArrayLiteral(tags));
}

std::pair<protocol::Article, protocol::Ticket> TicketRepository::insertArticle(Tx &tx, const protocol::Article &a,
                                                                               bool firstAgentResponse)
{
    auto preview = a.internal ? std::nullopt : std::optional<std::string>(articlePreview(a.bodyText));
    auto row = tx.exec1(kInsertArticle, a.ticketId, a.internal, a.sender, a.channel, a.authorId, a.from, a.to, a.cc,
                        a.subject, a.bodyText, a.bodyHtml, a.messageId, a.inReplyTo, a.senderUnverified,
                        a.timeSpentMinutes, firstAgentResponse, preview);
    protocol::Article stored = a;
    stored.id = row[0].as<std::int64_t>();
    stored.createdAt = isoTime(row[1]);
    auto ticket = ticketFrom(row, 2);
    for (const auto &attachment : stored.attachments)
        ArticleRepository::addAttachment(tx, stored.id, attachment);
    return {std::move(stored), std::move(ticket)};
}

std::vector<protocol::Ticket> TicketRepository::list(Tx &tx, const TicketQuery &q)
{
    std::vector<protocol::Ticket> out;
    const auto &p = q.params;
    bool staff = !q.onlyCustomer.has_value();
    auto visible = intArrayLiteral(q.visibleGroups);
    auto rows = p.query ? tx.execUnprepared(kSearch, q.allGroups, visible, q.onlyCustomer, q.orCustomerOrganization,
                                            p.groupId, p.ownerId, p.unassigned, p.customerId, p.stateType, p.afterId,
                                            p.limit, q.onlyIntegrationChannels, p.organizationId, *p.query, staff)
                        : tx.execUnprepared(kList, q.allGroups, visible, q.onlyCustomer, q.orCustomerOrganization,
                                            p.groupId, p.ownerId, p.unassigned, p.customerId, p.stateType, p.afterId,
                                            p.limit, q.onlyIntegrationChannels, p.organizationId);
    for (const auto &row : rows)
        out.push_back(ticketFrom(row));
    return out;
}

void TicketRepository::addHistory(Tx &tx, std::int64_t ticketId, std::optional<std::int64_t> actorId,
                                  const std::string &field, const std::optional<std::string> &oldValue,
                                  const std::optional<std::string> &newValue)
{
    tx.exec(kAddHistory, ticketId, actorId, field, oldValue, newValue);
}

std::vector<protocol::HistoryEntry> TicketRepository::history(Tx &tx, std::int64_t ticketId)
{
    std::vector<protocol::HistoryEntry> out;
    for (const auto &row : tx.exec(kHistory, ticketId)) {
        protocol::HistoryEntry h;
        h.id = row[0].as<std::int64_t>();
        h.ticketId = row[1].as<std::int64_t>();
        h.actorId = optInt(row[2]);
        h.at = isoTime(row[3]);
        h.field = row[4].c_str();
        h.oldValue = optString(row[5]);
        h.newValue = optString(row[6]);
        out.push_back(std::move(h));
    }
    return out;
}

void TicketRepository::link(Tx &tx, std::int64_t sourceId, std::int64_t targetId, const std::string &kind)
{
    tx.exec(kLink, sourceId, targetId, kind);
}

protocol::JsonArray TicketRepository::links(Tx &tx, std::int64_t ticketId)
{
    auto list = protocol::newArray();
    for (const auto &row : tx.exec(kLinks, ticketId)) {
        auto o = protocol::newObject();
        o->set("source_id", row[0].as<std::int64_t>());
        o->set("target_id", row[1].as<std::int64_t>());
        o->set("kind", std::string(row[2].c_str()));
        list->add(o);
    }
    return list;
}

bool TicketRepository::addWatcher(Tx &tx, std::int64_t ticketId, std::int64_t userId)
{
    return tx.exec(kAddWatcher, ticketId, userId).affected_rows() > 0;
}

bool TicketRepository::removeWatcher(Tx &tx, std::int64_t ticketId, std::int64_t userId)
{
    return tx.exec(kRemoveWatcher, ticketId, userId).affected_rows() > 0;
}

protocol::JsonArray TicketRepository::watchers(Tx &tx, std::int64_t ticketId)
{
    auto list = protocol::newArray();
    for (const auto &row : tx.exec(kWatchers, ticketId)) {
        auto o = protocol::newObject();
        o->set("user_id", row[0].as<std::int64_t>());
        o->set("name", std::string(row[1].c_str()));
        o->set("email", std::string(row[2].c_str()));
        list->add(o);
    }
    return list;
}

void TicketRepository::moveArticles(Tx &tx, std::int64_t from, std::int64_t into)
{
    tx.exec(kMoveArticles, from, into);
}

} // namespace helpdesk::db
