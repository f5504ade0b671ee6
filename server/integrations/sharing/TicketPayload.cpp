#include "integrations/sharing/TicketPayload.h"

#include "db/ContentHash.h"
#include "domain/SharingWire.h"
#include "protocol/ProtocolError.h"

#include <Poco/DateTimeFormatter.h>
#include <Poco/String.h>

#include <algorithm>
#include <sstream>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::integrations::sharing {

namespace {

// What the desk keeps of a wire uuid (sharing_objects.uuid); longer ones are refused by name.
constexpr std::size_t kMaxUuid = 200;

/// Refuses a uuid longer than the desk keeps, naming `field`.
void checkUuidLength(const std::string &uuid, const std::string &field)
{
    if (uuid.size() > kMaxUuid)
        throw ApiError(ErrorCode::ValidationFailed, field + " may have at most 200 characters", field);
}

ShareActor actorFrom(const protocol::JsonObject &o, const std::string &field)
{
    ShareActor actor;
    if (!o)
        return actor;
    actor.uuid = o->optValue<std::string>("uuid", "");
    checkUuidLength(actor.uuid, field + ".uuid");
    actor.name = o->optValue<std::string>("name", "");
    actor.role = o->optValue<std::string>("role", "");
    return actor;
}

protocol::JsonObject actorJson(const ShareActor &actor)
{
    auto o = protocol::newObject();
    o->set("uuid", actor.uuid);
    o->set("name", actor.name);
    if (!actor.role.empty())
        o->set("role", actor.role);
    return o;
}

/// A string field that may also arrive as a number (ids, statuses); nullopt when absent or null.
std::optional<std::string> optText(const protocol::JsonObject &o, const std::string &key)
{
    if (!o->has(key) || o->isNull(key))
        return std::nullopt;
    const auto value = o->get(key);
    if (value.isString() || value.isNumeric())
        return value.convert<std::string>();
    throw ApiError(ErrorCode::ValidationFailed, key + " must be a string", key);
}

/// `public` as the gem reads it: true unless it says false (false, "false", 0).
bool readPublic(const protocol::JsonObject &o)
{
    if (!o->has("public") || o->isNull("public"))
        return true;
    const auto value = o->get("public");
    if (value.isBoolean())
        return value.extract<bool>();
    if (!value.isString() && !value.isNumeric())
        throw ApiError(ErrorCode::ValidationFailed, "public must be true or false", "public");
    const auto text = Poco::toLower(Poco::trim(value.convert<std::string>()));
    return !(text == "false" || text == "0" || text == "no");
}

std::vector<std::string> readTags(const Poco::Dynamic::Var &value)
{
    std::vector<std::string> tags;
    if (value.isString()) {
        std::istringstream words(value.extract<std::string>());
        for (std::string word; words >> word;)
            tags.push_back(word);
    } else if (value.isArray()) {
        const auto &array = value.extract<Poco::JSON::Array::Ptr>();
        for (unsigned i = 0; i < array->size(); ++i)
            if (!array->isNull(i))
                tags.push_back(array->get(i).convert<std::string>());
    } else if (!value.isEmpty()) {
        throw ApiError(ErrorCode::ValidationFailed, "tags must be a list", "tags");
    }
    std::sort(tags.begin(), tags.end());
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    return tags;
}

ShareComment commentFrom(const protocol::JsonObject &o)
{
    ShareComment c;
    c.author = actorFrom(o->getObject("author"), "comments.author");
    c.body = optText(o, "body").value_or("");
    c.htmlBody = optText(o, "html_body");
    if (auto at = optText(o, "authored_at"))
        c.authoredAt = isoFromWireDate(*at).value_or("");
    c.isPublic = readPublic(o);
    if (auto files = o->getArray("attachments"))
        for (unsigned i = 0; i < files->size(); ++i) {
            auto f = files->getObject(i);
            if (!f || !optText(f, "url"))
                continue; // the walkthrough requires url; a file without one cannot be fetched
            c.attachments.push_back({*optText(f, "url"), optText(f, "filename").value_or(""),
                                     optText(f, "content_type").value_or(""),
                                     optText(f, "display_filename").value_or("")});
        }
    c.uuid = optText(o, "uuid").value_or("");
    checkUuidLength(c.uuid, "comments.uuid");
    if (c.uuid.empty()) // dedup must still work for a peer that sends none
        c.uuid =
            db::ContentHash::sha256Hex("comment\n" + c.author.uuid + "\n" + c.authoredAt + "\n" + c.body).substr(0, 40);
    return c;
}

protocol::JsonObject commentJson(const ShareComment &c)
{
    auto o = protocol::newObject();
    o->set("uuid", c.uuid);
    o->set("author", actorJson(c.author));
    o->set("body", c.body);
    if (c.htmlBody)
        o->set("html_body", *c.htmlBody);
    o->set("authored_at", domain::sharing::wireDateFromIso(c.authoredAt));
    o->set("public", c.isPublic);
    auto files = protocol::newArray();
    for (const auto &f : c.attachments) {
        auto file = protocol::newObject();
        file->set("url", f.url);
        file->set("filename", f.filename);
        file->set("content_type", f.contentType);
        file->set("display_filename", f.displayFilename.empty() ? f.filename : f.displayFilename);
        files->add(file);
    }
    o->set("attachments", files);
    return o;
}

bool sameJson(const protocol::JsonObject &a, const protocol::JsonObject &b)
{
    if (!a || !b)
        return !a && !b;
    return protocol::toJsonText(a) == protocol::toJsonText(b);
}

const std::set<std::string> kStateTypes{"new", "open", "pending_reminder", "pending_close", "closed"};
} // namespace

bool SharedTicket::carriesChanges() const
{
    return subject || requestedAt || status || requester || !comments.empty() || tags || customFields;
}

std::optional<std::string> isoFromWireDate(const std::string &text)
{
    auto time = domain::sharing::parseDate(text);
    if (!time)
        return std::nullopt;
    return Poco::DateTimeFormatter::format(*time, "%Y-%m-%dT%H:%M:%SZ");
}

protocol::JsonObject toJson(const SharedTicket &t)
{
    auto o = protocol::newObject();
    o->set("uuid", t.uuid);
    if (t.subject)
        o->set("subject", *t.subject);
    if (t.requestedAt)
        o->set("requested_at", domain::sharing::wireDateFromIso(*t.requestedAt));
    if (t.status)
        o->set("status", *t.status);
    if (t.requester)
        o->set("requester", actorJson(*t.requester));
    if (t.currentActor)
        o->set("current_actor", actorJson(*t.currentActor));
    if (!t.comments.empty() || t.requester) { // a full share always lists its comments, even none
        auto comments = protocol::newArray();
        for (const auto &c : t.comments)
            comments->add(commentJson(c));
        o->set("comments", comments);
    }
    if (t.tags)
        o->set("tags", protocol::toJsonArray(*t.tags));
    if (t.customFields)
        o->set("custom_fields", t.customFields);
    if (t.originalId)
        o->set("original_id", *t.originalId);
    return o;
}

SharedTicket parseSharedTicket(const protocol::JsonObject &o)
{
    SharedTicket t;
    if (!o)
        return t;
    t.uuid = optText(o, "uuid").value_or("");
    t.subject = optText(o, "subject");
    if (auto at = optText(o, "requested_at"))
        t.requestedAt = isoFromWireDate(*at);
    t.status = optText(o, "status");
    if (auto requester = o->getObject("requester"))
        t.requester = actorFrom(requester, "requester");
    if (auto actor = o->getObject("current_actor"))
        t.currentActor = actorFrom(actor, "current_actor");
    if (o->has("comments") && !o->isNull("comments")) {
        auto comments = o->getArray("comments");
        if (!comments)
            throw ApiError(ErrorCode::ValidationFailed, "comments must be a list", "comments");
        for (unsigned i = 0; i < comments->size(); ++i) {
            auto comment = comments->getObject(i);
            if (!comment)
                throw ApiError(ErrorCode::ValidationFailed, "each comment must be an object", "comments");
            t.comments.push_back(commentFrom(comment));
        }
    }
    if (o->has("tags") && !o->isNull("tags"))
        t.tags = readTags(o->get("tags"));
    if (o->has("custom_fields") && !o->isNull("custom_fields")) {
        t.customFields = o->getObject("custom_fields");
        if (!t.customFields)
            throw ApiError(ErrorCode::ValidationFailed, "custom_fields must be an object", "custom_fields");
    }
    t.originalId = optText(o, "original_id");
    return t;
}

StatusMap StatusMap::withOverrides(const protocol::JsonObject &overrides)
{
    StatusMap map;
    map.m_outbound = {
        {"new", "open"},      {"open", "open"},    {"pending_reminder", "pending"}, {"pending_close", "solved"},
        {"closed", "solved"}, {"merged", "solved"}};
    map.m_inbound = {
        {"new", "new"},       {"open", "open"},    {"pending", "pending_reminder"}, {"hold", "pending_reminder"},
        {"solved", "closed"}, {"closed", "closed"}};
    if (!overrides)
        return map;
    if (auto out = overrides->getObject("outbound"))
        for (const auto &[type, word] : *out)
            map.m_outbound[type] = word.convert<std::string>();
    if (auto in = overrides->getObject("inbound"))
        for (const auto &[word, type] : *in) {
            auto stateType = type.convert<std::string>();
            if (!kStateTypes.count(stateType))
                throw ApiError(ErrorCode::ValidationFailed, "no state type " + stateType, "status_map.inbound");
            map.m_inbound[Poco::toLower(word)] = stateType;
        }
    return map;
}

protocol::JsonObject StatusMap::checkedOverrides(const protocol::JsonObject &overrides)
{
    static const std::set<std::string> kWords{"new", "open", "pending", "hold", "solved", "closed"};
    static const std::string kWordList = "new, open, pending, hold, solved or closed";
    auto checked = protocol::newObject();
    if (!overrides)
        return checked;
    auto section = [&](const std::string &name) -> protocol::JsonObject {
        if (!overrides->has(name) || overrides->isNull(name))
            return nullptr;
        auto object = overrides->getObject(name);
        if (!object)
            throw ApiError(ErrorCode::ValidationFailed, "must be an object", name);
        return object;
    };
    auto text = [](const Poco::Dynamic::Var &value, const std::string &field) {
        if (!value.isString())
            throw ApiError(ErrorCode::ValidationFailed, "must be a text", field);
        return Poco::toLower(Poco::trim(value.convert<std::string>()));
    };
    for (const auto &[key, value] : *overrides)
        if (key != "outbound" && key != "inbound")
            throw ApiError(ErrorCode::ValidationFailed, "only outbound and inbound can be set", key);
    auto outbound = protocol::newObject();
    if (auto out = section("outbound"))
        for (const auto &[type, value] : *out) {
            const auto field = "outbound." + type;
            if (!kStateTypes.count(type) && type != "merged")
                throw ApiError(ErrorCode::ValidationFailed, "no state type " + type, field);
            auto word = text(value, field);
            if (!kWords.count(word))
                throw ApiError(ErrorCode::ValidationFailed, "'" + word + "' is not a status word (" + kWordList + ")",
                               field);
            outbound->set(type, word);
        }
    auto inbound = protocol::newObject();
    if (auto in = section("inbound"))
        for (const auto &[key, value] : *in) {
            auto word = Poco::toLower(Poco::trim(key));
            const auto field = "inbound." + key;
            if (!kWords.count(word))
                throw ApiError(ErrorCode::ValidationFailed, "'" + key + "' is not a status word (" + kWordList + ")",
                               field);
            auto type = text(value, field);
            if (!kStateTypes.count(type))
                throw ApiError(ErrorCode::ValidationFailed,
                               "'" + type +
                                   "' is not a state a ticket can be put in"
                                   " (new, open, pending_reminder, pending_close or closed)",
                               field);
            inbound->set(word, type);
        }
    checked->set("outbound", outbound);
    checked->set("inbound", inbound);
    return checked;
}

protocol::JsonObject StatusMap::toJson() const
{
    auto outbound = protocol::newObject();
    for (const auto &[type, word] : m_outbound)
        outbound->set(type, word);
    auto inbound = protocol::newObject();
    for (const auto &[word, type] : m_inbound)
        inbound->set(word, type);
    auto o = protocol::newObject();
    o->set("outbound", outbound);
    o->set("inbound", inbound);
    return o;
}

std::string StatusMap::outbound(const std::string &stateType) const
{
    auto it = m_outbound.find(stateType);
    return it == m_outbound.end() ? "open" : it->second;
}

std::string StatusMap::inbound(const std::string &status) const
{
    auto it = m_inbound.find(Poco::toLower(Poco::trim(status)));
    return it == m_inbound.end() ? "open" : it->second;
}

protocol::JsonObject SyncedState::toJson() const
{
    auto o = protocol::newObject();
    protocol::setOptional(o, "subject", subject);
    protocol::setOptional(o, "status", status);
    if (tags)
        o->set("tags", protocol::toJsonArray(*tags));
    if (customFields)
        o->set("custom_fields", customFields);
    o->set("comments", protocol::toJsonArray(std::vector<std::string>(commentUuids.begin(), commentUuids.end())));
    return o;
}

SyncedState SyncedState::fromJson(const protocol::JsonObject &o)
{
    SyncedState s;
    if (!o)
        return s;
    s.subject = optText(o, "subject");
    s.status = optText(o, "status");
    if (o->has("tags") && !o->isNull("tags"))
        s.tags = readTags(o->get("tags"));
    s.customFields = o->getObject("custom_fields");
    if (auto comments = o->getArray("comments"))
        for (unsigned i = 0; i < comments->size(); ++i)
            s.commentUuids.insert(comments->get(i).convert<std::string>());
    return s;
}

void SyncedState::absorb(const SharedTicket &t)
{
    if (t.subject)
        subject = t.subject;
    if (t.status)
        status = t.status;
    if (t.tags)
        tags = t.tags;
    if (t.customFields)
        customFields = t.customFields;
    for (const auto &c : t.comments)
        commentUuids.insert(c.uuid);
}

SharedTicket SyncedState::changesTo(const SharedTicket &now) const
{
    SharedTicket put;
    put.uuid = now.uuid;
    if (now.subject && now.subject != subject)
        put.subject = now.subject;
    if (now.status && now.status != status)
        put.status = now.status;
    if (now.tags && now.tags != tags)
        put.tags = now.tags;
    if (now.customFields && !sameJson(now.customFields, customFields))
        put.customFields = now.customFields;
    for (const auto &c : now.comments)
        if (!commentUuids.count(c.uuid))
            put.comments.push_back(c);
    return put;
}

} // namespace helpdesk::integrations::sharing
