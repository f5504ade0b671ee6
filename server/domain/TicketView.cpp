#include "domain/TicketView.h"

#include "db/ConfigRepository.h"
#include "db/TicketShareRepository.h"
#include "domain/ExternalIds.h"
#include "domain/MailOutbox.h"
#include "domain/MailSettings.h"
#include "domain/ShortLivedCache.h"

#include <chrono>

namespace helpdesk::domain {

namespace {
// The article count includes internal notes (a customer could count them); the rest is how the
// desk organizes and times its work.
// The partner desks a ticket is shared with, and the minutes agents spent on it, are the desk's
// business too.
const char *const kStaffOnlyKeys[] = {
    "tags",        "article_count",     "sla_id", "first_response_due_at", "update_due_at", "solution_due_at", "custom",
    "shared_with", "time_spent_minutes"};

ShortLivedCache<TicketView::FieldNames> g_customerFields(std::chrono::seconds(2));
} // namespace

TicketView::FieldNames TicketView::customerFields(db::Tx &tx)
{
    return g_customerFields.get([&] {
        auto names = std::make_shared<std::set<std::string>>();
        auto definitions = db::ConfigRepository::customFields(tx, "ticket"); // active ones
        for (unsigned i = 0; definitions && i < definitions->size(); ++i) {
            auto definition = definitions->getObject(i);
            if (definition->optValue<bool>("customer_editable", false))
                names->insert(definition->getValue<std::string>("name"));
        }
        return FieldNames(std::move(names));
    });
}

void TicketView::invalidateCustomerFields()
{
    g_customerFields.forget();
}

protocol::JsonObject TicketView::forCustomer(const protocol::JsonObject &ticket,
                                             const std::set<std::string> &customerFields)
{
    auto shown = protocol::newObject();
    for (const auto &[key, value] : *ticket)
        shown->set(key, value);
    for (const char *key : kStaffOnlyKeys)
        shown->remove(key);
    auto custom = protocol::newObject();
    if (auto all = ticket->getObject("custom"))
        for (const auto &[name, value] : *all)
            if (customerFields.count(name))
                custom->set(name, value);
    shown->set("custom", custom);
    return shown;
}

protocol::JsonObject TicketView::of(db::Tx &tx, const Actor &actor, const protocol::Ticket &ticket)
{
    if (actor.isStaff())
        return ofAll(tx, actor, {ticket})->getObject(0);
    return forCustomer(ticket.toJson(), *customerFields(tx));
}

protocol::JsonObject TicketView::ofNew(db::Tx &tx, const Actor &actor, const protocol::Ticket &ticket)
{
    if (!actor.isStaff())
        return of(tx, actor, ticket);
    auto shown = ticket;
    shown.sharedWith.emplace();
    auto out = shown.toJson();
    out->set("external_ids", protocol::newArray());
    return out;
}

protocol::JsonArray TicketView::ofAll(db::Tx &tx, const Actor &actor, const std::vector<protocol::Ticket> &tickets)
{
    auto out = protocol::newArray();
    if (actor.isStaff()) {
        // The partner desks of the whole page in one query.
        std::vector<std::int64_t> ids;
        ids.reserve(tickets.size());
        for (const auto &t : tickets)
            ids.push_back(t.id);
        auto shares = db::TicketShareRepository::sharedWith(tx, ids);
        for (auto t : tickets) {
            t.sharedWith = std::move(shares[t.id]);
            out->add(t.toJson());
        }
        ExternalIds::addLinks(tx, actor, ExternalKind::Ticket, out);
        return out;
    }
    const auto fields = customerFields(tx);
    for (const auto &t : tickets)
        out->add(forCustomer(t.toJson(), *fields));
    return out;
}

protocol::JsonObject TicketView::articleForCustomer(db::Tx &tx, const protocol::Ticket &ticket,
                                                    const protocol::JsonObject &article)
{
    if (article->optValue<std::string>("sender", "") != "agent")
        return article;
    // Stored as "Name <agent's address>"; the name is what the mail showed too.
    const auto from = article->optValue<std::string>("from", "");
    const auto name = from.substr(0, from.rfind(" <"));
    auto shown = protocol::newObject();
    for (const auto &[key, value] : *article)
        shown->set(key, value);
    shown->set("from", MailOutbox::articleSender(tx, MailSettings::load(tx), ticket.groupId, name));
    shown->remove("time_spent_minutes"); // the agent's accounted time is the desk's business
    return shown;
}

} // namespace helpdesk::domain
