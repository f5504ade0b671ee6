#pragma once

#include "db/EventRepository.h"
#include "protocol/Messages.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::domain {

/// The one builder of the events about a ticket. Every event carries the fields that decide who
/// may see it (Permissions::maySee): the ticket's group, customer and organization, the group it
/// left when it moved (so the agents who lost it hear that it went), and whether it is internal.
class TicketEvents
{
public:
    /// The key of an article.created event's data holding the customers' view of the article;
    /// staff never see it, customers see it as data.article.
    static constexpr const char *kCustomerArticle = "customer_article";

    /// `kind` ("ticket.created", "ticket.linked", "ticket.watchers_changed", …) about `ticket`,
    /// by `actorId`, with the ticket in data.ticket; callers add kind-specific data.
    static db::NewEvent about(const std::string &kind, const protocol::Ticket &ticket,
                              std::optional<std::int64_t> actorId);
    /// "ticket.updated": `ticket` as it is now, changed by `actorId` (none: the system); the
    /// `changed` fields are listed in data.changed when any; `previousGroupId` is the group
    /// before the change, named as the group it left when it differs from the ticket's.
    static db::NewEvent updated(const protocol::Ticket &ticket, std::optional<std::int64_t> actorId,
                                const std::vector<std::string> &changed = {},
                                std::optional<std::int64_t> previousGroupId = std::nullopt);
    /// "ticket.updated" by the system that only agents see (an SLA warning), listing `changed`.
    static db::NewEvent updatedForAgents(const protocol::Ticket &ticket, const std::vector<std::string> &changed);
    /// "article.created": `article` on `ticket`, internal when the article is.
    static db::NewEvent articleCreated(const protocol::Ticket &ticket, const protocol::Article &article,
                                       std::optional<std::int64_t> actorId);

private:
    static db::NewEvent audienceOf(const std::string &kind, const protocol::Ticket &ticket,
                                   std::optional<std::int64_t> actorId);
};

} // namespace helpdesk::domain
