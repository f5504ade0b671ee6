#include "domain/CustomChannels.h"

#include "db/ArticleRepository.h"
#include "db/CustomChannelRepository.h"
#include "db/ExternalIdRepository.h"
#include "db/TicketRepository.h"
#include "db/UserRepository.h"
#include "db/WebhookRepository.h"
#include "domain/Audit.h"
#include "domain/CustomerAccounts.h"
#include "domain/MailOutbox.h"
#include "domain/MailSettings.h"
#include "domain/Permissions.h"
#include "domain/Secrets.h"
#include "domain/TicketService.h"
#include "domain/TicketView.h"
#include "domain/Validation.h"
#include "domain/Webhooks.h"
#include "protocol/ProtocolError.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>
#include <sodium.h>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;
using helpdesk::protocol::JsonObject;

namespace helpdesk::domain {

namespace {
constexpr const char *kAuditKind = "custom_channel";
constexpr std::size_t kMaxExternalId = 200;
constexpr std::size_t kMaxName = 200;

db::CustomChannel requireChannel(db::Tx &tx, std::int64_t id)
{
    auto channel = db::CustomChannelRepository::find(tx, id);
    if (!channel)
        throw ApiError(ErrorCode::NotFound, "no such channel", "id");
    return *channel;
}

std::string checkedName(const std::string &name)
{
    if (name.empty() || name.size() > kMaxName)
        throw ApiError(ErrorCode::ValidationFailed, "a channel's name has 1 to 200 characters", "name");
    return name;
}

/// The body of the channel's reply deliveries: the desk's own, or Omnidesk's for receivers
/// written for an Omnidesk custom channel.
std::string checkedFormat(const std::string &format)
{
    if (format != "helpdesk" && format != "omnidesk")
        throw ApiError(ErrorCode::ValidationFailed, "the format is helpdesk or omnidesk", "format");
    return format;
}

std::int64_t checkedGroup(db::Tx &tx, std::int64_t groupId)
{
    if (!db::CustomChannelRepository::groupExists(tx, groupId))
        throw ApiError(ErrorCode::ValidationFailed, "no group " + std::to_string(groupId), "group_id");
    return groupId;
}

/// The channel the outside system writes to: only its own integration's token may, while the
/// channel is active. Another integration's channel answers as one that does not exist.
db::CustomChannel channelOfCaller(db::Tx &tx, const Actor &actor, std::int64_t channelId)
{
    auto channel = db::CustomChannelRepository::find(tx, channelId);
    if (!channel)
        throw ApiError(ErrorCode::NotFound, "no such channel", "id");
    if (!actor.integration)
        throw ApiError(ErrorCode::Forbidden, "only the channel's integration writes through it (with its token)");
    if (channel->integrationId != actor.integration->id)
        throw ApiError(ErrorCode::NotFound, "no such channel", "id");
    auto webhook = db::WebhookRepository::findSubscription(tx, channel->subscriptionId);
    if (!webhook || !webhook->active)
        throw ApiError(ErrorCode::Forbidden, "the channel is turned off", "id");
    return *channel;
}

/// An external id as text (outside systems' ids are often numbers); `field` names it in errors.
std::string externalIdOf(const Poco::Dynamic::Var &value, const std::string &field)
{
    if (!value.isString() && !value.isInteger())
        throw ApiError(ErrorCode::ValidationFailed, field + " must be a text or a number", field);
    auto text = value.toString();
    if (text.empty() || text.size() > kMaxExternalId)
        throw ApiError(ErrorCode::ValidationFailed, field + " must have 1 to 200 characters", field);
    return text;
}

/// Takes `key` out of `params` as an external id; nothing when absent.
std::optional<std::string> takeExternalId(JsonObject &params, const std::string &key, const std::string &field)
{
    if (!params->has(key) || params->isNull(key)) {
        params->remove(key);
        return std::nullopt;
    }
    auto id = externalIdOf(params->get(key), field);
    params->remove(key);
    return id;
}

/// The key's local id, held against a concurrent create of the same key until the transaction ends.
std::optional<std::int64_t> claim(db::Tx &tx, std::int64_t integrationId, const char *kind,
                                  const std::string &externalId)
{
    db::ExternalIdRepository::lockKey(tx, integrationId, kind, externalId);
    return db::ExternalIdRepository::localId(tx, integrationId, kind, externalId);
}

/// An address for an end user the outside system knows no address of: unique per integration
/// and user, in the reserved .invalid domain so that no mail can reach it.
std::string placeholderAddress(std::int64_t integrationId, const std::string &externalId)
{
    unsigned char hash[crypto_hash_sha256_BYTES];
    const auto keyed = std::to_string(integrationId) + ":" + externalId;
    crypto_hash_sha256(hash, reinterpret_cast<const unsigned char *>(keyed.data()), keyed.size());
    char hex[2 * 10 + 1];
    sodium_bin2hex(hex, sizeof hex, hash, 10);
    return std::string("user-") + hex + "@integration-" + std::to_string(integrationId) + ".invalid";
}

/// The end user {external_id, name, email} as a customer linked to the integration: the one
/// its external id names, else the customer known by the address (linked now), else a new one.
protocol::User endUser(db::Tx &tx, std::int64_t integrationId, const JsonObject &user)
{
    if (!user)
        throw ApiError(ErrorCode::ValidationFailed, "name the end user: user.external_id", "user");
    auto fields = protocol::parseJsonObject(protocol::toJsonText(user));
    auto externalId = takeExternalId(fields, "external_id", "user.external_id");
    if (!externalId)
        throw ApiError(ErrorCode::ValidationFailed, "the end user needs the outside system's id", "user.external_id");
    protocol::JsonReader reader(fields);
    auto name = reader.optString("name");
    auto email = reader.optString("email");
    reader.finish();
    if (name && name->size() > kMaxName)
        throw ApiError(ErrorCode::ValidationFailed, "a name has at most 200 characters", "user.name");
    if (email && !email->empty() && !looksLikeEmail(*email))
        throw ApiError(ErrorCode::ValidationFailed, "user.email is not an e-mail address", "user.email");
    if (auto known = claim(tx, integrationId, "user", *externalId)) {
        auto found = db::UserRepository::findById(tx, *known);
        if (!found)
            throw ApiError(ErrorCode::NotFound, "the end user's account is gone", "user.external_id");
        return *found;
    }
    const bool hasAddress = email && !email->empty();
    if (hasAddress)
        if (auto existing = db::UserRepository::findByEmail(tx, *email)) {
            if (existing->user.role != protocol::Role::Customer)
                throw ApiError(ErrorCode::Conflict, "the address belongs to a staff account", "user.email");
            db::ExternalIdRepository::link(tx, integrationId, "user", *externalId, existing->user.id);
            return existing->user;
        }
    const auto address = hasAddress ? *email : placeholderAddress(integrationId, *externalId);
    auto created =
        customerAccountFor(tx, {.email = address, .name = name.value_or(*externalId), .language = {}}, nullptr);
    db::ExternalIdRepository::link(tx, integrationId, "user", *externalId, created.id);
    return created;
}

/// The end user as the outside system's answer shows it: our id and its id.
JsonObject userJson(const protocol::User &user, const std::string &externalId)
{
    auto out = protocol::newObject();
    out->set("id", user.id);
    out->set("external_id", externalId);
    out->set("name", user.name);
    out->set("email", user.email);
    return out;
}

/// The external id of a local object in the integration, or null.
Poco::Dynamic::Var externalIdIn(db::Tx &tx, std::int64_t integrationId, const char *kind, std::int64_t localId)
{
    auto links = db::ExternalIdRepository::linksOf(tx, kind, {localId}, integrationId);
    auto found = links.find(localId);
    if (found == links.end() || found->second.empty())
        return {};
    return found->second.front().externalId;
}

std::string nowIso()
{
    return Poco::DateTimeFormatter::format(Poco::Timestamp(), Poco::DateTimeFormat::ISO8601_FRAC_FORMAT);
}

/// The desk's own body of a reply delivery (docs/api.md, Custom channels, Replies).
std::string replyBody(db::Tx &tx, const db::CustomChannel &channel, const protocol::Ticket &ticket,
                      const protocol::Article &article, const std::string &uuid)
{
    const auto integration = channel.integrationId;
    // Both sides' ids of each object: ours (`id`) and the outside system's (`external_id`).
    auto ticketJson = protocol::newObject();
    ticketJson->set("id", ticket.id);
    ticketJson->set("number", ticket.number);
    ticketJson->set("title", ticket.title);
    ticketJson->set("external_id", externalIdIn(tx, integration, "ticket", ticket.id));
    auto userJson = protocol::newObject();
    userJson->set("id", ticket.customerId);
    userJson->set("external_id", externalIdIn(tx, integration, "user", ticket.customerId));
    auto message = protocol::newObject();
    message->set("id", article.id);
    message->set("external_id", Poco::Dynamic::Var());
    message->set("body_text", article.bodyText);
    message->set("body_html", article.bodyHtml ? Poco::Dynamic::Var(*article.bodyHtml) : Poco::Dynamic::Var());
    message->set("created_at", article.createdAt);
    message->set("author_id", article.authorId ? Poco::Dynamic::Var(*article.authorId) : Poco::Dynamic::Var());
    // The agent as the customer sees them: the name, never the agent's own address.
    auto author = db::UserRepository::findById(tx, article.authorId.value_or(0));
    message->set("author_name", author ? author->name : std::string());
    auto data = protocol::newObject();
    data->set("channel_id", channel.id);
    data->set("integration_id", integration);
    data->set("ticket", ticketJson);
    data->set("user", userJson);
    data->set("message", message);
    return Webhooks::deliveryBody(uuid, CustomChannels::kReplyEvent, nowIso(), data);
}

/// Omnidesk's body of an agent's message to a custom channel (what a receiver written for
/// Omnidesk reads: /work/shared/protocols/omnidesk.md §3.4): {"type":"message_new","object":{…}}.
std::string omnideskReplyBody(db::Tx &tx, const db::CustomChannel &channel, const protocol::Ticket &ticket,
                              const protocol::Article &article)
{
    auto object = protocol::newObject();
    object->set("message_id", article.id);
    object->set("case_id", ticket.id);
    object->set("staff_id", article.authorId ? Poco::Dynamic::Var(*article.authorId) : Poco::Dynamic::Var());
    object->set("user_id", ticket.customerId);
    object->set("custom_user_id", externalIdIn(tx, channel.integrationId, "user", ticket.customerId));
    object->set("content", article.bodyText);
    object->set("note", false); // internal notes are never delivered
    object->set("sent_via_rule", false);
    auto body = protocol::newObject();
    body->set("type", "message_new");
    body->set("object", object);
    return protocol::toJsonText(body);
}
} // namespace

protocol::JsonObject CustomChannels::create(db::Tx &tx, const Actor &actor, std::int64_t integrationId,
                                            protocol::JsonReader &request)
{
    permissions::requireAdmin(actor);
    if (!db::WebhookRepository::integrationExists(tx, integrationId))
        throw ApiError(ErrorCode::NotFound, "no such integration", "id");
    const auto name = checkedName(request.requireString("name"));
    const auto url = Webhooks::checkedUrl(request.requireString("url"));
    const auto groupId = checkedGroup(tx, request.requireInt("group_id"));
    const auto format = checkedFormat(request.optString("format").value_or("helpdesk"));
    const auto active = request.optBool("active").value_or(true);
    request.finish();
    const auto secret = Webhooks::newSecret();
    const auto subscriptionId =
        db::WebhookRepository::insertSubscription(tx, integrationId, url, secrets::seal(secret), {kReplyEvent}, active);
    const auto id = db::CustomChannelRepository::insert(tx, integrationId, name, groupId, subscriptionId, format);
    auto json = db::CustomChannelRepository::json(tx, id);
    audit::record(tx, actor, "custom_channel.created", kAuditKind, id, nullptr, json, {"secret"});
    json->set("secret", secret);
    return json;
}

protocol::JsonObject CustomChannels::update(db::Tx &tx, const Actor &actor, std::int64_t id,
                                            protocol::JsonReader &request)
{
    permissions::requireAdmin(actor);
    auto name = request.optString("name");
    if (name)
        checkedName(*name);
    auto url = request.optString("url");
    if (url)
        Webhooks::checkedUrl(*url);
    auto groupId = request.optInt("group_id");
    if (groupId)
        checkedGroup(tx, *groupId);
    auto format = request.optString("format");
    if (format)
        checkedFormat(*format);
    const auto active = request.optBool("active");
    request.finish();
    const auto channel = requireChannel(tx, id);
    const auto before = db::CustomChannelRepository::json(tx, id);
    db::CustomChannelRepository::update(tx, id, name, groupId, format);
    db::WebhookRepository::updateSubscription(tx, channel.subscriptionId, url, std::nullopt, active);
    if ((active && *active) || url) {
        // What waited while it was off, or for a receiver that was down, goes now.
        Webhooks::resume(tx, channel.subscriptionId);
    }
    auto after = db::CustomChannelRepository::json(tx, id);
    audit::record(tx, actor, "custom_channel.updated", kAuditKind, id, before, after);
    return after;
}

protocol::JsonObject CustomChannels::rotateSecret(db::Tx &tx, const Actor &actor, std::int64_t id)
{
    permissions::requireAdmin(actor);
    const auto channel = requireChannel(tx, id);
    const auto secret = Webhooks::newSecret();
    db::WebhookRepository::replaceSecret(tx, channel.subscriptionId, secrets::seal(secret));
    auto json = db::CustomChannelRepository::json(tx, id);
    audit::record(tx, actor, "custom_channel.secret_rotated", kAuditKind, id, json, json, {"secret"});
    json->set("secret", secret);
    return json;
}

void CustomChannels::remove(db::Tx &tx, const Actor &actor, std::int64_t id)
{
    permissions::requireAdmin(actor);
    const auto channel = requireChannel(tx, id);
    const auto before = db::CustomChannelRepository::json(tx, id);
    // The channel goes with its webhook (ON DELETE CASCADE); its tickets keep their articles.
    db::WebhookRepository::deleteSubscription(tx, channel.subscriptionId);
    audit::record(tx, actor, "custom_channel.deleted", kAuditKind, id, before, nullptr);
}

protocol::JsonArray CustomChannels::directory(db::Tx &tx, const Actor &actor)
{
    permissions::requireStaff(actor);
    return db::CustomChannelRepository::directory(
        tx, actor.integration ? std::optional<std::int64_t>(actor.integration->id) : std::nullopt);
}

protocol::JsonArray CustomChannels::list(db::Tx &tx, const Actor &actor, std::int64_t integrationId)
{
    if (!(actor.integration && actor.integration->id == integrationId))
        permissions::requireAdmin(actor);
    if (!db::WebhookRepository::integrationExists(tx, integrationId))
        throw ApiError(ErrorCode::NotFound, "no such integration", "id");
    return db::CustomChannelRepository::listOf(tx, integrationId);
}

CreateOutcome CustomChannels::openTicket(db::Tx &tx, const Actor &actor, std::int64_t channelId,
                                         const protocol::JsonObject &params)
{
    const auto channel = channelOfCaller(tx, actor, channelId);
    auto fields = protocol::parseJsonObject(protocol::toJsonText(params));
    fields->remove("id");
    auto ticketKey = takeExternalId(fields, "external_id", "external_id");
    auto messageKey = takeExternalId(fields, "message_external_id", "message_external_id");
    protocol::JsonReader reader(fields);
    auto userObject = reader.optObject("user");
    const auto title = reader.requireString("title");
    protocol::ArticleParams message;
    message.channel = "web";
    message.bodyText = reader.optString("body_text").value_or("");
    message.bodyHtml = reader.optString("body_html");
    reader.finish();
    if (!userObject)
        throw ApiError(ErrorCode::ValidationFailed, "name the end user: user.external_id", "user");
    auto answer = protocol::newObject();
    if (ticketKey)
        if (auto existing = claim(tx, channel.integrationId, "ticket", *ticketKey)) {
            auto ticket = TicketService::get(tx, actor, *existing);
            if (ticket.channelId != channel.id)
                throw ApiError(ErrorCode::Conflict, "external_id " + *ticketKey + " names a ticket of another channel",
                               "external_id");
            answer->set("ticket",
                        ExternalIds::withLinks(tx, actor, ExternalKind::Ticket, TicketView::of(tx, actor, ticket)));
            answer->set("article", Poco::Dynamic::Var());
            answer->set("user",
                        userJson(*db::UserRepository::findById(tx, ticket.customerId),
                                 externalIdIn(tx, channel.integrationId, "user", ticket.customerId).toString()));
            return {answer, false};
        }
    const auto user = endUser(tx, channel.integrationId, userObject);
    const auto userExternalId = externalIdIn(tx, channel.integrationId, "user", user.id).toString();
    // The end user opens it (history, events); the channel decides the group.
    protocol::Ticket draft;
    draft.title = title;
    draft.groupId = channel.groupId;
    draft.customerId = user.id;
    draft.organizationId = user.organizationId;
    draft.channelId = channel.id;
    auto customer = loadActor(tx, user.id);
    if (!customer)
        throw ApiError(ErrorCode::Forbidden, "the end user's account is turned off", "user.external_id");
    auto created = TicketService::openChannelTicket(tx, *customer, draft, message);
    if (ticketKey)
        db::ExternalIdRepository::link(tx, channel.integrationId, "ticket", *ticketKey, created.ticket.id);
    if (messageKey)
        db::ExternalIdRepository::link(tx, channel.integrationId, "article", *messageKey, created.article.id);
    answer->set("ticket",
                ExternalIds::withLinks(tx, actor, ExternalKind::Ticket, TicketView::of(tx, actor, created.ticket)));
    answer->set("article", ExternalIds::withLinks(tx, actor, ExternalKind::Article, created.article.toJson()));
    answer->set("user", userJson(user, userExternalId));
    return {answer, true};
}

CreateOutcome CustomChannels::postMessage(db::Tx &tx, const Actor &actor, std::int64_t channelId, std::int64_t ticketId,
                                          const protocol::JsonObject &params)
{
    const auto channel = channelOfCaller(tx, actor, channelId);
    auto fields = protocol::parseJsonObject(protocol::toJsonText(params));
    fields->remove("id");
    fields->remove("ticket_id");
    auto messageKey = takeExternalId(fields, "external_id", "external_id");
    protocol::JsonReader reader(fields);
    auto userObject = reader.optObject("user");
    protocol::ArticleParams message;
    message.channel = "web";
    message.bodyText = reader.optString("body_text").value_or("");
    message.bodyHtml = reader.optString("body_html");
    reader.finish();
    auto ticket = db::TicketRepository::get(tx, ticketId);
    if (!ticket || ticket->channelId != channel.id)
        throw ApiError(ErrorCode::NotFound, "no such ticket on this channel", "ticket_id");
    auto answer = protocol::newObject();
    if (messageKey)
        if (auto existing = claim(tx, channel.integrationId, "article", *messageKey)) {
            if (db::ArticleRepository::ticketOf(tx, *existing) != ticket->id)
                throw ApiError(ErrorCode::Conflict, "external_id " + *messageKey + " names a message of another ticket",
                               "external_id");
            for (const auto &article : db::ArticleRepository::list(tx, ticket->id, true))
                if (article.id == *existing) {
                    answer->set("article", ExternalIds::withLinks(tx, actor, ExternalKind::Article, article.toJson()));
                    return {answer, false};
                }
        }
    const auto user = endUser(tx, channel.integrationId, userObject);
    auto customer = loadActor(tx, user.id);
    if (!customer)
        throw ApiError(ErrorCode::Forbidden, "the end user's account is turned off", "user.external_id");
    // Written as the end user: a customer's message (reopens, notifies the agents, never echoed back).
    auto article = TicketService::addArticle(tx, *customer, ticket->id, message);
    if (messageKey)
        db::ExternalIdRepository::link(tx, channel.integrationId, "article", *messageKey, article.id);
    answer->set("article", ExternalIds::withLinks(tx, actor, ExternalKind::Article, article.toJson()));
    return {answer, true};
}

bool CustomChannels::isDeliveredReply(const protocol::Article &article)
{
    return Webhooks::isAgentReply(article.internal, article.sender, article.channel);
}

void CustomChannels::queueReply(db::Tx &tx, const protocol::Ticket &ticket, const protocol::Article &article)
{
    if (!ticket.channelId)
        return;
    auto channel = db::CustomChannelRepository::find(tx, *ticket.channelId);
    if (!channel)
        return;
    db::NewWebhookDelivery delivery;
    delivery.subscriptionId = channel->subscriptionId;
    delivery.uuid = Webhooks::newDeliveryUuid();
    delivery.event = kReplyEvent;
    delivery.ticketId = ticket.id;
    delivery.articleId = article.id;
    delivery.body = channel->format == "omnidesk" ? omnideskReplyBody(tx, *channel, ticket, article)
                                                  : replyBody(tx, *channel, ticket, article, delivery.uuid);
    db::WebhookRepository::insertDelivery(tx, delivery);
    Webhooks::scheduleDelivery(tx, channel->subscriptionId, 0);
}

} // namespace helpdesk::domain
