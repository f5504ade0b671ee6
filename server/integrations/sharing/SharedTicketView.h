#pragma once

#include "db/ConnectionPool.h"
#include "domain/SharingWire.h"
#include "integrations/sharing/SharedFileLinks.h"
#include "integrations/sharing/TicketPayload.h"
#include "protocol/Messages.h"

#include <cstdint>
#include <string>

namespace helpdesk::integrations::sharing {

/// One of our tickets as the partner of a share sees it now (SharePayloadBuilder over what the
/// desk stores: the ticket, its articles and their authors, the agreement's terms and status
/// map, signed links to the files). Stateless; any thread.
class SharedTicketView
{
public:
    /// The payload of `ticket` shared as `ticketUuid` under `agreement`; `ourTicket`: we shared it
    /// out (else it is the partner's, shared with us); `firstShare`: the full share of a POST.
    static SharedTicket of(db::Tx &tx, const domain::sharing::Agreement &agreement, const protocol::Ticket &ticket,
                           const std::string &ticketUuid, bool ourTicket, bool firstShare);
    /// The agreement's status map (the defaults with its admin's overrides, StatusMaps).
    static StatusMap statusMap(db::Tx &tx, std::int64_t agreementId);
    /// The links to this desk's files, signed with its secret (read from its own database, not
    /// the process-wide settings cache that two desks of one test process would share).
    static SharedFileLinks fileLinks(db::Tx &tx);
};

} // namespace helpdesk::integrations::sharing
