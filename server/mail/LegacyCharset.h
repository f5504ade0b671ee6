#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace helpdesk::mail {

/// A charset to try on text whose own label fails, and where the idea came from
/// ("declared by a text part", "detected"): shown by `parse-mail --explain`.
struct CharsetCandidate {
    std::string charset; // an iconv name, as LegacyCharset::decoderFor gives
    std::string source;
};

/// Text turned into UTF-8, with the rule that chose its charset.
struct DecodedText {
    std::string text;
    std::string rule;
};

/// A header value rewritten so that GMime reads it right, and why (for `parse-mail --explain`).
struct RepairedValue {
    std::string value;
    std::vector<std::string> reasons;
};

/// Charsets as mail really labels and writes them, decoded the way mail clients and browsers
/// do (the WHATWG Encoding Standard's labels: ISO-8859-1 and US-ASCII read as windows-1252,
/// GB2312 as GB18030, Shift_JIS as windows-31j …), with iconv underneath and uchardet to guess
/// an unlabelled or mislabelled charset. Any thread.
class LegacyCharset
{
public:
    /// The iconv name that decodes text labelled `label` (quotes, case, `x-` prefixes and
    /// misspellings such as `cp-850` forgiven), or nullopt when iconv knows no such charset.
    static std::optional<std::string> decoderFor(std::string_view label);
    /// Whether the label names plain ASCII (it says nothing about what 8-bit bytes mean).
    static bool isAsciiLabel(std::string_view label);
    /// Whether `charset` (an iconv name) gives each byte one character (ISO-8859-x, windows-125x, KOI8 …).
    static bool isSingleByte(std::string_view charset);
    /// Whether ASCII bytes stand for themselves in `charset` (false for UTF-7, ISO-2022-*, UTF-16 …).
    static bool isAsciiCompatible(std::string_view charset);
    /// A name for people ("windows-1252" rather than iconv's "CP1252").
    static std::string displayName(std::string_view charset);

    /// Whether any byte is above 0x7F.
    static bool hasEightBit(std::string_view bytes);
    /// Whether `bytes` are valid UTF-8 holding at least one character beyond ASCII.
    static bool isMultibyteUtf8(std::string_view bytes);

    /// Whether `bytes` read in the strict EUC form of `charset` (GB2312 for GB18030, EUC-KR, EUC-JP):
    /// every byte above 0x7F paired with another, which Latin text almost never is.
    static bool isEucText(std::string_view bytes, std::string_view charset);
    /// `bytes` in `charset` as UTF-8, or nullopt when a byte is not valid there (or iconv lacks it).
    static std::optional<std::string> decode(std::string_view bytes, const std::string &charset);
    /// `bytes` in `charset` as UTF-8, each byte that is not valid there read as U+FFFD.
    static std::string decodeLossy(std::string_view bytes, const std::string &charset);
    /// uchardet's guess for `sample` (its first 64 KiB) as an iconv name, only when that guess
    /// decodes the whole sample; nullopt when it has none, or guesses ASCII or UTF-8.
    static std::optional<std::string> detect(std::string_view sample);

    /// Reads `bytes` labelled `label` ("" when unlabelled): with the label's charset, except that
    /// valid multibyte UTF-8 under a single-byte label is read as UTF-8. When the label is unknown
    /// or its charset rejects the bytes: as UTF-8 if valid; UTF-8 with stray bytes read as
    /// windows-1252 (first when labelled UTF-8, last when unlabelled); the first of `fallbacks()`
    /// that reads them all; else the label's legacy charset or windows-1252, bad bytes replaced.
    /// `fallbacks` is called only when needed.
    static DecodedText read(std::string_view bytes, std::string_view label,
                            const std::function<std::vector<CharsetCandidate>()> &fallbacks);
};

} // namespace helpdesk::mail
