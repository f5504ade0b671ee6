#pragma once

#include <optional>
#include <string>

namespace helpdesk::integrations::sharing {

/// What a partner desk answered; `status` is empty when no answer came (refused, timed out).
struct SharingReply {
    std::optional<int> status;
    std::string body;  // the first 64 KiB
    std::string error; // why there is no answer, or the error a refusal carried
};

/// Sends one request of the sharing wire to a partner desk over HTTP or HTTPS (peers verified
/// against the system CAs), with X-Ticket-Sharing-Token and -Version, as JSON; follows at most
/// two redirects, sending the same method and body again, as the Zendesk gem does. Any thread.
class SharingClient
{
public:
    struct Timeouts {
        int connectSeconds = 10;
        int replySeconds = 30;
    };
    explicit SharingClient(Timeouts timeouts) : m_timeouts(timeouts) {}
    SharingClient() : SharingClient(Timeouts{}) {}

    /// `url`: the full URL (the partner's base URL and the request's path). Never throws for the network.
    SharingReply send(const std::string &method, const std::string &url, const std::string &body,
                      const std::string &token) const;

private:
    Timeouts m_timeouts;
};

} // namespace helpdesk::integrations::sharing
