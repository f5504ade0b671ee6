#include "api/ApiDispatcher.h"

#include "db/ConfigRepository.h"
#include "db/JobRepository.h"
#include "db/MailRepository.h"
#include "domain/MailSettings.h"
#include "domain/MailboxAdmin.h"
#include "mail/ImapClient.h"
#include "db/UserRepository.h"
#include "domain/AdminService.h"
#include "domain/Audit.h"
#include "domain/Permissions.h"
#include "domain/TicketService.h"
#include "domain/DashboardService.h"
#include "domain/TriggerService.h"
#include "mail/SmtpSender.h"
#include "domain/Validation.h"
#include "protocol/Messages.h"
#include "protocol/ProtocolError.h"

#include <Poco/JSON/Parser.h>

#include <algorithm>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;
using helpdesk::protocol::JsonObject;
using helpdesk::protocol::JsonReader;

namespace helpdesk::api {

namespace {
const char *kServerVersion = "0.1.0";

JsonObject wrap(const std::string &key, const Poco::Dynamic::Var &value)
{
    auto out = protocol::newObject();
    out->set(key, value);
    return out;
}

std::int64_t requireId(const JsonObject &params, const std::string &key = "id")
{
    JsonReader r(params);
    auto id = r.requireInt(key);
    return id;
}

/// Reads exactly the listed integer keys; anything else is an unknown field.
std::map<std::string, std::int64_t> readInts(const JsonObject &params, std::initializer_list<const char *> keys)
{
    JsonReader r(params);
    std::map<std::string, std::int64_t> out;
    for (const char *key : keys)
        out[key] = r.requireInt(key);
    r.finish();
    return out;
}

void requireEmpty(const JsonObject &params)
{
    JsonReader(params).finish();
}
} // namespace

ApiDispatcher::ApiDispatcher(db::ConnectionPool &pool, domain::AuthService &auth, domain::EventFeed &feed,
                             mail::InboundProcessor &inbound, mail::MailboxPoller *poller, const ApiLimits &limits)
    : m_pool(pool), m_auth(auth), m_feed(feed), m_inbound(inbound), m_poller(poller), m_limits(limits), m_throttle(limits)
{
    registerMethods();
}

void ApiDispatcher::add(const std::string &name, bool mutating, Handler handler)
{
    m_methods[name] = Method{mutating, std::move(handler)};
}

bool ApiDispatcher::knows(const std::string &method) const
{
    return m_methods.count(method) > 0 || method == "auth.login" || method == "server.info" || method == "auth.logout"
           || method == "mailbox.poll" || method == "mailbox.test" || method == "mail.send_test" || method == "auth.password_reset"
           || method == "auth.set_password";
}

std::vector<std::string> ApiDispatcher::methods() const
{
    std::vector<std::string> out{"server.info", "auth.login", "auth.logout", "mailbox.poll", "mailbox.test", "mail.send_test",
                                 "auth.password_reset", "auth.set_password"};
    for (const auto &[name, method] : m_methods)
        out.push_back(name);
    return out;
}

JsonObject ApiDispatcher::call(const std::string &method, const JsonObject &params, const CallContext &context)
{
    db::StatementTimeout timeout(m_limits.statementTimeout);
    // Methods that need no session.
    if (method == "server.info") {
        requireEmpty(params);
        auto out = protocol::newObject();
        out->set("server_version", kServerVersion);
        out->set("protocol_version", protocol::kProtocolVersion);
        out->set("minimum_protocol_version", protocol::kMinimumProtocolVersion);
        out->set("database_available", m_feed.databaseAvailable());
        return out;
    }
    if (method == "auth.password_reset") {
        protocol::JsonReader r(params);
        auto email = r.requireString("email");
        r.finish();
        m_throttle.beforePasswordReset(email, context.clientAddress);
        m_auth.requestPasswordReset(email);
        return wrap("requested", true);
    }
    if (method == "auth.set_password") {
        protocol::JsonReader r(params);
        auto token = r.requireString("token");
        auto password = r.requireString("password");
        r.finish();
        return wrap("email", m_auth.completePasswordToken(token, password));
    }
    if (method == "auth.login") {
        auto login = protocol::LoginParams::fromJson(params);
        m_throttle.beforeSignIn(login.email, context.clientAddress);
        try {
            auto session = m_auth.login(login.email, login.password);
            m_throttle.signInSucceeded(login.email);
            return session;
        } catch (const ApiError &e) {
            if (e.code() == ErrorCode::Unauthenticated)
                m_throttle.signInFailed(login.email, context.clientAddress);
            throw;
        }
    }
    auto it = m_methods.find(method);
    if (it == m_methods.end() && method != "auth.logout" && method != "mailbox.poll" && method != "mailbox.test"
        && method != "mail.send_test")
        throw ApiError(ErrorCode::NotFound, "unknown method " + method, "method");
    if (!context.actor)
        throw ApiError(ErrorCode::Unauthenticated, "sign in first");
    m_throttle.admitUser(context.actor->userId);
    if (method == "auth.logout") {
        requireEmpty(params);
        if (context.token)
            m_auth.logout(*context.token);
        return protocol::newObject();
    }
    const auto &actor = *context.actor;
    if (method == "mailbox.poll") {
        // Network I/O: runs outside any transaction (the poller commits message by message).
        domain::permissions::requireAdmin(actor);
        auto id = readInts(params, {"id"})["id"];
        if (!m_poller)
            throw ApiError(ErrorCode::Unavailable, "mail polling is not running on this instance");
        try {
            return wrap("run", m_poller->poll(id));
        } catch (const mail::MailboxError &e) {
            throw ApiError(ErrorCode::NotFound, e.what(), "id");
        }
    }
    if (method == "mailbox.test") {
        domain::permissions::requireAdmin(actor);
        auto id = readInts(params, {"id"})["id"];
        if (!m_poller)
            throw ApiError(ErrorCode::Unavailable, "mail polling is not running on this instance");
        try {
            return m_poller->testConnection(id);
        } catch (const mail::MailboxError &e) {
            throw ApiError(ErrorCode::NotFound, e.what(), "id");
        }
    }
    if (method == "mail.send_test") {
        // Sends now, not through the outbox: the admin wants to know whether the SMTP settings work.
        domain::permissions::requireAdmin(actor);
        protocol::JsonReader r(params);
        auto to = r.requireString("to");
        r.finish();
        if (!domain::looksLikeEmail(to))
            throw ApiError(ErrorCode::ValidationFailed, to + " is not an e-mail address", "to");
        auto [settings, message] = m_pool.read([&](db::Tx &tx) {
            auto s = domain::MailSettings::load(tx);
            db::OutboundMail mail;
            mail.kind = "system";
            mail.mailFrom = s.systemName + " <" + s.noreplyAddress + ">";
            mail.recipients = {to};
            mail.subject = "Helpdesk test mail";
            mail.bodyText = "This is a test mail from Helpdesk: the outgoing mail settings work.\n";
            mail.messageId = domain::messageids::make(s, std::nullopt);
            mail.autoSubmitted = "auto-generated";
            return std::pair{s, mail::SmtpSender::buildMessage(tx, mail, s)};
        });
        auto out = protocol::newObject();
        try {
            mail::SmtpSender::deliver(settings.smtp, settings.noreplyAddress, {to}, message);
            out->set("sent", true);
            out->set("message", "sent to " + to + " through " + settings.smtp.host + ":" + std::to_string(settings.smtp.port));
        } catch (const Poco::Exception &e) {
            out->set("sent", false);
            out->set("message", e.displayText());
        }
        return out;
    }
    const auto &entry = it->second;
    if (!entry.mutating)
        return m_pool.read([&](db::Tx &tx) { return entry.handler(tx, actor, params); });
    return m_pool.write([&](db::Tx &tx) {
        if (context.idempotencyKey) {
            if (auto stored = db::IdempotencyRepository::claim(tx, actor.userId, *context.idempotencyKey, method))
                return protocol::parseJsonObject(*stored);
        }
        auto result = entry.handler(tx, actor, params);
        if (context.idempotencyKey)
            db::IdempotencyRepository::storeResponse(tx, actor.userId, *context.idempotencyKey,
                                                     protocol::toJsonText(result));
        return result;
    });
}

void ApiDispatcher::registerMethods()
{
    using domain::Actor;
    using domain::AdminService;
    using domain::TicketService;
    using db::Tx;

    add("auth.me", false, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        requireEmpty(params);
        auto user = db::UserRepository::findById(tx, actor.userId);
        auto out = wrap("user", user->toJson());
        auto groups = protocol::newObject();
        for (const auto &[id, access] : actor.groups)
            groups->set(std::to_string(id), access == domain::GroupAccess::Full ? "full" : "read");
        out->set("groups", groups);
        return out;
    });
    add("token.create", true, [this](Tx &tx, const Actor &actor, const JsonObject &params) {
        JsonReader r(params);
        auto name = r.requireString("name");
        auto userId = r.optInt("user_id");
        r.finish();
        return m_auth.createApiToken(tx, actor, name, userId);
    });
    add("token.list", false, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        JsonReader r(params);
        auto all = r.optBool("all").value_or(false);
        r.finish();
        return wrap("tokens", domain::AuthService::listApiTokens(tx, actor, all));
    });
    add("token.revoke", true, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        domain::AuthService::revokeApiToken(tx, actor, readInts(params, {"id"})["id"]);
        return wrap("revoked", true);
    });
    add("audit.list", false, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        return wrap("entries", domain::audit::list(tx, actor, params));
    });

    // Tickets and articles.
    add("ticket.list", false, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        return wrap("tickets", TicketService::list(tx, actor, protocol::TicketListParams::fromJson(params)));
    });
    add("ticket.get", false, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        auto id = readInts(params, {"id"})["id"];
        return wrap("ticket", TicketService::get(tx, actor, id).toJson());
    });
    add("ticket.create", true, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        return TicketService::create(tx, actor, protocol::TicketCreateParams::fromJson(params));
    });
    add("ticket.update", true, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        return wrap("ticket", TicketService::update(tx, actor, protocol::TicketUpdateParams::fromJson(params)).toJson());
    });
    add("ticket.merge", true, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        auto ids = readInts(params, {"id", "into_id"});
        return wrap("ticket", TicketService::merge(tx, actor, ids["id"], ids["into_id"]).toJson());
    });
    add("ticket.link", true, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        JsonReader r(params);
        auto id = r.requireInt("id");
        auto target = r.requireInt("target_id");
        auto kind = r.optString("kind").value_or("related");
        r.finish();
        return wrap("links", TicketService::link(tx, actor, id, target, kind));
    });
    add("ticket.links", false, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        return wrap("links", TicketService::links(tx, actor, readInts(params, {"id"})["id"]));
    });
    add("ticket.watchers", false, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        return wrap("watchers", TicketService::watchers(tx, actor, readInts(params, {"id"})["id"]));
    });
    add("ticket.watch", true, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        JsonReader r(params);
        auto id = r.requireInt("id");
        auto userId = r.optInt("user_id");
        r.finish();
        return wrap("watchers", TicketService::watch(tx, actor, id, userId));
    });
    add("ticket.unwatch", true, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        auto ids = readInts(params, {"id", "user_id"});
        return wrap("watchers", TicketService::unwatch(tx, actor, ids["id"], ids["user_id"]));
    });
    add("dashboard.panel", false, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        JsonReader r(params);
        domain::DashboardService::Query q;
        q.panel = r.requireString("panel");
        q.from = r.optString("from").value_or("1970-01-01");
        q.to = r.optString("to").value_or("2999-01-01");
        q.groupId = r.optInt("group_id");
        r.finish();
        return domain::DashboardService::panel(tx, actor, q);
    });
    add("ticket.apply_macro", true, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        auto ids = readInts(params, {"id", "macro_id"});
        return domain::TriggerService::applyMacro(tx, actor, ids["id"], ids["macro_id"]);
    });
    add("ticket.rate", true, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        JsonReader r(params);
        auto id = r.requireInt("id");
        auto score = r.requireInt("score");
        auto comment = r.optString("comment");
        r.finish();
        return wrap("rating", TicketService::rate(tx, actor, id, static_cast<int>(std::clamp<std::int64_t>(score, -1, 6)), comment));
    });
    add("ticket.rating", false, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        auto rating = TicketService::rating(tx, actor, readInts(params, {"id"})["id"]);
        return wrap("rating", rating ? Poco::Dynamic::Var(rating) : Poco::Dynamic::Var());
    });
    add("ticket.history", false, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        return wrap("history", TicketService::history(tx, actor, readInts(params, {"id"})["id"]));
    });
    add("article.list", false, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        return wrap("articles", TicketService::articles(tx, actor, readInts(params, {"ticket_id"})["ticket_id"]));
    });
    add("article.create", true, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        // ticket_id sits beside the article's own fields; take it out before the strict read.
        auto copy = protocol::parseJsonObject(protocol::toJsonText(params));
        auto ticketId = requireId(copy, "ticket_id");
        copy->remove("ticket_id");
        auto article = TicketService::addArticle(tx, actor, ticketId, protocol::ArticleParams::fromJson(copy));
        return wrap("article", article.toJson());
    });

    // Events, for clients that poll over HTTP instead of holding a WebSocket.
    add("event.list", false, [this](Tx &, const Actor &actor, const JsonObject &params) {
        JsonReader r(params);
        auto after = r.optInt("after").value_or(0);
        auto limit = r.optInt("limit").value_or(500);
        r.finish();
        if (limit < 1 || limit > 5000)
            throw ApiError(ErrorCode::ValidationFailed, "limit must be between 1 and 5000", "limit");
        auto batch = m_feed.readSettled(after, static_cast<int>(limit));
        auto list = protocol::newArray();
        std::int64_t last = after;
        for (const auto &event : batch) {
            last = event->row.event.seq;
            if (domain::permissions::canSeeEvent(actor, event->row))
                list->add(event->row.event.toJson());
        }
        auto out = wrap("events", list);
        // The cursor advances past invisible events too, so the next call does not reread them.
        out->set("next_after", batch.empty() ? std::max(after, std::int64_t(0)) : last);
        out->set("watermark", m_feed.watermark());
        return out;
    });

    // People.
    add("user.list", false, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        return wrap("users", AdminService::listUsers(tx, actor, params));
    });
    add("user.get", false, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        return wrap("user", AdminService::getUser(tx, actor, readInts(params, {"id"})["id"]).toJson());
    });
    add("user.create", true, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        return wrap("user", AdminService::createUser(tx, actor, params).toJson());
    });
    add("user.invite", true, [this](Tx &tx, const Actor &actor, const JsonObject &params) {
        m_auth.invite(tx, actor, readInts(params, {"id"})["id"]);
        return wrap("invited", true);
    });
    add("user.update", true, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        return wrap("user", AdminService::updateUser(tx, actor, params).toJson());
    });

    // Configuration lists: <kind>.list / .create / .update.
    const std::pair<const char *, const char *> kinds[] = {
        {"state", "states"}, {"priority", "priorities"}, {"type", "types"},
        {"group", "groups"}, {"organization", "organizations"}, {"custom_field", "custom_fields"}, {"text_module", "text_modules"}, {"calendar", "calendars"}, {"sla", "slas"}, {"trigger", "triggers"}, {"macro", "macros"}};
    for (const auto &[kindName, plural] : kinds) {
        auto kind = domain::configKindFromName(kindName);
        std::string listKey = plural;
        std::string itemKey = kindName;
        add(itemKey + ".list", false, [kind, listKey](Tx &tx, const Actor &actor, const JsonObject &params) {
            requireEmpty(params);
            return wrap(listKey, AdminService::list(tx, actor, kind));
        });
        add(itemKey + ".create", true, [kind, itemKey](Tx &tx, const Actor &actor, const JsonObject &params) {
            return wrap(itemKey, AdminService::create(tx, actor, kind, params));
        });
        add(itemKey + ".update", true, [kind, itemKey](Tx &tx, const Actor &actor, const JsonObject &params) {
            return wrap(itemKey, AdminService::update(tx, actor, kind, params));
        });
    }
    add("group.members", false, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        return wrap("members", AdminService::groupMembers(tx, actor, readInts(params, {"id"})["id"]));
    });
    add("group.set_member", true, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        return wrap("members", AdminService::setGroupMember(tx, actor, params));
    });
    add("job.list", false, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        domain::permissions::requireAdmin(actor);
        JsonReader r(params);
        auto state = r.optString("state");
        auto queue = r.optString("queue");
        auto limit = r.optInt("limit").value_or(100);
        r.finish();
        if (state && *state != "pending" && *state != "running" && *state != "done" && *state != "failed"
            && *state != "quarantined")
            throw ApiError(ErrorCode::ValidationFailed, "state must be pending, running, done, failed or quarantined", "state");
        if (limit < 1 || limit > 1000)
            throw ApiError(ErrorCode::ValidationFailed, "limit must be between 1 and 1000", "limit");
        return wrap("jobs", db::JobRepository::list(tx, state, queue, static_cast<int>(limit)));
    });
    add("job.retry", true, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        domain::permissions::requireAdmin(actor);
        auto id = readInts(params, {"id"})["id"];
        if (!db::JobRepository::retry(tx, id))
            throw ApiError(ErrorCode::NotFound, "no failed or quarantined job " + std::to_string(id), "id");
        return wrap("retried", true);
    });
    add("mail.inbound_list", false, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        domain::permissions::requireAdmin(actor);
        JsonReader r(params);
        auto state = r.optString("state");
        auto mailboxId = r.optInt("mailbox_id");
        auto limit = r.optInt("limit").value_or(100);
        r.finish();
        if (limit < 1 || limit > 1000)
            throw ApiError(ErrorCode::ValidationFailed, "limit must be between 1 and 1000", "limit");
        return wrap("messages", db::MailRepository::listInbound(tx, state, mailboxId, static_cast<int>(limit)));
    });
    add("mail.settings", false, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        domain::permissions::requireAdmin(actor);
        requireEmpty(params);
        return wrap("settings", domain::MailSettings::load(tx).toJson());
    });
    add("mail.update_settings", true, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        domain::permissions::requireAdmin(actor);
        auto before = domain::MailSettings::load(tx).toJson();
        auto after = domain::MailSettings::update(tx, params).toJson();
        auto smtp = params->getObject("smtp");
        domain::audit::record(tx, actor, "mail_settings.updated", "mail_settings", std::nullopt, before, after,
                              smtp && smtp->has("password") ? std::vector<std::string>{"smtp.password"}
                                                            : std::vector<std::string>{});
        return wrap("settings", after);
    });
    add("ticket.mail", false, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        domain::permissions::requireStaff(actor);
        auto ticket = TicketService::get(tx, actor, readInts(params, {"id"})["id"]);
        return wrap("mail", db::MailRepository::outboundOfTicket(tx, ticket.id));
    });
    add("mailbox.list", false, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        requireEmpty(params);
        return wrap("mailboxes", domain::MailboxAdmin::list(tx, actor));
    });
    add("mailbox.create", true, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        return wrap("mailbox", domain::MailboxAdmin::create(tx, actor, params));
    });
    add("mailbox.update", true, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        return wrap("mailbox", domain::MailboxAdmin::update(tx, actor, params));
    });
    add("mailbox.runs", false, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        JsonReader r(params);
        auto id = r.requireInt("id");
        auto limit = r.optInt("limit").value_or(50);
        r.finish();
        if (limit < 1 || limit > 1000)
            throw ApiError(ErrorCode::ValidationFailed, "limit must be between 1 and 1000", "limit");
        return wrap("runs", domain::MailboxAdmin::runs(tx, actor, id, static_cast<int>(limit)));
    });
    add("tag.list", false, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        domain::permissions::requireStaff(actor);
        JsonReader r(params);
        auto withCounts = r.optBool("with_counts").value_or(false);
        r.finish();
        if (withCounts)
            return wrap("tags", db::ConfigRepository::tagCounts(tx, 10000));
        return wrap("tags", protocol::toJsonArray(db::ConfigRepository::allTags(tx, 1000)));
    });
    add("tag.rename", true, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        JsonReader r(params);
        auto from = r.requireString("from");
        auto to = r.requireString("to");
        r.finish();
        auto changed = TicketService::replaceTag(tx, actor, from, to);
        auto before = protocol::newObject(), after = protocol::newObject();
        before->set("tag", from);
        after->set("tag", to);
        domain::audit::record(tx, actor, "tag.renamed", "tag", std::nullopt, before, after);
        return wrap("tickets", changed);
    });
    add("tag.remove", true, [](Tx &tx, const Actor &actor, const JsonObject &params) {
        JsonReader r(params);
        auto tag = r.requireString("tag");
        r.finish();
        auto changed = TicketService::replaceTag(tx, actor, tag, std::nullopt);
        auto before = protocol::newObject();
        before->set("tag", tag);
        domain::audit::record(tx, actor, "tag.removed", "tag", std::nullopt, before, nullptr);
        return wrap("tickets", changed);
    });
}

} // namespace helpdesk::api
