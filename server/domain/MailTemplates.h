#pragma once

#include "db/ConnectionPool.h"
#include "db/MailTemplateRepository.h"
#include "domain/MailSettings.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::domain {

/// The values a template is written with.
struct MailValues {
    std::map<std::string, std::string> text;  // placeholder → value, rendered as typed
    std::map<std::string, std::string> terms; // placeholder → a word of terms.json, in the mail's language
};

/// Who reads a mail and what it is about: what its language and texts are chosen by.
struct MailReader {
    std::optional<std::string> language;      // the reader's account's language (none: unknown, a stranger)
    std::optional<std::int64_t> groupId;      // the group the mail is about (none: mail about an account)
    std::optional<std::string> groupLanguage; // that group's default language (none: the desk's)
};

/// A mail written from a template.
struct WrittenMail {
    std::string subject; // one line
    std::string body;
    std::string language;
};

/// Where a template's text comes from, from the top.
enum class TemplateLevel {
    Group,   // the group's override
    Desk,    // the desk's override
    Shipped, // resources/mail
};

/// One part (subject or body) of a template as it stands, and where it came from.
struct TemplatePart {
    std::string text;
    TemplateLevel from = TemplateLevel::Shipped;
};

/// Both parts of a template as they stand.
struct TemplateStanding {
    TemplatePart subject;
    TemplatePart body;
};

/// Writes mail from templates in the reader's language (domain::MailTemplateCatalog for the
/// shipped texts, db::MailTemplateRepository for the overrides admins made). Any thread.
class MailTemplates
{
public:
    /// Writes template `name` for `reader`, in the first of these languages that has texts of the
    /// template (an override of the group or the desk, or shipped ones): the reader's account's
    /// ("de-AT", then "de"), the group's default language, the desk's default language, English.
    /// Each part comes from the group's override, else the desk's, else the shipped text. Values
    /// are rendered as typed, never HTML-escaped (the mail is plain text). `desk_name` and
    /// `public_url` are filled in. Never throws for what a template says.
    static WrittenMail write(db::Tx &tx, const MailSettings &settings, const std::string &name,
                             const MailReader &reader, const MailValues &values);

    /// The first language of `reader` (in the order of write) that texts are shipped in: the
    /// language of a shipped word (terms.json) written into mail outside a template.
    static std::string shippedLanguageFor(const MailSettings &settings, const MailReader &reader);
    /// `language` as overrides are keyed: lower case, "de_AT" written "de-at".
    static std::string normalizedLanguage(const std::string &language);
    /// The texts of `name` in `language` from level `top` down, given the overrides of the template
    /// for the desk and `groupId`; a language without shipped texts falls back to English ones.
    static TemplateStanding standing(const std::vector<db::TemplateOverride> &overrides,
                                     std::optional<std::int64_t> groupId, const std::string &name,
                                     const std::string &language, TemplateLevel top = TemplateLevel::Group);
    /// Renders a checked template text with `values` as typed (no HTML escaping).
    static std::string render(const std::string &text, const std::map<std::string, std::string> &values);
    /// The values of every placeholder of `name`: `values` with its terms in `language`, and empty
    /// text for placeholders not given (an unset one is a false section).
    static std::map<std::string, std::string> valuesFor(const MailSettings &settings, const std::string &name,
                                                        const std::string &language, const MailValues &values);
};

} // namespace helpdesk::domain
