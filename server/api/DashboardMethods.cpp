#include "api/Methods.h"

#include "domain/DashboardService.h"

using helpdesk::protocol::JsonReader;

namespace helpdesk::api {

std::vector<MethodSpec> dashboardMethods()
{
    return {
        {.name = "dashboard.panel",
         .verb = "GET",
         .path = "/dashboard/{panel}",
         .access = Access::Staff,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 domain::DashboardService::Query q;
                 q.panel = r.requireString("panel");
                 q.from = r.optString("from").value_or("1970-01-01");
                 q.to = r.optString("to").value_or("2999-01-01");
                 q.groupId = r.optInt("group_id");
                 q.by = r.optString("by");
                 r.finish();
                 return domain::DashboardService::panel(c.tx(), c.actor(), q);
             }},
    };
}

} // namespace helpdesk::api
