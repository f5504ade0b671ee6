#pragma once

#include "db/ConnectionPool.h"
#include "domain/SharingWire.h"
#include "integrations/sharing/OutboundHttp.h"

namespace helpdesk::integrations::sharing {

/// Serves a partner's requests on /sharing/tickets/<uuid> (after the wire handler checked the
/// token of an accepted agreement):
/// - POST shares the partner's ticket with us: a local ticket in the agreement's group, marked
///   shared, whose customer is the partner's requester (PartnerActors), with the comments as
///   articles and their files fetched from their links (201; again for a known ticket: its changes, 200);
/// - PUT applies what changed, as the partner's actor through the desk's own services: a changed
///   subject, the status (full delegation only), tags and custom fields when the terms sync them,
///   and the comments not seen before (by uuid); unchanged values and known comments do nothing,
///   so a repeated or late PUT is harmless;
/// - DELETE unshares (the ticket stays, no longer synced); GET shows the ticket as we would share it.
/// A partner's public comment on our own ticket is mailed to our customer only under full
/// delegation; under partial delegation it is kept as a private note (not refused: nothing the
/// partner wrote is lost). Any thread.
class TicketShareReceiver
{
public:
    /// `partnerAddresses`: where the files of partners' comments may be fetched from.
    TicketShareReceiver(db::ConnectionPool &pool, OutboundAddressPolicy partnerAddresses)
        : m_pool(pool), m_partnerAddresses(std::move(partnerAddresses))
    {
    }

    /// The answer to one request; throws protocol::ApiError for a refusal (404, 405, 422).
    domain::sharing::WireResponse serve(const domain::sharing::WireRequest &request) const;

private:
    db::ConnectionPool &m_pool;
    OutboundAddressPolicy m_partnerAddresses;
};

} // namespace helpdesk::integrations::sharing
