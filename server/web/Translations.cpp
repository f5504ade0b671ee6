#include "web/Translations.h"

#include "web/WebResources.h"

#include <Poco/JSON/Parser.h>

#include <re2/re2.h>

#include <set>
#include <stdexcept>

namespace helpdesk::web {

namespace {
constexpr const char *kReference = "en";

std::map<std::string, std::string> parseCatalog(const std::string &path, std::string_view text)
{
    Poco::JSON::Parser parser;
    auto parsed = parser.parse(std::string(text));
    auto object = parsed.extract<Poco::JSON::Object::Ptr>();
    std::map<std::string, std::string> catalog;
    for (const auto &[key, value] : *object) {
        if (!value.isString())
            throw std::runtime_error(path + ": the text of " + key + " is not a string");
        catalog[key] = value.extract<std::string>();
    }
    return catalog;
}

std::set<std::string> placeholdersOf(const std::string &text)
{
    static const RE2 placeholder("\\{([a-z_]+)\\}");
    std::set<std::string> names;
    re2::StringPiece input(text);
    std::string name;
    while (RE2::FindAndConsume(&input, placeholder, &name))
        names.insert(name);
    return names;
}
} // namespace

const Translations &Translations::builtIn()
{
    static const Translations translations(webResources());
    return translations;
}

Translations::Translations(const std::map<std::string, std::string_view> &files)
{
    static const RE2 catalogPath("i18n/([a-z]{2,3})\\.json");
    for (const auto &[path, text] : files) {
        std::string language;
        if (RE2::FullMatch(path, catalogPath, &language))
            m_catalogs[language] = parseCatalog(path, text);
    }
    if (!m_catalogs.count(kReference))
        throw std::runtime_error("the web pages have no English catalog (i18n/en.json)");
    m_languages.push_back(kReference);
    for (const auto &[language, catalog] : m_catalogs)
        if (language != kReference)
            m_languages.push_back(language);
}

const std::string &Translations::text(const std::string &language, const std::string &key) const
{
    for (const auto *code : {&language, &m_languages.front()}) {
        auto catalog = m_catalogs.find(*code);
        if (catalog == m_catalogs.end())
            continue;
        auto found = catalog->second.find(key);
        if (found != catalog->second.end())
            return found->second;
    }
    return key;
}

std::string Translations::format(const std::string &language, const std::string &key,
                                 const std::map<std::string, std::string> &values) const
{
    std::string out = text(language, key);
    for (const auto &[name, value] : values) {
        const std::string placeholder = "{" + name + "}";
        for (auto at = out.find(placeholder); at != std::string::npos; at = out.find(placeholder, at + value.size()))
            out.replace(at, placeholder.size(), value);
    }
    return out;
}

const std::map<std::string, std::string> &Translations::catalog(const std::string &language) const
{
    auto found = m_catalogs.find(language);
    return found == m_catalogs.end() ? m_catalogs.at(kReference) : found->second;
}

std::vector<std::string> Translations::problems() const
{
    std::vector<std::string> found;
    const auto &reference = m_catalogs.at(kReference);
    for (const auto &[language, catalog] : m_catalogs) {
        for (const auto &[key, text] : reference) {
            auto translated = catalog.find(key);
            if (translated == catalog.end() || translated->second.empty())
                found.push_back(language + ": " + key + " missing");
            else
                for (const auto &name : placeholdersOf(text))
                    if (!placeholdersOf(translated->second).count(name))
                        found.push_back(language + ": " + key + " lacks {" + name + "}");
        }
        for (const auto &[key, text] : catalog)
            if (!reference.count(key))
                found.push_back(language + ": " + key + " unknown");
    }
    return found;
}

} // namespace helpdesk::web
