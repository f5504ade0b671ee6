#include "web/LanguageChoice.h"

#include <Poco/NumberParser.h>
#include <Poco/String.h>
#include <Poco/StringTokenizer.h>

#include <algorithm>

namespace helpdesk::web {

LanguageChoice::LanguageChoice(std::vector<std::string> supported) : m_supported(std::move(supported)) {}

std::string LanguageChoice::choose(const std::optional<std::string> &chosenHere,
                                   const std::optional<std::string> &account, const std::string &acceptLanguage) const
{
    for (const auto &candidate : {chosenHere, account})
        if (candidate)
            if (auto language = supportedFor(*candidate))
                return *language;
    if (auto language = fromAcceptLanguage(acceptLanguage))
        return *language;
    return m_supported.empty() ? std::string("en") : m_supported.front();
}

std::optional<std::string> LanguageChoice::supportedFor(const std::string &tag) const
{
    // Only the primary subtag counts: the pages have one text per language, not per region.
    auto primary = Poco::toLower(Poco::trim(tag.substr(0, tag.find_first_of("-_"))));
    if (std::find(m_supported.begin(), m_supported.end(), primary) != m_supported.end())
        return primary;
    return std::nullopt;
}

std::optional<std::string> LanguageChoice::fromAcceptLanguage(const std::string &header) const
{
    // RFC 9110 §12.5.4: "fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5". The highest q wins; among equals, the first.
    std::optional<std::string> best;
    double bestQuality = 0;
    Poco::StringTokenizer ranges(header, ",",
                                 Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    for (const auto &range : ranges) {
        Poco::StringTokenizer parts(range, ";", Poco::StringTokenizer::TOK_TRIM);
        double quality = 1;
        for (std::size_t i = 1; i < parts.count(); ++i) {
            const auto &parameter = parts[i];
            if (parameter.size() > 2 && (parameter[0] == 'q' || parameter[0] == 'Q') && parameter[1] == '=' &&
                !Poco::NumberParser::tryParseFloat(parameter.substr(2), quality))
                quality = 0;
        }
        auto language =
            parts[0] == "*" && !m_supported.empty() ? std::optional(m_supported.front()) : supportedFor(parts[0]);
        if (language && quality > bestQuality) {
            best = language;
            bestQuality = quality;
        }
    }
    return best;
}

} // namespace helpdesk::web
