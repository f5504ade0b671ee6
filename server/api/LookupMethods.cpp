#include "api/Methods.h"

#include "domain/FieldLookups.h"

using helpdesk::domain::FieldLookups;

namespace helpdesk::api {

namespace {
/// {queued: n}, answered 202 (the specs' success status): the integrations are asked in the
/// background (FieldLookupDelivery).
protocol::JsonObject queued(int integrations)
{
    auto answer = protocol::newObject();
    answer->set("queued", integrations);
    return answer;
}
} // namespace

std::vector<MethodSpec> lookupMethods()
{
    return {
        {.name = "integration.rotate_lookup_secret",
         .verb = "POST",
         .path = "/integrations/{id}/lookup_secret",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler = [](MethodCall &c) { return FieldLookups::rotateSecret(c.tx(), c.actor(), onlyInt(c.params)); }},
        {.name = "ticket.lookup",
         .verb = "POST",
         .path = "/tickets/{id}/lookup",
         .access = Access::Staff,
         .transaction = Transaction::Write,
         .successStatus = 202,
         .handler =
             [](MethodCall &c) {
                 return queued(FieldLookups::askAgain(c.tx(), c.actor(), "ticket", onlyInt(c.params)));
             }},
        {.name = "user.lookup",
         .verb = "POST",
         .path = "/users/{id}/lookup",
         .access = Access::Staff,
         .transaction = Transaction::Write,
         .scope = domain::Scope::UsersWrite,
         .successStatus = 202,
         .handler =
             [](MethodCall &c) {
                 return queued(FieldLookups::askAgain(c.tx(), c.actor(), "user", onlyInt(c.params)));
             }},
    };
}

} // namespace helpdesk::api
