#include "integrations/sharing/SharedTicketView.h"

#include "db/ArticleRepository.h"
#include "db/MailRepository.h"
#include "db/SharingStatusMapRepository.h"
#include "db/TicketShareRepository.h"
#include "db/UserRepository.h"
#include "domain/Secrets.h"
#include "integrations/sharing/PartnerActors.h"
#include "integrations/sharing/SharePayloadBuilder.h"

#include <Poco/Timestamp.h>

#include <map>

namespace helpdesk::integrations::sharing {

StatusMap SharedTicketView::statusMap(db::Tx &tx, std::int64_t agreementId)
{
    return StatusMap::withOverrides(db::SharingStatusMapRepository::overrides(tx, agreementId));
}

SharedFileLinks SharedTicketView::fileLinks(db::Tx &tx)
{
    std::string secret;
    if (auto stored = db::MailRepository::setting(tx, "mail_secret")) {
        auto opened = domain::secrets::OpenedSecret::fromStored(stored->optValue<std::string>("hex", ""));
        if (opened.problem().empty()) // unreadable: no link verifies (SharedFileLinks refuses an empty secret)
            secret = opened.text();
    }
    return {domain::sharing::ownBaseUrl(tx), secret};
}

SharedTicket SharedTicketView::of(db::Tx &tx, const domain::sharing::Agreement &agreement,
                                  const protocol::Ticket &ticket, const std::string &ticketUuid, bool ourTicket,
                                  bool firstShare)
{
    const auto base = domain::sharing::ownBaseUrl(tx);
    std::map<std::int64_t, ShareActor> actors; // authors seen, by user id
    auto actorOf = [&](std::int64_t userId) -> std::optional<ShareActor> {
        if (auto it = actors.find(userId); it != actors.end())
            return it->second;
        auto user = db::UserRepository::findById(tx, userId);
        if (!user)
            return std::nullopt;
        return actors[userId] = PartnerActors::wireActor(tx, base, *user);
    };
    auto requester =
        actorOf(ticket.customerId).value_or(ShareActor{domain::sharing::uuidFor(base, "users", 0), "", ""});

    std::vector<LocalComment> comments;
    for (auto &article : db::ArticleRepository::list(tx, ticket.id, true)) {
        std::optional<ShareActor> author;
        if (article.authorId)
            author = actorOf(*article.authorId);
        if (!author) // mail from someone without an account: the requester's side, or a system note
            author = article.sender == "customer"
                         ? requester
                         : ShareActor{domain::sharing::uuidFor(base, "users", 0), article.from, "agent"};
        auto uuid = db::TicketShareRepository::wireUuidOf(tx, "comment", article.id)
                        .value_or(domain::sharing::uuidFor(base, "comments", article.id));
        comments.push_back({std::move(article), *author, std::move(uuid)});
    }
    const ShareContext share{ticketUuid,
                             {agreement.allowsPublicComments, agreement.syncTags, agreement.syncCustomFields},
                             ourTicket,
                             firstShare,
                             agreement.id};
    const SharePayloadBuilder builder(statusMap(tx, agreement.id), fileLinks(tx), Poco::Timestamp().epochTime());
    return builder.build(ticket, requester, comments, share);
}

} // namespace helpdesk::integrations::sharing
