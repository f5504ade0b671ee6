#include "domain/TriggerService.h"

#include "db/ArticleRepository.h"
#include "db/EventRepository.h"
#include "db/TicketRepository.h"
#include "db/TriggerRepository.h"
#include "db/UserRepository.h"
#include "domain/MailOutbox.h"
#include "domain/MailSettings.h"
#include "domain/Permissions.h"
#include "domain/SlaService.h"
#include "domain/TicketEvents.h"
#include "domain/TicketService.h"
#include "protocol/ProtocolError.h"

#include <Poco/Logger.h>

#include <algorithm>
#include <set>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;
using helpdesk::protocol::JsonObject;

namespace helpdesk::domain {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.automation");
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool inList(const JsonObject &o, const char *key, std::int64_t value)
{
    auto list = o->getArray(key);
    if (!list)
        return true; // no list: no restriction
    for (unsigned i = 0; i < list->size(); ++i)
        if (list->getElement<std::int64_t>(i) == value)
            return true;
    return false;
}

std::string replaceAll(std::string text, const std::string &from, const std::string &to)
{
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

/// Everything the conditions look at, read once.
struct Facts {
    protocol::Ticket ticket;
    std::string customerEmail;
    std::string customerName;
    bool slaBreached = false;
    double idleMinutes = 0;
    bool pendingExpired = false;
};

Facts factsOf(db::Tx &tx, const protocol::Ticket &ticket)
{
    Facts f;
    f.ticket = ticket;
    auto more = db::TriggerRepository::ticketFacts(tx, ticket.id);
    f.customerEmail = more.customerEmail;
    f.customerName = more.customerName;
    f.slaBreached = more.slaBreached;
    f.idleMinutes = more.idleMinutes;
    f.pendingExpired = more.pendingExpired;
    return f;
}

bool matches(const JsonObject &c, const Facts &f)
{
    const auto &t = f.ticket;
    if (auto types = c->getArray("state_types")) {
        bool any = false;
        for (unsigned i = 0; i < types->size(); ++i)
            any |= types->getElement<std::string>(i) == t.stateType;
        if (!any)
            return false;
    }
    if (!inList(c, "group_ids", t.groupId) || !inList(c, "priority_ids", t.priorityId))
        return false;
    if (c->has("type_ids") && (!t.typeId || !inList(c, "type_ids", *t.typeId)))
        return false;
    if (auto include = c->getArray("tags_include"))
        for (unsigned i = 0; i < include->size(); ++i)
            if (std::find(t.tags.begin(), t.tags.end(), lower(include->getElement<std::string>(i))) == t.tags.end())
                return false;
    if (auto exclude = c->getArray("tags_exclude"))
        for (unsigned i = 0; i < exclude->size(); ++i)
            if (std::find(t.tags.begin(), t.tags.end(), lower(exclude->getElement<std::string>(i))) != t.tags.end())
                return false;
    if (c->has("title_contains") &&
        lower(t.title).find(lower(c->getValue<std::string>("title_contains"))) == std::string::npos)
        return false;
    if (c->has("sender_email_contains") &&
        lower(f.customerEmail).find(lower(c->getValue<std::string>("sender_email_contains"))) == std::string::npos)
        return false;
    if (auto custom = c->getObject("custom"))
        for (const auto &[name, value] : *custom)
            if (!t.custom || !t.custom->has(name) || t.custom->get(name).toString() != value.toString())
                return false;
    if (c->has("sla_breached") && c->getValue<bool>("sla_breached") != f.slaBreached)
        return false;
    if (c->has("idle_minutes") && f.idleMinutes < c->getValue<double>("idle_minutes"))
        return false;
    if (c->has("pending_expired") && c->getValue<bool>("pending_expired") != f.pendingExpired)
        return false;
    return true;
}

std::string fill(const std::string &text, const Facts &f)
{
    auto out = replaceAll(text, "{ticket_number}", std::to_string(f.ticket.number));
    out = replaceAll(out, "{ticket_title}", f.ticket.title);
    out = replaceAll(out, "{customer_name}", f.customerName);
    return out;
}

/// Applies actions as `actorId` (null: the system). `label` names the cause in the history.
/// Returns true when the ticket changed.
bool apply(db::Tx &tx, const JsonObject &actions, protocol::Ticket ticket, std::optional<std::int64_t> actorId,
           const std::string &label)
{
    auto before = ticket;
    auto facts = factsOf(tx, ticket);
    std::vector<std::tuple<std::string, std::string, std::string>> changes;
    if (auto set = actions->getObject("set")) {
        auto field = [&](const char *key, auto &member) {
            if (!set->has(key))
                return;
            using T = std::decay_t<decltype(member)>;
            if constexpr (std::is_same_v<T, std::optional<std::int64_t>>) {
                member =
                    set->isNull(key) ? std::nullopt : std::optional<std::int64_t>(set->getValue<std::int64_t>(key));
            } else {
                member = set->getValue<std::int64_t>(key);
            }
        };
        field("state_id", ticket.stateId);
        field("priority_id", ticket.priorityId);
        field("group_id", ticket.groupId);
        field("owner_id", ticket.ownerId);
        field("type_id", ticket.typeId);
        auto str = [](const auto &v) {
            if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::optional<std::int64_t>>)
                return v ? std::to_string(*v) : std::string();
            else
                return std::to_string(v);
        };
        if (ticket.stateId != before.stateId)
            changes.emplace_back("state_id", str(before.stateId), str(ticket.stateId));
        if (ticket.priorityId != before.priorityId)
            changes.emplace_back("priority_id", str(before.priorityId), str(ticket.priorityId));
        if (ticket.groupId != before.groupId)
            changes.emplace_back("group_id", str(before.groupId), str(ticket.groupId));
        if (ticket.ownerId != before.ownerId)
            changes.emplace_back("owner_id", str(before.ownerId), str(ticket.ownerId));
        if (ticket.typeId != before.typeId)
            changes.emplace_back("type_id", str(before.typeId), str(ticket.typeId));
    }
    std::set<std::string> tags(ticket.tags.begin(), ticket.tags.end());
    if (auto add = actions->getArray("add_tags"))
        for (unsigned i = 0; i < add->size(); ++i)
            tags.insert(lower(add->getElement<std::string>(i)));
    if (auto remove = actions->getArray("remove_tags"))
        for (unsigned i = 0; i < remove->size(); ++i)
            tags.erase(lower(remove->getElement<std::string>(i)));
    std::vector<std::string> newTags(tags.begin(), tags.end());
    const std::set<std::string> oldTags(before.tags.begin(), before.tags.end());
    bool tagsChanged = tags != oldTags;
    bool changed = !changes.empty() || tagsChanged;
    if (changed) {
        if (tagsChanged) {
            db::TicketRepository::setTags(tx, ticket.id, newTags);
            changes.emplace_back("tags", "", "");
        }
        ticket.tags = newTags;
        auto stored = db::TicketRepository::update(tx, ticket);
        SlaService::refresh(tx, stored.id);
        for (const auto &[field, oldValue, newValue] : changes)
            if (field != "tags")
                db::TicketRepository::addHistory(tx, stored.id, actorId, field, oldValue, newValue);
        db::TicketRepository::addHistory(tx, stored.id, actorId, "automation", std::nullopt, label);
        auto fresh = *db::TicketRepository::get(tx, stored.id);
        db::EventRepository::append(tx, TicketEvents::updated(fresh, actorId, {}, before.groupId));
        ticket = fresh;
    }
    if (actions->has("note")) {
        protocol::Article note;
        note.ticketId = ticket.id;
        note.internal = true;
        note.sender = "system";
        note.channel = "note";
        note.from = label;
        note.subject = ticket.title;
        note.bodyText = fill(actions->getValue<std::string>("note"), facts);
        TicketService::appendArticle(tx, actorId, false, ticket, note); // counters, event, SLA as for any article
        changed = true;
    }
    auto settings = MailSettings::load(tx);
    if (auto email = actions->getObject("email")) {
        std::string to = email->optValue<std::string>("to", "customer");
        if (to == "customer")
            to = facts.customerEmail;
        else if (to == "owner")
            to = ticket.ownerId ? db::UserRepository::findById(tx, *ticket.ownerId).value_or(protocol::User{}).email
                                : "";
        if (ticket.channelId && !to.empty() && lower(to) == lower(facts.customerEmail)) {
            // A custom channel's end user hears from us through the channel, as the agents'
            // replies do; their address may be one no mail reaches (…@integration-N.invalid).
            db::TicketRepository::addHistory(tx, ticket.id, actorId, "automation.email_not_sent", std::nullopt,
                                             to + ": the customer of a custom channel's ticket is reached through "
                                                  "the channel, not by mail");
        } else if (MailOutbox::queueAutomaticMail(tx, settings, ticket, to,
                                                  fill(email->optValue<std::string>("subject", ticket.title), facts),
                                                  fill(email->optValue<std::string>("body", ""), facts))) {
            db::TicketRepository::addHistory(tx, ticket.id, actorId, "automation.email", std::nullopt, to);
        }
    }
    if (actions->has("notify_agents")) {
        std::string text = fill(actions->getValue<std::string>("notify_agents"), facts);
        for (const auto &to : db::UserRepository::presentOwnerOrFullAccessEmails(tx, ticket.ownerId, ticket.groupId))
            MailOutbox::queueSystemMail(tx, settings, to, messageids::taggedSubject(settings, ticket.number, label),
                                        text);
    }
    return changed;
}

const JsonObject kEmpty = protocol::newObject();

int runTriggers(db::Tx &tx, std::int64_t ticketId, const std::string &event)
{
    int fired = 0;
    for (const auto &trigger : db::TriggerRepository::activeFor(tx, event)) {
        auto ticket = db::TicketRepository::get(tx, ticketId, true);
        if (!ticket)
            return fired;
        // Loop protection: a few firings an hour at most; a time trigger once per change of the ticket.
        auto recent = db::TriggerRepository::firings(tx, trigger.id, ticketId);
        if (recent.lastHour >= TriggerService::kMaxFiringsPerHour || (event == "time" && recent.sinceTicketChanged > 0))
            continue;
        if (!matches(trigger.conditions, factsOf(tx, *ticket)))
            continue;
        db::TriggerRepository::recordFiring(tx, trigger.id, ticketId);
        apply(tx, trigger.actions, *ticket, std::nullopt, "trigger " + trigger.name);
        logger().information("trigger %s fired on ticket %s", trigger.name, std::to_string(ticket->number));
        ++fired;
    }
    return fired;
}
} // namespace

int TriggerService::run(db::Tx &tx, std::int64_t ticketId, const std::string &event)
{
    return runTriggers(tx, ticketId, event);
}

int TriggerService::runTimeTriggers(db::Tx &tx)
{
    if (!db::TriggerRepository::anyTimeTrigger(tx))
        return 0;
    int fired = 0;
    // Open work only; a thousand at a time, those untouched longest first.
    for (auto ticketId : db::TriggerRepository::openTicketsLeastRecentlyUpdated(tx))
        fired += runTriggers(tx, ticketId, "time");
    return fired;
}

protocol::JsonObject TriggerService::applyMacro(db::Tx &tx, const Actor &actor, std::int64_t ticketId,
                                                std::int64_t macroId)
{
    auto macro = db::TriggerRepository::activeMacro(tx, macroId);
    if (!macro)
        throw ApiError(ErrorCode::NotFound, "no macro " + std::to_string(macroId), "macro_id");
    auto ticket = db::TicketRepository::get(tx, ticketId, true);
    if (!ticket || !permissions::canReadTicket(actor, scopeOf(*ticket)))
        throw permissions::noSuchTicket();
    permissions::requireWrite(actor, scopeOf(*ticket));
    const auto &actions = macro->actions;
    if (auto set = actions->getObject("set"); set && set->has("group_id") && !set->isNull("group_id"))
        permissions::requireWrite(actor, {set->getValue<std::int64_t>("group_id"), ticket->customerId,
                                          ticket->organizationId, ticket->channelIntegrationId});
    if (apply(tx, actions, *ticket, actor.userId, "macro " + macro->name)) // an agent's change: it may take the ticket
        MailOutbox::acknowledgeOnAcceptance(tx, MailSettings::load(tx), *db::TicketRepository::get(tx, ticketId));
    run(tx, ticketId, "updated"); // an agent's change: the update triggers see it
    auto out = protocol::newObject();
    out->set("ticket", db::TicketRepository::get(tx, ticketId)->toJson());
    return out;
}

void TriggerService::validate(const protocol::JsonObject &conditions, const protocol::JsonObject &actions)
{
    static const std::set<std::string> conditionKeys{
        "state_types",  "group_ids",    "priority_ids",   "type_ids",
        "tags_include", "tags_exclude", "title_contains", "sender_email_contains",
        "custom",       "sla_breached", "idle_minutes",   "pending_expired"};
    static const std::set<std::string> actionKeys{"set", "add_tags", "remove_tags", "note", "email", "notify_agents"};
    static const std::set<std::string> setKeys{"state_id", "priority_id", "group_id", "owner_id", "type_id"};
    if (conditions)
        for (const auto &[key, value] : *conditions)
            if (!conditionKeys.count(key))
                throw ApiError(ErrorCode::ValidationFailed, "unknown condition " + key, "conditions." + key);
    if (!actions)
        return;
    for (const auto &[key, value] : *actions)
        if (!actionKeys.count(key))
            throw ApiError(ErrorCode::ValidationFailed, "unknown action " + key, "actions." + key);
    if (auto set = actions->getObject("set"))
        for (const auto &[key, value] : *set)
            if (!setKeys.count(key))
                throw ApiError(ErrorCode::ValidationFailed, "a trigger cannot set " + key, "actions.set." + key);
    if (auto email = actions->getObject("email"))
        if (!email->has("body"))
            throw ApiError(ErrorCode::ValidationFailed, "an e-mail action needs a body", "actions.email.body");
}

} // namespace helpdesk::domain
