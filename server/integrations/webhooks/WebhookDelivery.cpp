#include "integrations/webhooks/WebhookDelivery.h"

#include "db/IntegrationLogRepository.h"
#include "db/SessionLock.h"
#include "db/WebhookRepository.h"
#include "domain/Secrets.h"
#include "domain/Webhooks.h"
#include "integrations/sharing/SharingClient.h"
#include "integrations/webhooks/SignedPost.h"

#include <Poco/Logger.h>
#include <Poco/URI.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>

using helpdesk::domain::Webhooks;

namespace helpdesk::integrations::webhooks {

namespace {
// Session lock keys of subscriptions' deliveries: this base plus the subscription's id.
constexpr long long kLockBase = 0x5745424B00000000LL; // "WEBK"
constexpr int kLockedRetrySeconds = 2;
constexpr std::int64_t kMaxReplyBody = 2048;
constexpr int kPruneEverySeconds = 3600;
// A run gives its worker back after this long (a slow receiver and a long backlog) and goes on in
// a next job, so that mail and other jobs are not kept waiting on the queue's few workers.
constexpr auto kRunBudget = std::chrono::seconds(20);

/// Whether the failure says the receiver is down (rather than refusing this one delivery).
bool receiverDown(const sharing::OutboundReply &reply)
{
    return !reply.status || *reply.status == 408 || *reply.status == 429 || *reply.status >= 500;
}
} // namespace

WebhookDelivery::WebhookDelivery(db::ConnectionPool &pool, std::string conninfo, sharing::OutboundHttp http,
                                 WebhookRetryPolicy policy)
    : m_pool(pool), m_conninfo(std::move(conninfo)), m_http(std::move(http)), m_policy(policy)
{
}

void WebhookDelivery::registerJobs(jobs::JobQueue &queue)
{
    queue.registerHandler(Webhooks::kQueue, [this](const db::Job &job) {
        deliver(job.payload->getValue<std::int64_t>("subscription_id"));
    });
    queue.registerHandler(Webhooks::kPruneQueue, [this](const db::Job &) { prune(); });
}

void WebhookDelivery::schedulePruning()
{
    m_pool.write([](db::Tx &tx) { Webhooks::schedulePruning(tx, 0); });
}

std::optional<std::string> WebhookDelivery::targetRefusal(const sharing::OutboundAddressPolicy &policy,
                                                          const std::string &url)
{
    try {
        return policy.hostRefusal(Poco::URI(url).getHost());
    } catch (const Poco::Exception &e) {
        return e.displayText();
    }
}

int WebhookRetryPolicy::delaySeconds(int attempts, std::optional<int> retryAfter) const
{
    static thread_local std::mt19937 random{std::random_device{}()};
    const double grown = baseDelaySeconds * std::pow(2.0, std::max(0, attempts - 1));
    const int backoff = static_cast<int>(std::min<double>(maxDelaySeconds, grown));
    // Jitter: the deliveries of many subscriptions to one receiver that was down do not all come back at once.
    const int jittered = backoff + std::uniform_int_distribution<int>(0, std::max(0, backoff / 4))(random);
    return std::max(jittered, std::min(retryAfter.value_or(0), maxRetryAfterSeconds));
}

void WebhookDelivery::prune()
{
    // The next run is queued with this one's work: one pending pruning job, whichever instance runs it.
    auto pruned = m_pool.write([](db::Tx &tx) {
        Webhooks::schedulePruning(tx, kPruneEverySeconds);
        return Webhooks::pruneExpired(tx);
    });
    if (pruned.first > 0 || pruned.second > 0)
        Poco::Logger::get("webhooks")
            .information("dropped %s integration log lines and %s finished webhook deliveries and field lookups",
                         std::to_string(pruned.first), std::to_string(pruned.second));
}

void WebhookDelivery::deliver(std::int64_t subscriptionId)
{
    auto lock = db::SessionLock::tryAcquire(m_conninfo, kLockBase + subscriptionId);
    if (!lock) {
        // Another run delivers this subscription now; look again shortly for what it may miss.
        m_pool.write([&](db::Tx &tx) { Webhooks::scheduleDelivery(tx, subscriptionId, kLockedRetrySeconds); });
        return;
    }
    auto subscription =
        m_pool.read([&](db::Tx &tx) { return db::WebhookRepository::findSubscription(tx, subscriptionId); });
    if (!subscription)
        return;
    // Off (it or its integration): only test events go; the rest waits until it is on again
    // (turning either on queues this job).
    const bool testsOnly = !subscription->active;
    const auto secret = domain::secrets::open(subscription->sealedSecret);
    const auto runStarted = std::chrono::steady_clock::now();
    for (;;) {
        if (std::chrono::steady_clock::now() - runStarted > kRunBudget) {
            m_pool.write([&](db::Tx &tx) { Webhooks::scheduleDelivery(tx, subscriptionId, 0); });
            return;
        }
        auto due =
            m_pool.read([&](db::Tx &tx) { return db::WebhookRepository::nextDue(tx, subscriptionId, testsOnly); });
        if (!due)
            break; // none due, or the receiver is held (seems down): the rest waits for its time
        send(*subscription, secret, *due);
    }
    // What is still pending waits for its time: one job for the subscription, due with the earliest.
    m_pool.write([&](db::Tx &tx) {
        if (auto wait = db::WebhookRepository::secondsUntilNextPending(tx, subscriptionId, testsOnly))
            Webhooks::scheduleDelivery(tx, subscriptionId, std::max(0, static_cast<int>(std::ceil(*wait))));
    });
}

void WebhookDelivery::send(const db::WebhookSubscription &subscription, const std::string &secret,
                           const db::WebhookDelivery &due)
{
    const auto outcome = postSigned(m_http, {subscription.url, due.body, due.event, due.uuid, secret, kMaxReplyBody});
    const auto &reply = outcome.reply;
    const auto &error = outcome.error;
    const auto ms = outcome.latencyMs;
    const bool delivered = outcome.answered2xx;
    // A test event is tried once: the admin who sent it reads the outcome now, not a day later.
    const bool dead = !delivered && (due.attempts + 1 >= m_policy.maxAttempts || due.event == Webhooks::kTestEvent);
    const bool down = !delivered && receiverDown(reply);
    const int delay =
        delivered ? 0
                  : m_policy.delaySeconds(due.attempts + 1,
                                          reply.status ? sharing::retryAfterSeconds(reply.headers) : std::nullopt);
    m_pool.write([&](db::Tx &tx) {
        db::IntegrationCall call;
        call.integrationId = subscription.integrationId;
        call.direction = "out";
        call.method = "POST";
        call.endpoint = subscription.url;
        call.status = reply.status;
        call.latencyMs = ms;
        call.payloadExcerpt = due.body;
        if (!delivered)
            call.error = error;
        call.subscriptionId = subscription.id;
        call.deliveryId = due.id;
        db::IntegrationLogRepository::append(tx, call);
        if (delivered) {
            db::WebhookRepository::markDelivered(tx, due.id, *reply.status);
            if (due.event == Webhooks::kTestEvent) // an admin's test proves the receiver is back
                db::WebhookRepository::release(tx, subscription.id);
        } else {
            db::WebhookRepository::markFailed(tx, due.id, reply.status, error, delay, dead);
            if (down)
                db::WebhookRepository::hold(tx, subscription.id, delay);
        }
    });
    if (!delivered)
        Poco::Logger::get("webhooks")
            .warning("webhook %s to %s (%s): %s%s", due.event, subscription.url, due.uuid, error,
                     std::string(dead ? "; dead" : ""));
}

} // namespace helpdesk::integrations::webhooks
