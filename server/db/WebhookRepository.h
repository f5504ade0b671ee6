#pragma once

#include "db/ConnectionPool.h"
#include "protocol/Json.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::db {

/// A webhook subscription as delivery needs it (the secret still sealed).
struct WebhookSubscription {
    std::int64_t id = 0;
    std::int64_t integrationId = 0;
    std::string url;
    std::string sealedSecret;
    std::vector<std::string> events;
    bool active = false; // the subscription's and its integration's flags together
};

/// A delivery waiting to be sent.
struct WebhookDelivery {
    std::int64_t id = 0;
    std::string uuid;
    std::string event;
    std::string body;
    int attempts = 0; // before this one
};

/// A delivery to create: one event for one subscription.
struct NewWebhookDelivery {
    std::int64_t subscriptionId = 0;
    std::optional<std::int64_t> eventSeq; // empty for a test event
    std::string uuid;
    std::string event;
    std::optional<std::int64_t> ticketId;
    std::string body;
    std::optional<std::int64_t> articleId; // a custom channel's delivery of an agent's reply
};

/// SQL of webhook subscriptions, their deliveries and the fan-out cursor (migration 0034; the
/// integration log is IntegrationLogRepository's). Any thread.
class WebhookRepository
{
public:
    /// Whether the integration exists.
    static bool integrationExists(Tx &tx, std::int64_t integrationId);
    /// Inserts a subscription; returns its id.
    static std::int64_t insertSubscription(Tx &tx, std::int64_t integrationId, const std::string &url,
                                           const std::string &sealedSecret, const std::vector<std::string> &events,
                                           bool active);
    /// Replaces a subscription's sealed secret; false when there is none.
    static bool replaceSecret(Tx &tx, std::int64_t id, const std::string &sealedSecret);
    /// Deletes a subscription with its deliveries (its log lines stay); false when there is none.
    static bool deleteSubscription(Tx &tx, std::int64_t id);
    /// Changes the given fields of a subscription; false when there is none.
    static bool updateSubscription(Tx &tx, std::int64_t id, const std::optional<std::string> &url,
                                   const std::optional<std::vector<std::string>> &events,
                                   const std::optional<bool> &active);
    /// A webhook as the API shows it (no secret), with its delivery counts; nullptr when missing
    /// or when it is a custom channel's subscription (the channel's methods manage that one).
    static protocol::JsonObject webhookJson(Tx &tx, std::int64_t id);
    /// The subscriptions of an integration as the API shows them.
    static protocol::JsonArray subscriptionsOf(Tx &tx, std::int64_t integrationId);
    /// The ids of an integration's subscriptions.
    static std::vector<std::int64_t> subscriptionIdsOf(Tx &tx, std::int64_t integrationId);
    /// A subscription for delivery, a custom channel's too; nothing when missing.
    static std::optional<WebhookSubscription> findSubscription(Tx &tx, std::int64_t id);
    /// A webhook subscription, never a custom channel's; nothing when missing.
    static std::optional<WebhookSubscription> findWebhook(Tx &tx, std::int64_t id);
    /// Every active subscription of an active integration.
    static std::vector<WebhookSubscription> activeSubscriptions(Tx &tx);

    /// Inserts a delivery unless its subscription already has the event; returns its id then.
    static std::optional<std::int64_t> insertDelivery(Tx &tx, const NewWebhookDelivery &delivery);
    /// The pending delivery of the subscription to send now: due, no earlier one of its ticket
    /// pending (deliveries of one ticket go in order), and not held (but a test event).
    /// `testsOnly`: only a test event (the subscription or its integration is inactive).
    static std::optional<WebhookDelivery> nextDue(Tx &tx, std::int64_t subscriptionId, bool testsOnly);
    /// Seconds until nextDue would find one (the first pending delivery of each ticket counts, at
    /// its time or the hold's end); nothing when none is pending.
    static std::optional<double> secondsUntilNextPending(Tx &tx, std::int64_t subscriptionId, bool testsOnly);
    static void markDelivered(Tx &tx, std::int64_t id, int status);
    /// Holds the subscription for `seconds` from now: its receiver seems down, so nothing but a
    /// test event is sent to it before then (the deliveries keep their own times).
    static void hold(Tx &tx, std::int64_t subscriptionId, int seconds);
    /// Ends the subscription's hold and makes each of its pending deliveries due now (its
    /// receiver is back).
    static void release(Tx &tx, std::int64_t subscriptionId);
    /// Records a failed attempt: tried again after `delaySeconds`, or 'dead' when `dead`.
    static void markFailed(Tx &tx, std::int64_t id, std::optional<int> status, const std::string &error,
                           int delaySeconds, bool dead);
    /// Puts a delivery back to pending now with its attempts reset; its subscription, or nothing
    /// when there is no such delivery.
    static std::optional<std::int64_t> redeliver(Tx &tx, std::int64_t id);
    /// The subscription's deliveries with their bodies, newest first (`state` optional), with ids
    /// below `beforeId`.
    static protocol::JsonArray deliveries(Tx &tx, std::int64_t subscriptionId, const std::optional<std::string> &state,
                                          std::optional<std::int64_t> beforeId, int limit);
    /// Drops delivered and dead rows finished longer ago than their integration's log retention;
    /// returns how many.
    static std::int64_t purgeFinished(Tx &tx);

    /// Serialises fan-outs of all server instances until the transaction ends.
    static void lockFanout(Tx &tx);
    /// The last event fanned out, or nothing before the first fan-out.
    static std::optional<std::int64_t> fanoutCursor(Tx &tx);
    /// Moves the fan-out cursor forward to `seq` (never back).
    static void advanceFanoutCursor(Tx &tx, std::int64_t seq);
};

} // namespace helpdesk::db
