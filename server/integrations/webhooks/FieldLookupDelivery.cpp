#include "integrations/webhooks/FieldLookupDelivery.h"

#include "db/FieldLookupRepository.h"
#include "db/IntegrationLogRepository.h"
#include "domain/FieldLookups.h"
#include "domain/Secrets.h"
#include "integrations/sharing/SharingClient.h"
#include "integrations/webhooks/SignedPost.h"

#include <Poco/Logger.h>

#include <algorithm>
#include <chrono>

using helpdesk::domain::FieldLookups;

namespace helpdesk::integrations::webhooks {

namespace {
// An answer names a few field values; a longer one is not read.
constexpr std::int64_t kMaxAnswerBody = 64 * 1024;

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
        if (target && (!target->active || target->sealedSecret.empty()))
            target.reset(); // nobody to ask: no body to build
        return Prepared{*lookup, target, target ? FieldLookups::requestBody(tx, *lookup) : std::string()};
    });
    if (!prepared)
        return;
    const auto &lookup = prepared->lookup;
    if (!prepared->target) {
        // Turned off or without a URL since it was queued: nobody is asked.
        m_pool.write([&](db::Tx &tx) {
            db::FieldLookupRepository::markFailed(tx, lookup.id, std::nullopt,
                                                  "the integration is off or has no lookup URL", 0, true);
        });
        return;
    }
    const auto &target = *prepared->target;
    const auto secret = domain::secrets::open(target.sealedSecret);
    const auto outcome =
        postSigned(m_http, {target.url, prepared->body, FieldLookups::kEvent, lookup.uuid, secret, kMaxAnswerBody});
    const auto &reply = outcome.reply;
    const bool ok = outcome.answered2xx;
    auto fields = ok && !reply.tooLarge ? fieldsOf(reply.body) : nullptr;
    std::string error = outcome.error;
    if (ok && !fields)
        error = reply.tooLarge ? "the answer is longer than 64 KB" : "the answer is not JSON with a fields object";
    const bool answered = fields != nullptr;
    const bool dead = !answered && lookup.attempts + 1 >= m_policy.maxAttempts;
    const int delay = answered ? 0
                               : m_policy.delaySeconds(lookup.attempts + 1,
                                                       reply.status && !ok ? sharing::retryAfterSeconds(reply.headers)
                                                                           : std::nullopt);
    m_pool.write([&](db::Tx &tx) {
        db::IntegrationCall call;
        call.integrationId = lookup.integrationId;
        call.direction = "out";
        call.method = "POST";
        call.endpoint = target.url;
        call.status = reply.status;
        call.latencyMs = outcome.latencyMs;
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
