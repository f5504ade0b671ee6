#include "integrations/webhooks/SignedPost.h"

#include "db/IntegrationLogRepository.h"
#include "integrations/webhooks/WebhookSignature.h"

#include <chrono>

namespace helpdesk::integrations::webhooks {

namespace {
constexpr std::size_t kErrorReplyBytes = 300;

std::int64_t unixSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}
} // namespace

SignedPostOutcome postSigned(const sharing::OutboundHttp &http, const SignedPost &post)
{
    const auto timestamp = unixSeconds();
    sharing::OutboundRequest request;
    request.method = "POST";
    request.url = post.url;
    request.body = post.body;
    request.headers = {{"Content-Type", "application/json"},
                       {"User-Agent", "Helpdesk-Webhooks/1"},
                       {"X-Helpdesk-Event", post.event},
                       {"X-Helpdesk-Delivery", post.uuid},
                       {"X-Helpdesk-Timestamp", std::to_string(timestamp)},
                       {"X-Helpdesk-Signature", webhookSignature(post.secret, timestamp, post.body)}};
    request.maxRedirects = 0; // a receiver that moved is configured anew, not followed blindly
    request.maxBytes = post.maxAnswerBytes;
    request.connectTimeout = std::chrono::seconds(10);
    request.readTimeout = std::chrono::seconds(15);
    request.deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    const auto started = std::chrono::steady_clock::now();
    SignedPostOutcome outcome;
    outcome.reply = http.send(request);
    outcome.latencyMs = static_cast<int>(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count());
    const auto &reply = outcome.reply;
    outcome.answered2xx = reply.status && *reply.status >= 200 && *reply.status < 300;
    if (!outcome.answered2xx)
        outcome.error =
            !reply.status ? reply.error
                          : "HTTP " + std::to_string(*reply.status) +
                                (reply.body.empty()
                                     ? ""
                                     : ": " + db::IntegrationLogRepository::textExcerpt(reply.body, kErrorReplyBytes));
    return outcome;
}

} // namespace helpdesk::integrations::webhooks
