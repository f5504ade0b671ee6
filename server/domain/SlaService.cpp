#include "domain/SlaService.h"

#include "db/EventRepository.h"
#include "db/MailRepository.h"
#include "db/TicketRepository.h"
#include "domain/MailOutbox.h"
#include "domain/MailSettings.h"

#include <Poco/Logger.h>

#include <pqxx/pqxx>

#include <set>

namespace helpdesk::domain {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.sla");
}

const db::Statement kChooseSla{"sla_choose",
    "SELECT s.id FROM slas s, tickets t WHERE t.id = $1 AND s.active"
    " AND (NOT s.condition ? 'group_ids' OR s.condition->'group_ids' @> to_jsonb(t.group_id))"
    " AND (NOT s.condition ? 'priority_ids' OR s.condition->'priority_ids' @> to_jsonb(t.priority_id))"
    " AND (NOT s.condition ? 'type_ids' OR (t.type_id IS NOT NULL AND s.condition->'type_ids' @> to_jsonb(t.type_id)))"
    " AND (NOT s.condition ? 'organization_ids' OR (t.organization_id IS NOT NULL"
    "      AND s.condition->'organization_ids' @> to_jsonb(t.organization_id)))"
    " ORDER BY s.rank, s.id LIMIT 1"};

// One statement: the pause bookkeeping, then the due times from it. Business minutes spent pending
// are added to every deadline counted from the ticket's creation.
const db::Statement kRefresh{"sla_refresh",
    "WITH t0 AS (SELECT t.*, st.state_type FROM tickets t JOIN ticket_states st ON st.id = t.state_id WHERE t.id = $1 FOR UPDATE OF t),"
    " sla AS (SELECT s.*, c.time_zone, c.hours, c.holidays FROM slas s JOIN calendars c ON c.id = s.calendar_id WHERE s.id = $2),"
    " pause AS (SELECT t0.id,"
    "   t0.state_type LIKE 'pending%' AS pending, t0.state_type IN ('closed', 'merged') AS done,"
    "   t0.sla_paused_minutes + CASE WHEN t0.state_type NOT LIKE 'pending%' AND t0.sla_pending_since IS NOT NULL"
    "     THEN coalesce((SELECT sla_business_minutes_between(t0.sla_pending_since, now(), sla.time_zone, sla.hours, sla.holidays)"
    "                    FROM sla), 0) ELSE 0 END AS paused,"
    "   CASE WHEN t0.state_type LIKE 'pending%' THEN coalesce(t0.sla_pending_since, now()) END AS pending_since,"
    "   (SELECT max(created_at) FROM articles a WHERE a.ticket_id = t0.id AND a.sender = 'customer') AS last_customer,"
    "   (SELECT max(created_at) FROM articles a WHERE a.ticket_id = t0.id AND a.sender = 'agent' AND NOT a.internal) AS last_agent"
    "   FROM t0),"
    " due AS (SELECT p.*,"
    "   CASE WHEN sla.id IS NULL OR p.pending OR p.done OR t0.first_response_at IS NOT NULL OR sla.first_response_minutes IS NULL"
    "     THEN NULL ELSE sla_add_business_minutes(t0.created_at, sla.first_response_minutes + p.paused, sla.time_zone, sla.hours,"
    "                                             sla.holidays) END AS first_due,"
    "   CASE WHEN sla.id IS NULL OR p.pending OR p.done OR t0.first_response_at IS NULL OR sla.update_minutes IS NULL"
    "     OR p.last_customer IS NULL OR p.last_customer <= coalesce(p.last_agent, '-infinity')"
    "     THEN NULL ELSE sla_add_business_minutes(p.last_customer, sla.update_minutes, sla.time_zone, sla.hours, sla.holidays) END"
    "     AS update_due,"
    "   CASE WHEN sla.id IS NULL OR p.pending OR p.done OR sla.solution_minutes IS NULL"
    "     THEN NULL ELSE sla_add_business_minutes(t0.created_at, sla.solution_minutes + p.paused, sla.time_zone, sla.hours,"
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

const db::Statement kHadSla{"sla_had", "SELECT sla_id FROM tickets WHERE id = $1"};

const db::Statement kComingDue{"sla_coming_due",
    "SELECT t.id, k.kind, k.due, (k.due <= now()) AS breached FROM tickets t JOIN slas s ON s.id = t.sla_id,"
    " LATERAL (VALUES ('first_response', t.first_response_due_at), ('update', t.update_due_at),"
    "                 ('solution', t.solution_due_at)) AS k(kind, due)"
    " WHERE t.sla_id IS NOT NULL AND least(t.first_response_due_at, t.update_due_at, t.solution_due_at)"
    "   <= now() + interval '1 day' AND k.due IS NOT NULL"
    " AND ((k.due <= now() AND NOT k.kind = ANY (t.sla_breached))"
    "   OR (k.due <= now() + s.warning_minutes * interval '1 minute' AND NOT k.kind = ANY (t.sla_warned)))"
    " ORDER BY k.due LIMIT 500 FOR UPDATE OF t SKIP LOCKED"};

std::string describe(const std::string &kind)
{
    if (kind == "first_response")
        return "first response";
    return kind;
}
} // namespace

bool SlaService::refresh(db::Tx &tx, std::int64_t ticketId)
{
    // Most desks have no SLA for most tickets: a cheap look first, the full computation only when
    // an SLA applies or did (measured: the full refresh on every write cost a third of bench_api).
    auto chosen = tx.exec(kChooseSla, ticketId);
    if (chosen.empty()) {
        auto had = tx.exec(kHadSla, ticketId);
        if (had.empty() || had[0][0].is_null())
            return false;
    }
    std::optional<std::int64_t> slaId;
    if (!chosen.empty())
        slaId = chosen[0][0].as<std::int64_t>();
    auto result = tx.exec(kRefresh, ticketId, slaId);
    return !result.empty() && result[0][0].as<bool>();
}

int SlaService::escalate(db::Tx &tx)
{
    auto settings = MailSettings::load(tx);
    int recorded = 0;
    for (const auto &row : tx.exec(kComingDue)) {
        auto ticketId = row[0].as<std::int64_t>();
        std::string kind = row[1].c_str();
        std::string due = row[2].c_str();
        bool breached = row[3].as<bool>();
        const char *column = breached ? "sla_breached" : "sla_warned";
        tx.raw().exec_params(std::string("UPDATE tickets SET ") + column + " = array_append(" + column + ", $2)"
                                 + (breached ? ", sla_warned = CASE WHEN $2 = ANY (sla_warned) THEN sla_warned"
                                               " ELSE array_append(sla_warned, $2) END" : "")
                                 + " WHERE id = $1",
                             ticketId, kind);
        db::TicketRepository::addHistory(tx, ticketId, std::nullopt, breached ? "sla.breach" : "sla.warning", std::nullopt,
                                         kind + " due " + due);
        auto ticket = *db::TicketRepository::get(tx, ticketId);
        db::NewEvent event;
        event.kind = "ticket.updated";
        event.ticketId = ticket.id;
        event.groupId = ticket.groupId;
        event.customerId = ticket.customerId;
        event.organizationId = ticket.organizationId;
        event.internal = true;  // agents' business, not the customer's
        event.data = protocol::newObject();
        event.data->set("ticket", ticket.toJson());
        auto changed = protocol::newArray();
        changed->add(std::string(breached ? "sla_breached" : "sla_warned"));
        event.data->set("changed", changed);
        db::EventRepository::append(tx, event);
        // The owner hears of it; a ticket nobody owns goes to every agent with full access to its group.
        std::vector<std::string> recipients;
        if (ticket.ownerId) {
            auto owner = tx.raw().exec_params("SELECT email FROM users WHERE id = $1 AND active AND NOT absent", *ticket.ownerId);
            if (!owner.empty())
                recipients.push_back(owner[0][0].c_str());
        }
        if (recipients.empty())
            for (const auto &r : tx.raw().exec_params("SELECT u.email FROM group_members m JOIN users u ON u.id = m.user_id"
                                                      " WHERE m.group_id = $1 AND m.access = 'full' AND u.active AND NOT u.absent",
                                                      ticket.groupId))
                recipients.push_back(r[0].c_str());
        std::string subject = messageids::taggedSubject(settings, ticket.number,
                                                        std::string(breached ? "SLA breached: " : "SLA warning: ") + describe(kind)
                                                            + " — " + ticket.title);
        std::string body = std::string(breached ? "The " : "Soon due: the ") + describe(kind) + " of ticket " + std::to_string(ticket.number)
                           + " (\"" + ticket.title + "\") " + (breached ? "was due at " : "is due at ") + due + ".\n";
        for (const auto &to : recipients)
            MailOutbox::queueSystemMail(tx, settings, to, subject, body);
        logger().information("ticket %s: SLA %s %s (due %s)", std::to_string(ticket.number), std::string(breached ? "breach" : "warning"),
                             kind, due);
        ++recorded;
    }
    return recorded;
}

} // namespace helpdesk::domain
