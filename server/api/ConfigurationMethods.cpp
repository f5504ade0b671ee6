#include "api/Methods.h"

#include "domain/AdminService.h"
#include "domain/ConfigKinds.h"
#include "domain/TagService.h"

#include <string>

using helpdesk::domain::AdminService;
using helpdesk::protocol::JsonReader;

namespace helpdesk::api {

namespace {
Access accessOf(domain::ConfigAccess access)
{
    switch (access) {
    case domain::ConfigAccess::SignedIn:
        return Access::SignedIn;
    case domain::ConfigAccess::Staff:
        return Access::Staff;
    case domain::ConfigAccess::Admin:
        break;
    }
    return Access::Admin;
}

/// `<kind>.list` (GET /<plural>), `<kind>.create` (POST /<plural>) and `<kind>.update`
/// (PATCH /<plural>/{id}) for one configuration kind of the registry.
void addKindMethods(std::vector<MethodSpec> &methods, const domain::ConfigKind &kind)
{
    const std::string name(kind.name), plural(kind.plural);
    const auto *of = &kind; // the registry's kinds live as long as the program
    methods.push_back({.name = name + ".list",
                       .verb = "GET",
                       .path = "/" + plural,
                       .access = accessOf(kind.listAccess),
                       .handler = [of, plural](MethodCall &c) {
                           requireNoParams(c.params);
                           return wrap(plural, AdminService::list(c.tx(), c.actor(), *of));
                       }});
    methods.push_back({.name = name + ".create",
                       .verb = "POST",
                       .path = "/" + plural,
                       .access = accessOf(kind.changeAccess),
                       .transaction = Transaction::Write,
                       .successStatus = 201,
                       .handler = [of, name](MethodCall &c) {
                           return wrap(name, AdminService::create(c.tx(), c.actor(), *of, c.params));
                       }});
    methods.push_back({.name = name + ".update",
                       .verb = "PATCH",
                       .path = "/" + plural + "/{id}",
                       .access = accessOf(kind.changeAccess),
                       .transaction = Transaction::Write,
                       .handler = [of, name](MethodCall &c) {
                           return wrap(name, AdminService::update(c.tx(), c.actor(), *of, c.params));
                       }});
}
} // namespace

std::vector<MethodSpec> configurationMethods()
{
    std::vector<MethodSpec> methods{
        {.name = "group.members",
         .verb = "GET",
         .path = "/groups/{id}/members",
         .access = Access::Staff,
         .handler =
             [](MethodCall &c) {
                 return wrap("members", AdminService::groupMembers(c.tx(), c.actor(), onlyInt(c.params)));
             }},
        {.name = "group.set_member",
         .verb = "PUT",
         .path = "/groups/{group_id}/members/{user_id}",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) { return wrap("members", AdminService::setGroupMember(c.tx(), c.actor(), c.params)); }},
        {.name = "tag.list",
         .verb = "GET",
         .path = "/tags",
         .access = Access::Staff,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto withCounts = r.optBool("with_counts").value_or(false);
                 r.finish();
                 return wrap("tags", domain::TagService::list(c.tx(), c.actor(), withCounts));
             }},
        {.name = "tag.rename",
         .verb = "POST",
         .path = "/tags/rename",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto from = r.requireString("from");
                 auto to = r.requireString("to");
                 r.finish();
                 return wrap("tickets", domain::TagService::rename(c.tx(), c.actor(), from, to));
             }},
        {.name = "tag.remove",
         .verb = "POST",
         .path = "/tags/remove",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto tag = r.requireString("tag");
                 r.finish();
                 return wrap("tickets", domain::TagService::remove(c.tx(), c.actor(), tag));
             }},
    };
    for (const auto *kind : domain::configKinds())
        addKindMethods(methods, *kind);
    return methods;
}

} // namespace helpdesk::api
