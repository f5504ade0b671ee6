#include "integrations/sharing/TicketShares.h"

#include "db/ArticleRepository.h"
#include "db/TicketRepository.h"
#include "db/TicketShareRepository.h"
#include "domain/Permissions.h"
#include "domain/SharingAgreements.h"
#include "domain/SharingOutbox.h"
#include "domain/TicketService.h"
#include "integrations/sharing/PartnerActors.h"
#include "integrations/sharing/SharedTicketView.h"
#include "protocol/ProtocolError.h"

#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>

#include <algorithm>

#include <set>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::integrations::sharing {

namespace {
using domain::sharing::Agreement;
using domain::sharing::SharingAgreements;
using domain::sharing::SharingOutbox;

protocol::Ticket writableTicket(db::Tx &tx, const domain::Actor &actor, std::int64_t ticketId)
{
    auto ticket = domain::TicketService::get(tx, actor, ticketId);
    domain::permissions::requireWrite(actor, domain::scopeOf(ticket));
    return ticket;
}

std::string pathOf(const db::TicketShare &share)
{
    return "/tickets/" + share.uuid;
}

protocol::JsonObject shareJson(const db::TicketShare &share, const std::optional<Agreement> &agreement)
{
    auto o = protocol::newObject();
    o->set("agreement_id", share.agreementId);
    o->set("partner", agreement ? PartnerActors::partnerName(*agreement) : std::string());
    o->set("uuid", share.uuid);
    o->set("direction", share.direction);
    o->set("state", share.state);
    // The client's words, as Ticket.shared_with has them: failing from a refusal until a request gets
    // through again (its error stays until then), in sync, or pending (waiting in the outbox).
    const bool failing = share.syncState == "failed" || share.lastError;
    o->set("sync_state", failing ? "failing" : share.syncState == "synced" ? "in_sync" : "pending");
    protocol::setOptional(o, "last_error", share.lastError);
    protocol::setOptional(o, "last_synced_at", share.lastSyncedAt);
    o->set("created_at", share.createdAt);
    return o;
}

/// Remembers our own comments a partner is sent under their wire uuids, so that one coming back
/// through another agreement (the partner shares the ticket on, or back) is known and stored once.
/// The partners' comments among them are remembered already, under the agreement they came by.
void rememberSentComments(db::Tx &tx, std::int64_t agreementId, std::int64_t ticketId, const SharedTicket &sent)
{
    if (sent.comments.empty())
        return;
    std::set<std::string> uuids;
    for (const auto &comment : sent.comments)
        uuids.insert(comment.uuid);
    const auto base = domain::sharing::ownBaseUrl(tx);
    for (const auto &article : db::ArticleRepository::list(tx, ticketId, true))
        if (auto uuid = domain::sharing::uuidFor(base, "comments", article.id); uuids.count(uuid))
            db::TicketShareRepository::rememberObject(tx, agreementId, "comment", uuid, article.id);
}

/// Queues the PUT that brings one share's partner up to date; false when nothing changed.
bool syncShare(db::Tx &tx, const db::TicketShare &share, const Agreement &agreement, const protocol::Ticket &ticket)
{
    auto now = SharedTicketView::of(tx, agreement, ticket, share.uuid, share.direction == "outbound", false);
    auto synced = SyncedState::fromJson(share.lastFields);
    auto put = synced.changesTo(now);
    if (!put.carriesChanges())
        return false;
    SharingOutbox::enqueue(tx, agreement.id, share.id, "PUT", pathOf(share), protocol::toJsonText(toJson(put)));
    rememberSentComments(tx, agreement.id, ticket.id, put);
    synced.absorb(put);
    db::TicketShareRepository::setLastFields(tx, share.id, synced.toJson());
    return true;
}
} // namespace

protocol::JsonArray TicketShares::list(db::Tx &tx, const domain::Actor &actor, std::int64_t ticketId)
{
    if (!actor.isStaff())
        throw domain::permissions::noSuchTicket();
    domain::TicketService::get(tx, actor, ticketId);
    auto out = protocol::newArray();
    for (const auto &share : db::TicketShareRepository::ofTicket(tx, ticketId, false))
        out->add(shareJson(share, SharingAgreements::find(tx, share.agreementId)));
    return out;
}

protocol::JsonObject TicketShares::share(db::Tx &tx, const domain::Actor &actor, std::int64_t ticketId,
                                         std::int64_t agreementId)
{
    auto ticket = writableTicket(tx, actor, ticketId);
    auto agreement = SharingAgreements::find(tx, agreementId);
    if (!agreement)
        throw ApiError(ErrorCode::ValidationFailed, "no agreement " + std::to_string(agreementId), "agreement_id");
    // Agreements are one way (as in Zendesk): we share with the partners we invited.
    if (agreement->role != "sender" || agreement->status != "accepted")
        throw ApiError(ErrorCode::ValidationFailed,
                       "tickets are shared only under an accepted agreement this desk sent", "agreement_id");
    if (auto existing = db::TicketShareRepository::find(tx, agreementId, ticketId)) {
        if (existing->state == "active")
            throw ApiError(ErrorCode::Conflict, "the ticket is shared with this partner already", "agreement_id");
        if (existing->direction != "outbound")
            throw ApiError(ErrorCode::ValidationFailed, "this ticket came from that partner", "agreement_id");
    }
    const auto uuid = domain::sharing::uuidFor(domain::sharing::ownBaseUrl(tx), "tickets", ticket.id);
    auto payload = SharedTicketView::of(tx, *agreement, ticket, uuid, true, true);
    SyncedState synced;
    synced.absorb(payload);
    auto share = db::TicketShareRepository::upsert(tx, agreementId, ticketId, uuid, "outbound", synced.toJson());
    SharingOutbox::enqueue(tx, agreementId, share.id, "POST", pathOf(share), protocol::toJsonText(toJson(payload)));
    rememberSentComments(tx, agreementId, ticketId, payload);
    return shareJson(share, agreement);
}

protocol::JsonObject TicketShares::unshare(db::Tx &tx, const domain::Actor &actor, std::int64_t ticketId,
                                           std::int64_t agreementId)
{
    writableTicket(tx, actor, ticketId);
    auto share = db::TicketShareRepository::find(tx, agreementId, ticketId);
    if (!share || share->state != "active")
        throw ApiError(ErrorCode::NotFound, "the ticket is not shared under agreement " + std::to_string(agreementId));
    // What changed before the unshare still goes first.
    if (auto agreement = SharingAgreements::find(tx, agreementId)) {
        if (auto ticket = db::TicketRepository::get(tx, ticketId))
            syncShare(tx, *share, *agreement, *ticket);
        SharingOutbox::enqueue(tx, agreementId, share->id, "DELETE", pathOf(*share), "");
    }
    db::TicketShareRepository::unshare(tx, share->id);
    share->state = "unshared";
    return shareJson(*share, SharingAgreements::find(tx, agreementId));
}

std::optional<std::string> TicketShares::linkedFile(db::Tx &tx, const std::string &sha256, std::int64_t agreementId,
                                                    std::int64_t expires, const std::string &signature)
{
    if (!SharedTicketView::fileLinks(tx).verify(sha256, agreementId, expires, signature, Poco::Timestamp().epochTime()))
        return std::nullopt;
    auto agreement = SharingAgreements::find(tx, agreementId);
    if (!agreement || agreement->status != "accepted")
        return std::nullopt;
    for (const auto &[ticketId, internal] : db::ArticleRepository::blobOwners(tx, sha256)) {
        auto share = db::TicketShareRepository::find(tx, agreementId, ticketId);
        if (share && share->state == "active")
            return db::ArticleRepository::blobContent(tx, sha256);
    }
    return std::nullopt;
}

void TicketShares::sync(db::Tx &tx, std::int64_t ticketId)
{
    // Locked: two changes of one ticket synced at once would both send the same difference.
    const auto shares = db::TicketShareRepository::ofTicket(tx, ticketId, true);
    auto ticket = db::TicketRepository::get(tx, ticketId);
    if (!ticket)
        return;
    for (const auto &share : shares) {
        if (share.state != "active")
            continue;
        auto agreement = SharingAgreements::find(tx, share.agreementId);
        if (agreement && agreement->status == "accepted")
            syncShare(tx, share, *agreement, *ticket);
    }
}

void TicketShares::passOnLateFile(db::Tx &tx, std::int64_t fromAgreementId, std::int64_t articleId,
                                  const protocol::AttachmentRef &file)
{
    auto ticketId = db::ArticleRepository::ticketOf(tx, articleId);
    if (!ticketId)
        return;
    // Locked as sync() locks them: a sync now would otherwise send the article with its file too.
    const auto shares = db::TicketShareRepository::ofTicket(tx, *ticketId, true);
    auto ticket = db::TicketRepository::get(tx, *ticketId);
    if (!ticket)
        return;
    const auto base = domain::sharing::ownBaseUrl(tx);
    const auto commentUuid = db::TicketShareRepository::wireUuidOf(tx, "comment", articleId)
                                 .value_or(domain::sharing::uuidFor(base, "comments", articleId));
    const auto lateUuid =
        domain::sharing::uuidFor(base, "comments/" + std::to_string(articleId) + "/files/" + file.sha256, 0);
    for (const auto &share : shares) {
        if (share.state != "active" || share.agreementId == fromAgreementId)
            continue;
        auto synced = SyncedState::fromJson(share.lastFields);
        // Not sent the article yet (its next change carries it, file and all), sent this file
        // already, or the article came from this partner too (with its own file).
        if (!synced.commentUuids.count(commentUuid) || synced.commentUuids.count(lateUuid) ||
            db::TicketShareRepository::localObject(tx, share.agreementId, "comment", commentUuid))
            continue;
        auto agreement = SharingAgreements::find(tx, share.agreementId);
        if (!agreement || agreement->status != "accepted")
            continue;
        // The article as this partner sees it (a private one is not sent under partial delegation).
        auto view = SharedTicketView::of(tx, *agreement, *ticket, share.uuid, share.direction == "outbound", false);
        auto sent = std::find_if(view.comments.begin(), view.comments.end(),
                                 [&](const ShareComment &c) { return c.uuid == commentUuid; });
        if (sent == view.comments.end())
            continue;
        auto link = std::find_if(sent->attachments.begin(), sent->attachments.end(), [&](const ShareAttachment &a) {
            return a.url.find(file.sha256) != std::string::npos;
        });
        if (link == sent->attachments.end())
            continue;
        ShareComment late = *sent;
        late.uuid = lateUuid;
        late.body = link->filename + ": the file of the comment of " + sent->authoredAt + ", fetched later.";
        late.htmlBody.reset();
        late.authoredAt = Poco::DateTimeFormatter::format(Poco::Timestamp(), "%Y-%m-%dT%H:%M:%SZ");
        late.attachments = {*link};
        SharedTicket put;
        put.uuid = share.uuid;
        put.comments = {late};
        SharingOutbox::enqueue(tx, agreement->id, share.id, "PUT", pathOf(share), protocol::toJsonText(toJson(put)));
        // Coming back by any agreement, it is known as the article it came from.
        db::TicketShareRepository::rememberObject(tx, agreement->id, "comment", lateUuid, articleId);
        synced.commentUuids.insert(lateUuid);
        db::TicketShareRepository::setLastFields(tx, share.id, synced.toJson());
    }
}

void TicketShares::registerJobs(jobs::JobQueue &queue, db::ConnectionPool &pool)
{
    queue.registerHandler(db::kTicketShareSyncQueue, [&pool](const db::Job &job) {
        const auto ticketId = job.payload->getValue<std::int64_t>("ticket_id");
        pool.write([&](db::Tx &tx) { sync(tx, ticketId); });
    });
}

} // namespace helpdesk::integrations::sharing
