#include "api/Methods.h"

#include "domain/AdminService.h"
#include "domain/AuthService.h"
#include "domain/EmailConfirmation.h"
#include "domain/ExternalIds.h"
#include "domain/NotificationSettings.h"

using helpdesk::domain::AdminService;
using helpdesk::domain::ExternalIds;

namespace helpdesk::api {

std::vector<MethodSpec> userMethods()
{
    return {
        {.name = "notification.settings",
         .verb = "GET",
         .path = "/me/notifications",
         .access = Access::Staff,
         .handler =
             [](MethodCall &c) { return wrap("settings", domain::NotificationSettings::of(c.tx(), c.actor())); }},
        {.name = "notification.update_settings",
         .verb = "PATCH",
         .path = "/me/notifications",
         .access = Access::Staff,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 return wrap("settings", domain::NotificationSettings::update(c.tx(), c.actor(), c.params));
             }},
        {.name = "user.list",
         .verb = "GET",
         .path = "/users",
         .access = Access::Staff,
         .handler = [](MethodCall &c) { return wrap("users", ExternalIds::listUsers(c.tx(), c.actor(), c.params)); }},
        {.name = "user.create",
         .verb = "POST",
         .path = "/users",
         .access = Access::Staff,
         .transaction = Transaction::Write,
         .scope = domain::Scope::UsersWrite,
         .successStatus = 201,
         .handler =
             [](MethodCall &c) {
                 auto made = ExternalIds::createUser(c.tx(), c.actor(), c.params);
                 return Reply::withStatus(made.answer, made.created ? 201 : 200);
             }},
        {.name = "user.get",
         .verb = "GET",
         .path = "/users/{id}",
         .handler =
             [](MethodCall &c) {
                 auto user = AdminService::getUser(c.tx(), c.actor(), onlyInt(c.params));
                 return wrap("user",
                             ExternalIds::withLinks(c.tx(), c.actor(), domain::ExternalKind::User, user.toJson()));
             }},
        {.name = "user.update",
         .verb = "PATCH",
         .path = "/users/{id}",
         .transaction = Transaction::Write,
         .scope = domain::Scope::UsersWrite,
         .handler =
             [](MethodCall &c) {
                 return wrap("user", AdminService::updateUser(c.tx(), c.actor(), c.params).toJson());
             }},
        {.name = "user.invite",
         .verb = "POST",
         .path = "/users/{id}/invite",
         .access = Access::Staff,
         .transaction = Transaction::Write,
         .scope = domain::Scope::UsersWrite,
         .handler =
             [](MethodCall &c) {
                 auto id = onlyInt(c.params);
                 c.services.auth.invite(c.tx(), c.actor(), id); // who may invite whom, the link
                 // An account with a password has an owner, who resets it if need be: staff do not
                 // send a link to choose another. Refusing here rolls the invitation back with the
                 // transaction (its mail, link and audit row are all written in it).
                 AdminService::requireNoPasswordYet(c.tx(), id);
                 return wrap("invited", true);
             }},
        // The link mailed to a new address, opened from that mailbox: no session needed.
        {.name = "user.confirm_email",
         .verb = "POST",
         .path = "/users/confirm_email",
         .access = Access::Anyone,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 protocol::JsonReader r(c.params);
                 auto token = r.requireString("token");
                 r.finish();
                 return wrap("user", domain::EmailConfirmation::confirm(c.tx(), token).toJson());
             }},
    };
}

} // namespace helpdesk::api
