#pragma once

#include "db/ConnectionPool.h"
#include "protocol/Json.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::db {

/// An active trigger: when its conditions match a ticket, its actions apply.
struct Trigger {
    std::int64_t id = 0;
    std::string name;
    protocol::JsonObject conditions;
    protocol::JsonObject actions;
};

/// A macro: actions an agent applies to a ticket by hand.
struct Macro {
    std::string name;
    protocol::JsonObject actions;
};

/// What trigger conditions look at beyond the ticket's own columns.
struct TriggerTicketFacts {
    std::string customerEmail; // empty when the customer is gone
    std::string customerName;
    bool slaBreached = false;
    double idleMinutes = 0; // since the ticket last changed
    bool pendingExpired = false;
};

/// How often a trigger fired on a ticket, for loop protection.
struct TriggerFirings {
    int lastHour = 0;
    int sinceTicketChanged = 0;
};

/// SQL for triggers, their firings and macros. Any thread.
class TriggerRepository
{
public:
    /// The active triggers of an event ("created", "updated", "time"), by rank.
    static std::vector<Trigger> activeFor(Tx &tx, const std::string &event);
    /// Whether any active trigger waits for time to pass.
    static bool anyTimeTrigger(Tx &tx);
    /// Up to 1000 open tickets, those untouched longest first.
    static std::vector<std::int64_t> openTicketsLeastRecentlyUpdated(Tx &tx);
    /// The facts of an existing ticket that conditions need.
    static TriggerTicketFacts ticketFacts(Tx &tx, std::int64_t ticketId);
    /// How often the trigger fired on the ticket in the last hour and since the ticket last changed.
    static TriggerFirings firings(Tx &tx, std::int64_t triggerId, std::int64_t ticketId);
    /// Records one firing of the trigger on the ticket.
    static void recordFiring(Tx &tx, std::int64_t triggerId, std::int64_t ticketId);
    /// An active macro; nullopt when missing or inactive.
    static std::optional<Macro> activeMacro(Tx &tx, std::int64_t macroId);
};

} // namespace helpdesk::db
