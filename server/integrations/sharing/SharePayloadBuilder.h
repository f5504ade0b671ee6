#pragma once

#include "integrations/sharing/SharedFileLinks.h"
#include "integrations/sharing/TicketPayload.h"
#include "protocol/Messages.h"

#include <cstdint>
#include <string>
#include <vector>

namespace helpdesk::integrations::sharing {

/// The terms of an agreement that decide what a partner is sent.
struct ShareTerms {
    bool allowsPublicComments = false; // full delegation: private comments too, and the status syncs
    bool syncTags = false;
    bool syncCustomFields = false;
};

/// One share of a ticket: which ticket on the wire, under which terms, and which side we are.
struct ShareContext {
    std::string ticketUuid;
    ShareTerms terms;
    bool ourTicket = true;        // we shared it (origin); false: a partner shared it with us
    bool firstShare = false;      // the POST that shares it (else a PUT's view of it)
    std::int64_t agreementId = 0; // whose partner the file links are for
};

/// One of the ticket's articles as it is shared: its author as an actor, and the uuid it travels
/// under (the partner's own when it came from a partner, else derived from our id).
struct LocalComment {
    protocol::Article article;
    ShareActor author;
    std::string uuid;
};

/// Builds the share payload of one of our tickets from what the desk stores. Pure; any thread.
class SharePayloadBuilder
{
public:
    /// `now` (seconds since the epoch) dates the files' links, which `links` signs.
    SharePayloadBuilder(StatusMap statusMap, SharedFileLinks links, std::int64_t now);

    /// The ticket as the partner of `share` should see it now: subject, requested_at, status
    /// (always on the first share; afterwards only under full delegation), requester, the comments
    /// with their files as signed links, tags and custom fields only when the terms sync them.
    /// Comments: the origin sends public ones, and under full delegation private ones as private;
    /// the receiver sends all of its own, but under partial delegation each as private (it may
    /// not speak to the requester).
    SharedTicket build(const protocol::Ticket &ticket, const ShareActor &requester,
                       const std::vector<LocalComment> &comments, const ShareContext &share) const;

private:
    StatusMap m_statusMap;
    SharedFileLinks m_links;
    std::int64_t m_now;
};

} // namespace helpdesk::integrations::sharing
