#include "domain/AdminService.h"

#include "db/EventRepository.h"
#include "db/UserRepository.h"
#include "domain/AccountWatch.h"
#include "domain/Audit.h"
#include "domain/AuthService.h"
#include "domain/ConfigKinds.h"
#include "domain/CustomFields.h"
#include "domain/EmailConfirmation.h"
#include "domain/PasswordPolicy.h"
#include "domain/Passwords.h"
#include "domain/Permissions.h"
#include "domain/Validation.h"
#include "protocol/ProtocolError.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/DateTimeParser.h>
#include <re2/re2.h>

#include <algorithm>
#include <cctype>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;
using helpdesk::protocol::JsonObject;
using helpdesk::protocol::JsonReader;
using helpdesk::protocol::Role;

namespace helpdesk::domain {

namespace {
void appendConfigEvent(db::Tx &tx, const Actor &actor, const std::string &kind, const JsonObject &row,
                       db::Audience audience)
{
    db::NewEvent e;
    e.kind = kind;
    e.audience = audience;
    e.actorId = actor.userId;
    e.data = protocol::newObject();
    e.data->set("object", row);
    db::EventRepository::append(tx, e);
}

/// Whether two addresses are the same mailbox as far as accounts go (case-insensitive, as users_email_key).
bool sameAddress(const std::string &a, const std::string &b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

/// Forbidden unless an administrator sets these: an organization shares its tickets with its
/// members, and (de)activation decides who may sign in.
void requireAdminFor(const Actor &actor, bool organization, bool active)
{
    if (actor.isAdmin())
        return;
    if (organization)
        throw ApiError(ErrorCode::Forbidden, "only administrators may set a user's organization", "organization_id");
    if (active)
        throw ApiError(ErrorCode::Forbidden, "only administrators may activate or deactivate users", "active");
}

/// A language tag (BCP 47 allows 35 characters), which ends up in mail headers.
void requireLanguage(const std::string &language)
{
    if (language.size() > 35)
        throw ApiError(ErrorCode::ValidationFailed, "a language tag has at most 35 characters", "language");
    requireHeaderSafe(language, "language");
}

/// Forbidden unless the actor may change the kind (the same answer as for other admin methods).
void requireChangeAccess(const Actor &actor, const ConfigKind &kind)
{
    switch (kind.changeAccess) {
    case ConfigAccess::SignedIn:
        return;
    case ConfigAccess::Staff:
        return permissions::requireStaff(actor);
    case ConfigAccess::Admin:
        return permissions::requireAdmin(actor);
    }
}

/// A configuration change is announced to staff sessions and written to the audit log.
void recordChange(db::Tx &tx, const Actor &actor, const ConfigKind &kind, const char *change, std::int64_t id,
                  const JsonObject &before, const JsonObject &row)
{
    const std::string name(kind.name);
    auto announced = row;
    if (!kind.answerOnly.empty()) {
        announced = protocol::newObject();
        for (const auto &[key, value] : *row)
            if (std::find(kind.answerOnly.begin(), kind.answerOnly.end(), key) == kind.answerOnly.end())
                announced->set(key, value);
    }
    // A kind only admins may list (integrations) is announced to admins only.
    appendConfigEvent(tx, actor, name + "." + change, announced,
                      kind.listAccess == ConfigAccess::Admin ? db::Audience::Admin : db::Audience::Staff);
    audit::record(tx, actor, name + "." + change, name, id, before, db::ConfigRepository::get(tx, kind.rows, id));
}
} // namespace

protocol::JsonArray AdminService::list(db::Tx &tx, const Actor &actor, const ConfigKind &kind)
{
    if (!mayUse(actor, kind.listAccess))
        throw ApiError(ErrorCode::Forbidden, kind.listAccess == ConfigAccess::Admin
                                                 ? "only administrators may read this list"
                                                 : "only agents may read this list");
    auto rows = db::ConfigRepository::list(tx, kind.rows);
    if (actor.isStaff())
        return rows;
    auto shown = protocol::newArray();
    for (unsigned i = 0; rows && i < rows->size(); ++i) {
        auto row = rows->getObject(i);
        if (!row->optValue<bool>("active", true))
            continue;
        auto visible = protocol::newObject();
        for (auto field : kind.customerFields)
            if (row->has(std::string(field)))
                visible->set(std::string(field), row->get(std::string(field)));
        shown->add(visible);
    }
    return shown;
}

JsonObject AdminService::create(db::Tx &tx, const Actor &actor, const ConfigKind &kind, const JsonObject &params)
{
    requireChangeAccess(actor, kind);
    JsonReader r(params);
    auto document = kind.read(r, true);
    if (kind.checkWithDatabase)
        kind.checkWithDatabase(tx, std::nullopt, document.columns);
    auto row = db::ConfigRepository::insert(tx, kind.rows, document.columns);
    if (kind.afterWrite)
        kind.afterWrite(tx, document, row);
    recordChange(tx, actor, kind, "created", row->getValue<std::int64_t>("id"), nullptr, row);
    return row;
}

JsonObject AdminService::update(db::Tx &tx, const Actor &actor, const ConfigKind &kind, const JsonObject &params)
{
    requireChangeAccess(actor, kind);
    JsonReader r(params);
    auto id = r.requireInt("id");
    auto document = kind.read(r, false);
    if (kind.checkWithDatabase)
        kind.checkWithDatabase(tx, id, document.columns);
    auto before = db::ConfigRepository::get(tx, kind.rows, id);
    auto row = db::ConfigRepository::update(tx, kind.rows, id, document.columns);
    if (!row)
        throw ApiError(ErrorCode::NotFound, "no " + std::string(kind.name) + " " + std::to_string(id), "id");
    if (kind.afterWrite)
        kind.afterWrite(tx, document, row);
    recordChange(tx, actor, kind, "updated", id, before, row);
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
    AccountWatch::announce(tx, userId);
    return db::ConfigRepository::groupMembers(tx, groupId);
}

protocol::JsonArray AdminService::groupMembers(db::Tx &tx, const Actor &actor, std::int64_t groupId)
{
    permissions::requireStaff(actor);
    // Who works in which team (names, addresses) is for that team and those who oversee all teams.
    if (actor.role == Role::Agent && !actor.groups.count(groupId))
        throw ApiError(ErrorCode::Forbidden, "you may list the members of your own groups only", "id");
    return db::ConfigRepository::groupMembers(tx, groupId);
}

void AdminService::requireNoPasswordYet(db::Tx &tx, std::int64_t userId)
{
    if (db::UserRepository::hasPassword(tx, userId))
        throw ApiError(ErrorCode::Conflict,
                       "this account already has a password: its owner signs in, or resets the password", "id");
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
    auto active = r.optBool("active");
    user.active = active.value_or(true);
    auto password = r.optString("password");
    auto custom = r.optObject("custom");
    r.finish();
    if (!actor.isAdmin() && user.role != Role::Customer)
        throw ApiError(ErrorCode::Forbidden, "only administrators may create staff accounts", "role");
    requireAdminFor(actor, user.organizationId.has_value(), active.has_value());
    if (user.language)
        requireLanguage(*user.language);
    // A password an agent chose would be known to the agent: customers choose theirs (invitation).
    if (!actor.isAdmin() && password)
        throw ApiError(ErrorCode::Forbidden, "only administrators may set a password; invite the customer instead",
                       "password");
    if (!looksLikeEmail(user.email))
        throw ApiError(ErrorCode::ValidationFailed, "not an e-mail address", "email");
    requireName(user.name);
    if (password)
        PasswordPolicy::require(*password);
    if (user.organizationId && !db::ConfigRepository::get(tx, db::ConfigKind::Organization, *user.organizationId))
        throw ApiError(ErrorCode::ValidationFailed, "no such organization", "organization_id");
    if (db::UserRepository::findByEmail(tx, user.email))
        throw ApiError(ErrorCode::Conflict, "a user with this e-mail address exists", "email");
    customfields::requireOwner(tx, actor, "user", custom);
    user.custom = customfields::apply(db::ConfigRepository::customFields(tx, "user"), nullptr, custom, true);
    std::optional<std::string> hash;
    if (password)
        hash = passwords::hash(*password);
    auto stored = db::UserRepository::insert(tx, user, hash);
    announceUser(tx, actor.userId, "user.created", stored);
    audit::record(tx, actor, "user.created", "user", stored.id, nullptr, stored.toJson(),
                  password ? std::vector<std::string>{"password"} : std::vector<std::string>{});
    return stored;
}

namespace {
/// An absence as user.update changes it: the given fields over the stored ones.
struct Absence {
    const char *changed = nullptr; // the first field given, for errors; none given: nullptr
    bool absent = false;
    std::optional<std::string> until;
    std::optional<std::int64_t> substituteId;
    bool substituteGiven = false; // a substitute_id in the request (the stored one is not checked again)
};

Absence readAbsence(JsonReader &r, const protocol::User &existing, bool markedAbsent)
{
    // The stored mark, not existing.absent (away now): a lapsed absent_until must not clear it.
    Absence a{nullptr, markedAbsent, existing.absentUntil, existing.substituteId};
    if (auto absent = r.optBool("absent")) {
        a.changed = "absent";
        a.absent = *absent;
    }
    if (r.isNull("absent_until")) {
        r.accept("absent_until");
        a.changed = a.changed ? a.changed : "absent_until";
        a.until.reset();
    } else if (auto until = r.optString("absent_until")) {
        a.changed = a.changed ? a.changed : "absent_until";
        // Poco's parser is lenient (it reads words as a time), so the shape is checked first.
        static const RE2 iso(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))");
        Poco::DateTime at;
        int zone = 0;
        if (!RE2::FullMatch(*until, iso) ||
            !Poco::DateTimeParser::tryParse(Poco::DateTimeFormat::ISO8601_FRAC_FORMAT, *until, at, zone))
            throw ApiError(ErrorCode::ValidationFailed,
                           "absent_until must be an ISO 8601 time, e.g. 2030-01-31T12:00:00Z, or null", "absent_until");
        at.makeUTC(zone);
        a.until = Poco::DateTimeFormatter::format(at, Poco::DateTimeFormat::ISO8601_FORMAT);
    }
    if (r.isNull("substitute_id")) {
        r.accept("substitute_id");
        a.changed = a.changed ? a.changed : "substitute_id";
        a.substituteId.reset();
    } else if (auto substitute = r.optInt("substitute_id")) {
        a.changed = a.changed ? a.changed : "substitute_id";
        a.substituteId = substitute;
        a.substituteGiven = true;
    }
    return a;
}
} // namespace

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
    std::optional<std::string> unconfirmedEmail;
    bool movedByStaff = false;
    if (auto v = r.optString("email")) {
        if (!looksLikeEmail(*v))
            throw ApiError(ErrorCode::ValidationFailed, "not an e-mail address", "email");
        const bool moves = !sameAddress(*v, existing->email);
        // One's own new address must be confirmed from it first (EmailConfirmation).
        if (self && moves)
            unconfirmedEmail = *v;
        else
            user.email = *v;
        // Password resets go to the address: an agent who could move a customer who signs in could
        // then reset their password and take the account over. An invited customer who never set a
        // password has nothing to take over yet.
        if (!self && moves) {
            if (!actor.isAdmin() && db::UserRepository::hasPassword(tx, id))
                throw ApiError(ErrorCode::Forbidden,
                               "this customer has a password: they change their address themselves (or ask an "
                               "administrator)",
                               "email");
            movedByStaff = true;
        }
    }
    if (auto v = r.optString("name")) {
        requireName(*v);
        user.name = *v;
    }
    if (auto v = r.optString("language")) {
        requireLanguage(*v);
        user.language = v;
    }
    auto role = r.optString("role");
    auto organization = r.optInt("organization_id");
    auto active = r.optBool("active");
    auto password = r.optString("password");
    auto revokeApiTokens = r.optBool("revoke_api_tokens"); // with a new password
    auto custom = r.optObject("custom");
    auto absence = readAbsence(r, *existing, db::UserRepository::markedAbsent(tx, id));
    r.finish();
    if (revokeApiTokens && !password)
        throw ApiError(ErrorCode::ValidationFailed, "revoke_api_tokens goes with a new password", "revoke_api_tokens");
    if (absence.changed) {
        // An absent owner's follow-ups go to their substitute, else to the whole group, until they are back.
        if (!self && !actor.isAdmin())
            throw ApiError(ErrorCode::Forbidden, "only the user or an administrator may mark absence", absence.changed);
        if (existing->role == Role::Customer)
            throw ApiError(ErrorCode::ValidationFailed, "absence is for staff accounts only", absence.changed);
        // Only a newly named substitute is checked: "I am back" must work after the stored one left.
        if (absence.substituteGiven) {
            auto substitute = loadActor(tx, *absence.substituteId);
            if (*absence.substituteId == id || !substitute || !substitute->isStaff())
                throw ApiError(ErrorCode::ValidationFailed, "the substitute must be another active agent",
                               "substitute_id");
        }
        db::UserRepository::setAbsence(tx, id, absence.absent, absence.until, absence.substituteId);
    }
    if (role && !actor.isAdmin())
        throw ApiError(ErrorCode::Forbidden, "only administrators may change roles", "role");
    requireAdminFor(actor, organization.has_value(), active.has_value());
    if (role)
        user.role = protocol::roleFromName(*role);
    if (organization)
        user.organizationId = organization;
    if (active)
        user.active = *active;
    customfields::requireOwner(tx, actor, "user", custom);
    if (custom)
        user.custom =
            customfields::apply(db::ConfigRepository::customFields(tx, "user"), user.custom, custom, false,
                                actor.isStaff() ? customfields::Writer::Staff : customfields::Writer::Customer);
    if (password) {
        if (!self && !actor.isAdmin())
            throw ApiError(ErrorCode::Forbidden, "you may change only your own password", "password");
        PasswordPolicy::require(*password);
        db::UserRepository::setPasswordHash(tx, id, passwords::hash(*password));
        AuthService::passwordChanged(tx, actor, id, revokeApiTokens.value_or(false));
    }
    auto stored = db::UserRepository::update(tx, user);
    announceUser(tx, actor.userId, "user.updated", stored);
    if (unconfirmedEmail)
        EmailConfirmation::request(tx, stored, *unconfirmedEmail);
    if (movedByStaff)
        EmailConfirmation::tellPreviousAddress(tx, *existing, stored.email, actor.role);
    // Open sessions of the user, on every instance, check their rights again.
    AccountWatch::announce(tx, id);
    // Every change staff make and any change to a staff account are audited; customers editing
    // themselves are not configuration.
    if (actor.isStaff() || existing->role != Role::Customer)
        audit::record(tx, actor, "user.updated", "user", id, existing->toJson(), stored.toJson(),
                      password ? std::vector<std::string>{"password"} : std::vector<std::string>{});
    return stored;
}

void AdminService::announceUser(db::Tx &tx, std::int64_t actorId, const std::string &kind, const protocol::User &user)
{
    db::NewEvent e;
    e.kind = kind;
    e.audience = db::Audience::Staff;
    e.actorId = actorId;
    e.userId = user.id;
    e.data = protocol::newObject();
    e.data->set("user", user.toJson());
    db::EventRepository::append(tx, e);
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
