#include "domain/Webhooks.h"

#include "db/FieldLookupRepository.h"
#include "db/IntegrationLogRepository.h"
#include "db/JobRepository.h"
#include "domain/Audit.h"
#include "domain/PageLimit.h"
#include "domain/Permissions.h"
#include "domain/Secrets.h"
#include "protocol/ProtocolError.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>
#include <Poco/URI.h>
#include <Poco/UUIDGenerator.h>
#include <sodium.h>

#include <algorithm>
#include <mutex>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
constexpr int kJobAttempts = 20; // of the job that runs a subscription's deliveries, not of one delivery
constexpr int kPruneAttempts = 5;
constexpr const char *kAuditKind = "webhook";
constexpr int kSecretBytes = 32;
const std::string kPing = Webhooks::kTestEvent;

std::mutex &checkMutex()
{
    static std::mutex mutex;
    return mutex;
}

Webhooks::TargetCheck &targetCheck()
{
    static Webhooks::TargetCheck check;
    return check;
}

/// 32 random bytes as hex, prefixed so that a leaked one is recognised in logs and code.
std::string newSecret()
{
    unsigned char bytes[kSecretBytes];
    randombytes_buf(bytes, sizeof bytes);
    char hex[kSecretBytes * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
    return std::string("whsec_") + hex;
}

std::string readUrl(const std::string &url)
{
    Poco::URI uri;
    try {
        uri = Poco::URI(url);
    } catch (const Poco::Exception &) {
        throw ApiError(ErrorCode::ValidationFailed, "the URL cannot be read", "url");
    }
    if ((uri.getScheme() != "http" && uri.getScheme() != "https") || uri.getHost().empty() || url.size() > 2000)
        throw ApiError(ErrorCode::ValidationFailed, "the URL must be an http or https address", "url");
    Webhooks::TargetCheck check;
    {
        const std::lock_guard lock(checkMutex());
        check = targetCheck();
    }
    if (check)
        if (auto refusal = check(url))
            throw ApiError(ErrorCode::ValidationFailed, "the URL may not be reached: " + *refusal, "url");
    return url;
}

std::vector<std::string> readEvents(std::vector<std::string> events)
{
    if (events.empty())
        throw ApiError(ErrorCode::ValidationFailed, "name at least one event", "events");
    const auto &known = Webhooks::eventNames();
    for (const auto &event : events)
        if (std::find(known.begin(), known.end(), event) == known.end())
            throw ApiError(ErrorCode::ValidationFailed, "'" + event + "' is not an event a webhook may subscribe to",
                           "events");
    std::sort(events.begin(), events.end());
    events.erase(std::unique(events.begin(), events.end()), events.end());
    return events;
}

/// A webhook the webhook methods manage: a custom channel's subscription is not one (its
/// channel's methods manage it), and answers as a webhook that is not there.
db::WebhookSubscription requireWebhook(db::Tx &tx, std::int64_t id)
{
    auto subscription = db::WebhookRepository::findWebhook(tx, id);
    if (!subscription)
        throw ApiError(ErrorCode::NotFound, "no such webhook", "id");
    return *subscription;
}

/// The body every receiver gets: the delivery's id, the event, when it was made and its object.
std::string bodyOf(const std::string &uuid, const std::string &event, const std::string &createdAt,
                   const protocol::JsonObject &data)
{
    auto body = protocol::newObject();
    body->set("id", uuid);
    body->set("event", event);
    body->set("created_at", createdAt);
    body->set("data", data ? data : protocol::newObject());
    return protocol::toJsonText(body);
}

std::string newUuid()
{
    return Poco::UUIDGenerator::defaultGenerator().createRandom().toString();
}
} // namespace

bool Webhooks::isAgentReply(bool internal, const std::string &sender, const std::string &channel)
{
    return !internal && sender == "agent" && channel != "phone_in";
}

const std::vector<std::string> &Webhooks::eventNames()
{
    static const std::vector<std::string> names{
        "ticket.created",           "ticket.updated", "article.agent_reply", "article.note",
        "article.customer_message", "ticket.rated",   "rating.created",      "rating.updated"};
    return names;
}

std::string Webhooks::newSecret()
{
    return domain::newSecret();
}

std::string Webhooks::checkedUrl(const std::string &url)
{
    return readUrl(url);
}

std::string Webhooks::deliveryBody(const std::string &uuid, const std::string &event, const std::string &createdAt,
                                   const protocol::JsonObject &data)
{
    return bodyOf(uuid, event, createdAt, data);
}

std::string Webhooks::newDeliveryUuid()
{
    return newUuid();
}

void Webhooks::setTargetCheck(TargetCheck check)
{
    const std::lock_guard lock(checkMutex());
    targetCheck() = std::move(check);
}

protocol::JsonObject Webhooks::create(db::Tx &tx, const Actor &actor, std::int64_t integrationId,
                                      protocol::JsonReader &request)
{
    permissions::requireAdmin(actor);
    if (!db::WebhookRepository::integrationExists(tx, integrationId))
        throw ApiError(ErrorCode::NotFound, "no such integration", "id");
    const auto url = readUrl(request.requireString("url"));
    auto events = request.optStringList("events");
    if (!events)
        throw ApiError(ErrorCode::ValidationFailed, "name at least one event", "events");
    const auto active = request.optBool("active").value_or(true);
    request.finish();
    const auto secret = newSecret();
    const auto id = db::WebhookRepository::insertSubscription(tx, integrationId, url, secrets::seal(secret),
                                                              readEvents(*events), active);
    auto json = db::WebhookRepository::webhookJson(tx, id);
    audit::record(tx, actor, "webhook.created", kAuditKind, id, nullptr, json, {"secret"});
    json->set("secret", secret);
    return json;
}

protocol::JsonObject Webhooks::update(db::Tx &tx, const Actor &actor, std::int64_t id, protocol::JsonReader &request)
{
    permissions::requireAdmin(actor);
    auto url = request.optString("url");
    if (url)
        readUrl(*url);
    auto events = request.optStringList("events");
    if (events)
        events = readEvents(*events);
    const auto active = request.optBool("active");
    request.finish();
    const auto before = db::WebhookRepository::webhookJson(tx, id);
    if (!before || !db::WebhookRepository::updateSubscription(tx, id, url, events, active))
        throw ApiError(ErrorCode::NotFound, "no such webhook", "id");
    if ((active && *active) || url) {
        // What waited while it was off, or for a receiver that was down, goes now.
        resume(tx, id);
    }
    auto after = db::WebhookRepository::webhookJson(tx, id);
    audit::record(tx, actor, "webhook.updated", kAuditKind, id, before, after);
    return after;
}

protocol::JsonObject Webhooks::rotateSecret(db::Tx &tx, const Actor &actor, std::int64_t id)
{
    permissions::requireAdmin(actor);
    requireWebhook(tx, id);
    const auto secret = newSecret();
    db::WebhookRepository::replaceSecret(tx, id, secrets::seal(secret));
    auto json = db::WebhookRepository::webhookJson(tx, id);
    audit::record(tx, actor, "webhook.secret_rotated", kAuditKind, id, json, json, {"secret"});
    json->set("secret", secret);
    return json;
}

void Webhooks::remove(db::Tx &tx, const Actor &actor, std::int64_t id)
{
    permissions::requireAdmin(actor);
    const auto before = db::WebhookRepository::webhookJson(tx, id);
    if (!before || !db::WebhookRepository::deleteSubscription(tx, id))
        throw ApiError(ErrorCode::NotFound, "no such webhook", "id");
    audit::record(tx, actor, "webhook.deleted", kAuditKind, id, before, nullptr);
}

protocol::JsonArray Webhooks::list(db::Tx &tx, const Actor &actor, std::int64_t integrationId)
{
    permissions::requireAdmin(actor);
    if (!db::WebhookRepository::integrationExists(tx, integrationId))
        throw ApiError(ErrorCode::NotFound, "no such integration", "id");
    return db::WebhookRepository::subscriptionsOf(tx, integrationId);
}

std::string Webhooks::sendTest(db::Tx &tx, const Actor &actor, std::int64_t id)
{
    permissions::requireAdmin(actor);
    auto subscription = requireWebhook(tx, id);
    db::NewWebhookDelivery delivery;
    delivery.subscriptionId = subscription.id;
    delivery.uuid = newUuid();
    delivery.event = kPing;
    auto data = protocol::newObject();
    data->set("webhook_id", subscription.id);
    data->set("integration_id", subscription.integrationId);
    delivery.body =
        bodyOf(delivery.uuid, kPing,
               Poco::DateTimeFormatter::format(Poco::Timestamp(), Poco::DateTimeFormat::ISO8601_FORMAT), data);
    db::WebhookRepository::insertDelivery(tx, delivery);
    scheduleDelivery(tx, subscription.id, 0);
    return delivery.uuid;
}

protocol::JsonArray Webhooks::deliveries(db::Tx &tx, const Actor &actor, std::int64_t id, protocol::JsonReader &request)
{
    permissions::requireAdmin(actor);
    // A custom channel's deliveries are listed here too: its webhook is a subscription like any.
    if (!db::WebhookRepository::findSubscription(tx, id))
        throw ApiError(ErrorCode::NotFound, "no such webhook", "id");
    auto state = request.optString("state");
    if (state && *state != "pending" && *state != "delivered" && *state != "dead")
        throw ApiError(ErrorCode::ValidationFailed, "the state is pending, delivered or dead", "state");
    auto before = request.optInt("before");
    auto limit = pageLimit(request.optInt("limit"), 50, 200);
    request.finish();
    return db::WebhookRepository::deliveries(tx, id, state, before, limit);
}

void Webhooks::redeliver(db::Tx &tx, const Actor &actor, std::int64_t deliveryId)
{
    permissions::requireAdmin(actor);
    auto subscriptionId = db::WebhookRepository::redeliver(tx, deliveryId);
    if (!subscriptionId)
        throw ApiError(ErrorCode::NotFound, "no such delivery", "id");
    resume(tx, *subscriptionId); // the admin says the receiver is back
}

protocol::JsonArray Webhooks::log(db::Tx &tx, const Actor &actor, protocol::JsonReader &request)
{
    permissions::requireAdmin(actor);
    auto integrationId = request.optInt("integration_id");
    auto before = request.optInt("before");
    auto limit = pageLimit(request.optInt("limit"), 50, 200);
    request.finish();
    return db::IntegrationLogRepository::list(tx, integrationId, before, limit);
}

std::optional<std::string> Webhooks::webhookEventOf(const db::EventRow &row)
{
    const auto &kind = row.event.kind;
    if (kind == "ticket.created" || kind == "ticket.updated" || kind == "ticket.rated" || kind == "rating.created" ||
        kind == "rating.updated")
        return kind;
    if (kind != "article.created" || !row.event.data || !row.event.data->has("article"))
        return std::nullopt;
    auto article = row.event.data->getObject("article");
    if (article->optValue<bool>("internal", false))
        return "article.note";
    const auto sender = article->optValue<std::string>("sender", "");
    if (isAgentReply(false, sender, article->optValue<std::string>("channel", "")))
        return "article.agent_reply";
    if (sender == "customer" || sender == "agent")
        return "article.customer_message";
    return std::nullopt; // system messages (auto-replies) are the desk's own
}

void Webhooks::fanOut(db::Tx &tx, const std::vector<db::WebhookSubscription> &subscriptions,
                      const std::vector<db::EventRow> &events)
{
    std::vector<std::int64_t> touched;
    for (const auto &row : events) {
        auto event = webhookEventOf(row);
        if (!event)
            continue;
        for (const auto &subscription : subscriptions) {
            if (std::find(subscription.events.begin(), subscription.events.end(), *event) == subscription.events.end())
                continue;
            // Another integration's channel tickets are not this integration's to see: its
            // webhooks get none of their events, as its tokens read none.
            if (!permissions::integrationReaches(subscription.integrationId, row.channelIntegrationId))
                continue;
            db::NewWebhookDelivery delivery;
            delivery.subscriptionId = subscription.id;
            delivery.eventSeq = row.event.seq;
            delivery.uuid = newUuid();
            delivery.event = *event;
            delivery.ticketId = row.event.ticketId;
            delivery.body = bodyOf(delivery.uuid, *event, row.event.at, row.event.data);
            if (db::WebhookRepository::insertDelivery(tx, delivery) &&
                std::find(touched.begin(), touched.end(), subscription.id) == touched.end())
                touched.push_back(subscription.id);
        }
    }
    for (auto id : touched)
        scheduleDelivery(tx, id, 0);
}

void Webhooks::scheduleDelivery(db::Tx &tx, std::int64_t subscriptionId, int delaySeconds)
{
    auto payload = protocol::newObject();
    payload->set("subscription_id", subscriptionId);
    db::JobRepository::enqueueOnce(tx, kQueue, payload, delaySeconds, kJobAttempts);
}

void Webhooks::resume(db::Tx &tx, std::int64_t subscriptionId)
{
    db::WebhookRepository::release(tx, subscriptionId);
    scheduleDelivery(tx, subscriptionId, 0);
}

void Webhooks::schedulePruning(db::Tx &tx, int delaySeconds)
{
    db::JobRepository::enqueueOnce(tx, kPruneQueue, protocol::newObject(), delaySeconds, kPruneAttempts);
}

std::pair<std::int64_t, std::int64_t> Webhooks::pruneExpired(db::Tx &tx)
{
    // Finished field lookups (FieldLookups) are kept as long as the deliveries beside them.
    return {db::IntegrationLogRepository::purgeExpired(tx),
            db::WebhookRepository::purgeFinished(tx) + db::FieldLookupRepository::purgeFinished(tx)};
}

} // namespace helpdesk::domain
