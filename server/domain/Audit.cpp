#include "domain/Audit.h"

#include "db/AuditRepository.h"
#include "domain/Permissions.h"
#include "protocol/ProtocolError.h"

#include <Poco/JSON/Stringifier.h>

#include <map>
#include <set>
#include <sstream>

namespace helpdesk::domain::audit {

using protocol::ApiError;
using protocol::ErrorCode;
using protocol::JsonObject;

namespace {
// Bookkeeping that changes by itself, not by an admin's decision.
const std::set<std::string> kNotAudited{
    "id", "created_at", "updated_at", "last_polled_at", "consecutive_failures", "last_used_at"};

void flatten(const JsonObject &object, const std::string &prefix, std::map<std::string, Poco::Dynamic::Var> &out)
{
    if (!object)
        return;
    for (const auto &[key, value] : *object) {
        if (prefix.empty() && kNotAudited.count(key))
            continue;
        if (value.type() == typeid(JsonObject) && value.extract<JsonObject>()) {
            flatten(value.extract<JsonObject>(), prefix + key + ".", out);
            continue;
        }
        out[prefix + key] = value;
    }
}

std::string textOf(const Poco::Dynamic::Var &value)
{
    // Arrays and objects compare by their JSON text, scalars by their value.
    if (value.isEmpty())
        return "null";
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(value, out);
    return out.str();
}

std::optional<std::string> nameOf(const JsonObject &object)
{
    if (!object)
        return std::nullopt;
    for (const char *key : {"name", "keyword", "email", "tag"})
        if (object->has(key) && object->get(key).isString())
            return object->getValue<std::string>(key);
    return std::nullopt;
}
} // namespace

void record(db::Tx &tx, const Actor &actor, const std::string &action, const std::string &objectKind,
            std::optional<std::int64_t> objectId, const JsonObject &before, const JsonObject &after,
            const std::vector<std::string> &secretsChanged)
{
    std::map<std::string, Poco::Dynamic::Var> oldFields, newFields;
    flatten(before, "", oldFields);
    flatten(after, "", newFields);
    auto changes = protocol::newObject();
    auto note = [&](const std::string &field, const Poco::Dynamic::Var *oldValue, const Poco::Dynamic::Var *newValue) {
        auto change = protocol::newObject();
        change->set("old", oldValue ? *oldValue : Poco::Dynamic::Var());
        change->set("new", newValue ? *newValue : Poco::Dynamic::Var());
        changes->set(field, change);
    };
    for (const auto &[field, value] : newFields) {
        auto old = oldFields.find(field);
        if (old == oldFields.end())
            note(field, nullptr, &value);
        else if (textOf(old->second) != textOf(value))
            note(field, &old->second, &value);
    }
    for (const auto &[field, value] : oldFields)
        if (!newFields.count(field))
            note(field, &value, nullptr);
    for (const auto &secret : secretsChanged) {
        auto change = protocol::newObject();
        change->set("new", "(changed)");
        changes->set(secret, change);
    }
    // An update that changed nothing is not worth a line.
    if (before && after && changes->size() == 0)
        return;
    db::AuditEntry entry;
    if (actor.userId > 0) // 0: the server itself (demo data, first start)
        entry.actorId = actor.userId;
    entry.action = action;
    entry.objectKind = objectKind;
    entry.objectId = objectId;
    entry.objectName = nameOf(after) ? nameOf(after) : nameOf(before);
    entry.changes = changes;
    db::AuditRepository::insert(tx, entry);
}

protocol::JsonArray list(db::Tx &tx, const Actor &actor, const JsonObject &params)
{
    permissions::requireAdmin(actor);
    protocol::JsonReader r(params);
    db::AuditFilter filter;
    filter.objectKind = r.optString("object_kind");
    filter.objectId = r.optInt("object_id");
    filter.actorId = r.optInt("actor_id");
    filter.beforeId = r.optInt("before_id");
    auto limit = r.optInt("limit").value_or(100);
    r.finish();
    if (limit < 1 || limit > 1000)
        throw ApiError(ErrorCode::ValidationFailed, "limit must be between 1 and 1000", "limit");
    filter.limit = static_cast<int>(limit);
    return db::AuditRepository::list(tx, filter);
}

} // namespace helpdesk::domain::audit
