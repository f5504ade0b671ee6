#include "api/Methods.h"

#include "api/ApiLimits.h"
#include "domain/HeldMail.h"
#include "domain/MailAdmin.h"
#include "domain/MailboxAdmin.h"
#include "domain/PageLimit.h"
#include "mail/ImapClient.h"
#include "mail/InboundDelivery.h"
#include "mail/MailboxPoller.h"
#include "mail/TestMail.h"
#include "protocol/ProtocolError.h"

using helpdesk::domain::MailAdmin;
using helpdesk::domain::MailboxAdmin;
using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;
using helpdesk::protocol::JsonReader;

namespace helpdesk::api {

namespace {
/// The mailgate (or any script) hands over one raw message; it is stored before anything else.
/// Over the size limit it is refused, never truncated, and 413 makes the mailgate fail
/// permanently, so the MTA bounces it to its sender.
protocol::JsonObject deliverMail(MethodCall &c)
{
    const auto &raw = *c.body;
    if (raw.bytes.empty())
        throw ApiError(ErrorCode::ValidationFailed, "the message is empty", "body");
    mail::InboundOrigin origin;
    for (const auto &[key, value] : *c.params) {
        if (key == "recipient")
            origin.envelopeRecipient = value.toString();
        else if (key == "source" && (value.toString() == "mailgate" || value.toString() == "api"))
            origin.source = value.toString();
        else
            throw ApiError(ErrorCode::BadRequest, "unknown field " + key, key);
    }
    auto result = mail::InboundDelivery(c.services.pool, c.services.inbound, c.services.jobs)
                      .deliver({raw.bytes, raw.size, raw.overLimit},
                               static_cast<std::int64_t>(c.services.limits.maxInboundMail), origin);
    if (result.state == "refused")
        throw ApiError(ErrorCode::PayloadTooLarge,
                       result.error + " (inbound " + std::to_string(result.inboundId) + ")");
    auto body = protocol::newObject();
    body->set("inbound_id", result.inboundId);
    body->set("state", result.state);
    if (!result.error.empty())
        body->set("error", result.error);
    return body;
}

/// The poller of this instance; polling and connection tests are network I/O outside any transaction.
mail::MailboxPoller &poller(MethodCall &c)
{
    if (!c.services.poller)
        throw ApiError(ErrorCode::Unavailable, "mail polling is not running on this instance");
    return *c.services.poller;
}

/// Runs `work` on a mailbox; an unknown one is a 404.
template <typename Work> protocol::JsonObject onMailbox(Work &&work)
{
    try {
        return work();
    } catch (const mail::MailboxError &e) {
        throw ApiError(ErrorCode::NotFound, e.what(), "id");
    }
}
} // namespace

std::vector<MethodSpec> mailMethods()
{
    return {
        {.name = "mail.inbound_list",
         .verb = "GET",
         .path = "/mail/inbound",
         .access = Access::Admin,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto state = r.optString("state");
                 auto mailboxId = r.optInt("mailbox_id");
                 auto limit = r.optInt("limit");
                 r.finish();
                 return wrap("messages", MailAdmin::inbound(c.tx(), c.actor(), state, mailboxId, limit));
             }},
        // Mail held over a flood limit (state "held") is released to be interpreted, or discarded.
        {.name = "mail.inbound_release",
         .verb = "POST",
         .path = "/mail/inbound/{id}/release",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 return wrap("message", domain::HeldMail::release(c.tx(), c.actor(), onlyInt(c.params)));
             }},
        {.name = "mail.inbound_discard",
         .verb = "POST",
         .path = "/mail/inbound/{id}/discard",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 return wrap("message", domain::HeldMail::discard(c.tx(), c.actor(), onlyInt(c.params)));
             }},
        {.name = "mail.deliver",
         .verb = "POST",
         .path = "/mail/inbound",
         .access = Access::Admin,
         .transaction = Transaction::None,
         .scope = domain::Scope::MailInbound, // a mailgate token needs nothing else
         .successStatus = 202,
         .request = Payload::Mail,
         .handler = deliverMail},
        {.name = "mail.settings",
         .verb = "GET",
         .path = "/settings/mail",
         .access = Access::Admin,
         .handler =
             [](MethodCall &c) {
                 requireNoParams(c.params);
                 return wrap("settings", MailAdmin::settings(c.tx(), c.actor()));
             }},
        {.name = "mail.update_settings",
         .verb = "PATCH",
         .path = "/settings/mail",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) { return wrap("settings", MailAdmin::updateSettings(c.tx(), c.actor(), c.params)); }},
        // Sent now, not through the outbox: the admin wants to know whether the SMTP settings work.
        {.name = "mail.send_test",
         .verb = "POST",
         .path = "/settings/mail/test",
         .access = Access::Admin,
         .transaction = Transaction::None,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto to = r.requireString("to");
                 r.finish();
                 return mail::TestMail::send(c.services.pool, c.actor(), to);
             }},
        {.name = "ticket.mail",
         .verb = "GET",
         .path = "/tickets/{id}/mail",
         .access = Access::Staff,
         .handler =
             [](MethodCall &c) { return wrap("mail", MailAdmin::mailOfTicket(c.tx(), c.actor(), onlyInt(c.params))); }},
        {.name = "mailbox.list",
         .verb = "GET",
         .path = "/mailboxes",
         .access = Access::Admin,
         .handler =
             [](MethodCall &c) {
                 requireNoParams(c.params);
                 return wrap("mailboxes", MailboxAdmin::list(c.tx(), c.actor()));
             }},
        {.name = "mailbox.create",
         .verb = "POST",
         .path = "/mailboxes",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .successStatus = 201,
         .handler = [](MethodCall &c) { return wrap("mailbox", MailboxAdmin::create(c.tx(), c.actor(), c.params)); }},
        {.name = "mailbox.update",
         .verb = "PATCH",
         .path = "/mailboxes/{id}",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler = [](MethodCall &c) { return wrap("mailbox", MailboxAdmin::update(c.tx(), c.actor(), c.params)); }},
        {.name = "mailbox.runs",
         .verb = "GET",
         .path = "/mailboxes/{id}/runs",
         .access = Access::Admin,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto id = r.requireInt("id");
                 auto limit = r.optInt("limit");
                 r.finish();
                 return wrap("runs", MailboxAdmin::runs(c.tx(), c.actor(), id, domain::pageLimit(limit, 50, 1000)));
             }},
        {.name = "mailbox.poll",
         .verb = "POST",
         .path = "/mailboxes/{id}/poll",
         .access = Access::Admin,
         .transaction = Transaction::None,
         .handler =
             [](MethodCall &c) {
                 auto id = onlyInt(c.params);
                 return onMailbox([&] { return wrap("run", poller(c).poll(id)); });
             }},
        {.name = "mailbox.test",
         .verb = "POST",
         .path = "/mailboxes/{id}/test",
         .access = Access::Admin,
         .transaction = Transaction::None,
         .handler =
             [](MethodCall &c) {
                 auto id = onlyInt(c.params);
                 return onMailbox([&] { return poller(c).testConnection(id); });
             }},
    };
}

} // namespace helpdesk::api
