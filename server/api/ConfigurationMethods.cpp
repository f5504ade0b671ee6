#include "api/Methods.h"

#include "domain/AdminService.h"
#include "domain/TagService.h"

#include <utility>

using helpdesk::domain::AdminService;
using helpdesk::protocol::JsonReader;

namespace helpdesk::api {

namespace {
/// `<kind>.list` (GET /<plural>), `<kind>.create` (POST /<plural>) and `<kind>.update`
/// (PATCH /<plural>/{id}) for one configuration kind.
void addKindMethods(std::vector<MethodSpec> &methods, const std::string &name, const std::string &plural)
{
    const auto kind = domain::configKindFromName(name);
    methods.push_back({.name = name + ".list", .verb = "GET", .path = "/" + plural,
                       .handler = [kind, plural](MethodCall &c) {
                           requireNoParams(c.params);
                           return wrap(plural, AdminService::list(c.tx(), c.actor(), kind));
                       }});
    methods.push_back({.name = name + ".create", .verb = "POST", .path = "/" + plural, .access = Access::Admin,
                       .transaction = Transaction::Write, .successStatus = 201,
                       .handler = [kind, name](MethodCall &c) {
                           return wrap(name, AdminService::create(c.tx(), c.actor(), kind, c.params));
                       }});
    methods.push_back({.name = name + ".update", .verb = "PATCH", .path = "/" + plural + "/{id}", .access = Access::Admin,
                       .transaction = Transaction::Write,
                       .handler = [kind, name](MethodCall &c) {
                           return wrap(name, AdminService::update(c.tx(), c.actor(), kind, c.params));
                       }});
}
} // namespace

std::vector<MethodSpec> configurationMethods()
{
    std::vector<MethodSpec> methods{
        {.name = "group.members", .verb = "GET", .path = "/groups/{id}/members", .access = Access::Staff,
         .handler = [](MethodCall &c) {
             return wrap("members", AdminService::groupMembers(c.tx(), c.actor(), onlyInt(c.params)));
         }},
        {.name = "group.set_member", .verb = "PUT", .path = "/groups/{group_id}/members/{user_id}", .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler = [](MethodCall &c) {
             return wrap("members", AdminService::setGroupMember(c.tx(), c.actor(), c.params));
         }},
        {.name = "tag.list", .verb = "GET", .path = "/tags", .access = Access::Staff,
         .handler = [](MethodCall &c) {
             JsonReader r(c.params);
             auto withCounts = r.optBool("with_counts").value_or(false);
             r.finish();
             return wrap("tags", domain::TagService::list(c.tx(), c.actor(), withCounts));
         }},
        {.name = "tag.rename", .verb = "POST", .path = "/tags/rename", .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler = [](MethodCall &c) {
             JsonReader r(c.params);
             auto from = r.requireString("from");
             auto to = r.requireString("to");
             r.finish();
             return wrap("tickets", domain::TagService::rename(c.tx(), c.actor(), from, to));
         }},
        {.name = "tag.remove", .verb = "POST", .path = "/tags/remove", .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler = [](MethodCall &c) {
             JsonReader r(c.params);
             auto tag = r.requireString("tag");
             r.finish();
             return wrap("tickets", domain::TagService::remove(c.tx(), c.actor(), tag));
         }},
    };
    const std::pair<const char *, const char *> kinds[] = {
        {"state", "states"}, {"priority", "priorities"}, {"type", "types"}, {"group", "groups"},
        {"organization", "organizations"}, {"custom_field", "custom_fields"}, {"text_module", "text_modules"},
        {"calendar", "calendars"}, {"sla", "slas"}, {"trigger", "triggers"}, {"macro", "macros"}};
    for (const auto &[name, plural] : kinds)
        addKindMethods(methods, name, plural);
    return methods;
}

} // namespace helpdesk::api
