#pragma once

#include "db/ConnectionPool.h"
#include "protocol/Json.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace helpdesk::db {

/// One call between the desk and an integration, as the integration log keeps it.
struct IntegrationCall {
    std::int64_t integrationId = 0;
    std::string direction;     // "out": the desk called (webhooks); "in": the integration called the API
    std::string method;        // POST, GET…
    std::string endpoint;      // the URL called, or the API path that was called
    std::optional<int> status; // none: no answer (refused, unreachable, timed out)
    std::optional<int> latencyMs;
    std::string payloadExcerpt;                 // any length: kept to its first 2 KB
    std::optional<std::string> error;           // any length: kept to its first 1 KB
    std::optional<std::int64_t> subscriptionId; // a webhook's call
    std::optional<std::int64_t> deliveryId;
};

/// SQL of the integration log (migration 0034): every call in either direction, kept for the
/// integration's `log_retention_days`. Any thread.
class IntegrationLogRepository
{
public:
    /// The most of the excerpt a line keeps, in bytes.
    static constexpr std::size_t kExcerptBytes = 2048;
    /// The most of the error a line keeps, in bytes.
    static constexpr std::size_t kErrorBytes = 1024;

    /// Appends a line for `call` in the caller's transaction; texts longer than the limits above
    /// are cut at a character boundary, and bytes that are not UTF-8 become U+FFFD, so any
    /// caller's payload fits.
    static void append(Tx &tx, const IntegrationCall &call);
    /// Lines, newest first, of one integration or all, with ids below `beforeId`.
    static protocol::JsonArray list(Tx &tx, std::optional<std::int64_t> integrationId,
                                    std::optional<std::int64_t> beforeId, int limit);
    /// Drops lines older than their integration's retention; returns how many.
    static std::int64_t purgeExpired(Tx &tx);

    /// At most `maxBytes` of `text` as valid UTF-8 without NUL (which PostgreSQL's text refuses):
    /// cut at a character boundary, each invalid byte or NUL replaced by U+FFFD.
    static std::string textExcerpt(std::string_view text, std::size_t maxBytes);
};

} // namespace helpdesk::db
