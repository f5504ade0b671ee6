#pragma once

#include "db/ConnectionPool.h"
#include "db/WebhookRepository.h"
#include "integrations/sharing/OutboundHttp.h"
#include "jobs/JobQueue.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::integrations::webhooks {

/// How often and how patiently a delivery is tried.
struct WebhookRetryPolicy {
    int maxAttempts = 12;                // then the delivery is dead (about a day with the delays below)
    int baseDelaySeconds = 30;           // after the first failure; doubled after each next one
    int maxDelaySeconds = 6 * 3600;      // the longest wait between two attempts
    int maxRetryAfterSeconds = 6 * 3600; // a receiver's Retry-After is honoured up to this

    /// The wait before attempt `attempts` + 1: the growing delay with up to 25 % jitter, never
    /// shorter than the receiver's Retry-After (honoured up to maxRetryAfterSeconds).
    int delaySeconds(int attempts, std::optional<int> retryAfter) const;
};

/// Sends webhook deliveries (domain::Webhooks) as jobs of its queue: per subscription one run at
/// a time (a session lock), each ticket's deliveries in order (a ticket waits while its earliest
/// delivery is pending, others go on). A POST answered 2xx is delivered; anything else is tried
/// again after the policy's growing delay with up to 25 % jitter (never before the receiver's
/// Retry-After) until the attempts run out and the delivery is dead. A receiver that seems down
/// (no answer, 408, 429 or 5xx) holds the subscription's other deliveries until the failed one's
/// next attempt, so it is called once per backoff, not once per waiting delivery; a test event
/// that gets through releases them. Every attempt is a line of the integration log. The pruning
/// job (hourly) drops log lines and finished deliveries past the integration's retention.
/// Any thread.
class WebhookDelivery
{
public:
    WebhookDelivery(db::ConnectionPool &pool, std::string conninfo, sharing::OutboundHttp http,
                    WebhookRetryPolicy policy);
    /// Registers the delivery and pruning handlers; call before the queue starts.
    void registerJobs(jobs::JobQueue &queue);
    /// Queues the pruning job now unless it is queued (it then queues itself every hour).
    void schedulePruning();
    /// Sends what is due of the subscription, and schedules the next run for what is not.
    void deliver(std::int64_t subscriptionId);

    /// Why `url` may not be a webhook's target under `policy` (its host resolves to an address
    /// the policy refuses, or does not resolve), or nothing.
    static std::optional<std::string> targetRefusal(const sharing::OutboundAddressPolicy &policy,
                                                    const std::string &url);

private:
    /// Drops what is past its retention and queues the next pruning in an hour.
    void prune();
    /// Posts one delivery signed with `secret` and records the outcome and the log line; holds
    /// the subscription when the receiver seems down.
    void send(const db::WebhookSubscription &subscription, const std::string &secret, const db::WebhookDelivery &due);

    db::ConnectionPool &m_pool;
    std::string m_conninfo;
    sharing::OutboundHttp m_http;
    WebhookRetryPolicy m_policy;
};

} // namespace helpdesk::integrations::webhooks
