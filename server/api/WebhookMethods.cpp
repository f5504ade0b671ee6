#include "api/Methods.h"

#include "domain/Webhooks.h"

using helpdesk::domain::Webhooks;
using helpdesk::protocol::JsonReader;

namespace helpdesk::api {

std::vector<MethodSpec> webhookMethods()
{
    return {
        {.name = "webhook.list",
         .verb = "GET",
         .path = "/integrations/{id}/webhooks",
         .access = Access::Admin,
         .handler =
             [](MethodCall &c) { return wrap("webhooks", Webhooks::list(c.tx(), c.actor(), onlyInt(c.params))); }},
        {.name = "webhook.create",
         .verb = "POST",
         .path = "/integrations/{id}/webhooks",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .successStatus = 201,
         .handler =
             [](MethodCall &c) {
                 JsonReader request(c.params);
                 const auto integrationId = request.requireInt("id");
                 return wrap("webhook", Webhooks::create(c.tx(), c.actor(), integrationId, request));
             }},
        {.name = "webhook.update",
         .verb = "PATCH",
         .path = "/webhooks/{id}",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 JsonReader request(c.params);
                 const auto id = request.requireInt("id");
                 return wrap("webhook", Webhooks::update(c.tx(), c.actor(), id, request));
             }},
        {.name = "webhook.rotate_secret",
         .verb = "POST",
         .path = "/webhooks/{id}/secret",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 return wrap("webhook", Webhooks::rotateSecret(c.tx(), c.actor(), onlyInt(c.params)));
             }},
        {.name = "webhook.delete",
         .verb = "DELETE",
         .path = "/webhooks/{id}",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 Webhooks::remove(c.tx(), c.actor(), onlyInt(c.params));
                 return wrap("deleted", true);
             }},
        {.name = "webhook.test",
         .verb = "POST",
         .path = "/webhooks/{id}/test",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .successStatus = 202,
         .handler =
             [](MethodCall &c) { return wrap("delivery", Webhooks::sendTest(c.tx(), c.actor(), onlyInt(c.params))); }},
        {.name = "webhook.deliveries",
         .verb = "GET",
         .path = "/webhooks/{id}/deliveries",
         .access = Access::Admin,
         .handler =
             [](MethodCall &c) {
                 JsonReader request(c.params);
                 const auto id = request.requireInt("id");
                 return wrap("deliveries", Webhooks::deliveries(c.tx(), c.actor(), id, request));
             }},
        {.name = "webhook.redeliver",
         .verb = "POST",
         .path = "/webhook_deliveries/{id}/redeliver",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .successStatus = 202,
         .handler =
             [](MethodCall &c) {
                 Webhooks::redeliver(c.tx(), c.actor(), onlyInt(c.params));
                 return wrap("redelivered", true);
             }},
        {.name = "integration.log",
         .verb = "GET",
         .path = "/integration_log",
         .access = Access::Admin,
         .handler =
             [](MethodCall &c) {
                 JsonReader request(c.params);
                 return wrap("log", Webhooks::log(c.tx(), c.actor(), request));
             }},
    };
}

} // namespace helpdesk::api
