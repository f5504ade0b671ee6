#include "protocol/Messages.h"

#include "protocol/ProtocolError.h"

namespace helpdesk::protocol {

std::string checkProtocolVersion(int ourVersion, int ourMinimum, int theirVersion, const std::string &theirRole)
{
    if (theirVersion < ourMinimum)
        return "protocol version " + std::to_string(theirVersion) + " of the " + theirRole +
               " is too old; this side needs at least " + std::to_string(ourMinimum) + ": upgrade the " + theirRole;
    if (theirVersion > ourVersion)
        return "protocol version " + std::to_string(theirVersion) + " of the " + theirRole +
               " is newer than this side's " + std::to_string(ourVersion) + ": upgrade this side (the " +
               (theirRole == "client" ? "server" : "client") + ")";
    return {};
}

namespace {
JsonObject objectOrEmpty(const JsonObject &object)
{
    return object ? object : newObject();
}

template <typename T>
std::vector<T> readList(JsonReader &reader, const std::string &key, T (*parse)(const JsonObject &, const std::string &))
{
    std::vector<T> out;
    auto array = reader.optArray(key);
    if (!array)
        return out;
    for (unsigned i = 0; i < array->size(); ++i) {
        auto item = array->getObject(i);
        if (!item)
            throw ApiError(ErrorCode::BadRequest, reader.fieldName(key) + " must be a list of objects",
                           reader.fieldName(key));
        out.push_back(parse(item, reader.fieldName(key) + "[" + std::to_string(i) + "]"));
    }
    return out;
}

AttachmentRef parseAttachment(const JsonObject &object, const std::string &path)
{
    JsonReader r(object, path);
    AttachmentRef a;
    a.sha256 = r.requireString("sha256");
    a.filename = r.optString("filename").value_or("");
    a.contentType = r.optString("content_type").value_or("application/octet-stream");
    a.size = r.optInt("size").value_or(0);
    a.contentId = r.optString("content_id");
    a.isInline = r.optBool("inline").value_or(false);
    r.finish();
    return a;
}
} // namespace

// --- Envelope ---------------------------------------------------------------------------------

JsonObject Request::toJson() const
{
    auto o = newObject();
    o->set("type", "request");
    o->set("id", id);
    o->set("method", method);
    o->set("params", objectOrEmpty(params));
    if (idempotencyKey)
        o->set("idempotency_key", *idempotencyKey);
    return o;
}

Request Request::fromJson(const JsonObject &object)
{
    JsonReader r(object);
    Request req;
    auto type = r.requireString("type");
    if (type != "request")
        throw ApiError(ErrorCode::BadRequest, "type must be \"request\"", "type");
    req.id = r.requireString("id");
    req.method = r.requireString("method");
    req.params = objectOrEmpty(r.optObject("params"));
    req.idempotencyKey = r.optString("idempotency_key");
    r.finish();
    return req;
}

JsonObject ErrorBody::toJson() const
{
    auto o = newObject();
    o->set("code", code);
    o->set("message", message);
    if (!field.empty())
        o->set("field", field);
    else
        o->set("field", Poco::Dynamic::Var());
    if (retryAfter)
        o->set("retry_after", *retryAfter);
    return o;
}

ErrorBody ErrorBody::fromJson(const JsonObject &object)
{
    ErrorBody e;
    e.code = object->optValue<std::string>("code", "internal");
    e.message = object->optValue<std::string>("message", "");
    if (object->has("field") && !object->isNull("field"))
        e.field = object->getValue<std::string>("field");
    if (object->has("retry_after") && !object->isNull("retry_after"))
        e.retryAfter = object->getValue<int>("retry_after");
    return e;
}

ErrorBody ErrorBody::of(const ApiError &error)
{
    ErrorBody body{errorCodeName(error.code()), error.what(), error.field()};
    if (error.retryAfterSeconds() > 0)
        body.retryAfter = error.retryAfterSeconds();
    return body;
}

JsonObject Response::toJson() const
{
    auto o = newObject();
    o->set("type", "response");
    o->set("id", id);
    if (error)
        o->set("error", error->toJson());
    else
        o->set("result", objectOrEmpty(result));
    return o;
}

Response Response::fromJson(const JsonObject &object)
{
    Response r;
    r.id = object->optValue<std::string>("id", "");
    if (object->has("error") && object->getObject("error"))
        r.error = ErrorBody::fromJson(object->getObject("error"));
    else
        r.result = object->getObject("result");
    return r;
}

JsonObject Event::toJson() const
{
    auto o = newObject();
    o->set("seq", seq);
    o->set("kind", kind);
    setOptional(o, "ticket_id", ticketId);
    setOptional(o, "actor_id", actorId);
    o->set("at", at);
    o->set("data", objectOrEmpty(data));
    return o;
}

Event Event::fromJson(const JsonObject &object)
{
    Event e;
    e.seq = object->getValue<std::int64_t>("seq");
    e.kind = object->getValue<std::string>("kind");
    if (object->has("ticket_id") && !object->isNull("ticket_id"))
        e.ticketId = object->getValue<std::int64_t>("ticket_id");
    if (object->has("actor_id") && !object->isNull("actor_id"))
        e.actorId = object->getValue<std::int64_t>("actor_id");
    e.at = object->optValue<std::string>("at", "");
    e.data = objectOrEmpty(object->getObject("data"));
    return e;
}

// --- Domain objects ---------------------------------------------------------------------------

const char *roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return "admin";
    case Role::Supervisor:
        return "supervisor";
    case Role::Agent:
        return "agent";
    case Role::Customer:
        return "customer";
    }
    return "customer";
}

Role roleFromName(const std::string &name, const std::string &field)
{
    if (name == "admin")
        return Role::Admin;
    if (name == "supervisor")
        return Role::Supervisor;
    if (name == "agent")
        return Role::Agent;
    if (name == "customer")
        return Role::Customer;
    throw ApiError(ErrorCode::ValidationFailed, "unknown role \"" + name + "\" (admin, supervisor, agent, customer)",
                   field);
}

JsonObject User::toJson() const
{
    auto o = newObject();
    o->set("id", id);
    o->set("email", email);
    o->set("name", name);
    o->set("role", roleName(role));
    setOptional(o, "organization_id", organizationId);
    o->set("active", active);
    setOptional(o, "language", language);
    o->set("custom", objectOrEmpty(custom));
    o->set("created_at", createdAt);
    o->set("updated_at", updatedAt);
    if (role != Role::Customer) { // a customer is never away from a desk
        o->set("absent", absent);
        setOptional(o, "absent_until", absentUntil);
        setOptional(o, "substitute_id", substituteId);
    }
    return o;
}

User User::fromJson(const JsonObject &object)
{
    User u;
    u.id = object->getValue<std::int64_t>("id");
    u.email = object->optValue<std::string>("email", "");
    u.name = object->optValue<std::string>("name", "");
    u.role = roleFromName(object->optValue<std::string>("role", "customer"));
    if (object->has("organization_id") && !object->isNull("organization_id"))
        u.organizationId = object->getValue<std::int64_t>("organization_id");
    u.active = object->optValue<bool>("active", true);
    if (object->has("language") && !object->isNull("language"))
        u.language = object->getValue<std::string>("language");
    u.custom = objectOrEmpty(object->getObject("custom"));
    u.createdAt = object->optValue<std::string>("created_at", "");
    u.updatedAt = object->optValue<std::string>("updated_at", "");
    u.absent = object->optValue<bool>("absent", false);
    if (object->has("absent_until") && !object->isNull("absent_until"))
        u.absentUntil = object->getValue<std::string>("absent_until");
    if (object->has("substitute_id") && !object->isNull("substitute_id"))
        u.substituteId = object->getValue<std::int64_t>("substitute_id");
    return u;
}

JsonObject Ticket::toJson() const
{
    auto o = newObject();
    o->set("id", id);
    o->set("number", number);
    o->set("title", title);
    o->set("group_id", groupId);
    setOptional(o, "owner_id", ownerId);
    o->set("customer_id", customerId);
    setOptional(o, "organization_id", organizationId);
    o->set("state_id", stateId);
    o->set("state_type", stateType);
    o->set("priority_id", priorityId);
    setOptional(o, "type_id", typeId);
    o->set("tags", toJsonArray(tags));
    o->set("custom", objectOrEmpty(custom));
    setOptional(o, "merged_into_id", mergedIntoId);
    setOptional(o, "pending_until", pendingUntil);
    o->set("created_at", createdAt);
    o->set("updated_at", updatedAt);
    setOptional(o, "first_response_at", firstResponseAt);
    setOptional(o, "closed_at", closedAt);
    o->set("article_count", articleCount);
    setOptional(o, "sla_id", slaId);
    setOptional(o, "first_response_due_at", firstResponseDueAt);
    setOptional(o, "update_due_at", updateDueAt);
    setOptional(o, "solution_due_at", solutionDueAt);
    if (channelId) // only a channel's tickets carry it
        o->set("channel_id", *channelId);
    o->set("created_via", createdVia);
    o->set("preview", preview);
    o->set("time_spent_minutes", timeSpentMinutes);
    if (sharedWith)
        o->set("shared_with", protocol::toJson(*sharedWith));
    return o;
}

namespace {
std::optional<std::int64_t> optIntOf(const JsonObject &o, const std::string &key)
{
    if (!o->has(key) || o->isNull(key))
        return std::nullopt;
    return o->getValue<std::int64_t>(key);
}
std::optional<std::string> optStringOf(const JsonObject &o, const std::string &key)
{
    if (!o->has(key) || o->isNull(key))
        return std::nullopt;
    return o->getValue<std::string>(key);
}
} // namespace

Ticket Ticket::fromJson(const JsonObject &o)
{
    Ticket t;
    t.id = o->getValue<std::int64_t>("id");
    t.number = o->getValue<std::int64_t>("number");
    t.title = o->optValue<std::string>("title", "");
    t.groupId = o->getValue<std::int64_t>("group_id");
    t.ownerId = optIntOf(o, "owner_id");
    t.customerId = o->getValue<std::int64_t>("customer_id");
    t.organizationId = optIntOf(o, "organization_id");
    t.stateId = o->getValue<std::int64_t>("state_id");
    t.stateType = o->optValue<std::string>("state_type", "");
    t.priorityId = o->getValue<std::int64_t>("priority_id");
    t.typeId = optIntOf(o, "type_id");
    if (auto tags = o->getArray("tags"))
        for (unsigned i = 0; i < tags->size(); ++i)
            t.tags.push_back(tags->getElement<std::string>(i));
    t.custom = objectOrEmpty(o->getObject("custom"));
    t.mergedIntoId = optIntOf(o, "merged_into_id");
    t.pendingUntil = optStringOf(o, "pending_until");
    t.createdAt = o->optValue<std::string>("created_at", "");
    t.updatedAt = o->optValue<std::string>("updated_at", "");
    t.firstResponseAt = optStringOf(o, "first_response_at");
    t.closedAt = optStringOf(o, "closed_at");
    t.articleCount = o->optValue<std::int64_t>("article_count", 0);
    t.slaId = optIntOf(o, "sla_id");
    t.firstResponseDueAt = optStringOf(o, "first_response_due_at");
    t.updateDueAt = optStringOf(o, "update_due_at");
    t.solutionDueAt = optStringOf(o, "solution_due_at");
    t.channelId = optIntOf(o, "channel_id");
    t.createdVia = o->optValue<std::string>("created_via", "");
    t.preview = o->optValue<std::string>("preview", "");
    t.timeSpentMinutes = o->optValue<std::int64_t>("time_spent_minutes", 0);
    if (auto shares = o->getArray("shared_with"))
        t.sharedWith = sharePartnersFromJson(shares);
    return t;
}

JsonObject TicketSharePartner::toJson() const
{
    auto o = newObject();
    o->set("agreement_id", agreementId);
    o->set("partner", partner);
    o->set("direction", direction);
    o->set("state", state);
    setOptional(o, "reason", reason);
    return o;
}

TicketSharePartner TicketSharePartner::fromJson(const JsonObject &o)
{
    TicketSharePartner p;
    p.agreementId = o->optValue<std::int64_t>("agreement_id", 0);
    p.partner = o->optValue<std::string>("partner", "");
    p.direction = o->optValue<std::string>("direction", "");
    p.state = o->optValue<std::string>("state", "");
    p.reason = optStringOf(o, "reason");
    return p;
}

JsonArray toJson(const std::vector<TicketSharePartner> &partners)
{
    auto array = newArray();
    for (const auto &p : partners)
        array->add(p.toJson());
    return array;
}

std::vector<TicketSharePartner> sharePartnersFromJson(const JsonArray &array)
{
    std::vector<TicketSharePartner> out;
    for (unsigned i = 0; array && i < array->size(); ++i)
        if (auto o = array->getObject(i))
            out.push_back(TicketSharePartner::fromJson(o));
    return out;
}

JsonObject AttachmentRef::toJson() const
{
    auto o = newObject();
    o->set("sha256", sha256);
    o->set("filename", filename);
    o->set("content_type", contentType);
    o->set("size", size);
    setOptional(o, "content_id", contentId);
    o->set("inline", isInline);
    return o;
}

AttachmentRef AttachmentRef::fromJson(const JsonObject &object)
{
    return parseAttachment(object, {});
}

JsonObject Article::toJson() const
{
    auto o = newObject();
    o->set("id", id);
    o->set("ticket_id", ticketId);
    o->set("internal", internal);
    o->set("sender", sender);
    o->set("channel", channel);
    setOptional(o, "author_id", authorId);
    o->set("from", from);
    o->set("to", to);
    o->set("cc", cc);
    o->set("subject", subject);
    o->set("body_text", bodyText);
    setOptional(o, "body_html", bodyHtml);
    setOptional(o, "message_id", messageId);
    setOptional(o, "in_reply_to", inReplyTo);
    auto list = newArray();
    for (const auto &a : attachments)
        list->add(a.toJson());
    o->set("attachments", list);
    o->set("created_at", createdAt);
    o->set("sender_unverified", senderUnverified);
    if (timeSpentMinutes)
        o->set("time_spent_minutes", *timeSpentMinutes);
    return o;
}

Article Article::fromJson(const JsonObject &o)
{
    Article a;
    a.id = o->getValue<std::int64_t>("id");
    a.ticketId = o->getValue<std::int64_t>("ticket_id");
    a.internal = o->optValue<bool>("internal", false);
    a.sender = o->optValue<std::string>("sender", "");
    a.channel = o->optValue<std::string>("channel", "");
    a.authorId = optIntOf(o, "author_id");
    a.from = o->optValue<std::string>("from", "");
    a.to = o->optValue<std::string>("to", "");
    a.cc = o->optValue<std::string>("cc", "");
    a.subject = o->optValue<std::string>("subject", "");
    a.bodyText = o->optValue<std::string>("body_text", "");
    a.bodyHtml = optStringOf(o, "body_html");
    a.messageId = optStringOf(o, "message_id");
    a.inReplyTo = optStringOf(o, "in_reply_to");
    if (auto list = o->getArray("attachments"))
        for (unsigned i = 0; i < list->size(); ++i)
            a.attachments.push_back(AttachmentRef::fromJson(list->getObject(i)));
    a.createdAt = o->optValue<std::string>("created_at", "");
    a.senderUnverified = o->optValue<bool>("sender_unverified", false);
    a.timeSpentMinutes = optIntOf(o, "time_spent_minutes");
    return a;
}

JsonObject HistoryEntry::toJson() const
{
    auto o = newObject();
    o->set("id", id);
    o->set("ticket_id", ticketId);
    setOptional(o, "actor_id", actorId);
    o->set("at", at);
    o->set("field", field);
    setOptional(o, "old_value", oldValue);
    setOptional(o, "new_value", newValue);
    return o;
}

// --- Parameters -------------------------------------------------------------------------------

LoginParams LoginParams::fromJson(const JsonObject &object)
{
    JsonReader r(object);
    LoginParams p;
    p.email = r.requireString("email");
    p.password = r.requireString("password");
    p.twoFactorCode = r.optString("two_factor_code");
    r.finish();
    return p;
}

ArticleParams ArticleParams::fromJson(const JsonObject &object, const std::string &path)
{
    JsonReader r(object, path);
    ArticleParams p;
    p.internal = r.optBool("internal").value_or(false);
    p.channel = r.optString("channel").value_or("note");
    p.subject = r.optString("subject");
    p.bodyText = r.optString("body_text").value_or("");
    p.bodyHtml = r.optString("body_html");
    p.to = r.optString("to");
    p.cc = r.optString("cc");
    p.attachments = readList<AttachmentRef>(r, "attachments", parseAttachment);
    p.timeSpentMinutes = r.optInt("time_spent_minutes");
    p.mentions = r.optIntList("mentions").value_or(std::vector<std::int64_t>{});
    r.finish();
    return p;
}

JsonObject ArticleParams::toJson() const
{
    auto o = newObject();
    o->set("internal", internal);
    o->set("channel", channel);
    if (subject)
        o->set("subject", *subject);
    o->set("body_text", bodyText);
    if (bodyHtml)
        o->set("body_html", *bodyHtml);
    if (to)
        o->set("to", *to);
    if (cc)
        o->set("cc", *cc);
    if (!attachments.empty()) {
        auto list = newArray();
        for (const auto &a : attachments)
            list->add(a.toJson());
        o->set("attachments", list);
    }
    if (timeSpentMinutes)
        o->set("time_spent_minutes", *timeSpentMinutes);
    if (!mentions.empty())
        o->set("mentions", toJsonArray(mentions));
    return o;
}

TicketCreateParams TicketCreateParams::fromJson(const JsonObject &object)
{
    JsonReader r(object);
    TicketCreateParams p;
    p.title = r.requireString("title");
    p.groupId = r.requireInt("group_id");
    p.customerId = r.optInt("customer_id");
    p.customerEmail = r.optString("customer_email");
    p.ownerId = r.optInt("owner_id");
    p.stateId = r.optInt("state_id");
    p.priorityId = r.optInt("priority_id");
    p.typeId = r.optInt("type_id");
    p.tags = r.optStringList("tags").value_or(std::vector<std::string>{});
    p.custom = objectOrEmpty(r.optObject("custom"));
    if (auto article = r.optObject("article"))
        p.article = ArticleParams::fromJson(article, "article");
    r.finish();
    return p;
}

JsonObject TicketCreateParams::toJson() const
{
    auto o = newObject();
    o->set("title", title);
    o->set("group_id", groupId);
    if (customerId)
        o->set("customer_id", *customerId);
    if (customerEmail)
        o->set("customer_email", *customerEmail);
    if (ownerId)
        o->set("owner_id", *ownerId);
    if (stateId)
        o->set("state_id", *stateId);
    if (priorityId)
        o->set("priority_id", *priorityId);
    if (typeId)
        o->set("type_id", *typeId);
    if (!tags.empty())
        o->set("tags", toJsonArray(tags));
    if (custom && custom->size() > 0)
        o->set("custom", custom);
    if (article)
        o->set("article", article->toJson());
    return o;
}

TicketUpdateParams TicketUpdateParams::fromJson(const JsonObject &object)
{
    JsonReader r(object);
    TicketUpdateParams p;
    p.id = r.requireInt("id");
    p.title = r.optString("title");
    p.groupId = r.optInt("group_id");
    p.clearOwner = r.isNull("owner_id");
    p.ownerId = r.optInt("owner_id");
    p.stateId = r.optInt("state_id");
    p.priorityId = r.optInt("priority_id");
    p.typeId = r.optInt("type_id");
    p.tags = r.optStringList("tags");
    p.custom = objectOrEmpty(r.optObject("custom"));
    p.pendingUntil = r.optString("pending_until");
    r.finish();
    return p;
}

TicketListParams TicketListParams::fromJson(const JsonObject &object)
{
    JsonReader r(object);
    TicketListParams p;
    p.groupId = r.optInt("group_id");
    p.ownerId = r.optInt("owner_id");
    p.unassigned = r.optBool("unassigned").value_or(false);
    p.customerId = r.optInt("customer_id");
    p.organizationId = r.optInt("organization_id");
    p.stateType = r.optString("state_type");
    p.query = r.optString("query");
    p.afterId = r.optInt("after_id");
    p.limit = r.optInt("limit").value_or(100);
    if (p.limit < 1 || p.limit > 1000)
        throw ApiError(ErrorCode::ValidationFailed, "limit must be between 1 and 1000", "limit");
    r.finish();
    return p;
}

} // namespace helpdesk::protocol
