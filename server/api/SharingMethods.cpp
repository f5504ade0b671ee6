#include "api/Methods.h"

#include "domain/SharingAgreements.h"
#include "domain/SharingWire.h"
#include "integrations/sharing/StatusMaps.h"

#include <algorithm>

using helpdesk::domain::sharing::SharingAgreements;
using helpdesk::protocol::JsonReader;

namespace helpdesk::api {

namespace {
/// An admin's action on one agreement named by {id} and nothing else.
MethodSpec onAgreement(const char *name, const char *action,
                       protocol::JsonObject (*act)(db::Tx &, const domain::Actor &, std::int64_t))
{
    return {.name = name,
            .verb = "POST",
            .path = std::string("/sharing/agreements/{id}/") + action,
            .access = Access::Admin,
            .transaction = Transaction::Write,
            .handler = [act](MethodCall &c) { return wrap("agreement", act(c.tx(), c.actor(), onlyInt(c.params))); }};
}
} // namespace

std::vector<MethodSpec> sharingMethods()
{
    return {
        {.name = "sharing_agreement.list",
         .verb = "GET",
         .path = "/sharing/agreements",
         .access = Access::Admin,
         .handler =
             [](MethodCall &c) {
                 requireNoParams(c.params);
                 auto result = wrap("agreements", SharingAgreements::list(c.tx(), c.actor()));
                 // This desk's own sharing URL, for an admin to give a partner.
                 result->set("sharing_url", domain::sharing::ownBaseUrl(c.tx()));
                 return result;
             }},
        {.name = "sharing_agreement.targets",
         .verb = "GET",
         .path = "/sharing/targets",
         .access = Access::Staff,
         .handler =
             [](MethodCall &c) {
                 requireNoParams(c.params);
                 return wrap("targets", SharingAgreements::shareTargets(c.tx(), c.actor()));
             }},
        {.name = "sharing_agreement.get",
         .verb = "GET",
         .path = "/sharing/agreements/{id}",
         .access = Access::Admin,
         .handler =
             [](MethodCall &c) {
                 return wrap("agreement", SharingAgreements::get(c.tx(), c.actor(), onlyInt(c.params)));
             }},
        {.name = "sharing_agreement.invite",
         .verb = "POST",
         .path = "/sharing/agreements",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .successStatus = 201,
         .handler =
             [](MethodCall &c) { return wrap("agreement", SharingAgreements::invite(c.tx(), c.actor(), c.params)); }},
        {.name = "sharing_agreement.accept",
         .verb = "POST",
         .path = "/sharing/agreements/{id}/accept",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 auto ids = readInts(c.params, {"id", "group_id"});
                 return wrap("agreement", SharingAgreements::accept(c.tx(), c.actor(), ids["id"], ids["group_id"]));
             }},
        onAgreement("sharing_agreement.decline", "decline", &SharingAgreements::decline),
        onAgreement("sharing_agreement.deactivate", "deactivate", &SharingAgreements::deactivate),
        onAgreement("sharing_agreement.retry", "retry", &SharingAgreements::retryDelivery),
        {.name = "sharing_agreement.update",
         .verb = "PATCH",
         .path = "/sharing/agreements/{id}",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 auto params = protocol::newObject();
                 std::int64_t id = 0;
                 for (const auto &[key, value] : *c.params) {
                     if (key == "id")
                         id = value.convert<std::int64_t>();
                     else
                         params->set(key, value);
                 }
                 return wrap("agreement", SharingAgreements::update(c.tx(), c.actor(), id, params));
             }},
        {.name = "sharing_agreement.status_map",
         .verb = "GET",
         .path = "/sharing/agreements/{id}/status_map",
         .access = Access::Admin,
         .handler =
             [](MethodCall &c) {
                 return wrap("status_map",
                             integrations::sharing::StatusMaps::get(c.tx(), c.actor(), onlyInt(c.params)));
             }},
        {.name = "sharing_agreement.set_status_map",
         .verb = "PUT",
         .path = "/sharing/agreements/{id}/status_map",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto id = r.requireInt("id");
                 auto map = protocol::newObject();
                 if (auto outbound = r.optObject("outbound"))
                     map->set("outbound", outbound);
                 if (auto inbound = r.optObject("inbound"))
                     map->set("inbound", inbound);
                 r.finish();
                 return wrap("status_map", integrations::sharing::StatusMaps::set(c.tx(), c.actor(), id, map));
             }},
        {.name = "sharing_agreement.log",
         .verb = "GET",
         .path = "/sharing/agreements/{id}/log",
         .access = Access::Admin,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto id = r.requireInt("id");
                 auto limit = std::clamp<std::int64_t>(r.optInt("limit").value_or(100), 1, 1000);
                 r.finish();
                 return wrap("log", SharingAgreements::log(c.tx(), c.actor(), id, static_cast<int>(limit)));
             }},
    };
}

} // namespace helpdesk::api
