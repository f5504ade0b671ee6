#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "domain/ExternalIds.h"
#include "protocol/Json.h"
#include "protocol/Messages.h"

#include <cstdint>

namespace helpdesk::domain {

/// Custom channels of integrations: an outside system opens tickets and writes messages on behalf
/// of its end users (found or made as its customers by their external ids), and the agents'
/// public replies on those tickets go to the channel's webhook, signed, instead of by mail. A
/// channel's webhook is a webhook subscription of its own (Webhooks, WebhookDelivery): in order
/// per ticket, retried with backoff, held while the receiver is down, dead after its attempts;
/// each reply's delivery state is shown as its mail's would be (ticket.mail). Stateless; any thread.
class CustomChannels
{
public:
    /// The event (X-Helpdesk-Event) of an agent's reply delivered to a channel.
    static constexpr const char *kReplyEvent = "channel.reply";

    /// Adds a channel to `integrationId`: {name, url, group_id, format, active}; the answer's
    /// `secret` (the HMAC key of the signatures) is shown this once. `format` ("helpdesk", the
    /// default, or "omnidesk") is the body its replies are posted in.
    static protocol::JsonObject create(db::Tx &tx, const Actor &actor, std::int64_t integrationId,
                                       protocol::JsonReader &request);
    /// Changes a channel's name, url, group_id, format or active flag.
    static protocol::JsonObject update(db::Tx &tx, const Actor &actor, std::int64_t id, protocol::JsonReader &request);
    /// Gives a channel a new secret, shown in the answer this once.
    static protocol::JsonObject rotateSecret(db::Tx &tx, const Actor &actor, std::int64_t id);
    /// Deletes a channel with its pending deliveries; its tickets stay, as ordinary ones.
    static void remove(db::Tx &tx, const Actor &actor, std::int64_t id);
    /// The integrations and their channels by name, for staff (an integration's token: its own
    /// only), so a ticket's channel and external ids are shown by name, not number.
    static protocol::JsonArray directory(db::Tx &tx, const Actor &actor);
    /// The channels of an integration: for administrators, and for the integration's own token.
    static protocol::JsonArray list(db::Tx &tx, const Actor &actor, std::int64_t integrationId);

    /// The outside system (its integration's token) opens a ticket for an end user: {user:
    /// {external_id, name, email}, title, body_text, body_html, external_id, message_external_id}.
    /// A ticket `external_id` already linked answers that ticket (not created).
    static CreateOutcome openTicket(db::Tx &tx, const Actor &actor, std::int64_t channelId,
                                    const protocol::JsonObject &params);
    /// The outside system writes an end user's message on one of the channel's tickets: {user,
    /// body_text, body_html, external_id}. An `external_id` already linked answers that message.
    static CreateOutcome postMessage(db::Tx &tx, const Actor &actor, std::int64_t channelId, std::int64_t ticketId,
                                     const protocol::JsonObject &params);

    /// Whether an article written by staff on a channel's ticket goes to the channel: a public
    /// reply (not a note, not a phone call's record of what the customer said).
    static bool isDeliveredReply(const protocol::Article &article);
    /// Queues the delivery of an agent's reply on a channel's ticket to the channel's webhook, in
    /// the channel's format.
    static void queueReply(db::Tx &tx, const protocol::Ticket &ticket, const protocol::Article &article);
};

} // namespace helpdesk::domain
