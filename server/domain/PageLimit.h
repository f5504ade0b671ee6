#pragma once

#include "protocol/ProtocolError.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::domain {

/// The number of rows a list request may ask for: `requested` or `fallback`, within 1 to `most`;
/// throws ApiError(ValidationFailed) naming `limit` otherwise.
inline int pageLimit(std::optional<std::int64_t> requested, int fallback, int most)
{
    const auto limit = requested.value_or(fallback);
    if (limit < 1 || limit > most)
        throw protocol::ApiError(protocol::ErrorCode::ValidationFailed,
                                 "limit must be between 1 and " + std::to_string(most), "limit");
    return static_cast<int>(limit);
}

} // namespace helpdesk::domain
