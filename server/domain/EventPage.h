#pragma once

#include "domain/Actor.h"
#include "domain/EventFeed.h"
#include "protocol/Json.h"

#include <cstdint>
#include <optional>

namespace helpdesk::domain {

/// The event feed one page at a time, for clients that poll over HTTP instead of holding a
/// WebSocket. Stateless; any thread.
class EventPage
{
public:
    /// Settled events after `after` that the actor may see now (judged by each ticket as it is
    /// now, not as it was when the event was written), at most `limit` (1–5000, default 500)
    /// read: {events, next_after, watermark}. The cursor `next_after` passes invisible events too.
    static protocol::JsonObject after(EventFeed &feed, const Actor &actor, std::int64_t after,
                                      std::optional<std::int64_t> limit);
};

} // namespace helpdesk::domain
