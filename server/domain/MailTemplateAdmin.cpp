#include "domain/MailTemplateAdmin.h"

#include "db/ConfigRepository.h"
#include "db/MailTemplateRepository.h"
#include "domain/Audit.h"
#include "domain/MailSettings.h"
#include "domain/MailTemplateCatalog.h"
#include "domain/MailTemplates.h"
#include "domain/Permissions.h"
#include "domain/TemplateSyntax.h"
#include "domain/Validation.h"
#include "protocol/ProtocolError.h"

#include <re2/re2.h>

#include <algorithm>
#include <set>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
constexpr std::size_t kMaxSubjectCharacters = 300;
constexpr std::size_t kMaxBodyCharacters = 20000;

std::size_t characters(const std::string &text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

const char *levelName(TemplateLevel level)
{
    switch (level) {
    case TemplateLevel::Group:
        return "group";
    case TemplateLevel::Desk:
        return "desk";
    case TemplateLevel::Shipped:
        break;
    }
    return "default";
}

/// The template an address names, checked against its level. Throws NotFound or ValidationFailed.
const MailTemplateSpec &templateAt(db::Tx &tx, const TemplateAddress &address)
{
    const auto *spec = MailTemplateCatalog::builtIn().find(address.name);
    if (!spec)
        throw ApiError(ErrorCode::NotFound, "no mail template " + address.name, "name");
    static const RE2 languageTag("[a-z]{2,3}(-[a-z0-9]{2,8})?");
    if (!RE2::FullMatch(address.language, languageTag))
        throw ApiError(ErrorCode::ValidationFailed,
                       "'" + address.language + "' is not a language tag such as de or pt-br", "language");
    if (address.groupId) {
        if (spec->scope == TemplateScope::Desk)
            throw ApiError(ErrorCode::ValidationFailed,
                           address.name + " is the same for every group: change it for the whole desk (no group_id)",
                           "group_id");
        if (!db::ConfigRepository::get(tx, db::ConfigKind::Group, *address.groupId))
            throw ApiError(ErrorCode::ValidationFailed, "no group " + std::to_string(*address.groupId), "group_id");
    }
    return *spec;
}

TemplateAddress normalized(TemplateAddress address)
{
    address.language = MailTemplates::normalizedLanguage(address.language);
    return address;
}

/// The level beneath an address's: what a reset brings back.
TemplateLevel beneath(const TemplateAddress &address)
{
    return address.groupId ? TemplateLevel::Desk : TemplateLevel::Shipped;
}

protocol::JsonObject describe(db::Tx &tx, const MailTemplateSpec &spec, const TemplateAddress &address)
{
    auto overrides = db::MailTemplateRepository::overridesOf(tx, address.name, address.groupId);
    auto now = MailTemplates::standing(overrides, address.groupId, address.name, address.language,
                                       address.groupId ? TemplateLevel::Group : TemplateLevel::Desk);
    auto below = MailTemplates::standing(overrides, address.groupId, address.name, address.language, beneath(address));
    auto out = protocol::newObject();
    out->set("name", spec.name);
    out->set("language", address.language);
    protocol::setOptional(out, "group_id", address.groupId);
    out->set("scope", std::string(spec.scope == TemplateScope::Group ? "group" : "desk"));
    out->set("description", spec.description);
    out->set("subject", now.subject.text);
    out->set("body", now.body.text);
    out->set("subject_from", std::string(levelName(now.subject.from)));
    out->set("body_from", std::string(levelName(now.body.from)));
    out->set("default_subject", below.subject.text);
    out->set("default_body", below.body.text);
    auto placeholders = protocol::newArray();
    for (const auto &placeholder : spec.placeholders) {
        auto entry = protocol::newObject();
        entry->set("name", placeholder.name);
        entry->set("sample", placeholder.term.empty()
                                 ? placeholder.sample
                                 : MailTemplateCatalog::builtIn().term(address.language, placeholder.term));
        placeholders->add(entry);
    }
    out->set("placeholders", placeholders);
    return out;
}

/// What an audit entry shows of an override.
protocol::JsonObject auditView(const TemplateAddress &address, const std::optional<std::string> &subject,
                               const std::optional<std::string> &body)
{
    auto out = protocol::newObject();
    out->set("name", address.name + " (" + address.language + ")");
    protocol::setOptional(out, "group_id", address.groupId);
    protocol::setOptional(out, "subject", subject);
    protocol::setOptional(out, "body", body);
    return out;
}

std::optional<db::TemplateOverride> storedAt(db::Tx &tx, const TemplateAddress &address)
{
    for (auto &entry : db::MailTemplateRepository::overridesAt(tx, address.groupId))
        if (entry.name == address.name && MailTemplates::normalizedLanguage(entry.language) == address.language)
            return entry;
    return std::nullopt;
}

/// Throws ValidationFailed naming `field` for a text that cannot be stored as a template part.
void requireTemplateText(const std::string &field, const std::string &text, std::size_t maxCharacters,
                         const MailTemplateSpec &spec)
{
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        throw ApiError(ErrorCode::ValidationFailed, "the " + field + " is empty; reset the template to use the default",
                       field);
    if (characters(text) > maxCharacters)
        throw ApiError(ErrorCode::ValidationFailed,
                       "the " + field + " is longer than " + std::to_string(maxCharacters) + " characters", field);
    if (field == "subject" && !isHeaderSafe(text))
        throw ApiError(ErrorCode::ValidationFailed, "the subject must be one line (no line break or NUL character)",
                       field);
    if (text.find('\0') != std::string::npos)
        throw ApiError(ErrorCode::ValidationFailed, "the " + field + " holds a NUL character", field);
    if (auto problem = TemplateSyntax::check(text, spec))
        throw ApiError(ErrorCode::ValidationFailed, problem->where() + ": " + problem->message, field);
}

/// {ticket_number} and the other placeholders of the older acknowledgement fields as mustache.
std::string asMustache(std::string text)
{
    for (const char *name : {"ticket_number", "ticket_title", "customer_name", "group_name", "agent_name"}) {
        const std::string from = std::string("{") + name + "}";
        for (auto pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + from.size())) {
            if (pos > 0 && text[pos - 1] == '{')
                continue; // already {{name}}
            text.replace(pos, from.size(), "{" + from + "}");
            pos += 2;
        }
    }
    return text;
}
} // namespace

protocol::JsonArray MailTemplateAdmin::list(db::Tx &tx, const Actor &actor, std::optional<std::int64_t> groupId)
{
    permissions::requireAdmin(actor);
    if (groupId && !db::ConfigRepository::get(tx, db::ConfigKind::Group, *groupId))
        throw ApiError(ErrorCode::ValidationFailed, "no group " + std::to_string(*groupId), "group_id");
    auto atLevel = db::MailTemplateRepository::overridesAt(tx, groupId);
    auto out = protocol::newArray();
    for (const auto &spec : MailTemplateCatalog::builtIn().templates()) {
        if (groupId && spec.scope == TemplateScope::Desk)
            continue;
        auto overrides = db::MailTemplateRepository::overridesOf(tx, spec.name, groupId);
        std::vector<std::string> languages = MailTemplateCatalog::languages();
        for (const auto &entry : atLevel) // a language only an override has ("es")
            if (entry.name == spec.name &&
                std::find(languages.begin(), languages.end(), entry.language) == languages.end())
                languages.push_back(entry.language);
        auto perLanguage = protocol::newArray();
        for (const auto &language : languages) {
            auto texts = MailTemplates::standing(overrides, groupId, spec.name, language,
                                                 groupId ? TemplateLevel::Group : TemplateLevel::Desk);
            auto entry = protocol::newObject();
            entry->set("language", language);
            entry->set("subject_from", std::string(levelName(texts.subject.from)));
            entry->set("body_from", std::string(levelName(texts.body.from)));
            perLanguage->add(entry);
        }
        auto item = protocol::newObject();
        item->set("name", spec.name);
        item->set("scope", std::string(spec.scope == TemplateScope::Group ? "group" : "desk"));
        item->set("description", spec.description);
        auto placeholders = protocol::newArray();
        for (const auto &placeholder : spec.placeholders)
            placeholders->add(placeholder.name);
        item->set("placeholders", placeholders);
        item->set("languages", perLanguage);
        out->add(item);
    }
    return out;
}

protocol::JsonObject MailTemplateAdmin::get(db::Tx &tx, const Actor &actor, const TemplateAddress &address)
{
    permissions::requireAdmin(actor);
    auto at = normalized(address);
    return describe(tx, templateAt(tx, at), at);
}

protocol::JsonObject MailTemplateAdmin::set(db::Tx &tx, const Actor &actor, const TemplateAddress &address,
                                            const std::string &subject, const std::string &body)
{
    permissions::requireAdmin(actor);
    auto at = normalized(address);
    const auto &spec = templateAt(tx, at);
    requireTemplateText("subject", subject, kMaxSubjectCharacters, spec);
    requireTemplateText("body", body, kMaxBodyCharacters, spec);
    auto before = storedAt(tx, at);
    db::MailTemplateRepository::put(tx, {at.groupId, at.name, at.language, subject, body, {}}, actor.userId);
    audit::record(tx, actor, "mail_template.changed", "mail_template", at.groupId,
                  before ? auditView(at, before->subject, before->body) : nullptr, auditView(at, subject, body));
    return describe(tx, spec, at);
}

protocol::JsonObject MailTemplateAdmin::reset(db::Tx &tx, const Actor &actor, const TemplateAddress &address)
{
    permissions::requireAdmin(actor);
    auto at = normalized(address);
    const auto &spec = templateAt(tx, at);
    auto before = storedAt(tx, at);
    if (before && db::MailTemplateRepository::remove(tx, at.groupId, at.name, before->language))
        audit::record(tx, actor, "mail_template.reset", "mail_template", at.groupId,
                      auditView(at, before->subject, before->body), nullptr);
    return describe(tx, spec, at);
}

protocol::JsonObject MailTemplateAdmin::preview(db::Tx &tx, const Actor &actor, const TemplateAddress &address,
                                                const std::optional<std::string> &subject,
                                                const std::optional<std::string> &body)
{
    permissions::requireAdmin(actor);
    auto at = normalized(address);
    const auto &spec = templateAt(tx, at);
    auto overrides = db::MailTemplateRepository::overridesOf(tx, at.name, at.groupId);
    auto stored = MailTemplates::standing(overrides, at.groupId, at.name, at.language,
                                          at.groupId ? TemplateLevel::Group : TemplateLevel::Desk);
    MailValues samples;
    for (const auto &placeholder : spec.placeholders) {
        if (placeholder.term.empty())
            samples.text[placeholder.name] = placeholder.sample;
        else
            samples.terms[placeholder.name] = placeholder.term;
    }
    auto settings = MailSettings::load(tx);
    auto values = MailTemplates::valuesFor(settings, at.name, at.language, samples);
    auto out = protocol::newObject();
    out->set("name", spec.name);
    out->set("language", at.language);
    auto problems = protocol::newArray();
    for (const auto &[field, text] : {std::pair{std::string("subject"), subject.value_or(stored.subject.text)},
                                      std::pair{std::string("body"), body.value_or(stored.body.text)}}) {
        if (auto problem = TemplateSyntax::check(text, spec)) {
            auto entry = protocol::newObject();
            entry->set("field", field);
            entry->set("line", static_cast<std::int64_t>(problem->line));
            entry->set("column", static_cast<std::int64_t>(problem->column));
            entry->set("message", problem->message);
            problems->add(entry);
            out->set(field, Poco::Dynamic::Var());
            continue;
        }
        auto rendered = MailTemplates::render(text, values);
        out->set(field, field == "subject" ? headerSafe(rendered) : rendered);
    }
    out->set("problems", problems);
    return out;
}

void MailTemplateAdmin::takeLegacyAcknowledgement(db::Tx &tx, std::int64_t groupId, const protocol::JsonObject &beside)
{
    const auto &spec = *MailTemplateCatalog::builtIn().find(mailtemplates::kAcknowledgement);
    const bool hasSubject = beside->has("acknowledgement_subject");
    const bool hasBody = beside->has("acknowledgement_body");
    auto translations = beside->getObject("acknowledgement_translations");
    if (!hasSubject && !hasBody && !translations)
        return;
    std::map<std::string, db::TemplateOverride> entries; // language → the group's override
    for (auto &entry : db::MailTemplateRepository::overridesOf(tx, spec.name, groupId))
        if (entry.groupId)
            entries[MailTemplates::normalizedLanguage(entry.language)] = entry;
    auto text = [&](const std::string &field, const std::string &value) {
        auto converted = asMustache(value);
        if (auto problem = TemplateSyntax::check(converted, spec))
            throw ApiError(ErrorCode::ValidationFailed, problem->where() + ": " + problem->message, field);
        return converted;
    };
    // Null or blank: that part back to what lies beneath (older clients sent "" for a field left empty).
    auto legacyPart = [&](const std::string &field) -> std::optional<std::string> {
        if (beside->isNull(field))
            return std::nullopt;
        auto value = beside->getValue<std::string>(field);
        if (value.find_first_not_of(" \t\r\n") == std::string::npos)
            return std::nullopt;
        return text(field, value);
    };
    std::set<std::string> translated;
    if (translations)
        for (const auto &[language, value] : *translations) {
            const auto code = MailTemplates::normalizedLanguage(language);
            auto pair = value.extract<protocol::JsonObject>();
            const std::string field = "acknowledgement_translations." + language;
            entries[code] = {groupId,
                             spec.name,
                             code,
                             text(field + ".subject", pair->getValue<std::string>("subject")),
                             text(field + ".body", pair->getValue<std::string>("body")),
                             {}};
            translated.insert(code);
        }
    std::set<std::string> touched = translated;
    // The group's own text was for every language without a translation.
    for (const auto &language : MailTemplateCatalog::languages()) {
        if (translated.count(language) || (!hasSubject && !hasBody))
            continue;
        touched.insert(language);
        auto &entry =
            entries.try_emplace(language, db::TemplateOverride{groupId, spec.name, language, {}, {}, {}}).first->second;
        if (hasSubject)
            entry.subject = legacyPart("acknowledgement_subject");
        if (hasBody)
            entry.body = legacyPart("acknowledgement_body");
    }
    for (const auto &language : touched)
        db::MailTemplateRepository::put(tx, entries.at(language), std::nullopt); // both parts empty: removed
}

} // namespace helpdesk::domain
