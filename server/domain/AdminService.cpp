#include "domain/AdminService.h"

#include "db/EventRepository.h"
#include "domain/Audit.h"
#include "db/JobRepository.h"
#include "db/UserRepository.h"
#include "domain/CustomFields.h"
#include "domain/Passwords.h"
#include "domain/Permissions.h"
#include "domain/TriggerService.h"
#include "domain/Validation.h"
#include "protocol/ProtocolError.h"

#include <re2/re2.h>

#include <set>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;
using helpdesk::protocol::JsonObject;
using helpdesk::protocol::JsonReader;
using helpdesk::protocol::Role;

namespace helpdesk::domain {

namespace {
const char *kindName(db::ConfigKind kind)
{
    switch (kind) {
    case db::ConfigKind::State: return "state";
    case db::ConfigKind::Priority: return "priority";
    case db::ConfigKind::Type: return "type";
    case db::ConfigKind::Group: return "group";
    case db::ConfigKind::Organization: return "organization";
    case db::ConfigKind::CustomField: return "custom_field";
    case db::ConfigKind::TextModule: return "text_module";
    case db::ConfigKind::Calendar: return "calendar";
    case db::ConfigKind::Sla: return "sla";
    case db::ConfigKind::Trigger: return "trigger";
    case db::ConfigKind::Macro: return "macro";
    }
    return "state";
}

void requireName(const std::string &name, const std::string &field = "name")
{
    if (name.empty() || name.size() > 200)
        throw ApiError(ErrorCode::ValidationFailed, field + " must have 1 to 200 characters", field);
}

/// {"de": {"subject": "…", "body": "…"}}: per language, both texts required, language tags checked.
JsonObject readAcknowledgementTranslations(const JsonObject &translations)
{
    static const RE2 languageTag("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");
    auto out = protocol::newObject();
    for (const auto &[language, value] : *translations) {
        const std::string field = "acknowledgement_translations." + language;
        if (!RE2::FullMatch(language, languageTag))
            throw ApiError(ErrorCode::ValidationFailed, "'" + language + "' is not a language tag such as de or pt-BR", field);
        if (value.type() != typeid(JsonObject))
            throw ApiError(ErrorCode::ValidationFailed, field + " must be an object with subject and body", field);
        JsonReader text(value.extract<JsonObject>(), field);
        auto entry = protocol::newObject();
        entry->set("subject", text.requireString("subject"));
        entry->set("body", text.requireString("body"));
        text.finish();
        out->set(language, entry);
    }
    return out;
}

/// {"mon": [["08:00", "17:00"]], …}: known days, intervals of HH:MM that start before they end.
JsonObject readWeeklyHours(const JsonObject &hours)
{
    static const std::set<std::string> days{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    static const RE2 clock("([01]\\d|2[0-3]):[0-5]\\d|24:00");
    auto out = protocol::newObject();
    for (const auto &[day, value] : *hours) {
        const std::string field = "hours." + day;
        if (!days.count(day))
            throw ApiError(ErrorCode::ValidationFailed, "'" + day + "' is not a day (mon … sun)", field);
        if (value.type() != typeid(protocol::JsonArray))
            throw ApiError(ErrorCode::ValidationFailed, field + " must be a list of [\"HH:MM\", \"HH:MM\"] intervals", field);
        auto intervals = value.extract<protocol::JsonArray>();
        for (unsigned i = 0; i < intervals->size(); ++i) {
            auto iv = intervals->getArray(i);
            if (!iv || iv->size() != 2 || !iv->get(0).isString() || !iv->get(1).isString())
                throw ApiError(ErrorCode::ValidationFailed, field + " must be a list of [\"HH:MM\", \"HH:MM\"] intervals", field);
            auto from = iv->getElement<std::string>(0), to = iv->getElement<std::string>(1);
            if (!RE2::FullMatch(from, clock) || !RE2::FullMatch(to, clock) || from >= to)
                throw ApiError(ErrorCode::ValidationFailed, field + ": " + from + "–" + to + " is not an interval of the day", field);
        }
        out->set(day, intervals);
    }
    return out;
}

/// Reads the writable keys of one kind strictly into `values`; `creating` applies defaults and
/// requires mandatory keys.
JsonObject readConfig(db::ConfigKind kind, JsonReader &r, bool creating)
{
    auto values = protocol::newObject();
    auto putString = [&](const std::string &key, bool required) {
        if (auto v = r.optString(key)) {
            values->set(key, *v);
        } else if (required && creating) {
            throw ApiError(ErrorCode::ValidationFailed, key + " is required", key);
        }
    };
    auto putBool = [&](const std::string &key, bool defaultValue) {
        if (auto v = r.optBool(key))
            values->set(key, *v);
        else if (creating)
            values->set(key, defaultValue);
    };
    switch (kind) {
    case db::ConfigKind::State: {
        putString("name", true);
        putString("state_type", true);
        static const std::set<std::string> types{"new", "open", "pending_reminder", "pending_close", "closed", "merged"};
        if (values->has("state_type") && !types.count(values->getValue<std::string>("state_type")))
            throw ApiError(ErrorCode::ValidationFailed,
                           "state_type must be new, open, pending_reminder, pending_close, closed or merged", "state_type");
        putBool("active", true);
        putBool("is_default", false);
        break;
    }
    case db::ConfigKind::Priority:
        putString("name", true);
        if (auto rank = r.optInt("rank"))
            values->set("rank", *rank);
        else if (creating)
            throw ApiError(ErrorCode::ValidationFailed, "rank is required", "rank");
        putBool("active", true);
        putBool("is_default", false);
        break;
    case db::ConfigKind::Type:
        putString("name", true);
        putBool("active", true);
        break;
    case db::ConfigKind::Group:
        putString("name", true);
        putBool("active", true);
        putString("signature", false);
        if (creating && !values->has("signature"))
            values->set("signature", "");
        for (const char *key : {"acknowledgement_subject", "acknowledgement_body"}) {
            if (r.isNull(key)) {
                r.accept(key);
                values->set(key, Poco::Dynamic::Var());
            } else {
                putString(key, false);
            }
        }
        if (auto translations = r.optObject("acknowledgement_translations"))
            values->set("acknowledgement_translations", readAcknowledgementTranslations(translations));
        else if (creating)
            values->set("acknowledgement_translations", protocol::newObject());
        break;
    case db::ConfigKind::Organization: {
        putString("name", true);
        putBool("shared", false);
        if (auto custom = r.optObject("custom"))
            values->set("custom", custom);
        else if (creating)
            values->set("custom", protocol::newObject());
        break;
    }
    case db::ConfigKind::Calendar: {
        putString("name", true);
        putString("time_zone", false);
        putBool("active", true);
        if (auto hours = r.optObject("hours"))
            values->set("hours", readWeeklyHours(hours));
        if (r.has("holidays")) {
            auto holidays = r.optStringList("holidays").value_or(std::vector<std::string>{});
            static const RE2 date("\\d{4}-\\d{2}-\\d{2}");
            for (const auto &d : holidays)
                if (!RE2::FullMatch(d, date))
                    throw ApiError(ErrorCode::ValidationFailed, "'" + d + "' is not a date like 2026-12-25", "holidays");
            values->set("holidays", protocol::toJsonArray(holidays));
        }
        if (creating) {
            // The columns' defaults, which a generic insert would otherwise set to NULL.
            if (!values->has("time_zone"))
                values->set("time_zone", std::string("UTC"));
            if (!values->has("hours"))
                values->set("hours", protocol::parseJsonObject(
                                         "{\"mon\": [[\"08:00\", \"17:00\"]], \"tue\": [[\"08:00\", \"17:00\"]], \"wed\": [[\"08:00\", \"17:00\"]],"
                                         " \"thu\": [[\"08:00\", \"17:00\"]], \"fri\": [[\"08:00\", \"17:00\"]]}"));
            if (!values->has("holidays"))
                values->set("holidays", protocol::newArray());
        }
        break;
    }
    case db::ConfigKind::Sla: {
        putString("name", true);
        putBool("active", true);
        if (auto calendar = r.optInt("calendar_id"))
            values->set("calendar_id", *calendar);
        else if (creating)
            throw ApiError(ErrorCode::ValidationFailed, "calendar_id is required", "calendar_id");
        for (const char *key : {"rank", "first_response_minutes", "update_minutes", "solution_minutes", "warning_minutes"}) {
            if (r.isNull(key)) {
                r.accept(key);
                values->set(key, Poco::Dynamic::Var());
            } else if (auto v = r.optInt(key)) {
                if (*v < 0 || (*v == 0 && std::string(key) != "warning_minutes" && std::string(key) != "rank"))
                    throw ApiError(ErrorCode::ValidationFailed, std::string(key) + " must be a positive number of minutes", key);
                values->set(key, *v);
            }
        }
        if (auto condition = r.optObject("condition")) {
            JsonReader c(condition, "condition");
            auto out = protocol::newObject();
            for (const char *key : {"group_ids", "priority_ids", "type_ids", "organization_ids"})
                if (auto ids = c.optIntList(key))
                    out->set(key, protocol::toJsonArray(*ids));
            c.finish();
            values->set("condition", out);
        } else if (creating) {
            values->set("condition", protocol::newObject());
        }
        if (creating && !values->has("rank"))
            values->set("rank", 100);
        if (creating && !values->has("warning_minutes"))
            values->set("warning_minutes", 30);
        break;
    }
    case db::ConfigKind::Trigger:
    case db::ConfigKind::Macro: {
        putString("name", true);
        putBool("active", true);
        if (kind == db::ConfigKind::Trigger) {
            putString("event", true);
            static const std::set<std::string> events{"created", "updated", "customer_reply", "time"};
            if (values->has("event") && !events.count(values->getValue<std::string>("event")))
                throw ApiError(ErrorCode::ValidationFailed, "event must be created, updated, customer_reply or time", "event");
            if (auto rank = r.optInt("rank"))
                values->set("rank", *rank);
            else if (creating)
                values->set("rank", 100);
            if (auto conditions = r.optObject("conditions"))
                values->set("conditions", conditions);
            else if (creating)
                values->set("conditions", protocol::newObject());
        }
        if (auto actions = r.optObject("actions"))
            values->set("actions", actions);
        else if (creating)
            values->set("actions", protocol::newObject());
        TriggerService::validate(values->has("conditions") ? values->getObject("conditions") : nullptr,
                                 values->has("actions") ? values->getObject("actions") : nullptr);
        break;
    }
    case db::ConfigKind::TextModule: {
        putString("keyword", true);
        putString("name", true);
        putString("body", true);
        putBool("active", true);
        static const RE2 keyword("[a-z0-9_-]{1,40}");
        if (values->has("keyword") && !RE2::FullMatch(values->getValue<std::string>("keyword"), keyword))
            throw ApiError(ErrorCode::ValidationFailed, "keyword must be 1 to 40 of a-z, 0-9, _ and -", "keyword");
        break;
    }
    case db::ConfigKind::CustomField: {
        putString("object_kind", true);
        putString("name", true);
        putString("label", true);
        putString("field_type", true);
        static const std::set<std::string> objects{"ticket", "user", "organization"};
        static const std::set<std::string> types{"text", "integer", "boolean", "date", "datetime", "select", "multiselect"};
        if (values->has("object_kind") && !objects.count(values->getValue<std::string>("object_kind")))
            throw ApiError(ErrorCode::ValidationFailed, "object_kind must be ticket, user or organization", "object_kind");
        if (values->has("field_type") && !types.count(values->getValue<std::string>("field_type")))
            throw ApiError(ErrorCode::ValidationFailed,
                           "field_type must be text, integer, boolean, date, datetime, select or multiselect", "field_type");
        static const RE2 namePattern("[a-z][a-z0-9_]{0,62}");
        if (values->has("name") && !RE2::FullMatch(values->getValue<std::string>("name"), namePattern))
            throw ApiError(ErrorCode::ValidationFailed,
                           "name must start with a letter and use only a-z, 0-9 and _ (at most 63)", "name");
        if (auto options = r.optStringList("options"))
            values->set("options", protocol::toJsonArray(*options));
        else if (creating)
            values->set("options", protocol::newArray());
        putBool("required", false);
        putBool("active", true);
        if (r.has("default_value"))
            values->set("default_value", r.optAny("default_value"));
        break;
    }
    }
    if (values->has("name"))
        requireName(values->getValue<std::string>("name"));
    return values;
}

void appendConfigEvent(db::Tx &tx, const Actor &actor, const std::string &kind, const JsonObject &row)
{
    db::NewEvent e;
    e.kind = kind;
    e.audience = db::Audience::Staff;
    e.actorId = actor.userId;
    e.data = protocol::newObject();
    e.data->set("object", row);
    db::EventRepository::append(tx, e);
}

void userEvent(db::Tx &tx, const Actor &actor, const std::string &kind, const protocol::User &user)
{
    db::NewEvent e;
    e.kind = kind;
    e.audience = db::Audience::Staff;
    e.actorId = actor.userId;
    e.userId = user.id;
    e.data = protocol::newObject();
    e.data->set("user", user.toJson());
    db::EventRepository::append(tx, e);
}
/// What only the database can tell: a time zone it knows, a calendar that exists.
void checkWithDatabase(db::Tx &tx, db::ConfigKind kind, const JsonObject &values)
{
    if (kind == db::ConfigKind::Calendar && values->has("time_zone")) {
        auto tz = values->getValue<std::string>("time_zone");
        if (!db::ConfigRepository::isTimeZone(tx, tz))
            throw ApiError(ErrorCode::ValidationFailed, "'" + tz + "' is not a time zone such as Europe/Berlin", "time_zone");
    }
    if (kind == db::ConfigKind::Sla && values->has("calendar_id")) {
        auto id = values->getValue<std::int64_t>("calendar_id");
        if (!db::ConfigRepository::get(tx, db::ConfigKind::Calendar, id))
            throw ApiError(ErrorCode::ValidationFailed, "no calendar " + std::to_string(id), "calendar_id");
    }
}

/// Due times follow a changed SLA or calendar on every open ticket, in the background.
void queueSlaRecompute(db::Tx &tx)
{
    db::JobRepository::enqueue(tx, "sla.recompute", protocol::newObject(), 0, 5, std::nullopt);
}
} // namespace

db::ConfigKind configKindFromName(const std::string &name)
{
    for (auto kind : {db::ConfigKind::State, db::ConfigKind::Priority, db::ConfigKind::Type, db::ConfigKind::Group,
                      db::ConfigKind::Organization, db::ConfigKind::CustomField, db::ConfigKind::TextModule,
                      db::ConfigKind::Calendar, db::ConfigKind::Sla, db::ConfigKind::Trigger, db::ConfigKind::Macro})
        if (name == kindName(kind))
            return kind;
    throw ApiError(ErrorCode::NotFound, "unknown configuration kind " + name);
}

protocol::JsonArray AdminService::list(db::Tx &tx, const Actor &actor, db::ConfigKind kind)
{
    if (!actor.isStaff() && kind != db::ConfigKind::Group && kind != db::ConfigKind::Type)
        throw ApiError(ErrorCode::Forbidden, "only agents may read this list");
    if (kind == db::ConfigKind::Organization && !actor.isStaff())
        throw ApiError(ErrorCode::Forbidden, "only agents may read organizations");
    return db::ConfigRepository::list(tx, kind);
}

JsonObject AdminService::create(db::Tx &tx, const Actor &actor, db::ConfigKind kind, const JsonObject &params)
{
    permissions::requireAdmin(actor);
    JsonReader r(params);
    std::optional<std::vector<std::string>> addresses;
    if (kind == db::ConfigKind::Group)
        addresses = r.optStringList("addresses");
    auto values = readConfig(kind, r, true);
    r.finish();
    if (kind == db::ConfigKind::Organization)
        values->set("custom", customfields::apply(db::ConfigRepository::customFields(tx, "organization"), nullptr,
                                                  values->getObject("custom"), true));
    checkWithDatabase(tx, kind, values);
    auto row = db::ConfigRepository::insert(tx, kind, values);
    if (kind == db::ConfigKind::Calendar || kind == db::ConfigKind::Sla)
        queueSlaRecompute(tx);
    if (addresses) {
        for (const auto &a : *addresses)
            if (!looksLikeEmail(a))
                throw ApiError(ErrorCode::ValidationFailed, a + " is not an e-mail address", "addresses");
        db::ConfigRepository::setGroupAddresses(tx, row->getValue<std::int64_t>("id"), *addresses);
        row->set("addresses", protocol::toJsonArray(*addresses));
    }
    appendConfigEvent(tx, actor, std::string(kindName(kind)) + ".created", row);
    audit::record(tx, actor, std::string(kindName(kind)) + ".created", kindName(kind), row->getValue<std::int64_t>("id"),
                  nullptr, db::ConfigRepository::get(tx, kind, row->getValue<std::int64_t>("id")));
    return row;
}

JsonObject AdminService::update(db::Tx &tx, const Actor &actor, db::ConfigKind kind, const JsonObject &params)
{
    permissions::requireAdmin(actor);
    JsonReader r(params);
    auto id = r.requireInt("id");
    std::optional<std::vector<std::string>> addresses;
    if (kind == db::ConfigKind::Group)
        addresses = r.optStringList("addresses");
    auto values = readConfig(kind, r, false);
    r.finish();
    if (kind == db::ConfigKind::Organization && values->has("custom")) {
        auto current = db::ConfigRepository::get(tx, kind, id);
        if (!current)
            throw ApiError(ErrorCode::NotFound, "no organization " + std::to_string(id), "id");
        values->set("custom", customfields::apply(db::ConfigRepository::customFields(tx, "organization"),
                                                  current->getObject("custom"), values->getObject("custom"), false));
    }
    checkWithDatabase(tx, kind, values);
    auto before = db::ConfigRepository::get(tx, kind, id);
    auto row = db::ConfigRepository::update(tx, kind, id, values);
    if (!row)
        throw ApiError(ErrorCode::NotFound, std::string("no ") + kindName(kind) + " " + std::to_string(id), "id");
    if (kind == db::ConfigKind::Calendar || kind == db::ConfigKind::Sla)
        queueSlaRecompute(tx);
    if (addresses) {
        for (const auto &a : *addresses)
            if (!looksLikeEmail(a))
                throw ApiError(ErrorCode::ValidationFailed, a + " is not an e-mail address", "addresses");
        db::ConfigRepository::setGroupAddresses(tx, id, *addresses);
        row->set("addresses", protocol::toJsonArray(*addresses));
    }
    appendConfigEvent(tx, actor, std::string(kindName(kind)) + ".updated", row);
    audit::record(tx, actor, std::string(kindName(kind)) + ".updated", kindName(kind), id, before,
                  db::ConfigRepository::get(tx, kind, id));
    return row;
}

protocol::JsonArray AdminService::setGroupMember(db::Tx &tx, const Actor &actor, const JsonObject &params)
{
    permissions::requireAdmin(actor);
    JsonReader r(params);
    auto groupId = r.requireInt("group_id");
    auto userId = r.requireInt("user_id");
    auto access = r.optString("access");
    r.finish();
    if (access && *access != "read" && *access != "full")
        throw ApiError(ErrorCode::ValidationFailed, "access must be read, full or null", "access");
    if (!db::ConfigRepository::get(tx, db::ConfigKind::Group, groupId))
        throw ApiError(ErrorCode::NotFound, "no group " + std::to_string(groupId), "group_id");
    auto user = db::UserRepository::findById(tx, userId);
    if (!user)
        throw ApiError(ErrorCode::NotFound, "no user " + std::to_string(userId), "user_id");
    if (user->role == Role::Customer)
        throw ApiError(ErrorCode::ValidationFailed, "customers cannot join groups", "user_id");
    auto accessOf = [&](const protocol::JsonArray &members) -> JsonObject {
        auto out = protocol::newObject();
        for (unsigned i = 0; members && i < members->size(); ++i)
            if (members->getObject(i)->getValue<std::int64_t>("user_id") == userId)
                out->set("access." + user->email, members->getObject(i)->get("access"));
        return out;
    };
    auto accessBefore = accessOf(db::ConfigRepository::groupMembers(tx, groupId));
    db::ConfigRepository::setGroupMember(tx, groupId, userId, access);
    audit::record(tx, actor, "group.access_changed", "group", groupId, accessBefore,
                  accessOf(db::ConfigRepository::groupMembers(tx, groupId)));
    // Tells the user's open sessions to reload their permissions.
    db::NewEvent e;
    e.kind = "user.access_changed";
    e.audience = db::Audience::Staff;
    e.userId = userId;
    e.actorId = actor.userId;
    e.data = protocol::newObject();
    e.data->set("group_id", groupId);
    e.data->set("user_id", userId);
    protocol::setOptional(e.data, "access", access);
    db::EventRepository::append(tx, e);
    return db::ConfigRepository::groupMembers(tx, groupId);
}

protocol::JsonArray AdminService::groupMembers(db::Tx &tx, const Actor &actor, std::int64_t groupId)
{
    permissions::requireStaff(actor);
    return db::ConfigRepository::groupMembers(tx, groupId);
}

protocol::User AdminService::createUser(db::Tx &tx, const Actor &actor, const JsonObject &params)
{
    permissions::requireStaff(actor);
    JsonReader r(params);
    protocol::User user;
    user.email = r.requireString("email");
    user.name = r.requireString("name");
    user.role = protocol::roleFromName(r.optString("role").value_or("customer"));
    user.organizationId = r.optInt("organization_id");
    user.language = r.optString("language");
    user.active = r.optBool("active").value_or(true);
    auto password = r.optString("password");
    auto custom = r.optObject("custom");
    r.finish();
    if (!actor.isAdmin() && user.role != Role::Customer)
        throw ApiError(ErrorCode::Forbidden, "only administrators may create staff accounts", "role");
    if (!looksLikeEmail(user.email))
        throw ApiError(ErrorCode::ValidationFailed, "not an e-mail address", "email");
    requireName(user.name);
    if (password && password->size() < 10)
        throw ApiError(ErrorCode::ValidationFailed, "a password needs at least 10 characters", "password");
    if (user.organizationId && !db::ConfigRepository::get(tx, db::ConfigKind::Organization, *user.organizationId))
        throw ApiError(ErrorCode::ValidationFailed, "no such organization", "organization_id");
    if (db::UserRepository::findByEmail(tx, user.email))
        throw ApiError(ErrorCode::Conflict, "a user with this e-mail address exists", "email");
    user.custom = customfields::apply(db::ConfigRepository::customFields(tx, "user"), nullptr, custom, true);
    std::optional<std::string> hash;
    if (password)
        hash = passwords::hash(*password);
    auto stored = db::UserRepository::insert(tx, user, hash);
    userEvent(tx, actor, "user.created", stored);
    if (actor.isAdmin() || stored.role != Role::Customer)
        audit::record(tx, actor, "user.created", "user", stored.id, nullptr, stored.toJson(),
                      password ? std::vector<std::string>{"password"} : std::vector<std::string>{});
    return stored;
}

protocol::User AdminService::updateUser(db::Tx &tx, const Actor &actor, const JsonObject &params)
{
    JsonReader r(params);
    auto id = r.requireInt("id");
    auto existing = db::UserRepository::findById(tx, id);
    if (!existing || (!actor.isStaff() && id != actor.userId))
        throw ApiError(ErrorCode::NotFound, "no user " + std::to_string(id), "id");
    bool self = id == actor.userId;
    if (!actor.isAdmin() && !(self || (actor.isStaff() && existing->role == Role::Customer)))
        throw ApiError(ErrorCode::Forbidden, "you may not change this user");
    auto user = *existing;
    if (auto v = r.optString("email")) {
        if (!looksLikeEmail(*v))
            throw ApiError(ErrorCode::ValidationFailed, "not an e-mail address", "email");
        user.email = *v;
    }
    if (auto v = r.optString("name")) {
        requireName(*v);
        user.name = *v;
    }
    if (auto v = r.optString("language"))
        user.language = v;
    auto role = r.optString("role");
    auto organization = r.optInt("organization_id");
    auto active = r.optBool("active");
    auto password = r.optString("password");
    auto custom = r.optObject("custom");
    auto absent = r.optBool("absent");
    r.finish();
    if (absent) {
        // An absent owner's follow-ups go to the whole group until they are back.
        if (!self && !actor.isAdmin())
            throw ApiError(ErrorCode::Forbidden, "only the user or an administrator may mark absence", "absent");
        db::UserRepository::setAbsent(tx, id, *absent);
    }
    if ((role || active || organization) && !actor.isAdmin() && !(actor.isStaff() && existing->role == Role::Customer && !role))
        throw ApiError(ErrorCode::Forbidden, "only administrators may change roles, organizations or activation");
    if (role)
        user.role = protocol::roleFromName(*role);
    if (organization)
        user.organizationId = organization;
    if (active)
        user.active = *active;
    if (custom)
        user.custom = customfields::apply(db::ConfigRepository::customFields(tx, "user"), user.custom, custom, false);
    if (password) {
        if (!self && !actor.isAdmin())
            throw ApiError(ErrorCode::Forbidden, "you may change only your own password", "password");
        if (password->size() < 10)
            throw ApiError(ErrorCode::ValidationFailed, "a password needs at least 10 characters", "password");
        db::UserRepository::setPasswordHash(tx, id, passwords::hash(*password));
    }
    auto stored = db::UserRepository::update(tx, user);
    userEvent(tx, actor, "user.updated", stored);
    // Admins' decisions and any change to a staff account are audited; customers editing
    // themselves are not configuration.
    if (actor.isAdmin() || existing->role != Role::Customer)
        audit::record(tx, actor, "user.updated", "user", id, existing->toJson(), stored.toJson(),
                      password ? std::vector<std::string>{"password"} : std::vector<std::string>{});
    return stored;
}

protocol::User AdminService::getUser(db::Tx &tx, const Actor &actor, std::int64_t id)
{
    if (!actor.isStaff() && id != actor.userId)
        throw ApiError(ErrorCode::NotFound, "no user " + std::to_string(id), "id");
    auto user = db::UserRepository::findById(tx, id);
    if (!user)
        throw ApiError(ErrorCode::NotFound, "no user " + std::to_string(id), "id");
    return *user;
}

protocol::JsonArray AdminService::listUsers(db::Tx &tx, const Actor &actor, const JsonObject &params)
{
    permissions::requireStaff(actor);
    JsonReader r(params);
    db::UserFilter filter;
    if (auto role = r.optString("role"))
        filter.role = protocol::roleFromName(*role);
    filter.query = r.optString("query");
    filter.organizationId = r.optInt("organization_id");
    filter.afterId = r.optInt("after_id");
    filter.limit = static_cast<int>(r.optInt("limit").value_or(100));
    r.finish();
    if (filter.limit < 1 || filter.limit > 1000)
        throw ApiError(ErrorCode::ValidationFailed, "limit must be between 1 and 1000", "limit");
    auto out = protocol::newArray();
    for (const auto &u : db::UserRepository::list(tx, filter))
        out->add(u.toJson());
    return out;
}

} // namespace helpdesk::domain
