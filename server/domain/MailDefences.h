#pragma once

#include "protocol/Json.h"

#include <string>
#include <vector>

namespace helpdesk::domain {

/// The admin's settings that keep mail from being turned against the desk, its senders and its
/// recipients (the "defences" object of the mail settings). Plain values; any thread.
struct MailDefences {
    /// The authserv-ids of our own MTAs: only their Authentication-Results vouch for a sender.
    /// Empty: no mail is vouched for, so mail from staff addresses is never taken as staff's.
    std::vector<std::string> trustedAuthservIds;
    /// New tickets mail may open per sender and per group during an hour; more is held for
    /// review. 0: no limit.
    int newTicketsPerSenderPerHour = 20;
    int newTicketsPerGroupPerHour = 200;

    /// The stored object's values over the defaults (null: the defaults).
    static MailDefences fromJson(const protocol::JsonObject &stored);
    /// Checks an admin's changes and writes them over `stored` (strict: unknown keys are
    /// refused, each problem throws ApiError naming its field under "defences.").
    static protocol::JsonObject merged(const protocol::JsonObject &stored, const protocol::JsonObject &changes);
    protocol::JsonObject toJson() const;
};

} // namespace helpdesk::domain
