#pragma once

#include <cstdint>
#include <string>

namespace helpdesk::integrations::webhooks {

/// The value of X-Helpdesk-Signature: "sha256=" and the hex HMAC-SHA256 of "{timestamp}.{body}"
/// keyed with the subscription's secret (its text as shown on creation). Any thread.
std::string webhookSignature(const std::string &secret, std::int64_t timestamp, const std::string &body);

} // namespace helpdesk::integrations::webhooks
