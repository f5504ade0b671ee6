#include "domain/SlaService.h"

#include "db/EventRepository.h"
#include "db/JobRepository.h"
#include "db/MailRepository.h"
#include "db/SlaRepository.h"
#include "db/TicketRepository.h"
#include "db/UserRepository.h"
#include "domain/MailOutbox.h"
#include "domain/MailSettings.h"
#include "domain/MailTemplateCatalog.h"
#include "domain/TicketEvents.h"

#include <Poco/Logger.h>

#include <set>

namespace helpdesk::domain {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.sla");
}
} // namespace

bool SlaService::refresh(db::Tx &tx, std::int64_t ticketId)
{
    // Most desks have no SLA for most tickets: a cheap look first, the full computation only when
    // an SLA applies or did (measured: the full refresh on every write cost a third of bench_api).
    auto slaId = db::SlaRepository::matchingSla(tx, ticketId);
    if (!slaId && !db::SlaRepository::hasSla(tx, ticketId))
        return false;
    return db::SlaRepository::recomputeDueTimes(tx, ticketId, slaId);
}

void SlaService::queueRecomputeAll(db::Tx &tx)
{
    db::JobRepository::enqueue(tx, "sla.recompute", protocol::newObject(), 0, 5, std::nullopt);
}

int SlaService::escalate(db::Tx &tx)
{
    auto settings = MailSettings::load(tx);
    int recorded = 0;
    for (const auto &[ticketId, kind, due, breached] : db::SlaRepository::comingDue(tx)) {
        db::SlaRepository::markNotified(tx, ticketId, kind, breached);
        db::TicketRepository::addHistory(tx, ticketId, std::nullopt, breached ? "sla.breach" : "sla.warning",
                                         std::nullopt, kind + " due " + due);
        auto ticket = *db::TicketRepository::get(tx, ticketId);
        // The agents' business, not the customer's.
        db::EventRepository::append(tx,
                                    TicketEvents::updatedForAgents(ticket, {breached ? "sla_breached" : "sla_warned"}));
        // The owner hears of it (while away: their substitute, if they named one); a ticket nobody
        // owns, or whose owner is away without one, goes to every agent with full access to its group.
        std::vector<std::string> recipients;
        if (ticket.ownerId) {
            auto owner = db::UserRepository::presentEmail(tx, *ticket.ownerId);
            if (!owner)
                owner = db::UserRepository::substituteEmail(tx, *ticket.ownerId, ticket.groupId);
            if (owner)
                recipients.push_back(*owner);
        }
        if (recipients.empty())
            recipients = db::UserRepository::presentFullAccessEmails(tx, ticket.groupId);
        MailValues values;
        values.text["due_at"] = due;
        values.terms["sla_target"] = "sla_" + kind; // sla_first_response, sla_update, sla_solution
        MailOutbox::queueStaffMail(tx, settings, ticket, recipients,
                                   breached ? mailtemplates::kAgentSlaBreach : mailtemplates::kAgentSlaWarning, values);
        logger().information("ticket %s: SLA %s %s (due %s)", std::to_string(ticket.number),
                             std::string(breached ? "breach" : "warning"), kind, due);
        ++recorded;
    }
    return recorded;
}

} // namespace helpdesk::domain
