#include "domain/MailTemplates.h"

#include "domain/MailTemplateCatalog.h"
#include "domain/TemplateSyntax.h"

#include <Poco/Logger.h>

#include <mstch/mstch.hpp>

#include <algorithm>

namespace helpdesk::domain {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.mail");
}

/// The override of a level (a group, or the desk: none) in a language, or nullptr.
const db::TemplateOverride *overrideAt(const std::vector<db::TemplateOverride> &overrides,
                                       std::optional<std::int64_t> level, const std::string &language)
{
    for (const auto &entry : overrides)
        if (entry.groupId == level && MailTemplates::normalizedLanguage(entry.language) == language)
            return &entry;
    return nullptr;
}

/// Whether the template has texts in `language`: shipped ones, or an override of the group or desk.
bool hasTexts(const std::vector<db::TemplateOverride> &overrides, std::optional<std::int64_t> groupId,
              const std::string &name, const std::string &language)
{
    return MailTemplateCatalog::builtIn().shipped(name, language) ||
           (groupId && overrideAt(overrides, groupId, language)) || overrideAt(overrides, std::nullopt, language);
}

/// The languages to try for a reader, in order, each once.
std::vector<std::string> candidateLanguages(const MailSettings &settings, const MailReader &reader)
{
    std::vector<std::string> out;
    auto add = [&](const std::string &code) {
        if (!code.empty() && std::find(out.begin(), out.end(), code) == out.end())
            out.push_back(code);
    };
    if (reader.language) {
        auto tag = MailTemplates::normalizedLanguage(*reader.language);
        add(tag);
        add(tag.substr(0, tag.find('-'))); // "de-at" reads German
    }
    if (reader.groupLanguage)
        add(MailTemplates::normalizedLanguage(*reader.groupLanguage));
    add(settings.defaultLanguage);
    add("en");
    return out;
}

/// A rendered subject on one line: a value with a line break (a title from a mail) is joined.
std::string oneLine(std::string text)
{
    std::replace_if(
        text.begin(), text.end(), [](char c) { return c == '\r' || c == '\n' || c == '\t'; }, ' ');
    const auto first = text.find_first_not_of(' ');
    const auto last = text.find_last_not_of(' ');
    return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}
} // namespace

std::string MailTemplates::normalizedLanguage(const std::string &language)
{
    std::string out;
    for (char c : language) {
        if (c == ' ' || c == '\t')
            continue;
        out += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

TemplateStanding MailTemplates::standing(const std::vector<db::TemplateOverride> &overrides,
                                         std::optional<std::int64_t> groupId, const std::string &name,
                                         const std::string &language, TemplateLevel top)
{
    TemplateStanding out;
    bool haveSubject = false;
    bool haveBody = false;
    auto take = [&](const db::TemplateOverride *entry, TemplateLevel level) {
        if (!entry)
            return;
        if (!haveSubject && entry->subject) {
            out.subject = {*entry->subject, level};
            haveSubject = true;
        }
        if (!haveBody && entry->body) {
            out.body = {*entry->body, level};
            haveBody = true;
        }
    };
    if (top == TemplateLevel::Group && groupId)
        take(overrideAt(overrides, groupId, language), TemplateLevel::Group);
    if (top != TemplateLevel::Shipped)
        take(overrideAt(overrides, std::nullopt, language), TemplateLevel::Desk);
    const auto &catalog = MailTemplateCatalog::builtIn();
    auto shipped = catalog.shipped(name, language);
    if (!shipped)
        shipped = catalog.shipped(name, "en"); // an override's own language ("es") beneath which English lies
    if (shipped && !haveSubject)
        out.subject = {shipped->subject, TemplateLevel::Shipped};
    if (shipped && !haveBody)
        out.body = {shipped->body, TemplateLevel::Shipped};
    return out;
}

std::map<std::string, std::string> MailTemplates::valuesFor(const MailSettings &settings, const std::string &name,
                                                            const std::string &language, const MailValues &values)
{
    const auto &catalog = MailTemplateCatalog::builtIn();
    std::map<std::string, std::string> out;
    if (const auto *spec = catalog.find(name))
        for (const auto &placeholder : spec->placeholders)
            out[placeholder.name] = std::string();
    out["desk_name"] = settings.systemName;
    out["public_url"] = settings.publicUrl;
    for (const auto &[key, value] : values.text)
        out[key] = value;
    for (const auto &[key, term] : values.terms)
        out[key] = catalog.term(language, term);
    return out;
}

std::string MailTemplates::render(const std::string &text, const std::map<std::string, std::string> &values)
{
    mstch::map context;
    for (const auto &[key, value] : values)
        context.emplace(key, value);
    try {
        return mstch::render(TemplateSyntax::verbatim(text), context);
    } catch (const std::exception &e) {
        // Templates are checked when stored; this is a safety net, never a lost mail.
        logger().error("a mail template could not be rendered (%s); sent as written", std::string(e.what()));
        return text;
    }
}

std::string MailTemplates::shippedLanguageFor(const MailSettings &settings, const MailReader &reader)
{
    for (const auto &candidate : candidateLanguages(settings, reader))
        if (MailTemplateCatalog::isShippedLanguage(candidate))
            return candidate;
    return "en";
}

WrittenMail MailTemplates::write(db::Tx &tx, const MailSettings &settings, const std::string &name,
                                 const MailReader &reader, const MailValues &values)
{
    auto overrides = db::MailTemplateRepository::overridesOf(tx, name, reader.groupId);
    WrittenMail mail;
    mail.language = "en";
    for (const auto &candidate : candidateLanguages(settings, reader))
        if (hasTexts(overrides, reader.groupId, name, candidate)) {
            mail.language = candidate;
            break;
        }
    auto texts = standing(overrides, reader.groupId, name, mail.language);
    auto filled = valuesFor(settings, name, mail.language, values);
    mail.subject = oneLine(render(texts.subject.text, filled));
    mail.body = render(texts.body.text, filled);
    return mail;
}

} // namespace helpdesk::domain
