#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace helpdesk::integrations::sharing {

/// A file a partner's comment links to, or why it could not be had.
struct FetchedFile {
    std::optional<std::string> content;
    std::string problem; // when there is no content: "HTTP 404", "larger than 20 MiB", a network error
};

/// Fetches the files of a partner's comments from their URLs (http or https, peers verified),
/// within limits: at most kMaxBytes each, kTimeoutSeconds per connect and read, one redirect.
/// Any thread.
class SharedFileFetcher
{
public:
    static constexpr std::int64_t kMaxBytes = 20 * 1024 * 1024;
    static constexpr int kTimeoutSeconds = 20;

    /// The file at `url`; never throws for the network.
    static FetchedFile fetch(const std::string &url);
};

} // namespace helpdesk::integrations::sharing
