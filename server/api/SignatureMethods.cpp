#include "api/Methods.h"

#include "domain/AgentSignatures.h"

using helpdesk::domain::AgentSignatures;
using helpdesk::domain::SignatureSettings;
using helpdesk::protocol::JsonReader;

namespace helpdesk::api {

std::vector<MethodSpec> signatureMethods()
{
    return {
        {.name = "signature.get",
         .verb = "GET",
         .path = "/users/{id}/signature",
         .access = Access::Staff,
         .handler =
             [](MethodCall &c) {
                 return wrap("signature", AgentSignatures::get(c.tx(), c.actor(), onlyInt(c.params)));
             }},
        {.name = "signature.set",
         .verb = "PUT",
         .path = "/users/{id}/signature",
         .access = Access::Staff,
         .transaction = Transaction::Write,
         .scope = domain::Scope::UsersWrite,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto id = r.requireInt("id");
                 auto signature = r.requireString("signature");
                 r.finish();
                 return wrap("signature", AgentSignatures::set(c.tx(), c.actor(), id, signature));
             }},
        {.name = "signature.settings",
         .verb = "GET",
         .path = "/settings/signatures",
         .access = Access::Admin,
         .handler =
             [](MethodCall &c) {
                 requireNoParams(c.params);
                 return wrap("settings", SignatureSettings::load(c.tx()).toJson());
             }},
        {.name = "signature.update_settings",
         .verb = "PATCH",
         .path = "/settings/signatures",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 return wrap("settings", SignatureSettings::update(c.tx(), c.actor(), c.params).toJson());
             }},
    };
}

} // namespace helpdesk::api
