#pragma once

#include "db/ConnectionPool.h"
#include "protocol/Json.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::db {

/// A custom channel as its services need it.
struct CustomChannel {
    std::int64_t id = 0;
    std::int64_t integrationId = 0;
    std::string name;
    std::int64_t groupId = 0;
    std::int64_t subscriptionId = 0; // its webhook (URL, sealed secret, active flag, deliveries)
    std::string format = "helpdesk"; // the body of its reply deliveries: "helpdesk" or "omnidesk"
};

/// SQL of custom channels (migrations 0038, 0041): the channel rows; their webhooks are
/// WebhookRepository's subscriptions. Any thread.
class CustomChannelRepository
{
public:
    /// Inserts a channel over its webhook subscription; returns its id.
    static std::int64_t insert(Tx &tx, std::int64_t integrationId, const std::string &name, std::int64_t groupId,
                               std::int64_t subscriptionId, const std::string &format);
    /// Changes the given fields; false when there is no such channel.
    static bool update(Tx &tx, std::int64_t id, const std::optional<std::string> &name,
                       const std::optional<std::int64_t> &groupId, const std::optional<std::string> &format);
    /// A channel; nothing when missing.
    static std::optional<CustomChannel> find(Tx &tx, std::int64_t id);
    /// A channel as the API shows it (its webhook's url and active flag, no secret), with its
    /// pending and dead deliveries; nullptr when missing.
    static protocol::JsonObject json(Tx &tx, std::int64_t id);
    /// The channels of an integration as the API shows them.
    static protocol::JsonArray listOf(Tx &tx, std::int64_t integrationId);
    /// Every integration (or only `onlyIntegration`) by name with its channels by name: what
    /// staff need to name a ticket's channel and its external ids, and nothing more.
    static protocol::JsonArray directory(Tx &tx, std::optional<std::int64_t> onlyIntegration);
    /// Whether `groupId` names a group.
    static bool groupExists(Tx &tx, std::int64_t groupId);
    /// Each delivery of an article by a channel as the ticket's mail list shows it (kind `channel`).
    static protocol::JsonArray deliveriesOfTicket(Tx &tx, std::int64_t ticketId);
};

} // namespace helpdesk::db
