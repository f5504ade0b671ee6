#pragma once

#include <gmime/gmime.h>

#include <string>
#include <string_view>

namespace helpdesk::mail {

/// Turns header text as written (folded, RFC 2047 encoded words, raw 8-bit bytes) into one line
/// of UTF-8, with the parser's options (its fallback charsets read raw 8-bit text). Used for
/// Subject and display names. Any thread; holds `options` without owning them.
class HeaderText
{
public:
    /// What decoding did, for `parse-mail --explain`.
    struct Decoded {
        std::string text;
        bool hadEncodedWords = false; // RFC 2047 words were decoded
        bool hadLineBreaks = false;   // decoded line breaks were turned into spaces
    };

    explicit HeaderText(GMimeParserOptions *options) : m_options(options) {}

    /// `raw` unfolded and decoded, line breaks inside encoded words turned into spaces, trimmed.
    Decoded decode(std::string_view raw) const;
    /// Text GMime already decoded from `raw`, put on one line as decode() does (no second decoding).
    static Decoded oneLine(std::string_view raw, const std::string &decoded);
    /// `raw` with its folding line ends removed (RFC 5322 §2.2.3), bytes unchanged.
    static std::string unfold(std::string_view raw);

private:
    GMimeParserOptions *m_options;
};

} // namespace helpdesk::mail
