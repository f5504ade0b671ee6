#include "api/Methods.h"

#include "domain/SavedViews.h"

using helpdesk::domain::SavedViews;

namespace helpdesk::api {

std::vector<MethodSpec> viewMethods()
{
    return {
        {.name = "view.list",
         .verb = "GET",
         .path = "/views",
         .access = Access::Staff,
         .handler =
             [](MethodCall &c) {
                 requireNoParams(c.params);
                 return SavedViews::list(c.tx(), c.actor());
             }},
        {.name = "view.create",
         .verb = "POST",
         .path = "/views",
         .access = Access::Staff,
         .transaction = Transaction::Write,
         .successStatus = 201,
         .handler = [](MethodCall &c) { return wrap("view", SavedViews::create(c.tx(), c.actor(), c.params)); }},
        {.name = "view.update",
         .verb = "PATCH",
         .path = "/views/{id}",
         .access = Access::Staff,
         .transaction = Transaction::Write,
         .handler = [](MethodCall &c) { return wrap("view", SavedViews::update(c.tx(), c.actor(), c.params)); }},
        {.name = "view.delete",
         .verb = "DELETE",
         .path = "/views/{id}",
         .access = Access::Staff,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 SavedViews::remove(c.tx(), c.actor(), onlyInt(c.params));
                 return wrap("deleted", true);
             }},
    };
}

} // namespace helpdesk::api
