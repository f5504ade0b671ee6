#include "domain/config/ConfigFields.h"
#include "domain/config/Kinds.h"

namespace helpdesk::domain::config {

namespace {
/// A ticket priority; its rank orders priorities (and SLAs match on them).
void readPriority(ConfigFields &fields)
{
    fields.putString("name", true);
    fields.putRequiredInt("rank");
    fields.putBool("active", true);
    fields.putBool("is_default", false);
}
} // namespace

const ConfigKind &priorityKind()
{
    static const ConfigKind kind{
        .name = "priority", .plural = "priorities", .rows = db::ConfigKind::Priority, .readFields = readPriority};
    return kind;
}

} // namespace helpdesk::domain::config
