#include "domain/TicketEvents.h"

namespace helpdesk::domain {

db::NewEvent TicketEvents::audienceOf(const std::string &kind, const protocol::Ticket &ticket,
                                      std::optional<std::int64_t> actorId)
{
    db::NewEvent e;
    e.kind = kind;
    e.ticketId = ticket.id;
    e.groupId = ticket.groupId;
    e.customerId = ticket.customerId;
    e.organizationId = ticket.organizationId;
    e.actorId = actorId;
    e.data = protocol::newObject();
    return e;
}

db::NewEvent TicketEvents::about(const std::string &kind, const protocol::Ticket &ticket,
                                 std::optional<std::int64_t> actorId)
{
    auto e = audienceOf(kind, ticket, actorId);
    e.data->set("ticket", ticket.toJson());
    return e;
}

db::NewEvent TicketEvents::updated(const protocol::Ticket &ticket, std::optional<std::int64_t> actorId,
                                   const std::vector<std::string> &changed, std::optional<std::int64_t> previousGroupId)
{
    auto e = about("ticket.updated", ticket, actorId);
    // Only a real move names the old group: its agents must see the ticket leave their lists.
    if (previousGroupId && *previousGroupId != ticket.groupId)
        e.prevGroupId = previousGroupId;
    if (!changed.empty()) {
        auto fields = protocol::newArray();
        for (const auto &field : changed)
            fields->add(field);
        e.data->set("changed", fields);
    }
    return e;
}

db::NewEvent TicketEvents::updatedForAgents(const protocol::Ticket &ticket, const std::vector<std::string> &changed)
{
    auto e = updated(ticket, std::nullopt, changed);
    e.internal = true;
    return e;
}

db::NewEvent TicketEvents::articleCreated(const protocol::Ticket &ticket, const protocol::Article &article,
                                          std::optional<std::int64_t> actorId)
{
    auto e = audienceOf("article.created", ticket, actorId);
    e.internal = article.internal;
    e.data->set("article", article.toJson());
    return e;
}

} // namespace helpdesk::domain
