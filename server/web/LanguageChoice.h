#pragma once

#include <optional>
#include <string>
#include <vector>

namespace helpdesk::web {

/// Picks the language of a page from what is known of the visitor, first that applies:
/// a choice made on this browser (the language links), the signed-in account's language, the
/// browser's `Accept-Language` (by q-value; "fr-CH" matches "fr"; q=0 refuses), then the first
/// of `supported`. Pure; any thread.
class LanguageChoice
{
public:
    explicit LanguageChoice(std::vector<std::string> supported);

    /// The language for a visitor.
    std::string choose(const std::optional<std::string> &chosenHere, const std::optional<std::string> &account,
                       const std::string &acceptLanguage) const;
    /// `tag` ("de", "de-AT", "DE") as one of the supported languages, if it is one.
    std::optional<std::string> supportedFor(const std::string &tag) const;
    /// The best supported language of an Accept-Language header, if any.
    std::optional<std::string> fromAcceptLanguage(const std::string &header) const;

private:
    std::vector<std::string> m_supported;
};

} // namespace helpdesk::web
