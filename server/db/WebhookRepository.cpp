#include "db/WebhookRepository.h"

#include "db/PqxxOptional.h"

namespace helpdesk::db {

namespace {
const Statement kIntegrationExists{"integrations_exists", "SELECT EXISTS (SELECT 1 FROM integrations WHERE id = $1)"};
const Statement kInsertSubscription{"webhook_subscriptions_insert",
                                    "INSERT INTO webhook_subscriptions (integration_id, url, secret, events, active)"
                                    " VALUES ($1, $2, $3, $4::text[], $5) RETURNING id"};
const Statement kReplaceSecret{"webhook_subscriptions_secret",
                               "UPDATE webhook_subscriptions SET secret = $2, updated_at = now() WHERE id = $1"};
const Statement kDeleteSubscription{"webhook_subscriptions_delete", "DELETE FROM webhook_subscriptions WHERE id = $1"};
const Statement kUpdateSubscription{
    "webhook_subscriptions_update",
    "UPDATE webhook_subscriptions SET url = coalesce($2, url), events = coalesce($3::text[], events),"
    " active = coalesce($4, active), updated_at = now() WHERE id = $1"};
// A custom channel's webhook is its own (CustomChannels): no event fans out to it, the
// integration's webhooks do not list it, and the webhook methods do not find it by its id.
#define NOT_A_CHANNEL " AND NOT EXISTS (SELECT 1 FROM custom_channels c WHERE c.subscription_id = s.id)"
#define WEBHOOK_SUBSCRIPTION_JSON                                                                                      \
    "json_build_object('id', s.id, 'integration_id', s.integration_id, 'url', s.url, 'events', s.events,"              \
    " 'active', s.active, 'held_until', s.held_until, 'created_at', s.created_at, 'updated_at', s.updated_at,"         \
    " 'pending', (SELECT count(*) FROM webhook_deliveries d WHERE d.subscription_id = s.id AND d.state = 'pending'),"  \
    " 'dead', (SELECT count(*) FROM webhook_deliveries d WHERE d.subscription_id = s.id AND d.state = 'dead'))::text"
const Statement kWebhookJson{"webhook_subscriptions_json",
                             "SELECT " WEBHOOK_SUBSCRIPTION_JSON
                             " FROM webhook_subscriptions s WHERE s.id = $1" NOT_A_CHANNEL};
const Statement kSubscriptionsOf{"webhook_subscriptions_of",
                                 "SELECT " WEBHOOK_SUBSCRIPTION_JSON " FROM webhook_subscriptions s"
                                 " WHERE s.integration_id = $1" NOT_A_CHANNEL " ORDER BY s.id"};
#define WEBHOOK_SUBSCRIPTION_COLUMNS "s.id, s.integration_id, s.url, s.secret, s.events, s.active AND i.active"
const Statement kFindSubscription{"webhook_subscriptions_find",
                                  "SELECT " WEBHOOK_SUBSCRIPTION_COLUMNS " FROM webhook_subscriptions s"
                                  " JOIN integrations i ON i.id = s.integration_id WHERE s.id = $1"};
const Statement kFindWebhook{"webhook_subscriptions_find_webhook",
                             "SELECT " WEBHOOK_SUBSCRIPTION_COLUMNS " FROM webhook_subscriptions s"
                             " JOIN integrations i ON i.id = s.integration_id WHERE s.id = $1" NOT_A_CHANNEL};
const Statement kActiveSubscriptions{"webhook_subscriptions_active",
                                     "SELECT " WEBHOOK_SUBSCRIPTION_COLUMNS " FROM webhook_subscriptions s"
                                     " JOIN integrations i ON i.id = s.integration_id"
                                     " WHERE s.active AND i.active" NOT_A_CHANNEL " ORDER BY s.id"};

const Statement kInsertDelivery{
    "webhook_deliveries_insert",
    "INSERT INTO webhook_deliveries (subscription_id, event_seq, uuid, event, ticket_id, body, article_id)"
    " VALUES ($1, $2, $3::uuid, $4, $5, $6, $7) ON CONFLICT (subscription_id, event_seq) DO NOTHING RETURNING id"};
// The first pending delivery of each ticket may go, and only a test event while the receiver is held.
#define WEBHOOK_MAY_GO                                                                                                 \
    " d.subscription_id = $1 AND d.state = 'pending'"                                                                  \
    " AND NOT EXISTS (SELECT 1 FROM webhook_deliveries e WHERE e.subscription_id = d.subscription_id"                  \
    "                 AND e.state = 'pending' AND e.ticket_id = d.ticket_id AND e.id < d.id)"
const Statement kNextDue{"webhook_deliveries_next_due",
                         "SELECT d.id, d.uuid::text, d.event, d.body, d.attempts FROM webhook_deliveries d"
                         " JOIN webhook_subscriptions s ON s.id = d.subscription_id"
                         " WHERE" WEBHOOK_MAY_GO " AND d.next_attempt_at <= now()"
                         "   AND (d.event = 'ping' OR ((s.held_until IS NULL OR s.held_until <= now()) AND NOT $2))"
                         " ORDER BY d.id LIMIT 1"};
const Statement kNextPending{
    "webhook_deliveries_next_pending",
    "SELECT extract(epoch FROM min(CASE WHEN d.event = 'ping' THEN d.next_attempt_at"
    "   ELSE greatest(d.next_attempt_at, coalesce(s.held_until, '-infinity')) END) - now())::float8"
    " FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id WHERE" WEBHOOK_MAY_GO
    " AND (d.event = 'ping' OR NOT $2)"};
const Statement kSubscriptionIdsOf{"webhook_subscriptions_ids_of",
                                   "SELECT id FROM webhook_subscriptions WHERE integration_id = $1 ORDER BY id"};
const Statement kMarkDelivered{"webhook_deliveries_delivered",
                               "UPDATE webhook_deliveries SET state = 'delivered', attempts = attempts + 1,"
                               " last_status = $2, last_error = NULL, delivered_at = now(), finished_at = now()"
                               " WHERE id = $1"};
const Statement kHold{
    "webhook_subscriptions_hold",
    "UPDATE webhook_subscriptions SET held_until = greatest(held_until, now() + make_interval(secs => $2))"
    " WHERE id = $1"};
const Statement kRelease{"webhook_subscriptions_release",
                         "WITH released AS (UPDATE webhook_subscriptions SET held_until = NULL WHERE id = $1)"
                         " UPDATE webhook_deliveries SET next_attempt_at = now()"
                         " WHERE subscription_id = $1 AND state = 'pending' AND next_attempt_at > now()"};
const Statement kMarkFailed{
    "webhook_deliveries_failed",
    "UPDATE webhook_deliveries SET state = CASE WHEN $5 THEN 'dead' ELSE 'pending' END, attempts = attempts + 1,"
    " last_status = $2, last_error = $3, next_attempt_at = now() + make_interval(secs => $4),"
    " finished_at = CASE WHEN $5 THEN now() END WHERE id = $1"};
const Statement kRedeliver{"webhook_deliveries_redeliver",
                           "UPDATE webhook_deliveries SET state = 'pending', attempts = 0, next_attempt_at = now(),"
                           " delivered_at = NULL, finished_at = NULL WHERE id = $1 RETURNING subscription_id"};
const Statement kDeliveries{
    "webhook_deliveries_list",
    "SELECT json_build_object('id', d.id, 'uuid', d.uuid, 'subscription_id', d.subscription_id, 'event', d.event,"
    " 'ticket_id', d.ticket_id, 'state', d.state, 'attempts', d.attempts, 'next_attempt_at', d.next_attempt_at,"
    " 'last_status', d.last_status, 'last_error', d.last_error, 'created_at', d.created_at,"
    " 'delivered_at', d.delivered_at, 'body', d.body)::text"
    " FROM webhook_deliveries d WHERE d.subscription_id = $1 AND ($2::text IS NULL OR d.state = $2)"
    "   AND ($3::bigint IS NULL OR d.id < $3) ORDER BY d.id DESC LIMIT $4"};
const Statement kPurgeFinished{"webhook_deliveries_purge",
                               "DELETE FROM webhook_deliveries d USING webhook_subscriptions s, integrations i"
                               " WHERE d.state <> 'pending' AND s.id = d.subscription_id AND i.id = s.integration_id"
                               "   AND d.finished_at < now() - make_interval(days => i.log_retention_days)"
                               // An article's delivery is its delivery state, kept as its mail's is.
                               "   AND d.article_id IS NULL"};

const Statement kLockFanout{"webhook_fanout_lock", "SELECT pg_advisory_xact_lock(6298706357318926155)"};
const Statement kCursor{"webhook_fanout_cursor_get", "SELECT last_seq FROM webhook_fanout_cursor"};
const Statement kAdvanceCursor{"webhook_fanout_cursor_set",
                               "INSERT INTO webhook_fanout_cursor (last_seq) VALUES ($1) ON CONFLICT (id) DO UPDATE"
                               " SET last_seq = greatest(webhook_fanout_cursor.last_seq, excluded.last_seq)"};

WebhookSubscription subscriptionOf(const pqxx::row &row)
{
    WebhookSubscription s;
    s.id = row[0].as<std::int64_t>();
    s.integrationId = row[1].as<std::int64_t>();
    s.url = row[2].c_str();
    s.sealedSecret = row[3].c_str();
    s.events = textArray(row[4]);
    s.active = row[5].as<bool>();
    return s;
}

protocol::JsonArray jsonRows(const pqxx::result &result)
{
    auto out = protocol::newArray();
    for (const auto &row : result)
        out->add(protocol::parseJsonObject(row[0].c_str()));
    return out;
}

std::optional<std::string> optArray(const std::optional<std::vector<std::string>> &values)
{
    return values ? std::optional(textArrayLiteral(*values)) : std::nullopt;
}
} // namespace

bool WebhookRepository::integrationExists(Tx &tx, std::int64_t integrationId)
{
    return tx.exec1(kIntegrationExists, integrationId)[0].as<bool>();
}

std::int64_t WebhookRepository::insertSubscription(Tx &tx, std::int64_t integrationId, const std::string &url,
                                                   const std::string &sealedSecret,
                                                   const std::vector<std::string> &events, bool active)
{
    return tx.exec1(kInsertSubscription, integrationId, url, sealedSecret, textArrayLiteral(events), active)[0]
        .as<std::int64_t>();
}

bool WebhookRepository::replaceSecret(Tx &tx, std::int64_t id, const std::string &sealedSecret)
{
    return tx.exec(kReplaceSecret, id, sealedSecret).affected_rows() > 0;
}

bool WebhookRepository::deleteSubscription(Tx &tx, std::int64_t id)
{
    return tx.exec(kDeleteSubscription, id).affected_rows() > 0;
}

bool WebhookRepository::updateSubscription(Tx &tx, std::int64_t id, const std::optional<std::string> &url,
                                           const std::optional<std::vector<std::string>> &events,
                                           const std::optional<bool> &active)
{
    return tx.exec(kUpdateSubscription, id, url, optArray(events), active).affected_rows() > 0;
}

protocol::JsonObject WebhookRepository::webhookJson(Tx &tx, std::int64_t id)
{
    auto result = tx.exec(kWebhookJson, id);
    return result.empty() ? nullptr : protocol::parseJsonObject(result[0][0].c_str());
}

protocol::JsonArray WebhookRepository::subscriptionsOf(Tx &tx, std::int64_t integrationId)
{
    return jsonRows(tx.exec(kSubscriptionsOf, integrationId));
}

std::vector<std::int64_t> WebhookRepository::subscriptionIdsOf(Tx &tx, std::int64_t integrationId)
{
    std::vector<std::int64_t> ids;
    for (const auto &row : tx.exec(kSubscriptionIdsOf, integrationId))
        ids.push_back(row[0].as<std::int64_t>());
    return ids;
}

std::optional<WebhookSubscription> WebhookRepository::findSubscription(Tx &tx, std::int64_t id)
{
    auto result = tx.exec(kFindSubscription, id);
    if (result.empty())
        return std::nullopt;
    return subscriptionOf(result[0]);
}

std::optional<WebhookSubscription> WebhookRepository::findWebhook(Tx &tx, std::int64_t id)
{
    auto result = tx.exec(kFindWebhook, id);
    if (result.empty())
        return std::nullopt;
    return subscriptionOf(result[0]);
}

std::vector<WebhookSubscription> WebhookRepository::activeSubscriptions(Tx &tx)
{
    std::vector<WebhookSubscription> out;
    for (const auto &row : tx.exec(kActiveSubscriptions))
        out.push_back(subscriptionOf(row));
    return out;
}

std::optional<std::int64_t> WebhookRepository::insertDelivery(Tx &tx, const NewWebhookDelivery &delivery)
{
    auto result = tx.exec(kInsertDelivery, delivery.subscriptionId, delivery.eventSeq, delivery.uuid, delivery.event,
                          delivery.ticketId, delivery.body, delivery.articleId);
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<std::int64_t>();
}

std::optional<WebhookDelivery> WebhookRepository::nextDue(Tx &tx, std::int64_t subscriptionId, bool testsOnly)
{
    auto result = tx.exec(kNextDue, subscriptionId, testsOnly);
    if (result.empty())
        return std::nullopt;
    const auto &row = result[0];
    return WebhookDelivery{row[0].as<std::int64_t>(), row[1].c_str(), row[2].c_str(), row[3].c_str(), row[4].as<int>()};
}

std::optional<double> WebhookRepository::secondsUntilNextPending(Tx &tx, std::int64_t subscriptionId, bool testsOnly)
{
    auto row = tx.exec1(kNextPending, subscriptionId, testsOnly);
    if (row[0].is_null())
        return std::nullopt;
    return row[0].as<double>();
}

void WebhookRepository::markDelivered(Tx &tx, std::int64_t id, int status)
{
    tx.exec(kMarkDelivered, id, status);
}

void WebhookRepository::hold(Tx &tx, std::int64_t subscriptionId, int seconds)
{
    tx.exec(kHold, subscriptionId, seconds);
}

void WebhookRepository::release(Tx &tx, std::int64_t subscriptionId)
{
    tx.exec(kRelease, subscriptionId);
}

void WebhookRepository::markFailed(Tx &tx, std::int64_t id, std::optional<int> status, const std::string &error,
                                   int delaySeconds, bool dead)
{
    tx.exec(kMarkFailed, id, status, error, delaySeconds, dead);
}

std::optional<std::int64_t> WebhookRepository::redeliver(Tx &tx, std::int64_t id)
{
    auto result = tx.exec(kRedeliver, id);
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<std::int64_t>();
}

protocol::JsonArray WebhookRepository::deliveries(Tx &tx, std::int64_t subscriptionId,
                                                  const std::optional<std::string> &state,
                                                  std::optional<std::int64_t> beforeId, int limit)
{
    return jsonRows(tx.exec(kDeliveries, subscriptionId, state, beforeId, limit));
}

std::int64_t WebhookRepository::purgeFinished(Tx &tx)
{
    return static_cast<std::int64_t>(tx.exec(kPurgeFinished).affected_rows());
}

void WebhookRepository::lockFanout(Tx &tx)
{
    tx.exec(kLockFanout);
}

std::optional<std::int64_t> WebhookRepository::fanoutCursor(Tx &tx)
{
    auto result = tx.exec(kCursor);
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<std::int64_t>();
}

void WebhookRepository::advanceFanoutCursor(Tx &tx, std::int64_t seq)
{
    tx.exec(kAdvanceCursor, seq);
}

} // namespace helpdesk::db
