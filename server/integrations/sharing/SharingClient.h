#pragma once

#include "integrations/sharing/OutboundHttp.h"

#include <optional>
#include <string>

namespace helpdesk::integrations::sharing {

/// Retry-After as seconds from now: either a number of seconds or an HTTP date (RFC 9110 10.2.3),
/// at most a day; nothing without the header or for one that cannot be read.
std::optional<int> retryAfterSeconds(const Poco::Net::NameValueCollection &headers);

/// What a partner desk answered; `status` is empty when no answer came (refused, timed out).
struct SharingReply {
    std::optional<int> status;
    std::string body;                     // the first 64 KiB
    std::string error;                    // why there is no answer, or the error a refusal carried
    std::optional<int> retryAfterSeconds; // the partner's Retry-After (seconds or a date), when it sent one
};

/// Sends one request of the sharing wire to a partner desk over HTTP or HTTPS (peers verified
/// against the system CAs), with X-Ticket-Sharing-Token and -Version, as JSON, through OutboundHttp
/// (only addresses its policy allows); follows at most two redirects on the same site (scheme,
/// host and port), sending the same method and body again as the Zendesk gem does; a redirect
/// elsewhere is not followed, so the token never goes to another site. Any thread.
class SharingClient
{
public:
    struct Timeouts {
        int connectSeconds = 10;
        int replySeconds = 30;
    };
    explicit SharingClient(Timeouts timeouts, OutboundAddressPolicy policy = OutboundAddressPolicy())
        : m_timeouts(timeouts), m_http(std::move(policy))
    {
    }
    /// With the default timeouts, reaching what `policy` allows.
    explicit SharingClient(OutboundAddressPolicy policy = OutboundAddressPolicy())
        : SharingClient(Timeouts{}, std::move(policy))
    {
    }

    /// `url`: the full URL (the partner's base URL and the request's path). Never throws for the network.
    SharingReply send(const std::string &method, const std::string &url, const std::string &body,
                      const std::string &token) const;

private:
    Timeouts m_timeouts;
    OutboundHttp m_http;
};

} // namespace helpdesk::integrations::sharing
