#include "domain/TriggerService.h"
#include "domain/config/ConfigFields.h"
#include "domain/config/Kinds.h"

namespace helpdesk::domain::config {

namespace {
/// A trigger: on an event (or over time), when all its conditions hold, it runs its actions.
void readTrigger(ConfigFields &fields)
{
    fields.putString("name", true);
    fields.putBool("active", true);
    fields.putString("event", true);
    fields.requireOneOf("event", {"created", "updated", "customer_reply", "time"},
                        "event must be created, updated, customer_reply or time");
    fields.putInt("rank", 100);
    fields.putObject("conditions");
    fields.putObject("actions");
    const auto &columns = fields.columns();
    TriggerService::validate(columns->has("conditions") ? columns->getObject("conditions") : nullptr,
                             columns->has("actions") ? columns->getObject("actions") : nullptr);
}
} // namespace

const ConfigKind &triggerKind()
{
    static const ConfigKind kind{
        .name = "trigger", .plural = "triggers", .rows = db::ConfigKind::Trigger, .readFields = readTrigger};
    return kind;
}

} // namespace helpdesk::domain::config
