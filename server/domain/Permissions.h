#pragma once

#include "db/EventRepository.h"
#include "domain/Actor.h"
#include "protocol/ProtocolError.h"

#include <cstdint>
#include <optional>

namespace helpdesk::domain {

/// The columns of a ticket that decide who may see or change it.
struct TicketScope {
    std::int64_t groupId = 0;
    std::int64_t customerId = 0;
    std::optional<std::int64_t> organizationId;
    /// The integration whose custom channel the ticket came by: another integration's token
    /// neither reads nor writes it, whatever its account's groups.
    std::optional<std::int64_t> channelIntegrationId;
};

/// The scope of a stored ticket; every check of a ticket's access starts from it.
TicketScope scopeOf(const protocol::Ticket &ticket);

/// The access rules, in one place. Pure functions; any thread.
/// Admins and supervisors read every ticket; agents the groups they belong to; customers their own
/// tickets and, where their organization is shared, its tickets. Writing needs full group access
/// (admins always may); customers may only add public articles to tickets they can read.
namespace permissions {
bool canReadTicket(const Actor &actor, const TicketScope &ticket);
bool canWriteTicket(const Actor &actor, const TicketScope &ticket);
bool canSeeArticle(const Actor &actor, bool internal);
bool canSeeEvent(const Actor &actor, const db::EventRow &event);
/// Whether integration `integrationId` (its tokens, its webhooks) may see a ticket that came by
/// the custom channel of `channelIntegrationId` (none: an ordinary ticket, anyone's to see).
bool integrationReaches(std::int64_t integrationId, std::optional<std::int64_t> channelIntegrationId);
/// Throws ApiError(Forbidden) unless the actor is staff (admin, supervisor, agent).
void requireStaff(const Actor &actor);
/// Throws ApiError(Forbidden) unless the actor is an admin.
void requireAdmin(const Actor &actor);
/// The one answer for a ticket that does not exist and for one the actor may not read, so that
/// neither status nor text tells the two apart.
protocol::ApiError noSuchTicket();
/// Throws ApiError(NotFound) when the ticket is invisible (so its existence is not disclosed),
/// ApiError(Forbidden) when visible but not writable.
void requireWrite(const Actor &actor, const TicketScope &ticket);
void requireRead(const Actor &actor, const TicketScope &ticket);
} // namespace permissions

} // namespace helpdesk::domain
