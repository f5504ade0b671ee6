#include "integrations/sharing/SharedFileRetries.h"

#include "db/ArticleRepository.h"
#include "db/ContentHash.h"
#include "db/EventRepository.h"
#include "db/JobRepository.h"
#include "db/SharingRepository.h"
#include "db/TicketRepository.h"
#include "db/TicketShareRepository.h"
#include "domain/TicketEvents.h"
#include "domain/Validation.h"
#include "integrations/sharing/SharedFileFetcher.h"
#include "integrations/sharing/SharedFileLinks.h"
#include "integrations/sharing/TicketShares.h"

#include <Poco/NumberParser.h>
#include <Poco/Timestamp.h>
#include <Poco/URI.h>

#include <algorithm>
#include <stdexcept>

namespace helpdesk::integrations::sharing {

namespace {
// Enough attempts at the queue's longest backoff (an hour) to outlast a link's week.
constexpr int kMaxAttempts = 200;
constexpr int kFirstDelaySeconds = 10;
constexpr int kFetchSeconds = 60;

std::int64_t now()
{
    return Poco::Timestamp().epochTime();
}

/// When to stop trying: the link's own `expires` (our links carry it), else a week from now.
std::int64_t giveUpAt(const std::string &url)
{
    std::int64_t end = now() + SharedFileLinks::kValidSeconds;
    try {
        for (const auto &[name, value] : Poco::URI(url).getQueryParameters()) {
            Poco::Int64 expires = 0;
            if (name == "expires" && Poco::NumberParser::tryParse64(value, expires))
                end = std::min<std::int64_t>(end, expires);
        }
    } catch (const Poco::Exception &) { // an unreadable URL fails at its fetch
    }
    return end;
}

ShareAttachment fileOf(const protocol::JsonObject &payload)
{
    return {payload->getValue<std::string>("url"), payload->getValue<std::string>("filename"),
            payload->getValue<std::string>("content_type"), payload->getValue<std::string>("display_filename")};
}

/// Whether the article's ticket is still shared under the agreement, and the agreement accepted.
bool stillShared(db::Tx &tx, std::int64_t agreementId, std::int64_t articleId)
{
    auto agreement = db::SharingRepository::find(tx, agreementId);
    auto ticketId = db::ArticleRepository::ticketOf(tx, articleId);
    if (!agreement || agreement->status != "accepted" || !ticketId)
        return false;
    auto share = db::TicketShareRepository::find(tx, agreementId, *ticketId);
    return share && share->state == "active";
}

/// Tells the article's readers what became of its file: `to` replaces its "not fetched" line;
/// clients holding the article take it again (article.created upserts by id).
void rewriteMention(db::Tx &tx, std::int64_t articleId, const std::string &mention, const std::string &to)
{
    if (!db::ArticleRepository::replaceInBodyText(tx, articleId, mention, to))
        return;
    auto ticketId = db::ArticleRepository::ticketOf(tx, articleId);
    auto ticket = ticketId ? db::TicketRepository::get(tx, *ticketId) : std::nullopt;
    if (!ticket)
        return;
    for (const auto &article : db::ArticleRepository::list(tx, ticket->id, true))
        if (article.id == articleId)
            db::EventRepository::append(tx, domain::TicketEvents::articleCreated(*ticket, article, std::nullopt));
}

void fetchAgain(db::ConnectionPool &pool, const OutboundAddressPolicy &policy, const db::Job &job)
{
    const auto &p = job.payload;
    const auto agreementId = p->getValue<std::int64_t>("agreement_id");
    const auto articleId = p->getValue<std::int64_t>("article_id");
    const auto mention = p->getValue<std::string>("mention");
    const auto file = fileOf(p);
    auto giveUp = [&](const std::string &why) {
        pool.write([&](db::Tx &tx) {
            rewriteMention(tx, articleId, mention, SharedFileRetries::mentionOf(file, why + ", given up"));
        });
    };
    if (!pool.read([&](db::Tx &tx) { return stillShared(tx, agreementId, articleId); }))
        return giveUp("no longer shared");
    if (now() > p->getValue<std::int64_t>("give_up_at"))
        return giveUp("the link expired");
    auto fetched = SharedFileFetcher::fetch(policy, file.url,
                                            std::chrono::steady_clock::now() + std::chrono::seconds(kFetchSeconds));
    if (!fetched.content) {
        if (fetched.lasting) // gone at the partner (or our link's end), or too large for any fetch
            return giveUp(fetched.problem);
        if (job.attempts >= job.maxAttempts)
            giveUp(fetched.problem);
        throw std::runtime_error("file " + file.filename + " not fetched: " + fetched.problem);
    }
    pool.write([&](db::Tx &tx) {
        // Stored once, even when a retry after a crash fetched it again.
        if (!stillShared(tx, agreementId, articleId) ||
            !db::ArticleRepository::replaceInBodyText(tx, articleId, mention, mention))
            return;
        auto attachment = SharedFileRetries::attachmentOf(file, *fetched.content);
        db::ArticleRepository::storeBlob(tx, attachment.sha256, *fetched.content);
        db::ArticleRepository::addAttachment(tx, articleId, attachment);
        rewriteMention(tx, articleId, mention, "");
        TicketShares::passOnLateFile(tx, agreementId, articleId, attachment);
    });
}
} // namespace

std::string SharedFileRetries::mentionOf(const ShareAttachment &file, const std::string &problem)
{
    return "\n[" + domain::headerSafe(file.filename).substr(0, 200) + ": not fetched, " + problem + "]";
}

protocol::AttachmentRef SharedFileRetries::attachmentOf(const ShareAttachment &file, const std::string &content)
{
    protocol::AttachmentRef ref;
    ref.sha256 = db::ContentHash::sha256Hex(content);
    ref.size = static_cast<std::int64_t>(content.size());
    auto name = domain::headerSafe(file.displayFilename.empty() ? file.filename : file.displayFilename).substr(0, 255);
    ref.filename = name.empty() ? "attachment" : name;
    ref.contentType = file.contentType.find('/') != std::string::npos && file.contentType.size() < 200
                          ? domain::headerSafe(file.contentType).substr(0, 200)
                          : "application/octet-stream";
    return ref;
}

void SharedFileRetries::schedule(db::Tx &tx, std::int64_t agreementId, std::int64_t articleId,
                                 const ShareAttachment &file, const std::string &mention, int index)
{
    auto payload = protocol::newObject();
    payload->set("agreement_id", agreementId);
    payload->set("article_id", articleId);
    payload->set("url", file.url);
    payload->set("filename", file.filename);
    payload->set("content_type", file.contentType);
    payload->set("display_filename", file.displayFilename);
    payload->set("mention", mention);
    payload->set("give_up_at", giveUpAt(file.url));
    db::JobRepository::enqueue(tx, kQueue, payload, kFirstDelaySeconds, kMaxAttempts,
                               "sharing.file:" + std::to_string(articleId) + ":" + std::to_string(index));
}

void SharedFileRetries::registerJobs(jobs::JobQueue &queue, db::ConnectionPool &pool,
                                     OutboundAddressPolicy partnerAddresses)
{
    queue.registerHandler(
        kQueue, [&pool, policy = std::move(partnerAddresses)](const db::Job &job) { fetchAgain(pool, policy, job); });
}

} // namespace helpdesk::integrations::sharing
