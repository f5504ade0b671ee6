#pragma once

#include "db/ConnectionPool.h"
#include "db/EventRepository.h"
#include "db/WebhookRepository.h"
#include "domain/Actor.h"
#include "protocol/Json.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace helpdesk::domain {

/// Admins' webhook subscriptions of an integration and their deliveries: each event of the desk a
/// subscription names becomes a signed POST to its URL (integrations::webhooks::WebhookDelivery
/// sends them as jobs of kQueue). Any thread.
class Webhooks
{
public:
    /// The job queue of deliveries; a job's payload names one subscription (`subscription_id`).
    static constexpr const char *kQueue = "webhooks.deliver";
    /// The hourly job that drops log lines and finished deliveries past their retention.
    static constexpr const char *kPruneQueue = "integrations.prune_log";
    /// The event of "send a test event": sent on request only, to no subscription's choice.
    static constexpr const char *kTestEvent = "ping";
    /// The events a subscription may name (kTestEvent is not one).
    static const std::vector<std::string> &eventNames();

    /// Why a URL's host may not be reached (an internal address not allowed), or nothing; set
    /// once at start-up by the server (the outbound address policy lives at the edge).
    using TargetCheck = std::function<std::optional<std::string>(const std::string &url)>;
    static void setTargetCheck(TargetCheck check);

    /// A new secret for signatures: "whsec_" and 64 hex digits.
    static std::string newSecret();
    /// `url` when a webhook may post to it (http or https, a host the target check allows);
    /// else ApiError(ValidationFailed) on the field `url`.
    static std::string checkedUrl(const std::string &url);
    /// The body every receiver gets: the delivery's `id` (uuid), the `event`, its `created_at`
    /// and its `data`.
    static std::string deliveryBody(const std::string &uuid, const std::string &event, const std::string &createdAt,
                                    const protocol::JsonObject &data);
    /// A new delivery's uuid.
    static std::string newDeliveryUuid();

    /// Subscribes `integrationId` to events: {url, events, active}; the answer's `secret` (the
    /// HMAC key of the signatures) is shown this once.
    static protocol::JsonObject create(db::Tx &tx, const Actor &actor, std::int64_t integrationId,
                                       protocol::JsonReader &request);
    /// Changes a subscription's url, events or active flag. This and rotateSecret, remove and
    /// sendTest find no custom channel's subscription (404): its channel's methods manage it.
    static protocol::JsonObject update(db::Tx &tx, const Actor &actor, std::int64_t id, protocol::JsonReader &request);
    /// Gives a subscription a new secret, shown in the answer this once; the old one signs no more.
    static protocol::JsonObject rotateSecret(db::Tx &tx, const Actor &actor, std::int64_t id);
    /// Deletes a subscription and its deliveries (what is pending is not sent).
    static void remove(db::Tx &tx, const Actor &actor, std::int64_t id);
    /// The integration's subscriptions, with how many deliveries are pending and dead.
    static protocol::JsonArray list(db::Tx &tx, const Actor &actor, std::int64_t integrationId);
    /// Queues the test event `ping` to the subscription now; returns the delivery's uuid.
    static std::string sendTest(db::Tx &tx, const Actor &actor, std::int64_t id);
    /// A subscription's deliveries (a custom channel's too), newest first: optional `state`,
    /// `before` (an id) and `limit`.
    static protocol::JsonArray deliveries(db::Tx &tx, const Actor &actor, std::int64_t id,
                                          protocol::JsonReader &request);
    /// Sends a delivery (a dead one, or one delivered that the receiver lost; a custom channel's
    /// too) again now.
    static void redeliver(db::Tx &tx, const Actor &actor, std::int64_t deliveryId);
    /// The integration log, newest first: optional `integration_id`, `before` (an id) and `limit`.
    static protocol::JsonArray log(db::Tx &tx, const Actor &actor, protocol::JsonReader &request);

    /// Whether an article is an agent's reply to the customer: public, by an agent, and not what
    /// the customer said on the phone (an agent's phone_in article is the customer's message).
    static bool isAgentReply(bool internal, const std::string &sender, const std::string &channel);
    /// The webhook event of a desk event, if any ("article.created" becomes article.note when
    /// internal, else article.agent_reply for an agent's, article.customer_message for a
    /// customer's or an agent's phone_in record; a system article none).
    static std::optional<std::string> webhookEventOf(const db::EventRow &row);
    /// Creates the deliveries of committed events for the subscriptions that name them (each at
    /// most once, whichever server instance fans out) and queues their jobs; a subscription gets
    /// no event of a ticket of another integration's custom channel.
    static void fanOut(db::Tx &tx, const std::vector<db::WebhookSubscription> &subscriptions,
                       const std::vector<db::EventRow> &events);
    /// Runs the subscription's delivery job after `delaySeconds` (one pending job per subscription).
    static void scheduleDelivery(db::Tx &tx, std::int64_t subscriptionId, int delaySeconds);
    /// Ends the subscription's hold (a receiver thought down) and runs its delivery job now.
    static void resume(db::Tx &tx, std::int64_t subscriptionId);
    /// Queues the pruning job after `delaySeconds` unless it is queued already.
    static void schedulePruning(db::Tx &tx, int delaySeconds);
    /// Drops the log lines and the delivered or dead deliveries (and field lookups) older than
    /// their integration's `log_retention_days`; returns how many log lines and how many others.
    static std::pair<std::int64_t, std::int64_t> pruneExpired(db::Tx &tx);
};

} // namespace helpdesk::domain
