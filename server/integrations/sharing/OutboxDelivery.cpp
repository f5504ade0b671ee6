#include "integrations/sharing/OutboxDelivery.h"

#include "db/SessionLock.h"
#include "db/SharingRepository.h"
#include "db/TicketRepository.h"
#include "db/TicketShareRepository.h"
#include "domain/SharingAgreements.h"
#include "domain/SharingOutbox.h"
#include "integrations/sharing/SharedTicketView.h"
#include "protocol/Json.h"

#include <Poco/Logger.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>

using helpdesk::domain::sharing::SharingAgreements;
using helpdesk::domain::sharing::SharingOutbox;

namespace helpdesk::integrations::sharing {

namespace {
// Session lock keys of agreement deliveries: this base plus the agreement's id.
constexpr long long kLockBase = 0x5348415245000000LL; // "SHARE"
constexpr int kMaxBackoffSeconds = 300;
constexpr int kMaxRetryAfterSeconds = 3600; // a partner's Retry-After is honoured up to an hour
constexpr int kLockedRetrySeconds = 2;
constexpr int kKeepSentDays = 7; // then a delivered request's body goes
constexpr auto kPurgeInterval = std::chrono::hours(1);
const std::string kTicketsPath = "/tickets/";

/// Whether sending the same request later may succeed.
bool retryable(const SharingReply &reply)
{
    return !reply.status || *reply.status == 408 || *reply.status == 429 || *reply.status >= 500;
}

/// 2, 4, 8 … up to kMaxBackoffSeconds, with up to 25 % jitter (as JobRepository's), so that the
/// deliveries of many agreements to one partner that was down do not all arrive at once; never
/// shorter than the partner's Retry-After.
int retryDelaySeconds(int attempts, const SharingReply &reply)
{
    static thread_local std::mt19937 random{std::random_device{}()};
    const int backoff = std::min(kMaxBackoffSeconds, 1 << std::min(attempts, 9));
    const int jittered = backoff + std::uniform_int_distribution<int>(0, backoff / 4)(random);
    return std::max(jittered, std::min(reply.retryAfterSeconds.value_or(0), kMaxRetryAfterSeconds));
}

/// The request's body as it goes out: the invitation gets the access key here, never in the outbox.
std::string bodyToSend(const db::SharingOutboxEntry &entry, const std::string &accessKey)
{
    if (!entry.withAccessKey)
        return entry.body;
    auto json = protocol::parseJsonObject(entry.body);
    json->set("access_key", accessKey);
    return protocol::toJsonText(json);
}
} // namespace

OutboxDelivery::OutboxDelivery(db::ConnectionPool &pool, std::string conninfo, SharingClient client)
    : m_pool(pool), m_conninfo(std::move(conninfo)), m_client(std::move(client))
{
}

void OutboxDelivery::registerJobs(jobs::JobQueue &queue)
{
    queue.registerHandler(SharingOutbox::kQueue,
                          [this](const db::Job &job) { deliver(job.payload->getValue<std::int64_t>("agreement_id")); });
}

void OutboxDelivery::purgeSentNowAndThen()
{
    const auto now = std::chrono::steady_clock::now().time_since_epoch().count();
    auto last = m_lastPurge.load();
    const auto interval = std::chrono::duration_cast<std::chrono::steady_clock::duration>(kPurgeInterval).count();
    if (last != 0 && now - last < interval)
        return;
    if (!m_lastPurge.compare_exchange_strong(last, now))
        return; // another thread purges
    auto purged = m_pool.write([](db::Tx &tx) { return db::SharingRepository::purgeSent(tx, kKeepSentDays); });
    if (purged > 0)
        Poco::Logger::get("sharing").information("dropped %s delivered sharing requests older than %d days",
                                                 std::to_string(purged), kKeepSentDays);
}

std::optional<std::string> OutboxDelivery::wholeTicketOf(const db::SharingAgreement &agreement,
                                                         const std::string &ticketUuid)
{
    return m_pool.read([&](db::Tx &tx) -> std::optional<std::string> {
        auto share = db::TicketShareRepository::findByUuid(tx, agreement.id, ticketUuid, false);
        if (!share || share->state != "active" || share->direction != "outbound")
            return std::nullopt;
        auto ticket = db::TicketRepository::get(tx, share->ticketId);
        if (!ticket)
            return std::nullopt;
        return protocol::toJsonText(toJson(SharedTicketView::of(tx, agreement, *ticket, ticketUuid, true, true)));
    });
}

void OutboxDelivery::deliver(std::int64_t agreementId)
{
    purgeSentNowAndThen();
    auto lock = db::SessionLock::tryAcquire(m_conninfo, kLockBase + agreementId);
    if (!lock) {
        // Another run delivers this agreement now; look again shortly for what it may miss.
        m_pool.write([&](db::Tx &tx) { SharingOutbox::scheduleDelivery(tx, agreementId, kLockedRetrySeconds); });
        return;
    }
    for (;;) {
        // Not a structured binding: lambdas below capture these (which clang before 16 refuses).
        const auto next = m_pool.read([&](db::Tx &tx) {
            auto a = db::SharingRepository::find(tx, agreementId);
            return std::make_pair(a, a ? db::SharingRepository::nextPending(tx, agreementId) : std::nullopt);
        });
        const auto &agreement = next.first;
        const auto &entry = next.second;
        if (!agreement || !entry)
            return;
        if (entry->dueInSeconds > 0.5) {
            m_pool.write([&](db::Tx &tx) {
                SharingOutbox::scheduleDelivery(tx, agreementId, static_cast<int>(std::ceil(entry->dueInSeconds)));
            });
            return;
        }
        const bool forTicket = entry->path.rfind(kTicketsPath, 0) == 0;
        if (forTicket && agreement->status != "accepted") {
            m_pool.write([&](db::Tx &tx) {
                db::SharingRepository::markFailed(tx, *entry, std::nullopt, "the agreement is " + agreement->status);
            });
            continue;
        }
        auto key = SharingAgreements::accessKey(*agreement);
        auto started = std::chrono::steady_clock::now();
        const auto url = agreement->partnerUrl() + entry->path;
        auto reply = m_client.send(entry->method, url, bodyToSend(*entry, key), agreement->uuid + ":" + key);
        std::string sentAs = entry->method; // how the outcome below was sent
        if (forTicket && entry->method == "PUT" && reply.status == 404)
            if (auto whole = wholeTicketOf(*agreement, entry->path.substr(kTicketsPath.size()))) {
                // The partner lost the ticket (a restored database) or never took its POST: the
                // whole ticket goes again, as a POST; this PUT's changes are part of it. An unshare
                // made meanwhile queued its DELETE after this PUT, so the partner ends unshared too;
                // one made before it finds the share unshared above, and nothing is sent again.
                m_pool.write([&](db::Tx &tx) {
                    db::SharingRepository::log(tx, agreementId, "out", entry->id, entry->method, entry->path, 404,
                                               reply.error, std::nullopt);
                });
                sentAs = "POST";
                reply = m_client.send(sentAs, url, *whole, agreement->uuid + ":" + key);
                if (!reply.status || *reply.status < 200 || *reply.status >= 300)
                    reply.error = "the partner lost the ticket, and the whole ticket sent again failed: " + reply.error;
            }
        auto ms = static_cast<int>(
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count());
        // An unshare the partner answers 404 to finds what it asks for: the partner has no such share
        // (it lost the ticket, or ended the share itself).
        const bool unsharedThere = forTicket && entry->method == "DELETE" && reply.status == 404;
        const bool sent = (reply.status && *reply.status >= 200 && *reply.status < 300) || unsharedThere;
        // A partner down for long keeps its requests: they are tried at the longest backoff until it
        // is back (the agreement shows the error meanwhile, and an admin may retry at once).
        const bool retry = !sent && retryable(reply);
        m_pool.write([&](db::Tx &tx) {
            // A PUT of the partner's own ticket answered 404: it no longer shares it with us, and only
            // its owner may share it again (a POST, which makes the share active again here).
            std::optional<db::TicketShare> endedThere;
            std::string error = reply.error; // here: the transaction may run again
            if (forTicket && sentAs == "PUT" && reply.status == 404) {
                endedThere = db::TicketShareRepository::findByUuid(tx, agreementId,
                                                                   entry->path.substr(kTicketsPath.size()), true);
                if (endedThere && (endedThere->direction != "inbound" || endedThere->state != "active"))
                    endedThere.reset();
                else if (endedThere)
                    error = "the partner no longer shares this ticket (" + reply.error +
                            "); changes made here are not sent to it";
            }
            db::SharingRepository::log(tx, agreementId, "out", entry->id, sentAs, entry->path, reply.status,
                                       sent ? std::nullopt : std::optional(error), ms);
            db::SharingRepository::recordOutcome(tx, agreementId, sent ? std::nullopt : std::optional(error));
            if (sent) {
                db::SharingRepository::markSent(tx, *entry, *reply.status);
            } else if (retry) {
                auto delay = retryDelaySeconds(entry->attempts + 1, reply);
                db::SharingRepository::markRetry(tx, *entry, reply.status, error, delay);
                SharingOutbox::scheduleDelivery(tx, agreementId, delay);
            } else {
                db::SharingRepository::markFailed(tx, *entry, reply.status, error);
            }
            if (endedThere)
                db::TicketShareRepository::unshare(tx, endedThere->id);
        });
        if (!sent)
            Poco::Logger::get("sharing").warning("%s %s%s: %s", entry->method, agreement->partnerUrl(), entry->path,
                                                 reply.error);
        if (retry)
            return;
    }
}

} // namespace helpdesk::integrations::sharing
