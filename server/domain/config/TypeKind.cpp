#include "domain/config/ConfigFields.h"
#include "domain/config/Kinds.h"

namespace helpdesk::domain::config {

namespace {
/// A ticket type (question, incident…).
void readType(ConfigFields &fields)
{
    fields.putString("name", true);
    fields.putBool("active", true);
}
} // namespace

const ConfigKind &typeKind()
{
    // Customers list types to choose one on the web page.
    static const ConfigKind kind{.name = "type",
                                 .plural = "types",
                                 .rows = db::ConfigKind::Type,
                                 .listAccess = ConfigAccess::SignedIn,
                                 .readFields = readType};
    return kind;
}

} // namespace helpdesk::domain::config
