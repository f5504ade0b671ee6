#include "db/SlaRepository.h"

namespace helpdesk::db {

namespace {
const Statement kChooseSla{
    "sla_choose",
    "SELECT s.id FROM slas s, tickets t WHERE t.id = $1 AND s.active"
    " AND (NOT s.condition ? 'group_ids' OR s.condition->'group_ids' @> to_jsonb(t.group_id))"
    " AND (NOT s.condition ? 'priority_ids' OR s.condition->'priority_ids' @> to_jsonb(t.priority_id))"
    " AND (NOT s.condition ? 'type_ids' OR (t.type_id IS NOT NULL AND s.condition->'type_ids' @> to_jsonb(t.type_id)))"
    " AND (NOT s.condition ? 'organization_ids' OR (t.organization_id IS NOT NULL"
    "      AND s.condition->'organization_ids' @> to_jsonb(t.organization_id)))"
    " ORDER BY s.rank, s.id LIMIT 1"};

// One statement: the pause bookkeeping, then the due times from it. Business minutes spent pending
// are added to every deadline counted from the ticket's creation.
const Statement kRefresh{
    "sla_refresh",
    "WITH t0 AS (SELECT t.*, st.state_type FROM tickets t JOIN ticket_states st ON st.id = t.state_id WHERE t.id = $1 "
    "FOR UPDATE OF t),"
    " sla AS (SELECT s.*, c.time_zone, c.hours, c.holidays FROM slas s JOIN calendars c ON c.id = s.calendar_id WHERE "
    "s.id = $2),"
    " pause AS (SELECT t0.id,"
    "   t0.state_type LIKE 'pending%' AS pending, t0.state_type IN ('closed', 'merged') AS done,"
    "   t0.sla_paused_minutes + CASE WHEN t0.state_type NOT LIKE 'pending%' AND t0.sla_pending_since IS NOT NULL"
    "     THEN coalesce((SELECT sla_business_minutes_between(t0.sla_pending_since, now(), sla.time_zone, sla.hours, "
    "sla.holidays)"
    "                    FROM sla), 0) ELSE 0 END AS paused,"
    "   CASE WHEN t0.state_type LIKE 'pending%' THEN coalesce(t0.sla_pending_since, now()) END AS pending_since,"
    "   (SELECT max(created_at) FROM articles a WHERE a.ticket_id = t0.id AND a.sender = 'customer') AS last_customer,"
    "   (SELECT max(created_at) FROM articles a WHERE a.ticket_id = t0.id AND a.sender = 'agent' AND NOT a.internal) "
    "AS last_agent"
    "   FROM t0),"
    " due AS (SELECT p.*,"
    "   CASE WHEN sla.id IS NULL OR p.pending OR p.done OR t0.first_response_at IS NOT NULL OR "
    "sla.first_response_minutes IS NULL"
    "     THEN NULL ELSE sla_add_business_minutes(t0.created_at, sla.first_response_minutes + p.paused, sla.time_zone, "
    "sla.hours,"
    "                                             sla.holidays) END AS first_due,"
    "   CASE WHEN sla.id IS NULL OR p.pending OR p.done OR t0.first_response_at IS NULL OR sla.update_minutes IS NULL"
    "     OR p.last_customer IS NULL OR p.last_customer <= coalesce(p.last_agent, '-infinity')"
    "     THEN NULL ELSE sla_add_business_minutes(p.last_customer, sla.update_minutes, sla.time_zone, sla.hours, "
    "sla.holidays) END"
    "     AS update_due,"
    "   CASE WHEN sla.id IS NULL OR p.pending OR p.done OR sla.solution_minutes IS NULL"
    "     THEN NULL ELSE sla_add_business_minutes(t0.created_at, sla.solution_minutes + p.paused, sla.time_zone, "
    "sla.hours,"
    "                                             sla.holidays) END AS solution_due,"
    "   coalesce(sla.warning_minutes, 0) AS warning"
    "   FROM pause p JOIN t0 ON t0.id = p.id LEFT JOIN sla ON true)"
    " UPDATE tickets t SET sla_id = $2, sla_paused_minutes = d.paused, sla_pending_since = d.pending_since,"
    "   first_response_due_at = d.first_due, update_due_at = d.update_due, solution_due_at = d.solution_due,"
    // A deadline that moved away (or ended) may warn and breach again later.
    "   sla_warned = ARRAY(SELECT k FROM unnest(t.sla_warned) k WHERE"
    "     (k = 'first_response' AND d.first_due <= now() + d.warning * interval '1 minute')"
    "     OR (k = 'update' AND d.update_due <= now() + d.warning * interval '1 minute')"
    "     OR (k = 'solution' AND d.solution_due <= now() + d.warning * interval '1 minute')),"
    "   sla_breached = ARRAY(SELECT k FROM unnest(t.sla_breached) k WHERE"
    "     (k = 'first_response' AND d.first_due <= now()) OR (k = 'update' AND d.update_due <= now())"
    "     OR (k = 'solution' AND d.solution_due <= now()))"
    " FROM due d WHERE t.id = d.id"
    " RETURNING (t.first_response_due_at IS DISTINCT FROM (SELECT first_response_due_at FROM t0))"
    "   OR (t.update_due_at IS DISTINCT FROM (SELECT update_due_at FROM t0))"
    "   OR (t.solution_due_at IS DISTINCT FROM (SELECT solution_due_at FROM t0))"
    "   OR (t.sla_id IS DISTINCT FROM (SELECT sla_id FROM t0))"};

const Statement kHadSla{"sla_had", "SELECT sla_id FROM tickets WHERE id = $1"};

const Statement kComingDue{
    "sla_coming_due",
    "SELECT t.id, k.kind, k.due, (k.due <= now()) AS breached FROM tickets t JOIN slas s ON s.id = t.sla_id,"
    " LATERAL (VALUES ('first_response', t.first_response_due_at), ('update', t.update_due_at),"
    "                 ('solution', t.solution_due_at)) AS k(kind, due)"
    " WHERE t.sla_id IS NOT NULL AND least(t.first_response_due_at, t.update_due_at, t.solution_due_at)"
    "   <= now() + interval '1 day' AND k.due IS NOT NULL"
    " AND ((k.due <= now() AND NOT k.kind = ANY (t.sla_breached))"
    "   OR (k.due <= now() + s.warning_minutes * interval '1 minute' AND NOT k.kind = ANY (t.sla_warned)))"
    " ORDER BY k.due LIMIT 500 FOR UPDATE OF t SKIP LOCKED"};

const Statement kMarkWarned{"sla_mark_warned",
                            "UPDATE tickets SET sla_warned = array_append(sla_warned, $2) WHERE id = $1"};
// A breach counts as a warning too, so a deadline that is already past never warns afterwards.
const Statement kMarkBreached{"sla_mark_breached", "UPDATE tickets SET sla_breached = array_append(sla_breached, $2), "
                                                   "sla_warned = CASE WHEN $2 = ANY (sla_warned) THEN sla_warned"
                                                   " ELSE array_append(sla_warned, $2) END WHERE id = $1"};
const Statement kOpenAfter{"sla_open_tickets_after",
                           "SELECT t.id FROM tickets t JOIN ticket_states s ON s.id = t.state_id"
                           " WHERE t.id > $1 AND s.state_type NOT IN ('closed', 'merged') ORDER BY t.id LIMIT $2"};
const Statement kTryLock{"advisory_xact_lock_try", "SELECT pg_try_advisory_xact_lock($1)"};
} // namespace

std::optional<std::int64_t> SlaRepository::matchingSla(Tx &tx, std::int64_t ticketId)
{
    auto result = tx.exec(kChooseSla, ticketId);
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<std::int64_t>();
}

bool SlaRepository::hasSla(Tx &tx, std::int64_t ticketId)
{
    auto result = tx.exec(kHadSla, ticketId);
    return !result.empty() && !result[0][0].is_null();
}

bool SlaRepository::recomputeDueTimes(Tx &tx, std::int64_t ticketId, std::optional<std::int64_t> slaId)
{
    auto result = tx.exec(kRefresh, ticketId, slaId);
    return !result.empty() && result[0][0].as<bool>();
}

std::vector<SlaDeadline> SlaRepository::comingDue(Tx &tx)
{
    std::vector<SlaDeadline> out;
    for (const auto &row : tx.exec(kComingDue))
        out.push_back({row[0].as<std::int64_t>(), row[1].c_str(), row[2].c_str(), row[3].as<bool>()});
    return out;
}

void SlaRepository::markNotified(Tx &tx, std::int64_t ticketId, const std::string &kind, bool breached)
{
    tx.exec(breached ? kMarkBreached : kMarkWarned, ticketId, kind);
}

std::vector<std::int64_t> SlaRepository::openTicketsAfter(Tx &tx, std::int64_t afterId, int limit)
{
    std::vector<std::int64_t> out;
    for (const auto &row : tx.exec(kOpenAfter, afterId, limit))
        out.push_back(row[0].as<std::int64_t>());
    return out;
}

bool SlaRepository::tryTransactionLock(Tx &tx, long long key)
{
    return tx.exec1(kTryLock, key)[0].as<bool>();
}

} // namespace helpdesk::db
