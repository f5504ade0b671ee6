#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "protocol/Json.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::domain {

/// Automation. Triggers (configuration kind "trigger") watch an event — created, updated,
/// customer_reply, time — and, when their conditions hold for the ticket, apply their actions:
/// set fields, add or remove tags, add an internal note, send an e-mail from a template, notify
/// the agents. Loop protection: what a trigger changes runs no triggers; a trigger fires on a
/// ticket at most kMaxFiringsPerHour times an hour; a time trigger fires once until the ticket
/// changes again; its mail obeys the automatic-mail rules (failing addresses, our own addresses,
/// the hourly limit per recipient). Macros apply the same actions for an agent, with their rights.
class TriggerService
{
public:
    static constexpr int kMaxFiringsPerHour = 3;

    /// Runs the triggers of `event` on a ticket; returns how many fired.
    static int run(db::Tx &tx, std::int64_t ticketId, const std::string &event);
    /// Time triggers over tickets that may qualify (the SLA watcher's round); returns how many fired.
    static int runTimeTriggers(db::Tx &tx);
    /// Applies a macro to a ticket as `actor` (who must be able to change it); returns the ticket.
    static protocol::JsonObject applyMacro(db::Tx &tx, const Actor &actor, std::int64_t ticketId, std::int64_t macroId);
    /// Checks a conditions or actions object of a trigger or macro; throws ApiError naming the field.
    static void validate(const protocol::JsonObject &conditions, const protocol::JsonObject &actions);
};

} // namespace helpdesk::domain
