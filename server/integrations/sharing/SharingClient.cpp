#include "integrations/sharing/SharingClient.h"

#include <Poco/DateTimeParser.h>
#include <Poco/NumberParser.h>
#include <Poco/Timestamp.h>

#include <algorithm>

namespace helpdesk::integrations::sharing {

namespace {
constexpr int kMaxRedirects = 2;
constexpr std::int64_t kMaxReplyBody = 64 * 1024;
} // namespace

std::optional<int> retryAfterSeconds(const Poco::Net::NameValueCollection &headers)
{
    if (!headers.has("Retry-After"))
        return std::nullopt;
    const auto &value = headers.get("Retry-After");
    int seconds = 0;
    if (Poco::NumberParser::tryParse(value, seconds))
        return std::max(0, seconds);
    Poco::DateTime when;
    int zone = 0;
    if (!Poco::DateTimeParser::tryParse(value, when, zone))
        return std::nullopt;
    const auto left = (when.timestamp() - Poco::Timestamp()) / Poco::Timestamp::resolution() - zone;
    return static_cast<int>(std::clamp<Poco::Timestamp::TimeDiff>(left, 0, 24 * 3600));
}

SharingReply SharingClient::send(const std::string &method, const std::string &url, const std::string &body,
                                 const std::string &token) const
{
    OutboundRequest request;
    request.method = method;
    request.url = url;
    request.body = body;
    request.headers = {
        {"X-Ticket-Sharing-Token", token}, {"X-Ticket-Sharing-Version", "1"}, {"Accept", "application/json"}};
    if (!body.empty())
        request.headers.emplace_back("Content-Type", "application/json");
    request.maxRedirects = kMaxRedirects;
    request.sameOriginRedirects = true;
    request.maxBytes = kMaxReplyBody;
    request.connectTimeout = std::chrono::seconds(m_timeouts.connectSeconds);
    request.readTimeout = std::chrono::seconds(m_timeouts.replySeconds);
    // An overall limit too: a partner dripping its answer must not hold a delivery thread for long.
    request.deadline = std::chrono::steady_clock::now() +
                       std::chrono::seconds(m_timeouts.connectSeconds + 2 * m_timeouts.replySeconds);
    auto answer = m_http.send(request);

    SharingReply reply;
    reply.status = answer.status;
    reply.body = std::move(answer.body);
    reply.error = std::move(answer.error);
    if (reply.status) {
        reply.retryAfterSeconds = retryAfterSeconds(answer.headers);
        const int status = *reply.status;
        if (status < 200 || status >= 300)
            reply.error =
                "HTTP " + std::to_string(status) + (reply.body.empty() ? "" : ": " + reply.body.substr(0, 300));
    }
    return reply;
}

} // namespace helpdesk::integrations::sharing
