#include "integrations/sharing/TicketShareReceiver.h"

#include "db/ConfigRepository.h"
#include "db/SharingRepository.h"
#include "db/TicketRepository.h"
#include "db/TicketShareRepository.h"
#include "db/UserRepository.h"
#include "domain/CustomFields.h"
#include "domain/TicketService.h"
#include "domain/Validation.h"
#include "integrations/sharing/PartnerActors.h"
#include "integrations/sharing/SharedFileFetcher.h"
#include "integrations/sharing/SharedFileRetries.h"
#include "integrations/sharing/SharedTicketView.h"
#include "protocol/ProtocolError.h"

#include <Poco/DateTimeFormatter.h>
#include <Poco/Logger.h>
#include <Poco/Timestamp.h>

#include <algorithm>
#include <map>
#include <set>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::integrations::sharing {

namespace {
using domain::sharing::Agreement;
using domain::sharing::WireRequest;
using domain::sharing::WireResponse;

constexpr std::size_t kMaxFilesPerRequest = 50;
// What one request may fetch in all: its files are held in memory until its transaction.
constexpr std::int64_t kFetchBytes = 64 * 1024 * 1024;
constexpr int kFetchSeconds = 60;

Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.sharing");
}

/// Files fetched before the transaction (a partner's slow server must not hold a connection),
/// by URL.
using Files = std::map<std::string, FetchedFile>;

/// The partner's change, applied to one local ticket as its actors through the desk's services.
class ShareApplier
{
public:
    ShareApplier(db::Tx &tx, const Agreement &agreement, const SharedTicket &payload, const Files &files)
        : m_tx(tx), m_agreement(agreement), m_payload(payload), m_files(files)
    {
    }

    /// Creates the local ticket of a first share (comments and fields follow through apply()).
    protocol::Ticket createTicket()
    {
        if (!m_agreement.groupId || !db::SharingRepository::isActiveGroup(m_tx, *m_agreement.groupId))
            throw ApiError(ErrorCode::Forbidden, "this agreement has no active group to receive tickets in");
        auto requester = requesterUser();
        protocol::Ticket draft;
        draft.title = title().value_or("(no subject)");
        draft.groupId = *m_agreement.groupId;
        draft.customerId = requester.id;
        draft.organizationId = requester.organizationId;
        draft.stateId =
            db::ConfigRepository::stateIdOfType(m_tx, "new").value_or(db::ConfigRepository::defaultStateId(m_tx));
        draft.priorityId = db::ConfigRepository::defaultPriorityId(m_tx);
        return domain::TicketService::openTicket(m_tx, partnerAgent().id, draft);
    }

    /// Applies the payload to `ticket` (shared under `share`): comments first (a customer's
    /// comment may reopen the ticket), then the fields. `ourTicket`: we shared it out;
    /// `firstShare`: the ticket was just made from this request.
    void apply(std::int64_t ticketId, SyncedState &synced, bool ourTicket, bool firstShare)
    {
        for (const auto &comment : m_payload.comments)
            addComment(ticketId, comment, synced, ourTicket);
        auto ticket = *db::TicketRepository::get(m_tx, ticketId);
        protocol::TicketUpdateParams change;
        change.id = ticketId;
        bool changed = false;
        // Renaming our own ticket is the partner's only under full delegation.
        auto subject = title();
        if (subject && *subject != ticket.title && (!ourTicket || m_agreement.allowsPublicComments)) {
            change.title = subject;
            changed = true;
        }
        // Under partial delegation the status is not synced; a first share still sets where it stands.
        if (m_payload.status && (m_agreement.allowsPublicComments || firstShare)) {
            const auto type = SharedTicketView::statusMap(m_tx, m_agreement.id).inbound(*m_payload.status);
            if (type != ticket.stateType)
                if (auto stateId = db::ConfigRepository::stateIdOfType(m_tx, type)) {
                    change.stateId = stateId;
                    if (type.rfind("pending", 0) == 0 && !ticket.pendingUntil) // a partner's wait has no end
                        change.pendingUntil = Poco::DateTimeFormatter::format(
                            Poco::Timestamp() + Poco::Timespan(7, 0, 0, 0, 0), "%Y-%m-%dT%H:%M:%SZ");
                    changed = true;
                }
        }
        if (m_agreement.syncTags && m_payload.tags) {
            auto tags = usableTags(*m_payload.tags);
            if (tags != ticket.tags) {
                change.tags = tags;
                changed = true;
            }
        }
        if (m_agreement.syncCustomFields && m_payload.customFields) {
            change.custom = usableFields(ticket);
            changed = changed || change.custom->size() > 0;
        }
        if (changed)
            domain::TicketService::update(m_tx, PartnerActors::actorOn(currentActor(), ticket), change);
        absorbApplied(ticketId, synced, ourTicket, firstShare);
    }

private:
    std::optional<std::string> title() const
    {
        if (!m_payload.subject)
            return std::nullopt;
        auto subject = domain::headerSafe(*m_payload.subject).substr(0, 500);
        if (subject.find_first_not_of(' ') == std::string::npos)
            return std::nullopt;
        return subject;
    }

    protocol::User requesterUser()
    {
        return PartnerActors::userFor(m_tx, m_agreement, m_payload.requester.value_or(ShareActor{}), true);
    }

    /// Who acts for the partner when no agent is named: the partner desk itself.
    protocol::User partnerAgent()
    {
        return PartnerActors::userFor(
            m_tx, m_agreement, {"agreement-" + m_agreement.uuid, PartnerActors::partnerName(m_agreement), "agent"},
            false);
    }

    protocol::User currentActor()
    {
        if (m_payload.currentActor && m_payload.currentActor->isAgent())
            return PartnerActors::userFor(m_tx, m_agreement, *m_payload.currentActor, false);
        return partnerAgent();
    }

    void addComment(std::int64_t ticketId, const ShareComment &comment, SyncedState &synced, bool ourTicket)
    {
        // Locked: the same comment may arrive through two agreements at once.
        db::TicketShareRepository::lockWireObject(m_tx, "comment", comment.uuid);
        if (synced.commentUuids.count(comment.uuid) ||
            db::TicketShareRepository::localObject(m_tx, m_agreement.id, "comment", comment.uuid))
            return;
        // One of ours, or a third desk's, coming back through another agreement: stored once.
        if (auto known = db::TicketShareRepository::anyLocalObject(m_tx, "comment", comment.uuid)) {
            db::TicketShareRepository::rememberObject(m_tx, m_agreement.id, "comment", comment.uuid, *known);
            return;
        }
        auto ticket = *db::TicketRepository::get(m_tx, ticketId);
        // On the partner's ticket its requester writes as our customer; anyone else as a partner agent.
        // Peers that send no roles (the walkthrough, RT) are told apart by the requester's uuid.
        const auto requesterUuid = db::TicketShareRepository::wireUuidOf(m_tx, "actor", ticket.customerId);
        const bool byRequester = !ourTicket && !comment.author.isAgent() &&
                                 (comment.author.uuid.empty() || comment.author.uuid == requesterUuid);
        auto user = byRequester ? *db::UserRepository::findById(m_tx, ticket.customerId)
                                : PartnerActors::userFor(m_tx, m_agreement, comment.author, false);
        auto actor = PartnerActors::actorOn(user, ticket);

        protocol::ArticleParams params;
        params.bodyText = comment.body;
        params.bodyHtml = comment.htmlBody;
        // A file not fetched now is named in the text, and fetched again later (SharedFileRetries)
        // unless the partner said it is gone.
        std::vector<std::pair<const ShareAttachment *, std::string>> missing;
        for (const auto &file : comment.attachments) {
            auto fetched = m_files.find(file.url);
            if (fetched == m_files.end() || !fetched->second.content) {
                const bool later = fetched == m_files.end() || !fetched->second.lasting;
                const auto mention = SharedFileRetries::mentionOf(
                    file, fetched == m_files.end() ? std::string("too many files") : fetched->second.problem);
                params.bodyText += mention;
                if (later)
                    missing.emplace_back(&file, mention);
                continue;
            }
            domain::TicketService::storeAttachment(m_tx, actor, *fetched->second.content); // and who brought it
            params.attachments.push_back(SharedFileRetries::attachmentOf(file, *fetched->second.content));
        }
        if (params.bodyText.empty() && !params.bodyHtml && params.attachments.empty())
            params.bodyText = "(empty comment)";
        if (!byRequester) {
            // Public on our ticket means a reply mailed to our customer: only under full delegation.
            const bool mayBePublic = !ourTicket || m_agreement.allowsPublicComments;
            const bool isPublic = comment.isPublic && mayBePublic;
            if (comment.isPublic && !mayBePublic)
                logger().information("agreement %s: a public comment on ticket %s kept private (partial delegation)",
                                     m_agreement.uuid, std::to_string(ticket.number));
            params.internal = !isPublic;
            params.channel = !isPublic ? "note" : ourTicket ? "email" : "web";
        }
        auto article = domain::TicketService::addArticle(m_tx, actor, ticketId, params);
        db::TicketShareRepository::rememberObject(m_tx, m_agreement.id, "comment", comment.uuid, article.id);
        for (std::size_t i = 0; i < missing.size() && i < kMaxFilesPerRequest; ++i)
            SharedFileRetries::schedule(m_tx, m_agreement.id, article.id, *missing[i].first, missing[i].second,
                                        static_cast<int>(i));
    }

    /// Tags a ticket may carry (1–100 characters, at most 50), as the ticket rules require.
    static std::vector<std::string> usableTags(const std::vector<std::string> &tags)
    {
        std::set<std::string> usable;
        for (const auto &tag : tags)
            if (!tag.empty() && tag.size() <= 100 && usable.size() < 50)
                usable.insert(tag);
        return {usable.begin(), usable.end()};
    }

    /// The partner's custom field values that differ from ours and that our fields accept; a
    /// field we do not have (or a value it refuses) is left out, as Zendesk syncs only fields both
    /// desks define alike.
    protocol::JsonObject usableFields(const protocol::Ticket &ticket)
    {
        auto out = protocol::newObject();
        const auto definitions = db::ConfigRepository::customFields(m_tx, "ticket");
        for (const auto &[key, value] : *m_payload.customFields) {
            if (ticket.custom && ticket.custom->has(key) && ticket.custom->get(key).toString() == value.toString())
                continue;
            auto one = protocol::newObject();
            one->set(key, value);
            try {
                domain::customfields::apply(definitions, ticket.custom, one, false);
                out->set(key, value);
            } catch (const ApiError &) {
                continue;
            }
        }
        return out;
    }

    /// What this request changed counts as exchanged: its comments and, for each field it sent, the
    /// value we now hold (in our words), so the sync does not send it back. A ticket just made
    /// from a share is as the partner knows it, all of it.
    void absorbApplied(std::int64_t ticketId, SyncedState &synced, bool ourTicket, bool created)
    {
        auto ticket = *db::TicketRepository::get(m_tx, ticketId);
        auto now = SharedTicketView::of(m_tx, m_agreement, ticket, m_payload.uuid, ourTicket, created);
        if (created)
            synced.absorb(now);
        if (m_payload.subject)
            synced.subject = now.subject;
        if (m_payload.status && m_agreement.allowsPublicComments)
            synced.status = now.status;
        if (m_payload.tags && now.tags)
            synced.tags = now.tags;
        if (m_payload.customFields && now.customFields)
            synced.customFields = now.customFields;
        for (const auto &comment : m_payload.comments)
            synced.commentUuids.insert(comment.uuid);
    }

    db::Tx &m_tx;
    const Agreement &m_agreement;
    const SharedTicket &m_payload;
    const Files &m_files;
};

WireResponse answer(db::Tx &tx, const Agreement &agreement, const db::TicketShare &share, int status)
{
    auto ticket = db::TicketRepository::get(tx, share.ticketId);
    if (!ticket)
        throw ApiError(ErrorCode::NotFound, "no such ticket");
    auto body = toJson(SharedTicketView::of(tx, agreement, *ticket, share.uuid, share.direction == "outbound", true));
    return {status, body};
}

/// The files of the comments not known yet, fetched outside any transaction, within one budget
/// of bytes and time for the request; none for a PUT whose ticket is not shared, nor for one of ours
/// that was unshared (they answer 404).
Files fetchNewFiles(db::ConnectionPool &pool, const OutboundAddressPolicy &partnerAddresses, const Agreement &agreement,
                    const SharedTicket &payload, bool update)
{
    std::vector<std::string> urls;
    pool.read([&](db::Tx &tx) {
        auto share = db::TicketShareRepository::findByUuid(tx, agreement.id, payload.uuid, false);
        if (share ? share->state != "active" && (update || share->direction == "outbound") : update)
            return;
        for (const auto &comment : payload.comments)
            if (!db::TicketShareRepository::anyLocalObject(tx, "comment", comment.uuid))
                for (const auto &file : comment.attachments)
                    urls.push_back(file.url);
    });
    Files files;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(kFetchSeconds);
    std::int64_t budget = kFetchBytes;
    for (const auto &url : urls) {
        if (files.size() >= kMaxFilesPerRequest)
            break;
        if (files.count(url))
            continue;
        auto &file = files[url] = budget > 0 && std::chrono::steady_clock::now() < deadline
                                      ? SharedFileFetcher::fetch(partnerAddresses, url, deadline, budget)
                                      : FetchedFile{std::nullopt, "over this request's budget"};
        if (file.content)
            budget -= static_cast<std::int64_t>(file.content->size());
    }
    return files;
}
} // namespace

WireResponse TicketShareReceiver::serve(const WireRequest &request) const
{
    if (!request.agreement)
        throw ApiError(ErrorCode::Forbidden, "no agreement");
    const auto &agreement = *request.agreement;
    const auto &method = request.method;
    if (method != "GET" && method != "POST" && method != "PUT" && method != "DELETE")
        throw ApiError(ErrorCode::MethodNotAllowed, method + " is not served on tickets");

    auto payload = parseSharedTicket(request.json);
    payload.uuid = request.uuid;
    const auto files = (method == "POST" || method == "PUT")
                           ? fetchNewFiles(m_pool, m_partnerAddresses, agreement, payload, method == "PUT")
                           : Files{};

    return m_pool.write([&](db::Tx &tx) -> WireResponse {
        // Locked before it is looked up: a share sent again while the first is still being stored
        // (the partner timed out) finds the ticket the first made, instead of making a second one.
        db::TicketShareRepository::lockWireObject(tx, "ticket", request.uuid);
        auto share = db::TicketShareRepository::findByUuid(tx, agreement.id, request.uuid, true);
        if (method == "GET") {
            // An unshared ticket is no longer the partner's to read: it would see what came after.
            if (!share || share->state != "active")
                throw ApiError(ErrorCode::NotFound, "no ticket " + request.uuid + " is shared under this agreement");
            return answer(tx, agreement, *share, 200);
        }
        if (method == "DELETE") {
            if (!share || share->state != "active")
                throw ApiError(ErrorCode::NotFound, "no ticket " + request.uuid + " is shared under this agreement");
            db::TicketShareRepository::unshare(tx, share->id);
            return {200, nullptr};
        }
        if (method == "PUT" && (!share || share->state != "active"))
            throw ApiError(ErrorCode::NotFound, "no ticket " + request.uuid + " is shared under this agreement");
        // Only its owner shares a ticket again: a partner may not take back one of ours that was unshared.
        if (share && share->direction == "outbound" && share->state != "active")
            throw ApiError(ErrorCode::NotFound, "no ticket " + request.uuid + " is shared under this agreement");

        ShareApplier applier(tx, agreement, payload, files);
        // A POST for a ticket we hold already (a retried share, or the partner's shared again after
        // an unshare) applies its changes rather than failing: the partner's outbox then moves on.
        const bool created = !share;
        if (created) {
            auto ticket = applier.createTicket();
            share = db::TicketShareRepository::upsert(tx, agreement.id, ticket.id, request.uuid, "inbound",
                                                      protocol::newObject());
        } else if (share->state != "active") {
            share = db::TicketShareRepository::upsert(tx, agreement.id, share->ticketId, request.uuid, share->direction,
                                                      share->lastFields);
        }
        auto synced = SyncedState::fromJson(share->lastFields);
        applier.apply(share->ticketId, synced, share->direction == "outbound", created);
        db::TicketShareRepository::setLastFields(tx, share->id, synced.toJson());
        return answer(tx, agreement, *share, created ? 201 : 200);
    });
}

} // namespace helpdesk::integrations::sharing
