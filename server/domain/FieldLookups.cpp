#include "domain/FieldLookups.h"

#include "db/ConfigRepository.h"
#include "db/JobRepository.h"
#include "db/TicketRepository.h"
#include "db/UserRepository.h"
#include "db/WebhookRepository.h"
#include "domain/Audit.h"
#include "domain/CustomFields.h"
#include "domain/ExternalIds.h"
#include "domain/Permissions.h"
#include "domain/Secrets.h"
#include "domain/TicketEvents.h"
#include "domain/TicketService.h"
#include "domain/TicketView.h"
#include "domain/Webhooks.h"
#include "protocol/ProtocolError.h"

#include <map>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
// Of the job that runs one lookup; its own attempts and backoff are the lookup's (FieldLookupDelivery).
constexpr int kJobAttempts = 5;

/// The desk itself: sees every ticket and every integration's external ids.
Actor systemActor()
{
    Actor actor;
    actor.role = protocol::Role::Admin;
    return actor;
}

/// The object a created event is about, as (entity, id).
std::optional<std::pair<std::string, std::int64_t>> createdObjectOf(const db::EventRow &row)
{
    if (row.event.kind == "ticket.created" && row.event.ticketId)
        return std::pair<std::string, std::int64_t>{"ticket", *row.event.ticketId};
    if (row.event.kind == "user.created" && row.event.data && row.event.data->has("user"))
        return std::pair<std::string, std::int64_t>{"user",
                                                    row.event.data->getObject("user")->getValue<std::int64_t>("id")};
    return std::nullopt;
}

std::optional<std::string> text(const protocol::JsonObject &custom, const std::string &key)
{
    if (!custom || !custom->has(key) || custom->isNull(key))
        return std::nullopt;
    return custom->get(key).toString();
}

std::string joined(const std::vector<std::string> &parts)
{
    std::string out;
    for (const auto &part : parts)
        out += (out.empty() ? "" : "; ") + part;
    return out;
}
} // namespace

void FieldLookups::queueFor(db::Tx &tx, const std::vector<db::EventRow> &events)
{
    std::map<std::string, std::vector<std::int64_t>> asked; // per entity, read once per batch
    for (const auto &row : events) {
        auto object = createdObjectOf(row);
        if (!object)
            continue;
        auto known = asked.find(object->first);
        if (known == asked.end())
            known = asked.emplace(object->first, db::FieldLookupRepository::integrationsAsked(tx, object->first)).first;
        for (auto integrationId : known->second)
            if (auto id =
                    db::FieldLookupRepository::insert(tx, integrationId, object->first, object->second, row.event.seq))
                schedule(tx, *id, 0);
    }
}

int FieldLookups::askAgain(db::Tx &tx, const Actor &actor, const std::string &entity, std::int64_t id)
{
    permissions::requireStaff(actor);
    if (entity == "ticket") {
        const auto ticket = TicketService::get(tx, actor, id);
        permissions::requireWrite(actor, scopeOf(ticket));
    } else {
        // Who may change the person (AdminService::updateUser): admins anyone, other staff customers.
        auto user = db::UserRepository::findById(tx, id);
        if (!user)
            throw ApiError(ErrorCode::NotFound, "no user " + std::to_string(id), "id");
        if (!actor.isAdmin() && user->role != protocol::Role::Customer)
            throw ApiError(ErrorCode::Forbidden, "you may not change this user");
    }
    const auto integrations = db::FieldLookupRepository::integrationsAsked(tx, entity);
    if (integrations.empty())
        throw ApiError(ErrorCode::ValidationFailed,
                       "no active integration with a lookup URL fills fields of " + entity + "s", "id");
    for (auto integrationId : integrations)
        if (auto lookup = db::FieldLookupRepository::insert(tx, integrationId, entity, id, std::nullopt))
            schedule(tx, *lookup, 0);
    return static_cast<int>(integrations.size());
}

void FieldLookups::schedule(db::Tx &tx, std::int64_t lookupId, int delaySeconds)
{
    auto payload = protocol::newObject();
    payload->set("lookup_id", lookupId);
    db::JobRepository::enqueueOnce(tx, kQueue, payload, delaySeconds, kJobAttempts);
}

std::string FieldLookups::requestBody(db::Tx &tx, const db::FieldLookup &lookup)
{
    const auto desk = systemActor();
    auto data = protocol::newObject();
    data->set("entity", lookup.entity);
    std::int64_t personId = lookup.entityId;
    if (lookup.entity == "ticket") {
        auto ticket = db::TicketRepository::get(tx, lookup.entityId);
        if (!ticket)
            throw ApiError(ErrorCode::NotFound, "the ticket is gone", "id");
        data->set("ticket", TicketView::of(tx, desk, *ticket));
        personId = ticket->customerId;
    }
    if (auto user = db::UserRepository::findById(tx, personId))
        data->set("user", ExternalIds::withLinks(tx, desk, ExternalKind::User, user->toJson()));
    return Webhooks::deliveryBody(lookup.uuid, kEvent, lookup.createdAt, data);
}

std::string FieldLookups::applyAnswer(db::Tx &tx, const db::FieldLookup &lookup, const protocol::JsonObject &fields)
{
    const auto definitions = db::ConfigRepository::customFields(tx, lookup.entity);
    auto owned = customfields::ownedValues(definitions, lookup.integrationId, fields);
    if (owned.values->size() == 0)
        return joined(owned.ignored);
    try {
        if (lookup.entity == "ticket") {
            auto ticket = db::TicketRepository::get(tx, lookup.entityId, true);
            if (!ticket)
                return "the ticket is gone";
            auto after = *ticket;
            after.custom = customfields::apply(definitions, ticket->custom, owned.values, false);
            std::vector<std::string> changed;
            for (const auto &[key, value] : *owned.values) {
                auto before = text(ticket->custom, key);
                auto now = text(after.custom, key);
                if (before == now)
                    continue;
                // By no one: the desk wrote what the integration answered.
                db::TicketRepository::addHistory(tx, ticket->id, std::nullopt, "custom." + key, before, now);
                changed.push_back("custom." + key);
            }
            if (!changed.empty())
                db::EventRepository::append(
                    tx, TicketEvents::updated(db::TicketRepository::update(tx, after), std::nullopt, changed));
        } else {
            auto user = db::UserRepository::findById(tx, lookup.entityId);
            if (!user)
                return "the user is gone";
            auto after = *user;
            after.custom = customfields::apply(definitions, user->custom, owned.values, false);
            if (protocol::toJsonText(after.custom) != protocol::toJsonText(user->custom)) {
                auto stored = db::UserRepository::update(tx, after);
                db::NewEvent event;
                event.kind = "user.updated";
                event.audience = db::Audience::Staff;
                event.userId = stored.id;
                event.data = protocol::newObject();
                event.data->set("user", stored.toJson());
                db::EventRepository::append(tx, event);
                audit::record(tx, systemActor(), "user.updated", "user", stored.id, user->toJson(), stored.toJson());
            }
        }
    } catch (const ApiError &e) {
        owned.ignored.emplace_back(e.what()); // a required field cleared: nothing of this answer is set
    }
    return joined(owned.ignored);
}

protocol::JsonObject FieldLookups::rotateSecret(db::Tx &tx, const Actor &actor, std::int64_t integrationId)
{
    permissions::requireAdmin(actor);
    if (!db::WebhookRepository::integrationExists(tx, integrationId))
        throw ApiError(ErrorCode::NotFound, "no such integration", "id");
    const auto secret = Webhooks::newSecret();
    db::FieldLookupRepository::setSecret(tx, integrationId, secrets::seal(secret));
    audit::record(tx, actor, "integration.lookup_secret_rotated", "integration", integrationId, nullptr, nullptr,
                  {"lookup_secret"});
    auto answer = protocol::newObject();
    answer->set("lookup_secret", secret);
    return answer;
}

std::optional<std::string> FieldLookups::firstSecret(db::Tx &tx, std::int64_t integrationId)
{
    if (db::FieldLookupRepository::hasSecret(tx, integrationId))
        return std::nullopt;
    const auto secret = Webhooks::newSecret();
    db::FieldLookupRepository::setSecret(tx, integrationId, secrets::seal(secret));
    return secret;
}

} // namespace helpdesk::domain
