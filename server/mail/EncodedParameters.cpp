#include "mail/EncodedParameters.h"

#include "mail/EncodedWords.h"
#include "mail/GMimeSupport.h"

#include <gmime/gmime.h>

#include <algorithm>
#include <map>

namespace helpdesk::mail {

namespace {
/// One `name=value` of the field, where it stands and what it says.
struct Section {
    std::size_t separator = 0; // the `;` before it
    std::size_t coreBegin = 0; // `name=value` without the space around it
    std::size_t coreEnd = 0;
    int number = -1; // the continuation number; -1 when not continued
    bool encoded = false;
    std::string value; // unquoted
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::string unquoted(std::string_view value)
{
    if (value.size() < 2 || value.front() != '"' || value.back() != '"')
        return std::string(value);
    std::string out;
    for (std::size_t i = 1; i + 1 < value.size(); ++i) {
        if (value[i] == '\\' && i + 2 < value.size())
            ++i;
        out += value[i];
    }
    return out;
}

/// The positions of the `;` that separate parameters (not those inside quotes).
std::vector<std::size_t> separatorsIn(std::string_view raw)
{
    std::vector<std::size_t> at;
    bool quoted = false;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (quoted && raw[i] == '\\')
            ++i;
        else if (raw[i] == '"')
            quoted = !quoted;
        else if (raw[i] == ';' && !quoted)
            at.push_back(i);
    }
    return at;
}

/// The encoded parameters' sections by lower-case name (`filename*1*=x` is `filename`, 1, encoded).
std::map<std::string, std::vector<Section>> encodedParameters(std::string_view raw,
                                                              const std::vector<std::size_t> &separators)
{
    std::map<std::string, std::vector<Section>> parameters;
    for (std::size_t k = 0; k < separators.size(); ++k) {
        Section section;
        section.separator = separators[k];
        std::size_t end = k + 1 < separators.size() ? separators[k + 1] : raw.size();
        section.coreBegin = section.separator + 1;
        while (section.coreBegin < end && isSpace(raw[section.coreBegin]))
            ++section.coreBegin;
        section.coreEnd = end;
        while (section.coreEnd > section.coreBegin && isSpace(raw[section.coreEnd - 1]))
            --section.coreEnd;
        std::string_view core = raw.substr(section.coreBegin, section.coreEnd - section.coreBegin);
        std::size_t equals = core.find('=');
        if (equals == std::string_view::npos)
            continue;
        std::string name = lower(std::string(core.substr(0, equals)));
        while (!name.empty() && isSpace(name.back()))
            name.pop_back();
        if (!name.empty() && name.back() == '*') {
            section.encoded = true;
            name.pop_back();
        }
        if (std::size_t star = name.find('*'); star != std::string::npos) {
            std::string digits = name.substr(star + 1);
            if (digits.empty() || digits.size() > 3 ||
                !std::all_of(digits.begin(), digits.end(), [](unsigned char c) { return std::isdigit(c); }))
                continue;
            section.number = std::stoi(digits);
            name.resize(star);
        }
        std::string_view value = core.substr(equals + 1);
        while (!value.empty() && isSpace(value.front()))
            value.remove_prefix(1);
        section.value = unquoted(value);
        parameters[name].push_back(std::move(section));
    }
    for (auto it = parameters.begin(); it != parameters.end();) {
        auto &sections = it->second;
        bool anyEncoded = std::any_of(sections.begin(), sections.end(), [](const Section &s) { return s.encoded; });
        std::stable_sort(sections.begin(), sections.end(),
                         [](const Section &a, const Section &b) { return a.number < b.number; });
        it = anyEncoded ? std::next(it) : parameters.erase(it);
    }
    return parameters;
}

std::string percentEncoded(std::string_view text)
{
    static const char *const hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || std::string_view("!#$&+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0x0F];
        }
    }
    return out;
}

/// The label of the first section and the parameter's bytes, all sections joined.
std::pair<std::string, std::string> labelAndBytes(const std::vector<Section> &sections)
{
    std::string label;
    std::string bytes;
    for (std::size_t i = 0; i < sections.size(); ++i) {
        std::string_view value = sections[i].value;
        if (i == 0 && sections[i].encoded) {
            std::size_t first = value.find('\'');
            std::size_t second = first == std::string_view::npos ? first : value.find('\'', first + 1);
            if (second != std::string_view::npos) {
                label = std::string(value.substr(0, first));
                value.remove_prefix(second + 1);
            }
        }
        bytes += sections[i].encoded ? hexUnescaped(value, '%') : std::string(value);
    }
    return {label, bytes};
}

/// How GMime reads each parameter of the field.
std::map<std::string, std::string> gmimeReading(std::string_view raw, std::size_t firstSeparator)
{
    std::map<std::string, std::string> values;
    std::string list(raw.substr(firstSeparator));
    GMimeParamList *params = g_mime_param_list_parse(gmimeReadingOptions(), list.c_str());
    for (int i = 0; params && i < g_mime_param_list_length(params); ++i) {
        GMimeParam *param = g_mime_param_list_get_parameter_at(params, i);
        const char *name = g_mime_param_get_name(param);
        const char *value = g_mime_param_get_value(param);
        values.emplace(lower(name ? name : ""), value ? value : "");
    }
    if (params)
        g_object_unref(params);
    return values;
}
} // namespace

std::optional<RepairedValue> EncodedParameters::repair(std::string_view raw,
                                                       const std::vector<CharsetCandidate> &fallbacks)
{
    if (raw.find("*=") == std::string_view::npos)
        return std::nullopt;
    auto separators = separatorsIn(raw);
    auto parameters = encodedParameters(raw, separators);
    if (parameters.empty())
        return std::nullopt;
    auto gmime = gmimeReading(raw, separators.front());
    // What to put where: a new core for each repaired parameter's first section, nothing for the rest.
    std::map<std::size_t, std::pair<std::size_t, std::string>> replacements; // begin -> (end, text)
    RepairedValue repair;
    for (const auto &[name, sections] : parameters) {
        auto [label, bytes] = labelAndBytes(sections);
        auto decoded = LegacyCharset::read(bytes, label, [&] { return fallbacks; });
        if (auto it = gmime.find(name); it != gmime.end() && it->second == decoded.text)
            continue;
        replacements[sections.front().coreBegin] = {sections.front().coreEnd,
                                                    name + "*=UTF-8''" + percentEncoded(decoded.text)};
        for (std::size_t i = 1; i < sections.size(); ++i)
            replacements[sections[i].separator] = {sections[i].coreEnd, ""};
        repair.reasons.push_back(name + "*=" + (label.empty() ? "(no charset)" : label) + "'': " + decoded.rule);
    }
    if (replacements.empty())
        return std::nullopt;
    std::size_t copied = 0;
    for (const auto &[begin, replacement] : replacements) {
        repair.value.append(raw.substr(copied, begin - copied));
        repair.value += replacement.second;
        copied = replacement.first;
    }
    repair.value.append(raw.substr(copied));
    return repair;
}

} // namespace helpdesk::mail
