#include "domain/config/ConfigFields.h"
#include "domain/config/Kinds.h"

#include <re2/re2.h>

namespace helpdesk::domain::config {

namespace {
/// A text module agents insert by typing its keyword after "::" in the composer.
void readTextModule(ConfigFields &fields)
{
    fields.putString("keyword", true);
    fields.putString("name", true);
    fields.putString("body", true);
    fields.putBool("active", true);
    static const RE2 keyword("[a-z0-9_-]{1,40}");
    fields.requireMatch("keyword", keyword, "keyword must be 1 to 40 of a-z, 0-9, _ and -");
}
} // namespace

const ConfigKind &textModuleKind()
{
    static const ConfigKind kind{.name = "text_module",
                                 .plural = "text_modules",
                                 .rows = db::ConfigKind::TextModule,
                                 .readFields = readTextModule};
    return kind;
}

} // namespace helpdesk::domain::config
