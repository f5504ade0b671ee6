#include "domain/TriggerService.h"
#include "domain/config/ConfigFields.h"
#include "domain/config/Kinds.h"

namespace helpdesk::domain::config {

namespace {
/// A macro: actions (as a trigger's) that an agent applies to a ticket by hand.
void readMacro(ConfigFields &fields)
{
    fields.putString("name", true);
    fields.putBool("active", true);
    fields.putObject("actions");
    const auto &columns = fields.columns();
    TriggerService::validate(nullptr, columns->has("actions") ? columns->getObject("actions") : nullptr);
}
} // namespace

const ConfigKind &macroKind()
{
    static const ConfigKind kind{
        .name = "macro", .plural = "macros", .rows = db::ConfigKind::Macro, .readFields = readMacro};
    return kind;
}

} // namespace helpdesk::domain::config
