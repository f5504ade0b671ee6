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
    // The folder groups modules in the composer's picker ('': unfiled); imported canned responses keep theirs.
    fields.putString("folder", false);
    fields.setDefault("folder", std::string());
    static const RE2 keyword("[a-z0-9_-]{1,40}");
    fields.requireMatch("keyword", keyword, "keyword must be 1 to 40 of a-z, 0-9, _ and -");
    static const RE2 folder("(?s).{0,200}");
    fields.requireMatch("folder", folder, "folder must be at most 200 characters");
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
