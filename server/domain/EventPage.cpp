#include "domain/EventPage.h"

#include "domain/PageLimit.h"
#include "domain/Permissions.h"

#include <algorithm>

namespace helpdesk::domain {

protocol::JsonObject EventPage::after(EventFeed &feed, const Actor &actor, std::int64_t after,
                                      std::optional<std::int64_t> limit)
{
    auto batch = feed.readSettled(after, pageLimit(limit, 500, 5000));
    auto events = protocol::newArray();
    std::int64_t last = after;
    for (const auto &event : batch) {
        last = event->row.event.seq;
        if (permissions::canSeeEvent(actor, event->row))
            events->add(event->objectFor(actor));
    }
    auto out = protocol::newObject();
    out->set("events", events);
    // The cursor advances past invisible events too, so the next call does not reread them.
    out->set("next_after", batch.empty() ? std::max(after, std::int64_t(0)) : last);
    out->set("watermark", feed.watermark());
    return out;
}

} // namespace helpdesk::domain
