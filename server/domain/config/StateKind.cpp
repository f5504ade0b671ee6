#include "domain/config/ConfigFields.h"
#include "domain/config/Kinds.h"

namespace helpdesk::domain::config {

namespace {
/// A ticket state: its type decides what the desk does with tickets in it (pending, closed…).
void readState(ConfigFields &fields)
{
    fields.putString("name", true);
    fields.putString("state_type", true);
    fields.requireOneOf("state_type", {"new", "open", "pending_reminder", "pending_close", "closed", "merged"},
                        "state_type must be new, open, pending_reminder, pending_close, closed or merged");
    fields.putBool("active", true);
    fields.putBool("is_default", false);
}
} // namespace

const ConfigKind &stateKind()
{
    static const ConfigKind kind{
        .name = "state", .plural = "states", .rows = db::ConfigKind::State, .readFields = readState};
    return kind;
}

} // namespace helpdesk::domain::config
