#pragma once

#include "integrations/sharing/OutboundHttp.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace helpdesk::integrations::sharing {

/// A file a partner's comment links to, or why it could not be had.
struct FetchedFile {
    std::optional<std::string> content;
    std::string problem;  // when there is no content: "HTTP 404", "larger than 20 MiB", a network error
    bool lasting = false; // trying again cannot bring it: the partner says it is gone (403, 404, 410), or too large
};

/// Fetches the files of a partner's comments from their URLs (http or https, peers verified)
/// through OutboundHttp, so only addresses `policy` allows (never the desk's own network or a
/// cloud metadata service), within limits: at most `maxBytes` (and kMaxBytes) each,
/// kTimeoutSeconds per connect and read, nothing past `deadline` (a server that drips its bytes
/// stops at it), one redirect to any site but never from https to http. Any thread.
class SharedFileFetcher
{
public:
    static constexpr std::int64_t kMaxBytes = 20 * 1024 * 1024;
    static constexpr int kTimeoutSeconds = 20;

    /// The file at `url`; never throws for the network.
    static FetchedFile fetch(const OutboundAddressPolicy &policy, const std::string &url,
                             std::chrono::steady_clock::time_point deadline, std::int64_t maxBytes = kMaxBytes);
};

} // namespace helpdesk::integrations::sharing
