#include "db/TriggerRepository.h"

namespace helpdesk::db {

namespace {
const Statement kTriggersOf{
    "triggers_of_event",
    "SELECT id, name, conditions::text, actions::text FROM triggers WHERE active AND event = $1 ORDER BY rank, id"};
const Statement kAnyTimeTrigger{"triggers_any_time", "SELECT 1 FROM triggers WHERE active AND event = 'time' LIMIT 1"};
const Statement kOpenTickets{"triggers_open_tickets",
                             "SELECT t.id FROM tickets t JOIN ticket_states s ON s.id = t.state_id"
                             " WHERE s.state_type NOT IN ('closed', 'merged') ORDER BY t.updated_at LIMIT 1000"};
const Statement kFacts{"triggers_ticket_facts",
                       "SELECT coalesce(u.email, ''), coalesce(u.name, ''), cardinality(t.sla_breached) > 0,"
                       " extract(epoch FROM now() - t.updated_at) / 60, coalesce(t.pending_until < now(), false)"
                       " FROM tickets t LEFT JOIN users u ON u.id = t.customer_id WHERE t.id = $1"};
const Statement kFirings{"trigger_runs_recent",
                         "SELECT count(*) FILTER (WHERE at > now() - interval '1 hour'),"
                         " count(*) FILTER (WHERE at >= (SELECT updated_at FROM tickets WHERE id = $2))"
                         " FROM trigger_runs WHERE trigger_id = $1 AND ticket_id = $2"};
const Statement kRecordFiring{"trigger_runs_insert",
                              "INSERT INTO trigger_runs (trigger_id, ticket_id) VALUES ($1, $2)"};
const Statement kMacro{"macros_active", "SELECT name, actions::text FROM macros WHERE id = $1 AND active"};
} // namespace

std::vector<Trigger> TriggerRepository::activeFor(Tx &tx, const std::string &event)
{
    std::vector<Trigger> out;
    for (const auto &row : tx.exec(kTriggersOf, event))
        out.push_back({row[0].as<std::int64_t>(), row[1].c_str(), protocol::parseJsonObject(row[2].c_str()),
                       protocol::parseJsonObject(row[3].c_str())});
    return out;
}

bool TriggerRepository::anyTimeTrigger(Tx &tx)
{
    return !tx.exec(kAnyTimeTrigger).empty();
}

std::vector<std::int64_t> TriggerRepository::openTicketsLeastRecentlyUpdated(Tx &tx)
{
    std::vector<std::int64_t> out;
    for (const auto &row : tx.exec(kOpenTickets))
        out.push_back(row[0].as<std::int64_t>());
    return out;
}

TriggerTicketFacts TriggerRepository::ticketFacts(Tx &tx, std::int64_t ticketId)
{
    auto row = tx.exec1(kFacts, ticketId);
    TriggerTicketFacts f;
    f.customerEmail = row[0].c_str();
    f.customerName = row[1].c_str();
    f.slaBreached = row[2].as<bool>();
    f.idleMinutes = row[3].as<double>();
    f.pendingExpired = row[4].as<bool>();
    return f;
}

TriggerFirings TriggerRepository::firings(Tx &tx, std::int64_t triggerId, std::int64_t ticketId)
{
    auto row = tx.exec1(kFirings, triggerId, ticketId);
    return {row[0].as<int>(), row[1].as<int>()};
}

void TriggerRepository::recordFiring(Tx &tx, std::int64_t triggerId, std::int64_t ticketId)
{
    tx.exec(kRecordFiring, triggerId, ticketId);
}

std::optional<Macro> TriggerRepository::activeMacro(Tx &tx, std::int64_t macroId)
{
    auto result = tx.exec(kMacro, macroId);
    if (result.empty())
        return std::nullopt;
    return Macro{result[0][0].c_str(), protocol::parseJsonObject(result[0][1].c_str())};
}

} // namespace helpdesk::db
