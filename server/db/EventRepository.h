#pragma once

#include "db/ConnectionPool.h"
#include "protocol/Messages.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::db {

/// The channel append() notifies when the transaction commits.
inline constexpr const char *kEventsChannel = "helpdesk_events";

/// Who may see an event: everyone who may see its ticket, all staff, admins, one user, or the
/// members of one group (groupId) and the admins.
enum class Audience { Ticket, Staff, Admin, User, Group };

/// An event to append, with the columns that decide who may see it.
struct NewEvent {
    std::string kind;
    std::optional<std::int64_t> ticketId;
    std::optional<std::int64_t> groupId;
    std::optional<std::int64_t> prevGroupId;
    std::optional<std::int64_t> customerId;
    std::optional<std::int64_t> organizationId;
    bool internal = false;
    Audience audience = Audience::Ticket;
    std::optional<std::int64_t> userId;
    std::optional<std::int64_t> actorId;
    protocol::JsonObject data;
};

/// A stored event with its visibility columns.
struct EventRow {
    protocol::Event event;
    std::optional<std::int64_t> groupId;
    std::optional<std::int64_t> prevGroupId;
    std::optional<std::int64_t> customerId;
    std::optional<std::int64_t> organizationId;
    bool internal = false;
    Audience audience = Audience::Ticket;
    std::optional<std::int64_t> userId;
    // The integration whose custom channel the event's ticket came in on (its ticket as it is now).
    std::optional<std::int64_t> channelIntegrationId;
};

/// Events read after a sequence number, with the snapshot bounds needed to tell a rollback's
/// gap from a transaction still in flight.
struct EventPage {
    std::vector<EventRow> rows;
    std::uint64_t snapshotXmin = 0;
    std::uint64_t snapshotXmax = 0;
};

/// SQL for the event log. Any thread.
class EventRepository
{
public:
    /// Appends in the caller's transaction and wakes listeners on commit; returns the sequence.
    static std::int64_t append(Tx &tx, const NewEvent &event);
    /// Events with seq in (after, upTo], ascending, at most `limit`, plus the snapshot bounds.
    static EventPage readAfter(Tx &tx, std::int64_t after, std::int64_t upTo, int limit);
    /// The same for a replay: each ticket event carries its ticket's current group, customer and
    /// organization (and no former group), so it is shown to those who may see the ticket now.
    static EventPage replayAfter(Tx &tx, std::int64_t after, std::int64_t upTo, int limit);
    /// The highest sequence ever handed out (not necessarily committed).
    static std::int64_t lastAllocated(Tx &tx);
    /// The highest sequence visible to this transaction (0 when there are no events).
    static std::int64_t highestVisible(Tx &tx);
    /// Sends `payload` to the listeners of `channel` when the transaction commits.
    static void notify(Tx &tx, const std::string &channel, const std::string &payload);
};

} // namespace helpdesk::db
