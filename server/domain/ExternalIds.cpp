#include "domain/ExternalIds.h"

#include "db/ArticleRepository.h"
#include "db/ExternalIdRepository.h"
#include "db/UserRepository.h"
#include "domain/AdminService.h"
#include "domain/Permissions.h"
#include "domain/TicketService.h"
#include "domain/TicketView.h"
#include "protocol/Messages.h"
#include "protocol/ProtocolError.h"

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;
using helpdesk::protocol::JsonArray;
using helpdesk::protocol::JsonObject;

namespace helpdesk::domain {

namespace {
constexpr std::size_t kMaxExternalId = 200;

const char *nameOf(ExternalKind kind)
{
    switch (kind) {
    case ExternalKind::Ticket:
        return "ticket";
    case ExternalKind::Article:
        return "article";
    case ExternalKind::User:
        return "user";
    }
    return "";
}

/// A copy the key's parameters can be taken out of before the strict read of the rest.
JsonObject copyOf(const JsonObject &params)
{
    return protocol::parseJsonObject(protocol::toJsonText(params));
}

/// An external id as text: outside systems' ids are often numbers (and a query string's digits
/// arrive as one).
std::string externalIdText(const Poco::Dynamic::Var &value)
{
    if (!value.isString() && !value.isInteger())
        throw ApiError(ErrorCode::ValidationFailed, "external_id must be a text or a number", "external_id");
    auto text = value.toString();
    if (text.empty() || text.size() > kMaxExternalId)
        throw ApiError(ErrorCode::ValidationFailed, "external_id must have 1 to 200 characters", "external_id");
    return text;
}

enum class Use { Create, Search };

/// Takes `external_id` and `integration` out of `params`; nothing when there is no external id.
/// The integration is the calling token's (naming another is refused); other callers name one:
/// administrators to create, staff to search.
std::optional<ExternalKey> takeKey(db::Tx &tx, const Actor &actor, JsonObject &params, Use use)
{
    if (!params->has("external_id")) {
        if (params->has("integration"))
            throw ApiError(ErrorCode::ValidationFailed, "integration goes with an external_id", "integration");
        return std::nullopt;
    }
    ExternalKey key;
    key.externalId = externalIdText(params->get("external_id"));
    std::optional<std::int64_t> named;
    if (params->has("integration")) {
        const auto value = params->get("integration");
        if (!value.isInteger())
            throw ApiError(ErrorCode::ValidationFailed, "integration must be an integration's id", "integration");
        named = value.convert<std::int64_t>();
    }
    params->remove("external_id");
    params->remove("integration");
    if (actor.integration) {
        if (named && *named != actor.integration->id)
            throw ApiError(ErrorCode::Forbidden,
                           "this token belongs to the integration '" + actor.integration->name +
                               "' and may not use the external ids of another integration",
                           "integration");
        key.integrationId = actor.integration->id;
        return key;
    }
    if (!named)
        throw ApiError(ErrorCode::ValidationFailed, "name the integration whose external_id this is", "integration");
    if (use == Use::Search)
        permissions::requireStaff(actor);
    else if (!actor.isAdmin())
        throw ApiError(ErrorCode::Forbidden, "only an integration's token or an administrator sets external ids",
                       "external_id");
    if (!db::ExternalIdRepository::integration(tx, *named))
        throw ApiError(ErrorCode::ValidationFailed, "no integration " + std::to_string(*named), "integration");
    key.integrationId = *named;
    return key;
}

/// Holds the key against concurrent creates and returns the local id it already names. The
/// lock is the transaction's first write-side step, so a second identical request waits here
/// and then finds the first one's link (read committed: each statement sees what committed).
std::optional<std::int64_t> claim(db::Tx &tx, ExternalKind kind, const ExternalKey &key)
{
    db::ExternalIdRepository::lockKey(tx, key.integrationId, nameOf(kind), key.externalId);
    return db::ExternalIdRepository::localId(tx, key.integrationId, nameOf(kind), key.externalId);
}

void link(db::Tx &tx, ExternalKind kind, const ExternalKey &key, std::int64_t localId)
{
    db::ExternalIdRepository::link(tx, key.integrationId, nameOf(kind), key.externalId, localId);
}

/// The ticket the key names when the actor may see it.
std::optional<protocol::Ticket> visibleTicket(db::Tx &tx, const Actor &actor, std::int64_t id)
{
    try {
        return TicketService::get(tx, actor, id);
    } catch (const ApiError &e) {
        if (e.code() == ErrorCode::NotFound || e.code() == ErrorCode::Forbidden)
            return std::nullopt;
        throw;
    }
}
} // namespace

CreateOutcome ExternalIds::createTicket(db::Tx &tx, const Actor &actor, const JsonObject &params)
{
    auto fields = copyOf(params);
    auto key = takeKey(tx, actor, fields, Use::Create);
    if (key) {
        if (auto existing = claim(tx, ExternalKind::Ticket, *key)) {
            auto answer = protocol::newObject();
            answer->set("ticket", TicketView::of(tx, actor, TicketService::get(tx, actor, *existing)));
            answer->set("article", Poco::Dynamic::Var());
            return {answer, false};
        }
    }
    auto answer = TicketService::create(tx, actor, protocol::TicketCreateParams::fromJson(fields));
    if (key) {
        auto ticket = answer->getObject("ticket");
        link(tx, ExternalKind::Ticket, *key, ticket->getValue<std::int64_t>("id"));
        withLinks(tx, actor, ExternalKind::Ticket, ticket);
    }
    return {answer, true};
}

CreateOutcome ExternalIds::createArticle(db::Tx &tx, const Actor &actor, std::int64_t ticketId,
                                         const JsonObject &params)
{
    auto fields = copyOf(params);
    auto key = takeKey(tx, actor, fields, Use::Create);
    if (key) {
        if (auto existing = claim(tx, ExternalKind::Article, *key)) {
            const auto ticket = TicketService::get(tx, actor, ticketId);
            if (db::ArticleRepository::ticketOf(tx, *existing) != ticket.id)
                throw ApiError(ErrorCode::Conflict,
                               "external_id " + key->externalId + " names an article of another ticket", "external_id");
            // As the article list shows it to the actor (an internal note is not a customer's).
            const auto articles = TicketService::articles(tx, actor, ticket.id);
            for (unsigned i = 0; i < articles->size(); ++i) {
                auto shown = articles->getObject(i);
                if (shown->getValue<std::int64_t>("id") == *existing) {
                    auto answer = protocol::newObject();
                    answer->set("article", shown);
                    return {answer, false};
                }
            }
            throw ApiError(ErrorCode::NotFound, "external_id " + key->externalId + " names an article you may not see",
                           "external_id");
        }
    }
    auto article = TicketService::addArticle(tx, actor, ticketId, protocol::ArticleParams::fromJson(fields)).toJson();
    if (key)
        link(tx, ExternalKind::Article, *key, article->getValue<std::int64_t>("id"));
    auto answer = protocol::newObject();
    answer->set("article", withLinks(tx, actor, ExternalKind::Article, article));
    return {answer, true};
}

CreateOutcome ExternalIds::createUser(db::Tx &tx, const Actor &actor, const JsonObject &params)
{
    auto fields = copyOf(params);
    auto key = takeKey(tx, actor, fields, Use::Create);
    auto answer = protocol::newObject();
    if (!key) {
        answer->set("user",
                    withLinks(tx, actor, ExternalKind::User, AdminService::createUser(tx, actor, fields).toJson()));
        return {answer, true};
    }
    if (auto existing = claim(tx, ExternalKind::User, *key)) {
        answer->set("user",
                    withLinks(tx, actor, ExternalKind::User, AdminService::getUser(tx, actor, *existing).toJson()));
        return {answer, false};
    }
    // The integration's end users are customers of the desk.
    if (fields->has("role") && fields->get("role").toString() != "customer")
        throw ApiError(ErrorCode::ValidationFailed,
                       "a user with an external id is the integration's end user: a customer", "role");
    // One already known by the address (an earlier e-mail, another integration) is linked, not refused.
    if (fields->has("email"))
        if (auto known = db::UserRepository::findByEmail(tx, fields->get("email").toString())) {
            if (known->user.role != protocol::Role::Customer)
                throw ApiError(ErrorCode::Conflict, "the address belongs to a staff account", "email");
            permissions::requireStaff(actor);
            link(tx, ExternalKind::User, *key, known->user.id);
            answer->set("user", withLinks(tx, actor, ExternalKind::User, known->user.toJson()));
            return {answer, false};
        }
    auto created = AdminService::createUser(tx, actor, fields);
    link(tx, ExternalKind::User, *key, created.id);
    answer->set("user", withLinks(tx, actor, ExternalKind::User, created.toJson()));
    return {answer, true};
}

JsonArray ExternalIds::listTickets(db::Tx &tx, const Actor &actor, const JsonObject &params)
{
    auto fields = copyOf(params);
    auto key = takeKey(tx, actor, fields, Use::Search);
    if (!key)
        return TicketService::list(tx, actor, protocol::TicketListParams::fromJson(fields));
    if (fields->size() > 0)
        throw ApiError(ErrorCode::ValidationFailed, "external_id is searched alone", fields->begin()->first);
    std::vector<protocol::Ticket> found;
    if (auto id = db::ExternalIdRepository::localId(tx, key->integrationId, "ticket", key->externalId))
        if (auto ticket = visibleTicket(tx, actor, *id))
            found.push_back(*ticket);
    return TicketView::ofAll(tx, actor, found);
}

JsonArray ExternalIds::listUsers(db::Tx &tx, const Actor &actor, const JsonObject &params)
{
    auto fields = copyOf(params);
    auto key = takeKey(tx, actor, fields, Use::Search);
    JsonArray users;
    if (!key) {
        users = AdminService::listUsers(tx, actor, fields);
    } else {
        if (fields->size() > 0)
            throw ApiError(ErrorCode::ValidationFailed, "external_id is searched alone", fields->begin()->first);
        permissions::requireStaff(actor);
        users = protocol::newArray();
        if (auto id = db::ExternalIdRepository::localId(tx, key->integrationId, "user", key->externalId))
            users->add(AdminService::getUser(tx, actor, *id).toJson());
    }
    addLinks(tx, actor, ExternalKind::User, users);
    return users;
}

void ExternalIds::addLinks(db::Tx &tx, const Actor &actor, ExternalKind kind, const JsonArray &objects)
{
    if (!actor.isStaff() || !objects || objects->size() == 0)
        return;
    std::vector<std::int64_t> ids;
    for (unsigned i = 0; i < objects->size(); ++i)
        ids.push_back(objects->getObject(i)->getValue<std::int64_t>("id"));
    const auto only = actor.integration ? std::optional(actor.integration->id) : std::nullopt;
    auto links = db::ExternalIdRepository::linksOf(tx, nameOf(kind), ids, only);
    for (unsigned i = 0; i < objects->size(); ++i) {
        auto object = objects->getObject(i);
        auto list = protocol::newArray();
        for (const auto &found : links[object->getValue<std::int64_t>("id")]) {
            auto entry = protocol::newObject();
            entry->set("integration_id", found.integrationId);
            entry->set("external_id", found.externalId);
            list->add(entry);
        }
        object->set("external_ids", list);
    }
}

JsonObject ExternalIds::withLinks(db::Tx &tx, const Actor &actor, ExternalKind kind, const JsonObject &object)
{
    auto one = protocol::newArray();
    one->add(object);
    addLinks(tx, actor, kind, one);
    return object;
}

} // namespace helpdesk::domain
