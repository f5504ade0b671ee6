#include "api/omnidesk/OmnideskTranslator.h"

#include "api/MethodTable.h"
#include "protocol/ProtocolError.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/NumberParser.h>
#include <Poco/String.h>
#include <Poco/Timestamp.h>

#include <re2/re2.h>

#include <algorithm>
#include <map>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;
using helpdesk::protocol::JsonArray;
using helpdesk::protocol::JsonObject;

namespace helpdesk::api::omnidesk {

namespace {
/// Omnidesk's paging bounds: at most page 500 of at most 100 items.
constexpr int kMostPages = 500;
constexpr int kMostPerPage = 100;
/// How many objects a list walks at most to count them: every page a caller can reach.
constexpr std::size_t kMostCounted = static_cast<std::size_t>(kMostPages) * kMostPerPage;
/// Native list calls fetch this many rows at a time.
constexpr int kNativePage = 1000;
/// A case set "waiting" waits this long for the customer before the desk reminds its owner.
constexpr long long kWaitingDays = 7;

std::int64_t intOf(const Poco::Dynamic::Var &value, const std::string &field)
{
    try {
        if (value.isString())
            return Poco::NumberParser::parse64(value.toString());
        return value.convert<std::int64_t>();
    } catch (const Poco::Exception &) {
        throw ApiError(ErrorCode::BadRequest, field + " must be a number", field);
    }
}

std::string textOf(const JsonObject &o, const std::string &key)
{
    return o->has(key) && !o->isNull(key) ? o->get(key).toString() : std::string();
}

/// The object under `root` in a request body (`{"case": {…}}`); 400 without it.
JsonObject rootOf(const JsonObject &body, const std::string &root)
{
    auto inner = body ? body->getObject(root) : JsonObject();
    if (!inner)
        throw ApiError(ErrorCode::BadRequest, "the body must be {\"" + root + "\": {…}}", root);
    return inner;
}

/// The items of one page of `all`.
std::vector<JsonObject> pageOf(const std::vector<JsonObject> &all, std::pair<int, int> paging)
{
    const auto [page, limit] = paging;
    const auto from = static_cast<std::size_t>(page - 1) * static_cast<std::size_t>(limit);
    if (from >= all.size())
        return {};
    const auto to = std::min(all.size(), from + static_cast<std::size_t>(limit));
    return {all.begin() + static_cast<std::ptrdiff_t>(from), all.begin() + static_cast<std::ptrdiff_t>(to)};
}

std::vector<JsonObject> objectsOf(const JsonArray &array)
{
    std::vector<JsonObject> out;
    for (unsigned i = 0; array && i < array->size(); ++i)
        out.push_back(array->getObject(i));
    return out;
}

/// A native rating on an Omnidesk message: its score, comment and the agent rated (0: none).
void setRatingFields(Poco::JSON::Object &message, const JsonObject &rating)
{
    message.set("rating", rating->get("score"));
    message.set("rating_comment", textOf(rating, "comment"));
    message.set("rated_staff_id", rating->has("agent_id") && !rating->isNull("agent_id") ? rating->get("agent_id")
                                                                                         : Poco::Dynamic::Var(0));
}
} // namespace

OmnideskQuery::OmnideskQuery(const Poco::URI &uri)
{
    for (auto [key, value] : uri.getQueryParameters()) {
        if (key.size() > 2 && key.compare(key.size() - 2, 2, "[]") == 0)
            key.resize(key.size() - 2);
        m_values[key].push_back(value);
    }
}

std::vector<std::string> OmnideskQuery::all(const std::string &key) const
{
    auto found = m_values.find(key);
    return found == m_values.end() ? std::vector<std::string>{} : found->second;
}

std::optional<std::string> OmnideskQuery::one(const std::string &key) const
{
    auto values = all(key);
    return values.empty() ? std::nullopt : std::optional<std::string>(values.front());
}

std::pair<int, int> OmnideskQuery::paging() const
{
    auto number = [&](const std::string &key, int fallback, int most) {
        auto text = one(key);
        int value = fallback;
        if (text && !Poco::NumberParser::tryParse(*text, value))
            throw ApiError(ErrorCode::BadRequest, key + " must be a number", key);
        if (value < 1 || value > most)
            throw ApiError(ErrorCode::BadRequest, key + " must be between 1 and " + std::to_string(most), key);
        return value;
    };
    return {number("page", 1, kMostPages), number("limit", kMostPerPage, kMostPerPage)};
}

Reply OmnideskTranslator::native(const std::string &method, const JsonObject &params)
{
    const auto *spec = MethodTable::instance().find(method);
    if (!spec)
        throw ApiError(ErrorCode::Internal, "the native method " + method + " is missing");
    // The whole request is one line of the integration log (OmnideskHandler), not one per call.
    return m_dispatcher.runUnlogged(*spec, params, m_context);
}

JsonObject OmnideskTranslator::idParam(const std::string &key, std::int64_t id)
{
    auto p = params();
    p->set(key, id);
    return p;
}

const DeskVocabulary &OmnideskTranslator::vocabulary()
{
    if (m_vocabulary)
        return *m_vocabulary;
    DeskVocabulary v;
    for (const auto &p : objectsOf(nativeJson("priority.list", params())->getArray("priorities")))
        v.priorityNames[p->getValue<std::int64_t>("id")] = p->getValue<std::string>("name");
    for (const auto &f : objectsOf(nativeJson("custom_field.list", params())->getArray("custom_fields")))
        v.fields.push_back({f->getValue<std::int64_t>("id"), f->getValue<std::string>("name"),
                            f->getValue<std::string>("object_kind")});
    m_vocabulary = std::move(v);
    return *m_vocabulary;
}

std::int64_t OmnideskTranslator::stateIdFor(const std::string &status)
{
    const auto type = stateTypeFor(status);
    if (type.empty())
        throw ApiError(ErrorCode::ValidationFailed, "status must be open, waiting or closed", "status");
    if (!m_states)
        m_states = nativeJson("state.list", params())->getArray("states");
    for (const auto &s : objectsOf(m_states))
        if (s->getValue<std::string>("state_type") == type && s->optValue<bool>("active", true))
            return s->getValue<std::int64_t>("id");
    throw ApiError(ErrorCode::ValidationFailed, "the desk has no active state of type " + type, "status");
}

std::int64_t OmnideskTranslator::defaultGroup() const
{
    // The first group the caller may open tickets in (full access); the native create refuses
    // anything else anyway.
    for (const auto &[id, access] : m_context.actor->groups)
        if (access == domain::GroupAccess::Full)
            return id;
    throw ApiError(ErrorCode::ValidationFailed, "name a group_id: the account has full access to no group", "group_id");
}

std::vector<JsonObject> OmnideskTranslator::walk(const std::string &method, const std::string &key,
                                                 const JsonObject &filter)
{
    std::vector<JsonObject> all;
    std::int64_t after = 0;
    while (all.size() < kMostCounted) {
        auto p = params();
        for (const auto &name : filter->getNames())
            p->set(name, filter->get(name));
        p->set("limit", kNativePage);
        if (after > 0)
            p->set("after_id", after);
        auto rows = objectsOf(nativeJson(method, p)->getArray(key));
        for (const auto &row : rows)
            if (all.size() < kMostCounted)
                all.push_back(row);
        if (rows.size() < static_cast<std::size_t>(kNativePage))
            break;
        after = rows.back()->getValue<std::int64_t>("id");
    }
    return all;
}

// ---- cases ----

JsonObject OmnideskTranslator::caseOf(const JsonObject &t)
{
    const auto &v = vocabulary();
    auto c = params();
    c->set("case_id", t->getValue<std::int64_t>("id"));
    c->set("case_number", t->get("number").toString());
    c->set("subject", t->getValue<std::string>("title"));
    c->set("user_id", t->getValue<std::int64_t>("customer_id"));
    c->set("staff_id", t->has("owner_id") && !t->isNull("owner_id") ? t->getValue<std::int64_t>("owner_id") : 0);
    c->set("group_id", t->getValue<std::int64_t>("group_id"));
    c->set("status", statusOf(t->getValue<std::string>("state_type")));
    auto priority = v.priorityNames.find(t->getValue<std::int64_t>("priority_id"));
    c->set("priority", priority == v.priorityNames.end() ? std::string() : priorityWord(priority->second));
    const auto channel = channelIdOf(t);
    c->set("channel", channel ? "cch" + std::to_string(*channel) : std::string("web"));
    c->set("deleted", false);
    c->set("spam", false);
    c->set("created_at", rfc2822(textOf(t, "created_at")));
    c->set("updated_at", rfc2822(textOf(t, "updated_at")));
    c->set("closed_at", rfc2822(textOf(t, "closed_at")));
    c->set("last_response_at", rfc2822(textOf(t, "first_response_at")));
    c->set("custom_fields", v.customFieldsOf(t->getObject("custom"), "ticket"));
    c->set("labels", t->has("tags") ? t->get("tags") : Poco::Dynamic::Var(protocol::newArray()));
    return c;
}

void OmnideskTranslator::setCustomer(const JsonObject &fields, JsonObject &ticketParams)
{
    if (fields->has("user_custom_id")) {
        auto id = userForCustomId(fields->get("user_custom_id"), textOf(fields, "user_email"),
                                  textOf(fields, "user_full_name"), true);
        ticketParams->set("customer_id", *id);
    } else if (fields->has("user_id")) {
        ticketParams->set("customer_id", intOf(fields->get("user_id"), "user_id"));
    } else if (fields->has("user_email") && fields->has("user_full_name")) {
        ticketParams->set("customer_id", userForEmail(textOf(fields, "user_email"), textOf(fields, "user_full_name")));
    } else if (fields->has("user_email")) {
        ticketParams->set("customer_email", textOf(fields, "user_email"));
    } else {
        throw ApiError(ErrorCode::BadRequest, "a case needs user_email, user_custom_id or user_id", "user_email");
    }
}

Reply OmnideskTranslator::createCase(const JsonObject &body)
{
    auto c = rootOf(body, "case");
    if (auto channel = customChannelOf(textOf(c, "channel")))
        return createChannelCase(*channel, c);
    auto p = params();
    p->set("title", textOf(c, "subject"));
    p->set("group_id", c->has("group_id") ? intOf(c->get("group_id"), "group_id") : defaultGroup());
    setCustomer(c, p);
    if (auto cf = c->getObject("custom_fields"))
        p->set("custom", vocabulary().customFromCfKeys(cf, "ticket"));
    if (c->has("priority"))
        p->set("priority_id", priorityIdOf(textOf(c, "priority")));
    if (c->has("external_id"))
        p->set("external_id", c->get("external_id"));
    auto article = params();
    article->set("channel", endUserChannel());
    article->set("body_text", textOf(c, "content"));
    if (c->has("content_html"))
        article->set("body_html", textOf(c, "content_html"));
    p->set("article", article);
    auto reply = native("ticket.create", p);
    return Reply::withStatus(wrapped("case", caseOf(reply.json->getObject("ticket"))),
                             reply.status != 0 ? reply.status : 201);
}

std::optional<std::int64_t> OmnideskTranslator::customChannelOf(const std::string &channel)
{
    static const RE2 custom("cch([0-9]{1,18})");
    std::int64_t id = 0;
    if (RE2::FullMatch(channel, custom, &id))
        return id;
    if (channel.empty() || channel == "web")
        return std::nullopt;
    throw ApiError(ErrorCode::ValidationFailed, "channel must be web or a custom channel (cchN)", "channel");
}

std::optional<std::int64_t> OmnideskTranslator::channelIdOf(const JsonObject &ticket)
{
    if (!ticket->has("channel_id") || ticket->isNull("channel_id"))
        return std::nullopt;
    return ticket->getValue<std::int64_t>("channel_id");
}

Reply OmnideskTranslator::createChannelCase(std::int64_t channel, const JsonObject &c)
{
    if (!c->has("user_custom_id"))
        throw ApiError(ErrorCode::BadRequest, "a custom channel's case names its user_custom_id", "user_custom_id");
    auto user = params();
    user->set("external_id", c->get("user_custom_id").toString());
    if (c->has("user_full_name"))
        user->set("name", textOf(c, "user_full_name"));
    if (c->has("user_email"))
        user->set("email", textOf(c, "user_email"));
    auto p = idParam("id", channel);
    p->set("user", user);
    p->set("title", textOf(c, "subject"));
    p->set("body_text", textOf(c, "content"));
    if (c->has("content_html"))
        p->set("body_html", textOf(c, "content_html"));
    if (c->has("external_id"))
        p->set("external_id", c->get("external_id"));
    auto reply = native("channel.ticket.create", p);
    auto ticket = reply.json->getObject("ticket");
    const bool created = reply.status == 0 || reply.status == 201;
    // The channel opens the ticket as the end user's; what the panel computed for it follows.
    auto cf = c->getObject("custom_fields");
    if (created && (cf || c->has("priority"))) {
        auto update = idParam("id", ticket->getValue<std::int64_t>("id"));
        if (cf)
            update->set("custom", vocabulary().customFromCfKeys(cf, "ticket"));
        if (c->has("priority"))
            update->set("priority_id", priorityIdOf(textOf(c, "priority")));
        ticket = nativeJson("ticket.update", update)->getObject("ticket");
    }
    return Reply::withStatus(wrapped("case", caseOf(ticket)), created ? 201 : 200);
}

std::int64_t OmnideskTranslator::priorityIdOf(const std::string &word)
{
    auto id = vocabulary().priorityIdFor(word);
    if (id == 0)
        throw ApiError(ErrorCode::ValidationFailed, "no such priority", "priority");
    return id;
}

Reply OmnideskTranslator::getCase(std::int64_t id)
{
    return wrapped("case", caseOf(nativeJson("ticket.get", idParam("id", id))->getObject("ticket")));
}

Reply OmnideskTranslator::updateCase(std::int64_t id, const JsonObject &body)
{
    auto c = rootOf(body, "case");
    auto p = idParam("id", id);
    if (c->has("subject"))
        p->set("title", textOf(c, "subject"));
    if (c->has("status")) {
        const auto status = textOf(c, "status");
        p->set("state_id", stateIdFor(status));
        if (status == "waiting")
            p->set("pending_until", Poco::DateTimeFormatter::format(
                                        Poco::Timestamp() + kWaitingDays * 24 * 3600 * Poco::Timestamp::resolution(),
                                        Poco::DateTimeFormat::ISO8601_FORMAT));
    }
    if (c->has("priority"))
        p->set("priority_id", priorityIdOf(textOf(c, "priority")));
    if (c->has("group_id"))
        p->set("group_id", intOf(c->get("group_id"), "group_id"));
    if (c->has("staff_id")) {
        // Omnidesk's 0 is "nobody".
        auto staff = c->isNull("staff_id") ? 0 : intOf(c->get("staff_id"), "staff_id");
        p->set("owner_id", staff == 0 ? Poco::Dynamic::Var() : Poco::Dynamic::Var(staff));
    }
    if (auto cf = c->getObject("custom_fields"))
        p->set("custom", vocabulary().customFromCfKeys(cf, "ticket"));
    return wrapped("case", caseOf(nativeJson("ticket.update", p)->getObject("ticket")));
}

Reply OmnideskTranslator::listCases(const OmnideskQuery &query)
{
    const auto paging = query.paging();
    // The customers the list is narrowed to (none: every case the caller may read).
    std::vector<std::int64_t> customers;
    bool narrowed = false;
    for (const auto &id : query.all("user_id")) {
        narrowed = true;
        customers.push_back(intOf(id, "user_id"));
    }
    for (const auto &custom : query.all("user_custom_id")) {
        narrowed = true;
        if (auto id = userForCustomId(custom, {}, {}, false))
            customers.push_back(*id);
    }
    // "web" names the cases of no custom channel, "cchN" those of channel N.
    auto channels = query.all("channel");
    auto statuses = query.all("status");

    std::vector<JsonObject> tickets;
    if (!narrowed) {
        tickets = walk("ticket.list", "tickets", params());
    } else {
        for (auto customer : customers)
            for (auto &t : walk("ticket.list", "tickets", idParam("customer_id", customer)))
                tickets.push_back(t);
    }
    std::vector<JsonObject> cases;
    for (const auto &t : tickets) {
        auto status = statusOf(t->getValue<std::string>("state_type"));
        auto channel = channelIdOf(t);
        auto channelName = channel ? "cch" + std::to_string(*channel) : std::string("web");
        if ((statuses.empty() || std::find(statuses.begin(), statuses.end(), status) != statuses.end()) &&
            (channels.empty() || std::find(channels.begin(), channels.end(), channelName) != channels.end()))
            cases.push_back(t);
    }
    // Newest first, as Omnidesk lists them.
    std::sort(cases.begin(), cases.end(), [](const JsonObject &a, const JsonObject &b) {
        return a->getValue<std::int64_t>("id") > b->getValue<std::int64_t>("id");
    });
    std::vector<JsonObject> page;
    for (const auto &t : pageOf(cases, paging))
        page.push_back(caseOf(t));
    return listAnswer("case", page, static_cast<std::int64_t>(cases.size()));
}

// ---- messages ----

JsonObject OmnideskTranslator::messageOf(const JsonObject &a, const JsonObject &ticket)
{
    auto m = protocol::newObject();
    m->set("message_id", a->getValue<std::int64_t>("id"));
    const bool fromEndUser =
        a->getValue<std::string>("sender") == "customer" ||
        (a->getValue<std::string>("channel") == endUserChannel() && !a->getValue<bool>("internal"));
    const auto author = a->has("author_id") && !a->isNull("author_id") ? a->getValue<std::int64_t>("author_id") : 0;
    m->set("user_id", fromEndUser ? ticket->getValue<std::int64_t>("customer_id") : 0);
    m->set("staff_id", fromEndUser ? 0 : author);
    m->set("note", a->getValue<bool>("internal"));
    m->set("created_at", rfc2822(textOf(a, "created_at")));
    m->set("content", textOf(a, "body_text"));
    m->set("content_html", textOf(a, "body_html"));
    auto attachments = protocol::newArray();
    for (const auto &file : objectsOf(a->getArray("attachments"))) {
        auto item = protocol::newObject();
        item->set("file_name", textOf(file, "filename"));
        item->set("mime_type", textOf(file, "content_type"));
        item->set("file_size", file->optValue<std::int64_t>("size", 0));
        attachments->add(item);
    }
    m->set("attachments", attachments);
    m->set("sent_via_rule", false);
    return m;
}

Reply OmnideskTranslator::listMessages(std::int64_t caseId, const OmnideskQuery &query)
{
    const auto paging = query.paging();
    auto ticket = nativeJson("ticket.get", idParam("id", caseId))->getObject("ticket");
    auto articles = objectsOf(nativeJson("article.list", idParam("ticket_id", caseId))->getArray("articles"));
    // Each reply's rating, by the reply it rates (the ticket's own rating names none).
    std::map<std::int64_t, JsonObject> ratings;
    for (const auto &r : objectsOf(nativeJson("ticket.ratings", idParam("id", caseId))->getArray("ratings")))
        if (r->has("article_id") && !r->isNull("article_id"))
            ratings[r->getValue<std::int64_t>("article_id")] = r;
    std::vector<JsonObject> page;
    for (const auto &a : pageOf(articles, paging)) {
        auto message = messageOf(a, ticket);
        auto rating = ratings.find(a->getValue<std::int64_t>("id"));
        if (rating != ratings.end()) {
            setRatingFields(*message, rating->second);
        }
        page.push_back(message);
    }
    return listAnswer("message", page, static_cast<std::int64_t>(articles.size()));
}

Reply OmnideskTranslator::postMessage(std::int64_t caseId, const JsonObject &body)
{
    auto m = rootOf(body, "message");
    auto ticket = nativeJson("ticket.get", idParam("id", caseId))->getObject("ticket");
    auto p = idParam("ticket_id", caseId);
    if (m->has("user_id") || m->has("user_custom_id")) {
        std::int64_t user = 0;
        if (m->has("user_id")) {
            user = intOf(m->get("user_id"), "user_id");
        } else if (auto found = userForCustomId(m->get("user_custom_id"), {}, {}, false)) {
            user = *found;
        } else {
            throw ApiError(ErrorCode::NotFound, "no user has this user_custom_id", "user_custom_id");
        }
        // Who writes on a case is its customer: another user's message has no place here.
        if (user != ticket->getValue<std::int64_t>("customer_id"))
            throw ApiError(ErrorCode::ValidationFailed, "the case belongs to another user", "user_id");
        if (auto channel = channelIdOf(ticket))
            return postChannelMessage(*channel, ticket, m);
        p->set("channel", endUserChannel());
    } else if (m->has("staff_id")) {
        // The key acts as one account; it does not write in a colleague's name.
        if (intOf(m->get("staff_id"), "staff_id") != m_context.actor->userId)
            throw ApiError(ErrorCode::Forbidden, "staff_id must be the account of the API key", "staff_id");
        p->set("channel", m->optValue<bool>("do_not_send_email", false) ? "web" : "email");
    } else {
        throw ApiError(ErrorCode::BadRequest, "a message needs user_id, user_custom_id or staff_id", "user_id");
    }
    p->set("body_text", textOf(m, "content"));
    if (m->has("content_html"))
        p->set("body_html", textOf(m, "content_html"));
    if (m->has("external_id"))
        p->set("external_id", m->get("external_id"));
    auto reply = native("article.create", p);
    return Reply::withStatus(wrapped("message", messageOf(reply.json->getObject("article"), ticket)),
                             reply.status != 0 ? reply.status : 201);
}

Reply OmnideskTranslator::postChannelMessage(std::int64_t channel, const JsonObject &ticket, const JsonObject &m)
{
    // On a custom channel's case the end user writes through the channel, as themself.
    auto p = idParam("id", channel);
    p->set("ticket_id", ticket->getValue<std::int64_t>("id"));
    if (m->has("user_custom_id")) {
        auto user = params();
        user->set("external_id", m->get("user_custom_id").toString());
        p->set("user", user);
    }
    p->set("body_text", textOf(m, "content"));
    if (m->has("content_html"))
        p->set("body_html", textOf(m, "content_html"));
    if (m->has("external_id"))
        p->set("external_id", m->get("external_id"));
    auto reply = native("channel.message.create", p);
    return Reply::withStatus(wrapped("message", messageOf(reply.json->getObject("article"), ticket)),
                             reply.status != 0 ? reply.status : 201);
}

Reply OmnideskTranslator::postNote(std::int64_t caseId, const JsonObject &body)
{
    auto n = body && body->has("note") ? rootOf(body, "note") : rootOf(body, "message");
    auto ticket = nativeJson("ticket.get", idParam("id", caseId))->getObject("ticket");
    auto p = idParam("ticket_id", caseId);
    p->set("channel", "note");
    p->set("internal", true);
    p->set("body_text", textOf(n, "content"));
    if (n->has("content_html"))
        p->set("body_html", textOf(n, "content_html"));
    auto reply = native("article.create", p);
    return Reply::withStatus(wrapped("message", messageOf(reply.json->getObject("article"), ticket)),
                             reply.status != 0 ? reply.status : 201);
}

Reply OmnideskTranslator::rateMessage(std::int64_t caseId, std::int64_t messageId, const JsonObject &body)
{
    auto r = body && body->has("rate") ? rootOf(body, "rate") : rootOf(body, "message");
    auto rating = r->has("rating") ? r->get("rating") : Poco::Dynamic::Var();
    std::int64_t score = 0;
    // Omnidesk's words (high, middle, low) or a score of 1 to 5.
    const auto word = rating.isString() ? Poco::toLower(rating.toString()) : std::string();
    if (word == "high")
        score = 5;
    else if (word == "middle" || word == "normal")
        score = 3;
    else if (word == "low")
        score = 1;
    else if (!rating.isEmpty())
        score = intOf(rating, "rating");
    auto p = idParam("id", caseId);
    p->set("article_id", messageId);
    p->set("score", score);
    if (r->has("rating_comment"))
        p->set("comment", textOf(r, "rating_comment"));
    auto rated = nativeJson("ticket.rating.sync", p)->getObject("rating");
    auto out = protocol::newObject();
    out->set("message_id", messageId);
    setRatingFields(*out, rated);
    return wrapped("message", out);
}

// ---- users ----

std::optional<std::int64_t> OmnideskTranslator::userForCustomId(const Poco::Dynamic::Var &customId,
                                                                const std::string &email, const std::string &name,
                                                                bool mayCreate)
{
    // A custom id is an id in the integration's own system: only its key knows whose.
    if (!m_context.actor->integration)
        throw ApiError(ErrorCode::Forbidden, "user_custom_id needs an integration's API key", "user_custom_id");
    auto filter = params();
    filter->set("external_id", customId.toString());
    auto users = nativeJson("user.list", filter)->getArray("users");
    if (users && users->size() > 0)
        return users->getObject(0)->getValue<std::int64_t>("id");
    if (!mayCreate)
        return std::nullopt;
    // The seam for custom channels: a user known only by a custom id (no address) becomes a
    // customer once channels can write as their end users; until then the address is needed.
    if (email.empty())
        throw ApiError(ErrorCode::ValidationFailed, "a new user needs user_email beside user_custom_id", "user_email");
    auto p = params();
    p->set("external_id", customId.toString());
    p->set("email", email);
    p->set("name", name.empty() ? email : name);
    return nativeJson("user.create", p)->getObject("user")->getValue<std::int64_t>("id");
}

std::int64_t OmnideskTranslator::userForEmail(const std::string &email, const std::string &name)
{
    auto filter = params();
    filter->set("role", "customer");
    filter->set("query", email);
    filter->set("limit", kNativePage);
    for (const auto &user : objectsOf(nativeJson("user.list", filter)->getArray("users")))
        if (Poco::icompare(textOf(user, "email"), email) == 0)
            return user->getValue<std::int64_t>("id");
    auto p = params();
    p->set("email", email);
    p->set("name", name);
    return nativeJson("user.create", p)->getObject("user")->getValue<std::int64_t>("id");
}

JsonObject OmnideskTranslator::userOf(const JsonObject &user)
{
    auto u = protocol::newObject();
    u->set("user_id", user->getValue<std::int64_t>("id"));
    u->set("user_full_name", textOf(user, "name"));
    u->set("user_email", textOf(user, "email"));
    std::string customId;
    if (m_context.actor->integration)
        for (const auto &link : objectsOf(user->getArray("external_ids")))
            if (link->getValue<std::int64_t>("integration_id") == m_context.actor->integration->id)
                customId = textOf(link, "external_id");
    u->set("user_custom_id", customId);
    u->set("type", customId.empty() ? "email" : "custom");
    u->set("company_name", "");
    u->set("company_position", "");
    u->set("thumbnail", "");
    u->set("confirmed", false);
    u->set("active", user->optValue<bool>("active", true));
    u->set("deleted", false);
    u->set("created_at", rfc2822(textOf(user, "created_at")));
    u->set("updated_at", rfc2822(textOf(user, "updated_at")));
    u->set("custom_fields", vocabulary().customFieldsOf(user->getObject("custom"), "user"));
    u->set("linked_users", protocol::newArray());
    return u;
}

Reply OmnideskTranslator::listUsers(const OmnideskQuery &query)
{
    const auto paging = query.paging();
    std::vector<JsonObject> users;
    if (auto custom = query.one("user_custom_id")) {
        if (auto id = userForCustomId(*custom, {}, {}, false))
            users.push_back(nativeJson("user.get", idParam("id", *id))->getObject("user"));
    } else {
        auto filter = params();
        filter->set("role", "customer");
        auto email = query.one("user_email");
        if (email)
            filter->set("query", *email);
        for (auto &u : walk("user.list", "users", filter))
            if (!email || Poco::icompare(textOf(u, "email"), *email) == 0)
                users.push_back(u);
    }
    std::vector<JsonObject> page;
    for (const auto &u : pageOf(users, paging))
        page.push_back(userOf(u));
    return listAnswer("user", page, static_cast<std::int64_t>(users.size()));
}

Reply OmnideskTranslator::createUser(const JsonObject &body)
{
    auto u = rootOf(body, "user");
    if (u->has("user_custom_id")) {
        // Known already: returned as it is (the native create with an external id is idempotent too).
        if (!m_context.actor->integration)
            throw ApiError(ErrorCode::Forbidden, "user_custom_id needs an integration's API key", "user_custom_id");
    }
    auto p = params();
    p->set("email", textOf(u, "user_email"));
    p->set("name", u->has("user_full_name") ? textOf(u, "user_full_name") : textOf(u, "user_email"));
    if (u->has("user_custom_id"))
        p->set("external_id", u->get("user_custom_id").toString());
    if (auto cf = u->getObject("custom_fields"))
        p->set("custom", vocabulary().customFromCfKeys(cf, "user"));
    auto reply = native("user.create", p);
    return Reply::withStatus(wrapped("user", userOf(reply.json->getObject("user"))),
                             reply.status != 0 ? reply.status : 201);
}

Reply OmnideskTranslator::getUser(std::int64_t id)
{
    return wrapped("user", userOf(nativeJson("user.get", idParam("id", id))->getObject("user")));
}

Reply OmnideskTranslator::updateUser(std::int64_t id, const JsonObject &body)
{
    auto u = rootOf(body, "user");
    auto p = idParam("id", id);
    if (u->has("user_full_name"))
        p->set("name", textOf(u, "user_full_name"));
    if (u->has("user_email"))
        p->set("email", textOf(u, "user_email"));
    if (auto cf = u->getObject("custom_fields"))
        p->set("custom", vocabulary().customFromCfKeys(cf, "user"));
    return wrapped("user", userOf(nativeJson("user.update", p)->getObject("user")));
}

Reply OmnideskTranslator::listStaff(const OmnideskQuery &query)
{
    const auto paging = query.paging();
    std::vector<JsonObject> staff;
    for (const char *role : {"admin", "supervisor", "agent"}) {
        auto filter = params();
        filter->set("role", std::string(role));
        for (auto &s : walk("user.list", "users", filter))
            staff.push_back(s);
    }
    std::sort(staff.begin(), staff.end(), [](const JsonObject &a, const JsonObject &b) {
        return a->getValue<std::int64_t>("id") < b->getValue<std::int64_t>("id");
    });
    std::vector<JsonObject> page;
    for (const auto &s : pageOf(staff, paging)) {
        auto o = protocol::newObject();
        o->set("staff_id", s->getValue<std::int64_t>("id"));
        o->set("staff_email", textOf(s, "email"));
        o->set("staff_full_name", textOf(s, "name"));
        o->set("staff_signature", "");
        o->set("thumbnail", "");
        o->set("active", s->optValue<bool>("active", true));
        o->set("created_at", rfc2822(textOf(s, "created_at")));
        o->set("updated_at", rfc2822(textOf(s, "updated_at")));
        page.push_back(o);
    }
    return listAnswer("staff", page, static_cast<std::int64_t>(staff.size()));
}

Reply OmnideskTranslator::listGroups(const OmnideskQuery &query)
{
    const auto paging = query.paging();
    auto groups = objectsOf(nativeJson("group.list", params())->getArray("groups"));
    std::vector<JsonObject> page;
    for (const auto &g : pageOf(groups, paging)) {
        auto o = protocol::newObject();
        o->set("group_id", g->getValue<std::int64_t>("id"));
        o->set("group_title", textOf(g, "name"));
        o->set("group_from_name", "");
        o->set("group_signature", textOf(g, "signature"));
        o->set("active", g->optValue<bool>("active", true));
        o->set("created_at", rfc2822(textOf(g, "created_at")));
        o->set("updated_at", rfc2822(textOf(g, "updated_at")));
        page.push_back(o);
    }
    return listAnswer("group", page, static_cast<std::int64_t>(groups.size()));
}

Reply OmnideskTranslator::listCustomChannels(const OmnideskQuery &query)
{
    const auto paging = query.paging();
    // The channels of the key's integration: they are what its cases may name.
    if (!m_context.actor->integration)
        throw ApiError(ErrorCode::Forbidden, "custom channels are listed for an integration's API key");
    auto channels =
        objectsOf(nativeJson("channel.list", idParam("id", m_context.actor->integration->id))->getArray("channels"));
    std::vector<JsonObject> page;
    for (const auto &ch : pageOf(channels, paging)) {
        auto o = protocol::newObject();
        o->set("channel_id", "cch" + std::to_string(ch->getValue<std::int64_t>("id")));
        o->set("title", textOf(ch, "name"));
        o->set("channel_type", "email");
        o->set("channel_api_key", "");
        o->set("icon", "");
        o->set("webhook_url", textOf(ch, "url"));
        o->set("active", ch->optValue<bool>("active", true));
        // An extension: the body its webhook gets, the desk's own or Omnidesk's message_new.
        o->set("format", textOf(ch, "format"));
        page.push_back(o);
    }
    return listAnswer("custom_channel", page, static_cast<std::int64_t>(channels.size()));
}

Reply OmnideskTranslator::listCustomFields(const OmnideskQuery &query)
{
    const auto paging = query.paging();
    auto fields = objectsOf(nativeJson("custom_field.list", params())->getArray("custom_fields"));
    std::vector<JsonObject> page;
    for (const auto &f : pageOf(fields, paging)) {
        auto o = protocol::newObject();
        o->set("field_id", f->getValue<std::int64_t>("id"));
        o->set("title", f->has("label") ? textOf(f, "label") : textOf(f, "name"));
        o->set("field_type", textOf(f, "field_type"));
        o->set("field_level", fieldLevelOf(textOf(f, "object_kind")));
        o->set("active", f->optValue<bool>("active", true));
        o->set("field_data", f->has("options") ? f->get("options") : Poco::Dynamic::Var(protocol::newArray()));
        page.push_back(o);
    }
    return listAnswer("custom_field", page, static_cast<std::int64_t>(fields.size()));
}

// ---- routing ----

Reply OmnideskTranslator::serve(const std::string &verb, const std::string &path, const OmnideskQuery &query,
                                const JsonObject &body, std::string &resource)
{
    static const RE2 oneCase("/api/cases/([0-9]{1,18})\\.json");
    static const RE2 messages("/api/cases/([0-9]{1,18})/messages\\.json");
    static const RE2 note("/api/cases/([0-9]{1,18})/note\\.json");
    static const RE2 rate("/api/cases/([0-9]{1,18})/rate/([0-9]{1,18})\\.json");
    static const RE2 oneUser("/api/users/([0-9]{1,18})\\.json");
    std::int64_t id = 0;
    std::int64_t second = 0;
    auto only = [&](const char *allowed) {
        if (verb != allowed)
            throw ApiError(ErrorCode::MethodNotAllowed, verb + " is not allowed on " + path);
    };
    if (path == "/api/cases.json") {
        resource = "case";
        if (verb == "POST")
            return createCase(body);
        only("GET");
        return listCases(query);
    }
    if (RE2::FullMatch(path, oneCase, &id)) {
        resource = "case";
        if (verb == "PUT")
            return updateCase(id, body);
        only("GET");
        return getCase(id);
    }
    if (RE2::FullMatch(path, messages, &id)) {
        resource = "case";
        if (verb == "POST")
            return postMessage(id, body);
        only("GET");
        return listMessages(id, query);
    }
    if (RE2::FullMatch(path, note, &id)) {
        resource = "case";
        only("POST");
        return postNote(id, body);
    }
    if (RE2::FullMatch(path, rate, &id, &second)) {
        resource = "message";
        only("PUT");
        return rateMessage(id, second, body);
    }
    if (path == "/api/users.json") {
        resource = "user";
        if (verb == "POST")
            return createUser(body);
        only("GET");
        return listUsers(query);
    }
    if (RE2::FullMatch(path, oneUser, &id)) {
        resource = "user";
        if (verb == "PUT")
            return updateUser(id, body);
        only("GET");
        return getUser(id);
    }
    if (path == "/api/staff.json") {
        only("GET");
        return listStaff(query);
    }
    if (path == "/api/groups.json") {
        only("GET");
        return listGroups(query);
    }
    if (path == "/api/custom_channels.json") {
        only("GET");
        return listCustomChannels(query);
    }
    if (path == "/api/custom_fields.json") {
        only("GET");
        return listCustomFields(query);
    }
    resource.clear();
    throw ApiError(ErrorCode::NotFound, path + " is not part of the Omnidesk-compatible API (docs/omnidesk-api.md)");
}

} // namespace helpdesk::api::omnidesk
