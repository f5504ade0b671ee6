#include "api/Methods.h"

#include "domain/CustomChannels.h"

using helpdesk::domain::CustomChannels;
using helpdesk::protocol::JsonReader;

namespace helpdesk::api {

std::vector<MethodSpec> channelMethods()
{
    return {
        {.name = "channel.list",
         .verb = "GET",
         .path = "/integrations/{id}/channels",
         .access = Access::SignedIn, // administrators, and the integration's own token
         .handler =
             [](MethodCall &c) {
                 return wrap("channels", CustomChannels::list(c.tx(), c.actor(), onlyInt(c.params)));
             }},
        {.name = "integration.directory",
         .verb = "GET",
         .path = "/integration_directory",
         .access = Access::Staff,
         .handler = [](MethodCall &c) { return wrap("integrations", CustomChannels::directory(c.tx(), c.actor())); }},
        {.name = "channel.create",
         .verb = "POST",
         .path = "/integrations/{id}/channels",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .successStatus = 201,
         .handler =
             [](MethodCall &c) {
                 JsonReader request(c.params);
                 const auto integrationId = request.requireInt("id");
                 return wrap("channel", CustomChannels::create(c.tx(), c.actor(), integrationId, request));
             }},
        {.name = "channel.update",
         .verb = "PATCH",
         .path = "/channels/{id}",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 JsonReader request(c.params);
                 const auto id = request.requireInt("id");
                 return wrap("channel", CustomChannels::update(c.tx(), c.actor(), id, request));
             }},
        {.name = "channel.rotate_secret",
         .verb = "POST",
         .path = "/channels/{id}/secret",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 return wrap("channel", CustomChannels::rotateSecret(c.tx(), c.actor(), onlyInt(c.params)));
             }},
        {.name = "channel.delete",
         .verb = "DELETE",
         .path = "/channels/{id}",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 CustomChannels::remove(c.tx(), c.actor(), onlyInt(c.params));
                 return wrap("deleted", true);
             }},
        {.name = "channel.ticket.create",
         .verb = "POST",
         .path = "/channels/{id}/tickets",
         .access = Access::SignedIn, // the channel's integration's token (CustomChannels checks it)
         .transaction = Transaction::Write,
         .successStatus = 201,
         .handler =
             [](MethodCall &c) {
                 const auto channelId = c.params->getValue<std::int64_t>("id");
                 auto made = CustomChannels::openTicket(c.tx(), c.actor(), channelId, c.params);
                 return Reply::withStatus(made.answer, made.created ? 201 : 200);
             }},
        {.name = "channel.message.create",
         .verb = "POST",
         .path = "/channels/{id}/tickets/{ticket_id}/messages",
         .access = Access::SignedIn,
         .transaction = Transaction::Write,
         .successStatus = 201,
         .handler =
             [](MethodCall &c) {
                 const auto channelId = c.params->getValue<std::int64_t>("id");
                 const auto ticketId = c.params->getValue<std::int64_t>("ticket_id");
                 auto made = CustomChannels::postMessage(c.tx(), c.actor(), channelId, ticketId, c.params);
                 return Reply::withStatus(made.answer, made.created ? 201 : 200);
             }},
    };
}

} // namespace helpdesk::api
