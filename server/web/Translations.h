#pragma once

#include <map>
#include <string>
#include <vector>

namespace helpdesk::web {

/// The pages' texts in every language: one catalog per language, resources/web/i18n/<code>.json
/// ({"key": "text"}, compiled in), English first and the reference for the others. A text may
/// hold {placeholders} that format() fills. Loaded once; any thread.
class Translations
{
public:
    /// The catalogs compiled into the server.
    static const Translations &builtIn();
    /// Catalogs from `files` (path → JSON text; the paths "i18n/<code>.json" count). Throws
    /// std::runtime_error for a catalog that is not a JSON object of strings, or without English.
    explicit Translations(const std::map<std::string, std::string_view> &files);

    /// The language codes, English first.
    const std::vector<std::string> &languages() const { return m_languages; }
    /// The text of `key` in `language` (English when the language lacks it; the key itself when
    /// English does too, so a missing text shows, never crashes).
    const std::string &text(const std::string &language, const std::string &key) const;
    /// text() with every {name} of `values` replaced by its value.
    std::string format(const std::string &language, const std::string &key,
                       const std::map<std::string, std::string> &values) const;
    /// Every text of a language by key (for templates: {{t.key}}).
    const std::map<std::string, std::string> &catalog(const std::string &language) const;
    /// What a translator must fix: "fr: key missing", "de: key unknown", "pl: key lacks {name}".
    std::vector<std::string> problems() const;

private:
    std::vector<std::string> m_languages;
    std::map<std::string, std::map<std::string, std::string>> m_catalogs;
};

} // namespace helpdesk::web
