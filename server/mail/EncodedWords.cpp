#include "mail/EncodedWords.h"

#include "mail/GMimeSupport.h"

#include <gmime/gmime.h>

#include <algorithm>

namespace helpdesk::mail {

namespace {
/// One `=?charset?B|Q?payload?=` word: where it stands in the value and what it holds.
struct Word {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string label; // as written, without an RFC 2231 `*language`
    std::string bytes; // the payload decoded from base64 or Q
};

/// Adjacent words of one run that share a charset label: their bytes belong together.
struct Group {
    std::string label;
    std::string bytes;
    std::vector<const Word *> words;
};

int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

/// Base64 as senders write it in words: padding in the middle (chunks glued together) ends a
/// quantum, characters outside the alphabet are skipped.
std::string base64Bytes(std::string_view payload)
{
    std::string out;
    unsigned bits = 0;
    int count = 0;
    for (char c : payload) {
        if (c == '=') {
            count = 0;
            bits = 0;
            continue;
        }
        int v = base64Value(c);
        if (v < 0)
            continue;
        bits = (bits << 6) | static_cast<unsigned>(v);
        count += 6;
        if (count >= 8) {
            count -= 8;
            out += static_cast<char>((bits >> count) & 0xFF);
        }
    }
    return out;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

std::string qBytes(std::string_view payload)
{
    std::string text(payload);
    std::replace(text.begin(), text.end(), '_', ' '); // an escaped underscore is =5F
    return hexUnescaped(text, '=');
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/// Where the next white space is, for positions asked in increasing order: each byte is looked
/// at once, so a field of unclosed words is read in linear time.
class NextSpace
{
public:
    explicit NextSpace(std::string_view raw) : m_raw(raw) {}

    std::size_t after(std::size_t pos)
    {
        if (pos > m_at || m_at == kUnknown) {
            auto found = std::find_if(m_raw.begin() + static_cast<std::ptrdiff_t>(pos), m_raw.end(), isSpace);
            m_at = static_cast<std::size_t>(found - m_raw.begin());
        }
        return m_at;
    }

private:
    static constexpr std::size_t kUnknown = std::string_view::npos;
    std::string_view m_raw;
    std::size_t m_at = kUnknown;
};

/// The word starting at `pos` ("=?" there), or nullopt when what follows is not one. A word
/// holds no white space, so nothing past `spaceAt` (the next white space) is looked at.
std::optional<Word> wordAt(std::string_view raw, std::size_t pos, std::size_t spaceAt)
{
    raw = raw.substr(0, spaceAt);
    std::size_t charsetEnd = raw.find('?', pos + 2);
    if (charsetEnd == std::string_view::npos || charsetEnd == pos + 2 || charsetEnd + 3 > raw.size() ||
        raw[charsetEnd + 2] != '?')
        return std::nullopt;
    std::string_view label = raw.substr(pos + 2, charsetEnd - pos - 2);
    if (std::any_of(label.begin(), label.end(), [](char c) { return isSpace(c) || c == '='; }))
        return std::nullopt;
    char encoding = static_cast<char>(std::toupper(static_cast<unsigned char>(raw[charsetEnd + 1])));
    if (encoding != 'B' && encoding != 'Q')
        return std::nullopt;
    std::size_t payloadBegin = charsetEnd + 3;
    std::size_t payloadEnd = raw.find("?=", payloadBegin);
    if (payloadEnd == std::string_view::npos)
        return std::nullopt;
    std::string_view payload = raw.substr(payloadBegin, payloadEnd - payloadBegin);
    if (std::any_of(payload.begin(), payload.end(), isSpace))
        return std::nullopt;
    Word word;
    word.begin = pos;
    word.end = payloadEnd + 2;
    word.label = std::string(label.substr(0, label.find('*')));
    word.bytes = encoding == 'B' ? base64Bytes(payload) : qBytes(payload);
    return word;
}

/// Runs of encoded words with nothing but white space between them (RFC 2047 §6.2: that
/// space is not text).
std::vector<std::vector<Word>> runsIn(std::string_view raw)
{
    std::vector<std::vector<Word>> runs;
    NextSpace spaces(raw);
    std::size_t pos = raw.find("=?");
    while (pos != std::string_view::npos) {
        auto word = wordAt(raw, pos, spaces.after(pos));
        if (!word) {
            pos = raw.find("=?", pos + 2);
            continue;
        }
        std::vector<Word> run{std::move(*word)};
        while (true) {
            std::size_t next = run.back().end;
            while (next < raw.size() && isSpace(raw[next]))
                ++next;
            auto following = raw.compare(next, 2, "=?") == 0 ? wordAt(raw, next, spaces.after(next)) : std::nullopt;
            if (!following)
                break;
            run.push_back(std::move(*following));
        }
        pos = raw.find("=?", run.back().end);
        runs.push_back(std::move(run));
    }
    return runs;
}

std::vector<Group> groupsOf(const std::vector<Word> &run)
{
    std::vector<Group> groups;
    for (const auto &word : run) {
        if (groups.empty() || g_ascii_strcasecmp(groups.back().label.c_str(), word.label.c_str()) != 0)
            groups.push_back(Group{word.label, {}, {}});
        groups.back().bytes += word.bytes;
        groups.back().words.push_back(&word);
    }
    return groups;
}

/// Whether the group's own charset reads its bytes as they are.
bool readableAsLabelled(const Group &group)
{
    auto charset = LegacyCharset::decoderFor(group.label);
    return charset && LegacyCharset::decode(group.bytes, *charset).has_value();
}

/// How GMime's own decoder (as the parser is set up) reads a run.
std::string gmimeReading(std::string_view run)
{
    std::string text(run);
    gchar *decoded = g_mime_utils_header_decode_text(gmimeReadingOptions(), text.c_str());
    std::string out = decoded ? decoded : "";
    g_free(decoded);
    return out;
}

/// Why a group reads differently from word by word: the split character, or the charset rule.
std::string reasonFor(const Group &group, const DecodedText &decoded)
{
    std::string word = "=?" + group.label + "?=";
    if (group.words.size() > 1 && readableAsLabelled(group)) {
        auto charset = LegacyCharset::decoderFor(group.label);
        bool eachAlone = std::all_of(group.words.begin(), group.words.end(), [&](const Word *w) {
            return LegacyCharset::decode(w->bytes, *charset).has_value();
        });
        if (!eachAlone)
            return std::to_string(group.words.size()) + " " + word + " words joined: a character spanned two";
    }
    return word + " " + decoded.rule;
}

std::string base64Of(std::string_view bytes)
{
    gchar *encoded = g_base64_encode(reinterpret_cast<const guchar *>(bytes.data()), bytes.size());
    std::string out = encoded;
    g_free(encoded);
    return out;
}
} // namespace

std::string hexUnescaped(std::string_view text, char escape)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == escape && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 && hexValue(text[i + 2]) >= 0) {
            out += static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

GMimeParserOptions *gmimeReadingOptions()
{
    static GMimeParserOptions *options = [] {
        ensureGMime();
        GMimeParserOptions *o = g_mime_parser_options_new();
        const char *fallback[] = {"UTF-8", "WINDOWS-1252", nullptr};
        g_mime_parser_options_set_fallback_charsets(o, fallback);
        g_mime_parser_options_set_rfc2047_compliance_mode(o, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_parameter_compliance_mode(o, GMIME_RFC_COMPLIANCE_LOOSE);
        return o;
    }();
    return options;
}

std::optional<RepairedValue> EncodedWords::repair(std::string_view raw, const std::vector<CharsetCandidate> &fallbacks)
{
    if (raw.find("=?") == std::string_view::npos)
        return std::nullopt;
    RepairedValue repair;
    std::size_t copied = 0;
    bool changed = false;
    for (const auto &run : runsIn(raw)) {
        std::string text;
        std::vector<std::string> reasons;
        for (const auto &group : groupsOf(run)) {
            auto decoded = LegacyCharset::read(group.bytes, group.label, [&] { return fallbacks; });
            reasons.push_back(reasonFor(group, decoded));
            text += decoded.text;
        }
        std::string_view span = raw.substr(run.front().begin, run.back().end - run.front().begin);
        if (text == gmimeReading(span))
            continue;
        repair.value.append(raw.substr(copied, run.front().begin - copied));
        repair.value += "=?UTF-8?B?" + base64Of(text) + "?=";
        copied = run.back().end;
        changed = true;
        repair.reasons.insert(repair.reasons.end(), reasons.begin(), reasons.end());
    }
    if (!changed)
        return std::nullopt;
    repair.value.append(raw.substr(copied));
    return repair;
}

std::string EncodedWords::unreadableBytes(std::string_view raw)
{
    std::string sample;
    for (const auto &run : runsIn(raw))
        for (const auto &group : groupsOf(run))
            if (LegacyCharset::hasEightBit(group.bytes) && !readableAsLabelled(group) &&
                !LegacyCharset::isMultibyteUtf8(group.bytes))
                sample += group.bytes + "\n";
    return sample;
}

std::vector<std::string> EncodedWords::charsetsIn(std::string_view raw)
{
    std::vector<std::string> charsets;
    for (const auto &run : runsIn(raw))
        for (const auto &group : groupsOf(run)) {
            auto charset = LegacyCharset::decoderFor(group.label);
            if (!charset || *charset == "UTF-8" || LegacyCharset::isAsciiLabel(group.label) ||
                !LegacyCharset::hasEightBit(group.bytes) || !readableAsLabelled(group))
                continue;
            if (std::find(charsets.begin(), charsets.end(), *charset) == charsets.end())
                charsets.push_back(*charset);
        }
    return charsets;
}

} // namespace helpdesk::mail
