#pragma once

#include "mail/LegacyCharset.h"

#include <gmime/gmime.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace helpdesk::mail {

/// GMime's parser options as MailParser sets them (loose RFC 2047 and parameters, UTF-8 then
/// windows-1252 for raw 8-bit text): for asking GMime how it reads a value. Shared, never freed.
GMimeParserOptions *gmimeReadingOptions();

/// `text` with each `<escape>XX` (two hex digits) turned into its byte: Q words use `=`, RFC 2231
/// values `%`. A bad escape is kept as written.
std::string hexUnescaped(std::string_view text, char escape);

/// RFC 2047 encoded words in one header value, read the way senders really write them: adjacent
/// words of one charset joined before decoding (senders split a character's bytes across two
/// words), and words whose charset is unknown or wrong read like any mislabelled text
/// (LegacyCharset::read). Any thread.
class EncodedWords
{
public:
    /// `raw` (a header value as written) with each run of adjacent encoded words that GMime reads
    /// differently from the rules above replaced by one UTF-8 encoded word that it reads right;
    /// nullopt when GMime already reads every run right. `fallbacks` are tried on words whose
    /// own charset cannot read them.
    static std::optional<RepairedValue> repair(std::string_view raw, const std::vector<CharsetCandidate> &fallbacks);
    /// The decoded bytes of the words whose own charset cannot read them (a detector's sample).
    static std::string unreadableBytes(std::string_view raw);
    /// The iconv names of the legacy charsets the value's readable words declare (UTF-8 and
    /// ASCII left out): a hint for raw 8-bit text elsewhere in the message.
    static std::vector<std::string> charsetsIn(std::string_view raw);
};

} // namespace helpdesk::mail
