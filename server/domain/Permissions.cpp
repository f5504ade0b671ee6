#include "domain/Permissions.h"

#include "protocol/ProtocolError.h"

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;
using helpdesk::protocol::Role;

namespace helpdesk::domain {

TicketScope scopeOf(const protocol::Ticket &ticket)
{
    return {ticket.groupId, ticket.customerId, ticket.organizationId, ticket.channelIntegrationId};
}

} // namespace helpdesk::domain

namespace helpdesk::domain::permissions {

namespace {
bool customerOwns(const Actor &actor, std::optional<std::int64_t> customerId,
                  std::optional<std::int64_t> organizationId)
{
    if (customerId && *customerId == actor.userId)
        return true;
    return actor.organizationShared && actor.organizationId && organizationId &&
           *organizationId == *actor.organizationId;
}

/// An integration's token reaches no ticket of another integration's channel.
bool reachesChannel(const Actor &actor, std::optional<std::int64_t> channelIntegrationId)
{
    return !actor.integration || permissions::integrationReaches(actor.integration->id, channelIntegrationId);
}

bool hasGroup(const Actor &actor, std::optional<std::int64_t> groupId, bool needFull)
{
    if (!groupId)
        return false;
    auto it = actor.groups.find(*groupId);
    if (it == actor.groups.end())
        return false;
    return !needFull || it->second == GroupAccess::Full;
}
} // namespace

bool canReadTicket(const Actor &actor, const TicketScope &ticket)
{
    if (!reachesChannel(actor, ticket.channelIntegrationId))
        return false;
    switch (actor.role) {
    case Role::Admin:
    case Role::Supervisor:
        return true;
    case Role::Agent:
        return hasGroup(actor, ticket.groupId, false);
    case Role::Customer:
        return customerOwns(actor, ticket.customerId, ticket.organizationId);
    }
    return false;
}

bool canWriteTicket(const Actor &actor, const TicketScope &ticket)
{
    if (!reachesChannel(actor, ticket.channelIntegrationId))
        return false;
    switch (actor.role) {
    case Role::Admin:
        return true;
    case Role::Supervisor:
    case Role::Agent:
        return hasGroup(actor, ticket.groupId, true);
    case Role::Customer:
        return false;
    }
    return false;
}

bool canSeeArticle(const Actor &actor, bool internal)
{
    return !internal || actor.isStaff();
}

bool integrationReaches(std::int64_t integrationId, std::optional<std::int64_t> channelIntegrationId)
{
    return !channelIntegrationId || *channelIntegrationId == integrationId;
}

bool canSeeEvent(const Actor &actor, const db::EventRow &event)
{
    // An integration's token sees nothing of another integration's channel tickets.
    if (!reachesChannel(actor, event.channelIntegrationId))
        return false;
    switch (event.audience) {
    case db::Audience::Admin:
        return actor.isAdmin();
    case db::Audience::Staff:
        return actor.isStaff();
    case db::Audience::User:
        return event.userId && *event.userId == actor.userId;
    case db::Audience::Group:
        return actor.isAdmin() || (actor.isStaff() && hasGroup(actor, event.groupId, false));
    case db::Audience::Ticket:
        break;
    }
    switch (actor.role) {
    case Role::Admin:
    case Role::Supervisor:
        return true;
    case Role::Agent:
        // The previous group's agents learn that the ticket left their view.
        return hasGroup(actor, event.groupId, false) || hasGroup(actor, event.prevGroupId, false);
    case Role::Customer:
        return !event.internal && customerOwns(actor, event.customerId, event.organizationId);
    }
    return false;
}

void requireStaff(const Actor &actor)
{
    if (!actor.isStaff())
        throw ApiError(ErrorCode::Forbidden, "only agents may do this");
}

void requireAdmin(const Actor &actor)
{
    if (!actor.isAdmin())
        throw ApiError(ErrorCode::Forbidden, "only administrators may do this");
}

ApiError noSuchTicket()
{
    return {ErrorCode::NotFound, "no such ticket", "id"};
}

void requireRead(const Actor &actor, const TicketScope &ticket)
{
    if (!canReadTicket(actor, ticket))
        throw noSuchTicket();
}

void requireWrite(const Actor &actor, const TicketScope &ticket)
{
    requireRead(actor, ticket);
    if (!canWriteTicket(actor, ticket))
        throw ApiError(ErrorCode::Forbidden, "you may read this ticket but not change it");
}

} // namespace helpdesk::domain::permissions
