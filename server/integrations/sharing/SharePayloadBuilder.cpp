#include "integrations/sharing/SharePayloadBuilder.h"

namespace helpdesk::integrations::sharing {

SharePayloadBuilder::SharePayloadBuilder(StatusMap statusMap, SharedFileLinks links, std::int64_t now)
    : m_statusMap(std::move(statusMap)), m_links(std::move(links)), m_now(now)
{
}

SharedTicket SharePayloadBuilder::build(const protocol::Ticket &ticket, const ShareActor &requester,
                                        const std::vector<LocalComment> &comments, const ShareContext &share) const
{
    const auto &terms = share.terms;
    SharedTicket t;
    t.uuid = share.ticketUuid;
    t.subject = ticket.title;
    t.requestedAt = ticket.createdAt;
    // Under partial delegation the status is not synced; a first share still says where it stands.
    if (share.firstShare || terms.allowsPublicComments)
        t.status = m_statusMap.outbound(ticket.stateType);
    t.requester = requester;
    t.originalId = std::to_string(ticket.number);
    for (const auto &local : comments) {
        const auto &a = local.article;
        if (share.ourTicket && a.internal && !terms.allowsPublicComments)
            continue;
        ShareComment c;
        c.uuid = local.uuid;
        c.author = local.author;
        c.body = a.bodyText;
        c.htmlBody = a.bodyHtml;
        c.authoredAt = a.createdAt;
        c.isPublic = !a.internal && (share.ourTicket || terms.allowsPublicComments);
        for (const auto &file : a.attachments)
            c.attachments.push_back(
                {m_links.urlFor(file.sha256, share.agreementId, m_now + SharedFileLinks::kValidSeconds), file.filename,
                 file.contentType, file.filename});
        t.comments.push_back(std::move(c));
    }
    if (terms.syncTags)
        t.tags = ticket.tags;
    if (terms.syncCustomFields)
        t.customFields = ticket.custom ? ticket.custom : protocol::newObject();
    return t;
}

} // namespace helpdesk::integrations::sharing
