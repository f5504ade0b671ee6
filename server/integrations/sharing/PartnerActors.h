#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "domain/SharingWire.h"
#include "integrations/sharing/TicketPayload.h"
#include "protocol/Messages.h"

#include <string>

namespace helpdesk::integrations::sharing {

/// The people of a partner desk as local users, and our users as the wire names them. A partner's
/// requester becomes a customer whose address (nhd-<uuid>.<agreement id>@sharing.invalid) is marked failing, so
/// no automatic mail goes to it: the partner speaks to its requester. A partner's agent becomes an
/// inactive agent account without groups, "<name> (<partner>)", that cannot sign in; it acts only
/// through actorOn, on the one shared ticket. Each is remembered by its wire uuid under the
/// agreement (sharing_objects). Stateless; any thread.
class PartnerActors
{
public:
    /// The local user of `actor` (the ticket's requester when `requester`), made on first sight.
    static protocol::User userFor(db::Tx &tx, const domain::sharing::Agreement &agreement, const ShareActor &actor,
                                  bool requester);
    /// `user` acting on `ticket`: a partner agent with full access to the ticket's group and no
    /// other (what the agreement grants), the requester as the ticket's customer.
    static domain::Actor actorOn(const protocol::User &user, const protocol::Ticket &ticket);
    /// How one of our users travels on the wire: under the uuid it came with from a partner, else
    /// one derived from our sharing URL; staff with role "agent".
    static ShareActor wireActor(db::Tx &tx, const std::string &ourBaseUrl, const protocol::User &user);
    /// The partner's name for the people it sends: the sender's organisation when we receive, the
    /// receiver's host when we sent the invitation.
    static std::string partnerName(const domain::sharing::Agreement &agreement);
};

} // namespace helpdesk::integrations::sharing
