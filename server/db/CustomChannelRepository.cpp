#include "db/CustomChannelRepository.h"

namespace helpdesk::db {

namespace {
const Statement kInsert{"custom_channels_insert",
                        "INSERT INTO custom_channels (integration_id, name, group_id, subscription_id, format)"
                        " VALUES ($1, $2, $3, $4, $5) RETURNING id"};
const Statement kUpdate{"custom_channels_update",
                        "UPDATE custom_channels SET name = coalesce($2, name), group_id = coalesce($3, group_id),"
                        " format = coalesce($4, format), updated_at = now() WHERE id = $1"};
const Statement kFind{"custom_channels_find",
                      "SELECT id, integration_id, name, group_id, subscription_id, format FROM custom_channels"
                      " WHERE id = $1"};
#define CUSTOM_CHANNEL_JSON                                                                                            \
    "json_build_object('id', c.id, 'integration_id', c.integration_id, 'name', c.name, 'group_id', c.group_id,"        \
    " 'format', c.format, 'url', s.url, 'active', s.active, 'held_until', s.held_until, 'webhook_id', s.id,"           \
    " 'created_at', c.created_at, 'updated_at', c.updated_at,"                                                         \
    " 'pending', (SELECT count(*) FROM webhook_deliveries d WHERE d.subscription_id = s.id AND d.state = 'pending'),"  \
    " 'dead', (SELECT count(*) FROM webhook_deliveries d WHERE d.subscription_id = s.id AND d.state = 'dead'))::text"  \
    " FROM custom_channels c JOIN webhook_subscriptions s ON s.id = c.subscription_id"
const Statement kJson{"custom_channels_json", "SELECT " CUSTOM_CHANNEL_JSON " WHERE c.id = $1"};
const Statement kListOf{"custom_channels_of",
                        "SELECT " CUSTOM_CHANNEL_JSON " WHERE c.integration_id = $1 ORDER BY c.id"};
const Statement kDirectory{
    "custom_channels_directory",
    "SELECT json_build_object('id', i.id, 'name', i.name, 'active', i.active, 'channels',"
    " (SELECT coalesce(json_agg(json_build_object('id', c.id, 'name', c.name, 'group_id', c.group_id)"
    "   ORDER BY c.id), '[]') FROM custom_channels c WHERE c.integration_id = i.id))::text"
    " FROM integrations i WHERE $1::bigint IS NULL OR i.id = $1 ORDER BY i.id"};
const Statement kGroupExists{"custom_channels_group_exists", "SELECT EXISTS (SELECT 1 FROM groups WHERE id = $1)"};
// A channel delivery in the shape of an outbound mail (MailRepository::outboundOfTicket): its
// state read as a mail's (pending, sent, failed).
const Statement kDeliveriesOfTicket{
    "custom_channels_deliveries_of_ticket",
    "SELECT json_build_object('id', d.id, 'kind', 'channel', 'article_id', d.article_id, 'channel_id', c.id,"
    " 'recipients', json_build_array(s.url), 'subject', a.subject,"
    " 'state', CASE d.state WHEN 'delivered' THEN 'sent' WHEN 'dead' THEN 'failed' ELSE 'pending' END,"
    " 'attempts', d.attempts, 'last_error', d.last_error, 'message_id', NULL, 'created_at', d.created_at,"
    " 'sent_at', d.delivered_at)::text"
    " FROM webhook_deliveries d JOIN articles a ON a.id = d.article_id"
    " JOIN webhook_subscriptions s ON s.id = d.subscription_id"
    " JOIN custom_channels c ON c.subscription_id = s.id"
    " WHERE a.ticket_id = $1 ORDER BY d.id"};

protocol::JsonArray jsonRows(const pqxx::result &result)
{
    auto out = protocol::newArray();
    for (const auto &row : result)
        out->add(protocol::parseJsonObject(row[0].c_str()));
    return out;
}
} // namespace

std::int64_t CustomChannelRepository::insert(Tx &tx, std::int64_t integrationId, const std::string &name,
                                             std::int64_t groupId, std::int64_t subscriptionId,
                                             const std::string &format)
{
    return tx.exec1(kInsert, integrationId, name, groupId, subscriptionId, format)[0].as<std::int64_t>();
}

bool CustomChannelRepository::update(Tx &tx, std::int64_t id, const std::optional<std::string> &name,
                                     const std::optional<std::int64_t> &groupId,
                                     const std::optional<std::string> &format)
{
    return tx.exec(kUpdate, id, name, groupId, format).affected_rows() > 0;
}

std::optional<CustomChannel> CustomChannelRepository::find(Tx &tx, std::int64_t id)
{
    auto result = tx.exec(kFind, id);
    if (result.empty())
        return std::nullopt;
    const auto &row = result[0];
    return CustomChannel{row[0].as<std::int64_t>(), row[1].as<std::int64_t>(), row[2].c_str(),
                         row[3].as<std::int64_t>(), row[4].as<std::int64_t>(), row[5].c_str()};
}

protocol::JsonObject CustomChannelRepository::json(Tx &tx, std::int64_t id)
{
    auto result = tx.exec(kJson, id);
    return result.empty() ? nullptr : protocol::parseJsonObject(result[0][0].c_str());
}

protocol::JsonArray CustomChannelRepository::directory(Tx &tx, std::optional<std::int64_t> onlyIntegration)
{
    return jsonRows(tx.exec(kDirectory, onlyIntegration));
}

protocol::JsonArray CustomChannelRepository::listOf(Tx &tx, std::int64_t integrationId)
{
    return jsonRows(tx.exec(kListOf, integrationId));
}

bool CustomChannelRepository::groupExists(Tx &tx, std::int64_t groupId)
{
    return tx.exec1(kGroupExists, groupId)[0].as<bool>();
}

protocol::JsonArray CustomChannelRepository::deliveriesOfTicket(Tx &tx, std::int64_t ticketId)
{
    return jsonRows(tx.exec(kDeliveriesOfTicket, ticketId));
}

} // namespace helpdesk::db
