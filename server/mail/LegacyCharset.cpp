#include "mail/LegacyCharset.h"

#include "mail/GMimeSupport.h"

#include <gmime/gmime.h>
#include <uchardet/uchardet.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <iconv.h>
#include <initializer_list>
#include <memory>
#include <type_traits>
#include <unordered_map>

namespace helpdesk::mail {

namespace {
constexpr std::size_t kMaxDetectorSample = 64 * 1024;
const char *const kReplacementCharacter = "\xEF\xBF\xBD";

/// The label without quotes, surrounding space and anything after a `;` (seen as
/// `charset="utf-8;"`), in lower case.
std::string normalizedLabel(std::string_view label)
{
    auto isJunk = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '"' || c == '\''; };
    while (!label.empty() && isJunk(label.front()))
        label.remove_prefix(1);
    auto end = label.find_first_of("; \t\"'");
    if (end != std::string_view::npos)
        label = label.substr(0, end);
    return lower(std::string(label));
}

/// Labels as the WHATWG Encoding Standard reads them (the subset mail uses), mapped to glibc's
/// iconv names. Supersets stand in for the labelled sets, as in browsers: mail labelled
/// ISO-8859-1 is windows-1252 in practice (curly quotes, the euro sign), GB2312 mail holds GBK
/// characters, Shift_JIS and EUC-KR mail holds the Microsoft extensions.
const std::unordered_map<std::string, std::string> &labelTable()
{
    static const std::unordered_map<std::string, std::string> table = [] {
        std::unordered_map<std::string, std::string> t;
        auto add = [&t](const char *charset, std::initializer_list<const char *> labels) {
            for (const char *label : labels)
                t.emplace(label, charset);
        };
        add("UTF-8", {"utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"});
        add("UTF-7", {"utf-7", "utf7", "unicode-1-1-utf-7", "unicode-2-0-utf-7", "csunicode11utf7"});
        add("CP1252", {"us-ascii",    "ascii",           "us",         "ansi_x3.4-1968", "iso-ir-6",
                       "iso646-us",   "csascii",         "cp367",      "ibm367",         "iso-8859-1",
                       "iso8859-1",   "iso88591",        "iso_8859-1", "latin1",         "latin-1",
                       "l1",          "iso_8859-1:1987", "cp819",      "ibm819",         "iso-ir-100",
                       "csisolatin1", "x-ansi",          "ansi"});
        add("CP1254",
            {"iso-8859-9", "iso8859-9", "iso88599", "iso_8859-9", "latin5", "l5", "iso-ir-148", "csisolatin5"});
        add("CP874", {"tis-620", "iso-8859-11", "iso8859-11", "iso885911", "dos-874"});
        add("GB18030", {"gb2312", "gb_2312", "gb_2312-80", "gb-2312", "csgb2312", "csiso58gb231280", "iso-ir-58",
                        "chinese", "gbk", "x-gbk", "euc-cn", "x-euc-cn", "gb18030", "x-gb18030"});
        add("BIG5-HKSCS", {"big5", "big-5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5", "x-big5"});
        add("CP932", {"shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j", "ms932",
                      "x-ms-cp932"});
        add("CP949", {"euc-kr", "ks_c_5601-1987", "ks_c_5601-1989", "ks_c_5601", "ksc5601", "ksc_5601", "cseuckr",
                      "csksc56011987", "iso-ir-149", "korean", "uhc", "x-windows-949"});
        add("EUC-JP", {"euc-jp", "x-euc-jp", "cseucpkdfmtjapanese", "eucjp"});
        add("ISO-2022-JP", {"iso-2022-jp", "csiso2022jp", "iso-2022-jp-2", "iso-2022-jp-3", "cp50220", "cp50221"});
        add("KOI8-R", {"koi8-r", "koi8r", "koi8_r", "koi8", "koi", "cskoi8r"});
        add("KOI8-U", {"koi8-u", "koi8u", "koi8-ru"});
        add("ISO-8859-8", {"iso-8859-8-i", "iso-8859-8-e", "csiso88598i", "logical", "visual"});
        add("ISO-8859-2", {"latin2", "l2"});
        add("ISO-8859-3", {"latin3", "l3"});
        add("ISO-8859-4", {"latin4", "l4"});
        add("ISO-8859-10", {"latin6", "l6"});
        add("ISO-8859-13", {"latin7", "l7"});
        add("ISO-8859-14", {"latin8", "l8"});
        add("ISO-8859-15", {"latin9", "l9", "latin-9"});
        add("ISO-8859-16", {"latin10", "l10"});
        add("MACINTOSH", {"macintosh", "mac", "x-mac-roman", "csmacintosh"});
        add("MAC-CYRILLIC", {"x-mac-cyrillic", "x-mac-ukrainian", "mac-cyrillic"});
        return t;
    }();
    return table;
}

/// iconv_open's failure value, (iconv_t)-1, compared as a number.
bool failed(iconv_t cd)
{
    return reinterpret_cast<std::intptr_t>(cd) == -1;
}

/// An iconv descriptor from `charset` to UTF-8, reset, for one conversion in this thread. Opening
/// one costs more than converting a subject, so up to kMaxCachedDecoders stay open per thread.
class Decoder
{
public:
    explicit Decoder(const std::string &charset)
    {
        thread_local Cache cache;
        if (auto it = cache.open.find(charset); it != cache.open.end()) {
            m_cd = it->second;
            if (!failed(m_cd))
                iconv(m_cd, nullptr, nullptr, nullptr, nullptr);
            return;
        }
        m_cd = iconv_open("UTF-8", charset.c_str());
        if (cache.open.size() < kMaxCachedDecoders)
            cache.open.emplace(charset, m_cd);
        else
            m_owned = true;
    }
    ~Decoder()
    {
        if (m_owned && !failed(m_cd))
            iconv_close(m_cd);
    }
    Decoder(const Decoder &) = delete;
    Decoder &operator=(const Decoder &) = delete;

    /// nullptr-like when iconv knows no such charset (see failed()).
    iconv_t get() const { return m_cd; }

private:
    static constexpr std::size_t kMaxCachedDecoders = 64;
    struct Cache {
        std::unordered_map<std::string, iconv_t> open;
        Cache() = default;
        Cache(const Cache &) = delete;
        Cache &operator=(const Cache &) = delete;
        ~Cache()
        {
            for (auto &[name, cd] : open)
                if (!failed(cd))
                    iconv_close(cd);
        }
    };
    iconv_t m_cd = nullptr;
    bool m_owned = false;
};

bool iconvKnows(const std::string &charset)
{
    return !failed(Decoder(charset).get());
}

/// Code page numbers however written (`cp-850`, `x-cp1251`, `win-1251`, `ibm866`, `windows-874`).
std::optional<std::string> codePage(const std::string &label)
{
    for (const char *prefix : {"windows", "win", "cp", "ibm", "ms"}) {
        std::string_view rest(label);
        if (rest.rfind(prefix, 0) != 0)
            continue;
        rest.remove_prefix(std::char_traits<char>::length(prefix));
        if (!rest.empty() && (rest.front() == '-' || rest.front() == '_'))
            rest.remove_prefix(1);
        if (rest.empty() || rest.size() > 5 ||
            !std::all_of(rest.begin(), rest.end(), [](unsigned char c) { return std::isdigit(c); }))
            continue;
        std::string number(rest);
        if (number == "936")
            return "GB18030";
        if (number == "950")
            return "BIG5-HKSCS";
        return "CP" + number;
    }
    return std::nullopt;
}

/// `iso8859_5`, `ISO-8859-5`, `iso_8859-5:1988`, `latin2`: the ISO-8859 part number.
std::optional<std::string> isoPart(const std::string &label)
{
    std::string_view rest(label);
    if (rest.rfind("iso", 0) != 0)
        return std::nullopt;
    rest.remove_prefix(3);
    if (!rest.empty() && (rest.front() == '-' || rest.front() == '_' || rest.front() == ' '))
        rest.remove_prefix(1);
    if (rest.rfind("8859", 0) != 0)
        return std::nullopt;
    rest.remove_prefix(4);
    if (!rest.empty() && (rest.front() == '-' || rest.front() == '_'))
        rest.remove_prefix(1);
    std::size_t digits = 0;
    while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits])))
        ++digits;
    if (digits == 0)
        return std::nullopt;
    return "iso-8859-" + std::string(rest.substr(0, digits));
}

std::optional<std::string> lookUp(const std::string &label)
{
    const auto &table = labelTable();
    if (auto it = table.find(label); it != table.end())
        return it->second;
    if (auto iso = isoPart(label)) {
        if (auto it = table.find(*iso); it != table.end())
            return it->second;
        std::string name = "ISO-8859-" + iso->substr(9);
        return iconvKnows(name) ? std::optional<std::string>(name) : std::nullopt;
    }
    if (auto page = codePage(label)) {
        if (iconvKnows(*page))
            return page;
    }
    return std::nullopt;
}

/// Converts to UTF-8; `lossy` reads each byte iconv rejects as U+FFFD and goes on.
std::optional<std::string> convert(std::string_view bytes, const std::string &charset, bool lossy)
{
    Decoder decoder(charset);
    iconv_t opened = decoder.get();
    if (failed(opened))
        return std::nullopt;
    std::string out(bytes.size() * 3 + 16, '\0');
    std::size_t used = 0;
    // One iconv call into the room left; without input it flushes what the converter holds back.
    auto step = [&](char **in, std::size_t *inLeft) {
        char *outPtr = out.data() + used;
        std::size_t outLeft = out.size() - used;
        std::size_t result = iconv(opened, in, inLeft, &outPtr, &outLeft);
        used = static_cast<std::size_t>(outPtr - out.data());
        int error = result == static_cast<std::size_t>(-1) ? errno : 0;
        if (error == E2BIG)
            out.resize(out.size() * 2 + 64);
        return error;
    };
    // windows-1258 keeps a base letter back for a combining mark that may follow: flush it.
    auto flush = [&] {
        while (step(nullptr, nullptr) == E2BIG) {
        }
    };
    char *in = const_cast<char *>(bytes.data()); // iconv's signature; it does not write to the input
    std::size_t inLeft = bytes.size();
    while (inLeft > 0) {
        int error = step(&in, &inLeft);
        if (error == 0 || error == E2BIG)
            continue;
        if (!lossy)
            return std::nullopt;
        flush();
        if (out.size() - used < 3)
            out.resize(out.size() + 16);
        out.replace(used, 3, kReplacementCharacter);
        used += 3;
        if (error == EINVAL) // an incomplete character at the end
            break;
        ++in;
        --inLeft;
    }
    flush();
    out.resize(used);
    return out;
}

/// ISO-2022-JP as Microsoft writes it (CP50221, what Japanese mail clients send): its JIS X 0208
/// runs hold NEC and IBM extensions (①, ㈱) that strict decoders reject. Rewritten as EUC-JP
/// bytes for iconv's EUC-JP-MS, which knows them; nullopt when the bytes are not ISO-2022-JP.
std::optional<std::string> jisAsEucJp(std::string_view bytes)
{
    enum class Set { Ascii, JisX0208, JisX0212, Katakana } set = Set::Ascii;
    std::string out;
    out.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0x1B) {
            std::string_view escape = bytes.substr(i + 1, 3);
            if (escape.rfind("$B", 0) == 0 || escape.rfind("$@", 0) == 0)
                set = Set::JisX0208;
            else if (escape.rfind("(B", 0) == 0 || escape.rfind("(J", 0) == 0)
                set = Set::Ascii;
            else if (escape.rfind("(I", 0) == 0)
                set = Set::Katakana;
            else if (escape == "$(D")
                set = Set::JisX0212;
            else
                return std::nullopt;
            i += set == Set::JisX0212 ? 3 : 2;
        } else if (c >= 0x80) {
            return std::nullopt;
        } else if (c < 0x21 || set == Set::Ascii) {
            out += static_cast<char>(c);
        } else if (set == Set::Katakana) {
            out += '\x8E';
            out += static_cast<char>(c | 0x80);
        } else {
            if (i + 1 >= bytes.size() || static_cast<unsigned char>(bytes[i + 1]) < 0x21)
                return std::nullopt;
            if (set == Set::JisX0212)
                out += '\x8F';
            out += static_cast<char>(c | 0x80);
            out += static_cast<char>(bytes[++i] | 0x80);
        }
    }
    return out;
}

bool sameName(std::string_view a, std::string_view b)
{
    auto squeeze = [](std::string_view s) {
        std::string out;
        for (char c : s)
            if (c != '-' && c != '_')
                out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return out;
    };
    return squeeze(a) == squeeze(b);
}

bool isValidUtf8(std::string_view bytes)
{
    return g_utf8_validate(bytes.data(), static_cast<gssize>(bytes.size()), nullptr);
}

/// What windows-1252 puts at 0x80-0x9F (the rest of its upper half is Latin-1); the five
/// unassigned bytes read as the C1 controls, as browsers do.
constexpr gunichar kWindows1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                           0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                           0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                           0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

/// UTF-8 text with stray bytes of another charset (a Latin-1 signature pasted into UTF-8 mail):
/// the valid UTF-8 as it is, each stray byte read as windows-1252. nullopt when the bytes hold no
/// multibyte UTF-8 character at all (then it is not UTF-8 with strays).
std::optional<std::string> utf8WithStrays(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size() + 16);
    bool sawMultibyte = false;
    const char *p = bytes.data();
    const char *end = p + bytes.size();
    while (p < end) {
        const gchar *validEnd = nullptr;
        g_utf8_validate(p, end - p, &validEnd);
        for (const char *q = p; q < validEnd && !sawMultibyte; ++q)
            sawMultibyte = static_cast<unsigned char>(*q) >= 0x80;
        out.append(p, validEnd);
        p = validEnd;
        if (p == end)
            break;
        auto stray = static_cast<unsigned char>(*p++);
        if (stray < 0x80) { // a NUL, which GLib does not count as valid
            out += static_cast<char>(stray);
            continue;
        }
        gunichar c = stray < 0xA0 ? kWindows1252High[stray - 0x80] : stray;
        char encoded[6];
        out.append(encoded, static_cast<std::size_t>(g_unichar_to_utf8(c, encoded)));
    }
    return sawMultibyte ? std::optional<std::string>(std::move(out)) : std::nullopt;
}
} // namespace

std::optional<std::string> LegacyCharset::decoderFor(std::string_view label)
{
    std::string name = normalizedLabel(label);
    if (name.empty())
        return std::nullopt;
    if (auto found = lookUp(name))
        return found;
    if (name.rfind("x-", 0) == 0)
        if (auto found = lookUp(name.substr(2)))
            return found;
    // GMime knows a few more spellings; take its answer only when iconv reads it.
    ensureGMime();
    std::string gmimeName = g_mime_charset_iconv_name(name.c_str());
    if (auto found = lookUp(lower(gmimeName)))
        return found;
    if (iconvKnows(gmimeName))
        return gmimeName;
    return std::nullopt;
}

bool LegacyCharset::isAsciiLabel(std::string_view label)
{
    static const std::initializer_list<std::string_view> ascii{
        "us-ascii", "ascii", "us", "ansi_x3.4-1968", "iso-ir-6", "csascii", "cp367", "ibm367", "iso646-us"};
    std::string name = normalizedLabel(label);
    return std::find(ascii.begin(), ascii.end(), name) != ascii.end();
}

bool LegacyCharset::isSingleByte(std::string_view charset)
{
    std::string name = lower(std::string(charset));
    for (std::string_view prefix : {"cp125", "cp874", "cp8", "cp4", "cp7", "iso-8859-", "koi8", "mac", "tis-620"})
        if (name.rfind(prefix, 0) == 0)
            return true;
    return false;
}

bool LegacyCharset::isAsciiCompatible(std::string_view charset)
{
    std::string name = lower(std::string(charset));
    for (std::string_view prefix : {"utf-7", "iso-2022", "utf-16", "utf-32", "ucs-2", "ucs-4", "hz"})
        if (name.rfind(prefix, 0) == 0)
            return false;
    return true;
}

std::string LegacyCharset::displayName(std::string_view charset)
{
    std::string name(charset);
    if (name.rfind("CP125", 0) == 0 || name == "CP874")
        return "windows-" + name.substr(2);
    if (name == "CP932")
        return "Shift_JIS (windows-31j)";
    if (name == "CP949")
        return "EUC-KR (windows-949)";
    return name;
}

bool LegacyCharset::hasEightBit(std::string_view bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

bool LegacyCharset::isMultibyteUtf8(std::string_view bytes)
{
    auto first = std::find_if(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    return first != bytes.end() && isValidUtf8(bytes.substr(static_cast<std::size_t>(first - bytes.begin())));
}

bool LegacyCharset::isEucText(std::string_view bytes, std::string_view charset)
{
    const char *strict = charset == "GB18030"  ? "GB2312"
                         : charset == "CP949"  ? "EUC-KR"
                         : charset == "EUC-JP" ? "EUC-JP"
                                               : nullptr;
    return strict && hasEightBit(bytes) && convert(bytes, strict, false).has_value();
}

std::optional<std::string> LegacyCharset::decode(std::string_view bytes, const std::string &charset)
{
    if (charset == "UTF-8")
        return isValidUtf8(bytes) ? std::optional<std::string>(bytes) : std::nullopt;
    if (charset == "ISO-2022-JP") {
        auto euc = jisAsEucJp(bytes);
        return euc ? convert(*euc, "EUC-JP-MS", false) : std::nullopt;
    }
    return convert(bytes, charset, false);
}

std::string LegacyCharset::decodeLossy(std::string_view bytes, const std::string &charset)
{
    if (charset == "ISO-2022-JP")
        if (auto euc = jisAsEucJp(bytes))
            return *convert(*euc, "EUC-JP-MS", true);
    if (auto text = convert(bytes, charset, true))
        return *text;
    return *convert(bytes, "CP1252", true);
}

std::optional<std::string> LegacyCharset::detect(std::string_view sample)
{
    sample = sample.substr(0, kMaxDetectorSample);
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> detector(uchardet_new(), uchardet_delete);
    if (!detector || uchardet_handle_data(detector.get(), sample.data(), sample.size()) != 0)
        return std::nullopt;
    uchardet_data_end(detector.get());
    const char *guess = uchardet_get_charset(detector.get());
    if (!guess || !*guess || isAsciiLabel(guess))
        return std::nullopt;
    auto charset = decoderFor(guess);
    if (!charset || *charset == "UTF-8" || !isAsciiCompatible(*charset) || !decode(sample, *charset))
        return std::nullopt;
    return charset;
}

DecodedText LegacyCharset::read(std::string_view bytes, std::string_view label,
                                const std::function<std::vector<CharsetCandidate>()> &fallbacks)
{
    std::string written = normalizedLabel(label);
    auto declared = written.empty() ? std::nullopt : decoderFor(written);
    // Japanese mail often says nothing (or US-ASCII) over 7-bit ISO-2022-JP: its escapes tell.
    const bool jisEscapes =
        (written.empty() || isAsciiLabel(written)) &&
        (bytes.find("\x1b$B") != std::string_view::npos || bytes.find("\x1b$@") != std::string_view::npos);
    if (jisEscapes)
        if (auto text = decode(bytes, "ISO-2022-JP"))
            return {std::move(*text), (written.empty() ? "no charset declared" : "declared " + written) +
                                          ", ISO-2022-JP escapes found, read as ISO-2022-JP"};
    if (declared == "UTF-8" && isValidUtf8(bytes))
        return {std::string(bytes), "declared " + written};
    if (!hasEightBit(bytes) && (!declared || isAsciiCompatible(*declared)))
        return {std::string(bytes), written.empty() ? "no charset declared, ASCII only"
                                    : declared      ? "declared " + written + ", ASCII only"
                                                    : "declared " + written + " (unknown), ASCII only"};
    std::string why;
    if (declared) {
        std::string shown = displayName(*declared);
        if (isSingleByte(*declared) && isMultibyteUtf8(bytes))
            return {std::string(bytes), "declared " + written + " but valid UTF-8, read as UTF-8"};
        if (auto text = decode(bytes, *declared))
            return {std::move(*text), "declared " + written + (sameName(written, shown) ? "" : ", read as " + shown)};
        why = "declared " + written + " but not valid " + shown;
    } else {
        why = written.empty() ? "no charset declared" : "declared " + written + ", unknown to iconv";
    }
    // 7-bit text in a 7-bit charset that failed is not UTF-8 just because ASCII is.
    if (isValidUtf8(bytes) && (!declared || isAsciiCompatible(*declared) || hasEightBit(bytes)))
        return {std::string(bytes), why + ", valid UTF-8"};
    // Stray bytes in text labelled UTF-8 are a pasted quote or signature; without a label, a
    // legacy multibyte text holds UTF-8-like pairs by chance, so the candidates go first.
    const char *strayRule = ", read as UTF-8 with the stray bytes as windows-1252";
    if (declared == "UTF-8")
        if (auto text = utf8WithStrays(bytes))
            return {std::move(*text), why + strayRule};
    for (const auto &candidate : fallbacks())
        if (candidate.charset != declared)
            if (auto text = decode(bytes, candidate.charset))
                return {std::move(*text),
                        why + ", read as " + displayName(candidate.charset) + " (" + candidate.source + ")"};
    if (!declared)
        if (auto text = utf8WithStrays(bytes))
            return {std::move(*text), why + strayRule};
    // Text labelled UTF-8 without a single UTF-8 character in it is Latin text mislabelled.
    if (declared && *declared != "UTF-8")
        return {decodeLossy(bytes, *declared), why + ", read as " + displayName(*declared) + ", bad bytes replaced"};
    return {decodeLossy(bytes, "CP1252"), why + ", read as windows-1252 (the last resort)"};
}

} // namespace helpdesk::mail
