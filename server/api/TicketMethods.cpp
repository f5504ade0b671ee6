#include "api/Methods.h"

#include "domain/CustomFields.h"
#include "domain/ExternalIds.h"
#include "domain/TicketService.h"
#include "domain/TicketView.h"
#include "domain/TriggerService.h"
#include "integrations/sharing/TicketShares.h"
#include "protocol/Messages.h"

#include <algorithm>

using helpdesk::domain::ExternalIds;
using helpdesk::domain::TicketService;
using helpdesk::integrations::sharing::TicketShares;
using helpdesk::protocol::JsonReader;

namespace helpdesk::api {

namespace {
/// A score as an int: out of range stays out of range (the service says so) without overflowing.
int clampedScore(std::int64_t score)
{
    return static_cast<int>(std::clamp<std::int64_t>(score, -1, 6));
}
} // namespace

std::vector<MethodSpec> ticketMethods()
{
    return {
        {.name = "ticket.list",
         .verb = "GET",
         .path = "/tickets",
         .handler =
             [](MethodCall &c) { return wrap("tickets", ExternalIds::listTickets(c.tx(), c.actor(), c.params)); }},
        {.name = "ticket.create",
         .verb = "POST",
         .path = "/tickets",
         .transaction = Transaction::Write,
         .successStatus = 201,
         .handler =
             [](MethodCall &c) {
                 // Here rather than in TicketService: the one rule for every entry of an API token.
                 domain::customfields::requireOwner(c.tx(), c.actor(), "ticket", c.params->get("custom"));
                 auto made = ExternalIds::createTicket(c.tx(), c.actor(), c.params);
                 return Reply::withStatus(made.answer, made.created ? 201 : 200);
             }},
        {.name = "ticket.get",
         .verb = "GET",
         .path = "/tickets/{id}",
         .handler =
             [](MethodCall &c) {
                 auto ticket = TicketService::get(c.tx(), c.actor(), onlyInt(c.params));
                 return wrap("ticket", domain::TicketView::of(c.tx(), c.actor(), ticket));
             }},
        {.name = "ticket.update",
         .verb = "PATCH",
         .path = "/tickets/{id}",
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 domain::customfields::requireOwner(c.tx(), c.actor(), "ticket", c.params->get("custom"));
                 auto changes = protocol::TicketUpdateParams::fromJson(c.params);
                 return wrap("ticket", TicketService::update(c.tx(), c.actor(), changes).toJson());
             }},
        {.name = "ticket.merge",
         .verb = "POST",
         .path = "/tickets/{id}/merge",
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 auto ids = readInts(c.params, {"id", "into_id"});
                 return wrap("ticket", TicketService::merge(c.tx(), c.actor(), ids["id"], ids["into_id"]).toJson());
             }},
        {.name = "ticket.links",
         .verb = "GET",
         .path = "/tickets/{id}/links",
         .handler =
             [](MethodCall &c) { return wrap("links", TicketService::links(c.tx(), c.actor(), onlyInt(c.params))); }},
        {.name = "ticket.link",
         .verb = "POST",
         .path = "/tickets/{id}/links",
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto id = r.requireInt("id");
                 auto target = r.requireInt("target_id");
                 auto kind = r.optString("kind").value_or("related");
                 r.finish();
                 return wrap("links", TicketService::link(c.tx(), c.actor(), id, target, kind));
             }},
        {.name = "ticket.split",
         .verb = "POST",
         .path = "/tickets/{id}/split",
         .transaction = Transaction::Write,
         .successStatus = 201,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto id = r.requireInt("id");
                 auto articleId = r.requireInt("article_id");
                 auto title = r.optString("title");
                 auto groupId = r.optInt("group_id");
                 r.finish();
                 return TicketService::split(c.tx(), c.actor(), id, articleId, title, groupId);
             }},
        {.name = "ticket.time",
         .verb = "GET",
         .path = "/tickets/{id}/time",
         .access = Access::Staff,
         .handler = [](MethodCall &c) { return TicketService::timeAccounted(c.tx(), c.actor(), onlyInt(c.params)); }},
        {.name = "ticket.history",
         .verb = "GET",
         .path = "/tickets/{id}/history",
         .handler =
             [](MethodCall &c) {
                 return wrap("history", TicketService::history(c.tx(), c.actor(), onlyInt(c.params)));
             }},
        {.name = "ticket.rating",
         .verb = "GET",
         .path = "/tickets/{id}/rating",
         .handler =
             [](MethodCall &c) {
                 auto rating = TicketService::rating(c.tx(), c.actor(), onlyInt(c.params));
                 return wrap("rating", rating ? Poco::Dynamic::Var(rating) : Poco::Dynamic::Var());
             }},
        {.name = "ticket.rate",
         .verb = "PUT",
         .path = "/tickets/{id}/rating",
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto id = r.requireInt("id");
                 auto score = r.requireInt("score");
                 auto comment = r.optString("comment");
                 auto articleId = r.optInt("article_id");
                 r.finish();
                 return wrap("rating",
                             TicketService::rate(c.tx(), c.actor(), id, clampedScore(score), comment, articleId));
             }},
        {.name = "ticket.ratings",
         .verb = "GET",
         .path = "/tickets/{id}/ratings",
         .handler =
             [](MethodCall &c) {
                 return wrap("ratings", TicketService::ratings(c.tx(), c.actor(), onlyInt(c.params)));
             }},
        {.name = "ticket.rating.sync",
         .verb = "PUT",
         .path = "/tickets/{id}/articles/{article_id}/rating",
         .access = Access::Staff,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto id = r.requireInt("id");
                 auto articleId = r.requireInt("article_id");
                 auto score = r.requireInt("score");
                 auto comment = r.optString("comment");
                 r.finish();
                 return wrap("rating",
                             TicketService::syncRating(c.tx(), c.actor(), id, articleId, clampedScore(score), comment));
             }},
        {.name = "ticket.watchers",
         .verb = "GET",
         .path = "/tickets/{id}/watchers",
         .handler =
             [](MethodCall &c) {
                 return wrap("watchers", TicketService::watchers(c.tx(), c.actor(), onlyInt(c.params)));
             }},
        {.name = "ticket.apply_macro",
         .verb = "POST",
         .path = "/tickets/{id}/macros/{macro_id}",
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 auto ids = readInts(c.params, {"id", "macro_id"});
                 return domain::TriggerService::applyMacro(c.tx(), c.actor(), ids["id"], ids["macro_id"]);
             }},
        {.name = "ticket.watch",
         .verb = "POST",
         .path = "/tickets/{id}/watchers",
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto id = r.requireInt("id");
                 auto userId = r.optInt("user_id");
                 r.finish();
                 return wrap("watchers", TicketService::watch(c.tx(), c.actor(), id, userId));
             }},
        {.name = "ticket.unwatch",
         .verb = "DELETE",
         .path = "/tickets/{id}/watchers/{user_id}",
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 auto ids = readInts(c.params, {"id", "user_id"});
                 return wrap("watchers", TicketService::unwatch(c.tx(), c.actor(), ids["id"], ids["user_id"]));
             }},
        {.name = "ticket.shares",
         .verb = "GET",
         .path = "/tickets/{id}/shares",
         .access = Access::Staff,
         .handler =
             [](MethodCall &c) { return wrap("shares", TicketShares::list(c.tx(), c.actor(), onlyInt(c.params))); }},
        {.name = "ticket.share",
         .verb = "POST",
         .path = "/tickets/{id}/shares",
         .access = Access::Staff,
         .transaction = Transaction::Write,
         .successStatus = 201,
         .handler =
             [](MethodCall &c) {
                 auto ids = readInts(c.params, {"id", "agreement_id"});
                 return wrap("share", TicketShares::share(c.tx(), c.actor(), ids["id"], ids["agreement_id"]));
             }},
        {.name = "ticket.unshare",
         .verb = "DELETE",
         .path = "/tickets/{id}/shares/{agreement_id}",
         .access = Access::Staff,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 auto ids = readInts(c.params, {"id", "agreement_id"});
                 return wrap("share", TicketShares::unshare(c.tx(), c.actor(), ids["id"], ids["agreement_id"]));
             }},
    };
}

} // namespace helpdesk::api
