#pragma once

#include "integrations/sharing/OutboundHttp.h"

#include <cstdint>
#include <string>

namespace helpdesk::integrations::webhooks {

/// One POST of the desk to an integration that the receiver verifies: a webhook delivery or a
/// field lookup. The JSON body goes with the headers every receiver checks (X-Helpdesk-Event,
/// -Delivery, -Timestamp and -Signature: HMAC over "{timestamp}.{body}" with `secret`), no
/// redirect followed, 10 s to connect and 30 s in all.
struct SignedPost {
    std::string url;
    std::string body;
    std::string event;
    std::string uuid; // X-Helpdesk-Delivery: the receiver deduplicates by it
    std::string secret;
    std::int64_t maxAnswerBytes = 2048;
};

/// What came of a SignedPost, as the integration log records it.
struct SignedPostOutcome {
    sharing::OutboundReply reply;
    int latencyMs = 0;
    bool answered2xx = false;
    std::string error; // unless answered2xx: the network's error, or "HTTP 503: " and the answer's start
};

/// Sends `post` through `http` (its address checks). Never throws for the network.
SignedPostOutcome postSigned(const sharing::OutboundHttp &http, const SignedPost &post);

} // namespace helpdesk::integrations::webhooks
