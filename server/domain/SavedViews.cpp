#include "domain/SavedViews.h"

#include "db/ConfigRepository.h"
#include "db/EventRepository.h"
#include "db/SavedViewRepository.h"
#include "protocol/ProtocolError.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <set>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;
using helpdesk::protocol::JsonArray;
using helpdesk::protocol::JsonObject;
using Poco::Dynamic::Var;

namespace helpdesk::domain {

namespace {
constexpr std::size_t kMaxNameChars = 200;
constexpr std::size_t kMaxConditions = 50;
constexpr std::size_t kMaxListValues = 100;
constexpr std::size_t kMaxTextChars = 1000;
constexpr std::int64_t kMaxDueMinutes = 525600; // a year
constexpr std::int64_t kMaxDays = 3650;

/// The fields a view sorts by, which are also its columns.
constexpr std::array<const char *, 10> kSortFields{"number", "title",    "customer",   "group",      "owner",
                                                   "state",  "priority", "updated_at", "created_at", "sla_due"};
constexpr std::array<const char *, 6> kStateTypes{"new",           "open",   "pending_reminder",
                                                  "pending_close", "closed", "merged"};
constexpr std::array<const char *, 5> kChannels{"email", "phone_in", "phone_out", "web", "note"};

template <std::size_t N> bool oneOf(const std::array<const char *, N> &names, const std::string &value)
{
    return std::any_of(names.begin(), names.end(), [&](const char *name) { return value == name; });
}

[[noreturn]] void fail(const std::string &path, const std::string &why)
{
    throw ApiError(ErrorCode::ValidationFailed, path + " " + why, path);
}

std::size_t codePoints(const std::string &text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool isObject(const Var &value)
{
    return value.type() == typeid(JsonObject);
}

bool isArray(const Var &value)
{
    return value.type() == typeid(JsonArray);
}

bool isInt(const Var &value)
{
    return value.isInteger() && !value.isBoolean();
}

std::string textOf(const Var &value, const std::string &path)
{
    if (!value.isString())
        fail(path, "must be text");
    auto text = value.extract<std::string>();
    if (codePoints(text) > kMaxTextChars)
        fail(path, "is longer than " + std::to_string(kMaxTextChars) + " characters");
    return text;
}

/// A list of 1 to kMaxListValues values, each checked by `check(value, path)`.
template <typename Check> void checkList(const Var &value, const std::string &path, Check check)
{
    if (!isArray(value))
        fail(path, "must be a list");
    auto list = value.extract<JsonArray>();
    if (list->size() == 0)
        fail(path, "must name at least one value");
    if (list->size() > kMaxListValues)
        fail(path, "has more than " + std::to_string(kMaxListValues) + " values");
    for (unsigned i = 0; i < list->size(); ++i)
        check(list->get(i), path + "[" + std::to_string(i) + "]");
}

void requireId(const Var &value, const std::string &path)
{
    if (!isInt(value) || value.convert<std::int64_t>() <= 0)
        fail(path, "must be an id (a positive integer)");
}

void requireBool(const Var &value, const std::string &path)
{
    if (!value.isBoolean())
        fail(path, "must be true or false");
}

void requireCount(const Var &value, const std::string &path, std::int64_t max)
{
    if (!isInt(value) || value.convert<std::int64_t>() < 1 || value.convert<std::int64_t>() > max)
        fail(path, "must be a whole number from 1 to " + std::to_string(max));
}

void requireDate(const Var &value, const std::string &path)
{
    static const RE2 date(R"(\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?)");
    if (!value.isString() || !RE2::FullMatch(value.extract<std::string>(), date))
        fail(path, "must be a date like 2026-01-31 or a time like 2026-01-31T12:00:00Z");
}

void requireScalar(const Var &value, const std::string &path)
{
    if (value.isString())
        textOf(value, path);
    else if (!value.isBoolean() && !value.isNumeric())
        fail(path, "must be text, a number or true or false");
}

const JsonObject *customFieldNamed(const std::vector<JsonObject> &fields, const std::string &name)
{
    for (const auto &field : fields)
        if (field->optValue<std::string>("name", "") == name)
            return &field;
    return nullptr;
}

/// Checks one condition's op and value for its field.
void checkCondition(const JsonObject &condition, const std::string &path, const std::vector<JsonObject> &customFields)
{
    for (const auto &[key, value] : *condition)
        if (key != "field" && key != "op" && key != "value")
            fail(path + "." + key, "is not a part of a condition (field, op, value)");
    const auto fieldPath = path + ".field";
    const auto opPath = path + ".op";
    const auto valuePath = path + ".value";
    if (!condition->has("field") || !condition->get("field").isString())
        fail(fieldPath, "must name a field");
    if (!condition->has("op") || !condition->get("op").isString())
        fail(opPath, "must name an operator");
    if (!condition->has("value"))
        fail(valuePath, "is missing");
    const auto field = condition->getValue<std::string>("field");
    const auto op = condition->getValue<std::string>("op");
    const auto value = condition->get("value");
    auto requireOp = [&](std::initializer_list<const char *> ops) {
        for (const char *known : ops)
            if (op == known)
                return;
        std::string names;
        for (const char *known : ops)
            names += (names.empty() ? "" : ", ") + std::string(known);
        fail(opPath, "must be one of " + names + " for " + field);
    };
    if (field == "state_id" || field == "priority_id" || field == "group_id" || field == "customer_id" ||
        field == "organization_id") {
        requireOp({"in", "not_in"});
        checkList(value, valuePath, requireId);
    } else if (field == "owner_id") {
        requireOp({"in", "not_in"});
        checkList(value, valuePath, [](const Var &v, const std::string &p) {
            if (v.isEmpty() || (v.isString() && v.extract<std::string>() == "me"))
                return;
            if (!isInt(v) || v.convert<std::int64_t>() <= 0)
                fail(p, "must be an agent's id, \"me\" or null (unassigned)");
        });
    } else if (field == "state_type") {
        requireOp({"in", "not_in"});
        checkList(value, valuePath, [](const Var &v, const std::string &p) {
            if (!v.isString() || !oneOf(kStateTypes, v.extract<std::string>()))
                fail(p, "must be a state type: new, open, pending_reminder, pending_close, closed or merged");
        });
    } else if (field == "tags") {
        requireOp({"any", "all", "none"});
        checkList(value, valuePath, [](const Var &v, const std::string &p) {
            if (textOf(v, p).empty())
                fail(p, "must not be empty");
        });
    } else if (field.rfind("custom.", 0) == 0) {
        if (!customFieldNamed(customFields, field.substr(7)))
            fail(fieldPath, "names no custom field of tickets");
        requireOp({"eq", "ne", "in", "contains", "empty"});
        if (op == "eq" || op == "ne")
            requireScalar(value, valuePath);
        else if (op == "in")
            checkList(value, valuePath, requireScalar);
        else if (op == "contains") {
            if (textOf(value, valuePath).empty())
                fail(valuePath, "must not be empty");
        } else
            requireBool(value, valuePath);
    } else if (field == "sla") {
        requireOp({"breached", "due_within_minutes"});
        if (op == "breached")
            requireBool(value, valuePath);
        else
            requireCount(value, valuePath, kMaxDueMinutes);
    } else if (field == "created_at" || field == "updated_at") {
        requireOp({"before", "after", "within_days"});
        if (op == "within_days")
            requireCount(value, valuePath, kMaxDays);
        else
            requireDate(value, valuePath);
    } else if (field == "channel") {
        requireOp({"in", "not_in"});
        checkList(value, valuePath, [](const Var &v, const std::string &p) {
            if (v.isString() && oneOf(kChannels, v.extract<std::string>()))
                return;
            if (!isInt(v) || v.convert<std::int64_t>() <= 0)
                fail(p, "must be email, phone_in, phone_out, web, note or a custom channel's id");
        });
    } else if (field == "shared") {
        requireOp({"is"});
        requireBool(value, valuePath);
    } else if (field == "query") {
        requireOp({"matches"});
        if (textOf(value, valuePath).empty())
            fail(valuePath, "must not be empty");
    } else {
        fail(fieldPath, "must be one of state_id, state_type, priority_id, group_id, owner_id, customer_id, "
                        "organization_id, tags, custom.<name>, sla, created_at, updated_at, channel, shared, query");
    }
}

std::string nameOf(const Var &value)
{
    if (!value.isString())
        fail("name", "must be text");
    auto name = value.extract<std::string>();
    const auto first = name.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        fail("name", "must not be empty");
    name = name.substr(first, name.find_last_not_of(" \t\r\n") - first + 1);
    if (codePoints(name) > kMaxNameChars)
        fail("name", "is longer than " + std::to_string(kMaxNameChars) + " characters");
    return name;
}

void readSort(const Var &value, db::SavedViewRow &view)
{
    if (!isObject(value))
        fail("sort", "must be an object with field and order");
    auto sort = value.extract<JsonObject>();
    for (const auto &[key, v] : *sort)
        if (key != "field" && key != "order")
            fail("sort." + key, "is not a part of a sort (field, order)");
    if (sort->has("field")) {
        if (!sort->get("field").isString() || !oneOf(kSortFields, sort->getValue<std::string>("field")))
            fail("sort.field", "must be one of number, title, customer, group, owner, state, priority, updated_at, "
                               "created_at, sla_due");
        view.sortField = sort->getValue<std::string>("field");
    }
    if (sort->has("order")) {
        const auto order = sort->get("order");
        if (!order.isString() || (order.extract<std::string>() != "asc" && order.extract<std::string>() != "desc"))
            fail("sort.order", "must be asc or desc");
        view.sortOrder = order.extract<std::string>();
    }
}

std::vector<std::string> columnsOf(const Var &value)
{
    if (!isArray(value))
        fail("columns", "must be a list");
    auto list = value.extract<JsonArray>();
    std::vector<std::string> columns;
    for (unsigned i = 0; i < list->size(); ++i) {
        const auto path = "columns[" + std::to_string(i) + "]";
        const auto v = list->get(i);
        if (!v.isString() || !oneOf(kSortFields, v.extract<std::string>()))
            fail(path, "must be one of number, title, customer, group, owner, state, priority, updated_at, "
                       "created_at, sla_due");
        if (std::find(columns.begin(), columns.end(), v.extract<std::string>()) != columns.end())
            fail(path, "repeats a column");
        columns.push_back(v.extract<std::string>());
    }
    return columns;
}

int positionOf(const Var &value)
{
    if (!isInt(value) || value.convert<std::int64_t>() < 0 || value.convert<std::int64_t>() > 100000)
        fail("position", "must be a whole number from 0 to 100000");
    return static_cast<int>(value.convert<std::int64_t>());
}

bool mayShareWith(const Actor &actor, std::int64_t groupId)
{
    if (actor.isAdmin() || actor.role == protocol::Role::Supervisor)
        return true;
    auto it = actor.groups.find(groupId);
    return it != actor.groups.end() && it->second == GroupAccess::Full;
}

bool maySee(const Actor &actor, const db::SavedViewRow &view)
{
    if (view.ownerId)
        return *view.ownerId == actor.userId;
    return actor.isAdmin() || (view.groupId && actor.groups.count(*view.groupId) > 0);
}

bool mayChange(const Actor &actor, const db::SavedViewRow &view)
{
    if (view.ownerId)
        return *view.ownerId == actor.userId;
    return view.groupId && mayShareWith(actor, *view.groupId);
}

void requireAgentSession(const Actor &actor)
{
    if (actor.integration)
        throw ApiError(ErrorCode::Forbidden, "saved views are agents' own: an integration's token has none");
}

/// The group a view is to be shared with, checked: it exists and the actor may share with it.
std::optional<std::int64_t> sharedGroupOf(db::Tx &tx, const Actor &actor, const Var &value)
{
    if (value.isEmpty())
        return std::nullopt;
    if (!isInt(value))
        fail("group_id", "must be a group's id, or null for a view of your own");
    const auto groupId = value.convert<std::int64_t>();
    if (!db::ConfigRepository::get(tx, db::ConfigKind::Group, groupId))
        fail("group_id", "names no group");
    if (!mayShareWith(actor, groupId))
        throw ApiError(ErrorCode::Forbidden,
                       "only admins, supervisors and the group's agents with full access share views with it",
                       "group_id");
    return groupId;
}

JsonObject toJson(const db::SavedViewRow &view)
{
    auto o = protocol::newObject();
    o->set("id", view.id);
    o->set("name", view.name);
    o->set("owner_id", view.ownerId ? Var(*view.ownerId) : Var());
    o->set("group_id", view.groupId ? Var(*view.groupId) : Var());
    o->set("filter", protocol::parseJsonObject(view.filter));
    auto sort = protocol::newObject();
    sort->set("field", view.sortField);
    sort->set("order", view.sortOrder);
    o->set("sort", sort);
    o->set("columns", protocol::toJsonArray(view.columns));
    o->set("position", view.position);
    o->set("created_at", view.createdAt);
    o->set("updated_at", view.updatedAt);
    return o;
}

/// A view.changed event for those who may see `view`: the view, or null when it is gone for them.
void announce(db::Tx &tx, const Actor &actor, const db::SavedViewRow &view, bool gone)
{
    db::NewEvent e;
    e.kind = "view.changed";
    e.internal = true;
    if (view.ownerId) {
        e.audience = db::Audience::User;
        e.userId = view.ownerId;
    } else {
        e.audience = db::Audience::Group;
        e.groupId = view.groupId;
    }
    e.actorId = actor.userId;
    e.data = protocol::newObject();
    e.data->set("id", view.id);
    e.data->set("view", gone ? Var() : Var(toJson(view)));
    db::EventRepository::append(tx, e);
}

/// Reads the fields of a create or update into `view`; the rest of `params` is refused.
void readFields(db::Tx &tx, const Actor &actor, const JsonObject &params, db::SavedViewRow &view)
{
    for (const auto &[key, value] : *params) {
        if (key == "id")
            continue;
        if (key == "name")
            view.name = nameOf(value);
        else if (key == "group_id") {
            view.groupId = sharedGroupOf(tx, actor, value);
            view.ownerId = view.groupId ? std::nullopt : std::optional<std::int64_t>(actor.userId);
        } else if (key == "filter") {
            SavedViews::validateFilter(value, db::ConfigRepository::customFields(tx, "ticket"));
            auto filter = value.extract<JsonObject>();
            if (!filter->has("match"))
                filter->set("match", "all");
            view.filter = protocol::toJsonText(filter);
        } else if (key == "sort")
            readSort(value, view);
        else if (key == "columns")
            view.columns = columnsOf(value);
        else if (key == "position")
            view.position = positionOf(value);
        else
            throw ApiError(ErrorCode::BadRequest, "unknown field " + key, key);
    }
}
} // namespace

void SavedViews::validateFilter(const Var &value, const JsonArray &customFields)
{
    if (!isObject(value))
        fail("filter", "must be an object with match and conditions");
    const auto &filter = value.extract<JsonObject>();
    for (const auto &[key, v] : *filter)
        if (key != "match" && key != "conditions")
            fail("filter." + key, "is not a part of a filter (match, conditions)");
    if (filter->has("match")) {
        const auto match = filter->get("match");
        if (!match.isString() || (match.extract<std::string>() != "all" && match.extract<std::string>() != "any"))
            fail("filter.match", "must be all or any");
    }
    if (!filter->has("conditions") || !isArray(filter->get("conditions")))
        fail("filter.conditions", "must be a list");
    const auto conditions = filter->getArray("conditions");
    if (conditions->size() > kMaxConditions)
        fail("filter.conditions", "has more than " + std::to_string(kMaxConditions) + " conditions");
    std::vector<JsonObject> fields;
    for (unsigned i = 0; customFields && i < customFields->size(); ++i)
        fields.push_back(customFields->getObject(i));
    for (unsigned i = 0; i < conditions->size(); ++i) {
        const auto path = "filter.conditions[" + std::to_string(i) + "]";
        if (!isObject(conditions->get(i)))
            fail(path, "must be an object with field, op and value");
        checkCondition(conditions->getObject(i), path, fields);
    }
}

JsonObject SavedViews::list(db::Tx &tx, const Actor &actor)
{
    requireAgentSession(actor);
    std::vector<std::int64_t> groups;
    for (const auto &[groupId, access] : actor.groups)
        groups.push_back(groupId);
    auto views = protocol::newArray();
    for (const auto &view : db::SavedViewRepository::listFor(tx, actor.userId, groups, actor.isAdmin()))
        views->add(toJson(view));
    auto out = protocol::newObject();
    out->set("views", views);
    return out;
}

JsonObject SavedViews::create(db::Tx &tx, const Actor &actor, const JsonObject &params)
{
    requireAgentSession(actor);
    for (const char *required : {"name", "filter"})
        if (!params->has(required))
            throw ApiError(ErrorCode::BadRequest, std::string(required) + " is missing", required);
    if (params->has("id"))
        throw ApiError(ErrorCode::BadRequest, "unknown field id", "id");
    db::SavedViewRow view;
    view.ownerId = actor.userId;
    view.position = -1;
    readFields(tx, actor, params, view);
    if (view.position < 0)
        view.position = db::SavedViewRepository::nextPosition(tx, view.ownerId, view.groupId);
    auto stored = db::SavedViewRepository::insert(tx, view);
    announce(tx, actor, stored, false);
    return toJson(stored);
}

JsonObject SavedViews::update(db::Tx &tx, const Actor &actor, const JsonObject &params)
{
    requireAgentSession(actor);
    if (!params->has("id") || !isInt(params->get("id")))
        throw ApiError(ErrorCode::BadRequest, "id must be an integer", "id");
    auto found = db::SavedViewRepository::find(tx, params->getValue<std::int64_t>("id"), true);
    if (!found || (!maySee(actor, *found) && !mayChange(actor, *found)))
        throw ApiError(ErrorCode::NotFound, "no such view", "id");
    if (!mayChange(actor, *found))
        throw ApiError(ErrorCode::Forbidden, found->ownerId ? "only its owner changes a personal view"
                                                            : "only admins, supervisors and the group's agents with "
                                                              "full access change a view shared with it");
    const auto before = *found;
    auto view = *found;
    readFields(tx, actor, params, view);
    auto stored = db::SavedViewRepository::update(tx, view);
    // Those who could see it and no longer may learn that it is gone for them, before the others hear of it.
    if (before.ownerId != stored.ownerId || before.groupId != stored.groupId)
        announce(tx, actor, before, true);
    announce(tx, actor, stored, false);
    return toJson(stored);
}

void SavedViews::remove(db::Tx &tx, const Actor &actor, std::int64_t id)
{
    requireAgentSession(actor);
    auto found = db::SavedViewRepository::find(tx, id, true);
    if (!found || (!maySee(actor, *found) && !mayChange(actor, *found)))
        throw ApiError(ErrorCode::NotFound, "no such view", "id");
    if (!mayChange(actor, *found))
        throw ApiError(ErrorCode::Forbidden, found->ownerId ? "only its owner deletes a personal view"
                                                            : "only admins, supervisors and the group's agents with "
                                                              "full access delete a view shared with it");
    db::SavedViewRepository::remove(tx, id);
    announce(tx, actor, *found, true);
}

} // namespace helpdesk::domain
