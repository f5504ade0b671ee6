#include "integrations/webhooks/FieldLookupDelivery.h"

#include "db/FieldLookupRepository.h"
#include "db/IntegrationLogRepository.h"
#include "domain/FieldLookups.h"
#include "domain/Secrets.h"
#include "integrations/sharing/SharingClient.h"
#include "integrations/webhooks/WebhookSignature.h"

#include <Poco/Logger.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>

using helpdesk::domain::FieldLookups;

namespace helpdesk::integrations::webhooks {

namespace {
// An answer names a few field values; a longer one is not read.
constexpr std::int64_t kMaxAnswerBody = 64 * 1024;
constexpr std::size_t kErrorReplyBytes = 300;

std::int64_t unixSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

/// The answer's `fields` object, or nothing when the body is not JSON of that shape.
protocol::JsonObject fieldsOf(const std::string &body)
{
    try {
        auto answer = protocol::parseJsonObject(body);
        if (answer && answer->has("fields") && answer->get("fields").type() == typeid(protocol::JsonObject))
            return answer->getObject("fields");
    } catch (const std::exception &) {
    }
    return nullptr;
}
} // namespace

FieldLookupDelivery::FieldLookupDelivery(db::ConnectionPool &pool, sharing::OutboundHttp http,
                                         WebhookRetryPolicy policy)
    : m_pool(pool), m_http(std::move(http)), m_policy(policy)
{
}

void FieldLookupDelivery::registerJobs(jobs::JobQueue &queue)
{
    queue.registerHandler(FieldLookups::kQueue,
                          [this](const db::Job &job) { run(job.payload->getValue<std::int64_t>("lookup_id")); });
}

int FieldLookupDelivery::retryDelaySeconds(int attempts, std::optional<int> retryAfter) const
{
    static thread_local std::mt19937 random{std::random_device{}()};
    const double grown = m_policy.baseDelaySeconds * std::pow(2.0, std::max(0, attempts - 1));
    const int backoff = static_cast<int>(std::min<double>(m_policy.maxDelaySeconds, grown));
    const int jittered = backoff + std::uniform_int_distribution<int>(0, std::max(0, backoff / 4))(random);
    return std::max(jittered, std::min(retryAfter.value_or(0), m_policy.maxRetryAfterSeconds));
}

void FieldLookupDelivery::run(std::int64_t lookupId)
{
    struct Prepared {
        db::FieldLookup lookup;
        std::optional<db::LookupTarget> target;
        std::string body;
    };
    auto prepared = m_pool.read([&](db::Tx &tx) -> std::optional<Prepared> {
        auto lookup = db::FieldLookupRepository::find(tx, lookupId);
        if (!lookup || lookup->state != "pending")
            return std::nullopt; // answered meanwhile, or its object is gone
        auto target = db::FieldLookupRepository::targetOf(tx, lookup->integrationId);
        return Prepared{*lookup, target, target ? FieldLookups::requestBody(tx, *lookup) : std::string()};
    });
    if (!prepared)
        return;
    const auto &lookup = prepared->lookup;
    if (!prepared->target || !prepared->target->active || prepared->target->sealedSecret.empty()) {
        // Turned off or without a URL since it was queued: nobody is asked.
        m_pool.write([&](db::Tx &tx) {
            db::FieldLookupRepository::markFailed(tx, lookup.id, std::nullopt,
                                                  "the integration is off or has no lookup URL", 0, true);
        });
        return;
    }
    const auto &target = *prepared->target;
    const auto secret = domain::secrets::open(target.sealedSecret);
    const auto timestamp = unixSeconds();
    sharing::OutboundRequest request;
    request.method = "POST";
    request.url = target.url;
    request.body = prepared->body;
    request.headers = {{"Content-Type", "application/json"},
                       {"User-Agent", "Helpdesk-Webhooks/1"},
                       {"X-Helpdesk-Event", FieldLookups::kEvent},
                       {"X-Helpdesk-Delivery", lookup.uuid},
                       {"X-Helpdesk-Timestamp", std::to_string(timestamp)},
                       {"X-Helpdesk-Signature", webhookSignature(secret, timestamp, prepared->body)}};
    request.maxRedirects = 0;
    request.maxBytes = kMaxAnswerBody;
    request.connectTimeout = std::chrono::seconds(10);
    request.readTimeout = std::chrono::seconds(15);
    request.deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    const auto started = std::chrono::steady_clock::now();
    const auto reply = m_http.send(request);
    const auto ms = static_cast<int>(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count());
    const bool ok = reply.status && *reply.status >= 200 && *reply.status < 300;
    auto fields = ok && !reply.tooLarge ? fieldsOf(reply.body) : nullptr;
    std::string error = reply.error;
    if (reply.status && !ok)
        error =
            "HTTP " + std::to_string(*reply.status) +
            (reply.body.empty() ? "" : ": " + db::IntegrationLogRepository::textExcerpt(reply.body, kErrorReplyBytes));
    else if (ok && !fields)
        error = reply.tooLarge ? "the answer is longer than 64 KB" : "the answer is not JSON with a fields object";
    const bool answered = fields != nullptr;
    const bool dead = !answered && lookup.attempts + 1 >= m_policy.maxAttempts;
    const int delay =
        answered ? 0
                 : retryDelaySeconds(lookup.attempts + 1,
                                     reply.status && !ok ? sharing::retryAfterSeconds(reply.headers) : std::nullopt);
    m_pool.write([&](db::Tx &tx) {
        db::IntegrationCall call;
        call.integrationId = lookup.integrationId;
        call.direction = "out";
        call.method = "POST";
        call.endpoint = target.url;
        call.status = reply.status;
        call.latencyMs = ms;
        call.payloadExcerpt = prepared->body;
        if (answered) {
            // Fields it does not own, or values of the wrong type, are left out and named here.
            if (auto left = FieldLookups::applyAnswer(tx, lookup, fields); !left.empty())
                call.error = "ignored: " + left;
            db::FieldLookupRepository::markAnswered(tx, lookup.id, *reply.status);
        } else {
            call.error = error;
            db::FieldLookupRepository::markFailed(tx, lookup.id, reply.status, error, delay, dead);
            if (!dead)
                FieldLookups::schedule(tx, lookup.id, delay);
        }
        db::IntegrationLogRepository::append(tx, call);
    });
    if (!answered)
        Poco::Logger::get("webhooks")
            .warning("lookup %s of %s %s at %s: %s%s", lookup.uuid, lookup.entity, std::to_string(lookup.entityId),
                     target.url, error, std::string(dead ? "; dead" : ""));
}

} // namespace helpdesk::integrations::webhooks
