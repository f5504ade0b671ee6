#include "api/Methods.h"

#include "domain/Audit.h"
#include "domain/JobAdmin.h"

using helpdesk::protocol::JsonReader;

namespace helpdesk::api {

std::vector<MethodSpec> adminMethods()
{
    return {
        {.name = "audit.list",
         .verb = "GET",
         .path = "/audit",
         .access = Access::Admin,
         .handler = [](MethodCall &c) { return wrap("entries", domain::audit::list(c.tx(), c.actor(), c.params)); }},
        {.name = "job.list",
         .verb = "GET",
         .path = "/jobs",
         .access = Access::Admin,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto state = r.optString("state");
                 auto queue = r.optString("queue");
                 auto limit = r.optInt("limit");
                 r.finish();
                 return wrap("jobs", domain::JobAdmin::list(c.tx(), c.actor(), state, queue, limit));
             }},
        {.name = "job.retry",
         .verb = "POST",
         .path = "/jobs/{id}/retry",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 domain::JobAdmin::retry(c.tx(), c.actor(), onlyInt(c.params));
                 return wrap("retried", true);
             }},
    };
}

} // namespace helpdesk::api
