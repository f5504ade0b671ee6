#include "domain/HtmlCanonicalizer.h"

#include <array>
#include <cstdint>
#include <utility>
#include <vector>

namespace helpdesk::domain {

namespace {
constexpr std::string_view kReplacement = "\xEF\xBF\xBD"; // U+FFFD
// An attribute value longer than this is no URL, title or style we would keep; it is dropped here
// so that megabytes of data: URI do not travel on through the parser.
constexpr std::size_t kMaxValueBytes = 64 * 1024;
constexpr std::size_t kMaxNameBytes = 64;

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isHtmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

/// Valid UTF-8 in which NUL, the C0 controls libxml2 refuses, the non-characters U+FFFE/U+FFFF and
/// every invalid byte sequence (overlong, surrogate, beyond U+10FFFF, cut short) are U+FFFD.
std::string repairUtf8(std::string_view in)
{
    std::string out;
    out.reserve(in.size());
    std::size_t i = 0;
    while (i < in.size()) {
        const auto c = static_cast<unsigned char>(in[i]);
        if (c < 0x80) {
            const bool allowedControl = c == '\t' || c == '\n' || c == '\r';
            if (c >= 0x20 || allowedControl)
                out += static_cast<char>(c);
            else
                out += c == '\f' ? std::string_view(" ") : kReplacement;
            ++i;
            continue;
        }
        std::size_t length = 0;
        std::uint32_t code = 0;
        std::uint32_t minimum = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2, code = c & 0x1FU, minimum = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3, code = c & 0x0FU, minimum = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4, code = c & 0x07U, minimum = 0x10000;
        }
        bool valid = length > 0 && i + length <= in.size();
        for (std::size_t k = 1; valid && k < length; ++k) {
            const auto next = static_cast<unsigned char>(in[i + k]);
            valid = (next & 0xC0U) == 0x80;
            code = (code << 6U) | (next & 0x3FU);
        }
        valid = valid && code >= minimum && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF) && code != 0xFFFE &&
                code != 0xFFFF;
        if (valid) {
            out.append(in.substr(i, length));
            i += length;
        } else {
            out += kReplacement;
            ++i;
        }
    }
    return out;
}

/// Elements whose content a browser reads as text, not markup (HTML5 RAWTEXT, RCDATA, script data,
/// PLAINTEXT): none is allowed, so each goes with its content.
bool isRawTextElement(std::string_view name)
{
    static constexpr std::array<std::string_view, 10> names{"script",   "style",    "xmp",      "iframe", "noembed",
                                                            "noframes", "noscript", "textarea", "title",  "plaintext"};
    for (auto candidate : names)
        if (candidate == name)
            return true;
    return false;
}

/// Void elements that libxml2 would act on (a meta charset switches its decoder) or that change how
/// a page resolves links; dropped before it sees them.
bool isDroppedVoidElement(std::string_view name)
{
    return name == "meta" || name == "link" || name == "base";
}

/// A tag or attribute name libxml2 reads as one name and a browser would too.
bool isPlainName(const std::string &name)
{
    if (name.empty() || name.size() > kMaxNameBytes || !isAsciiAlpha(name.front()) ||
        name == HtmlCanonicalizer::kReservedName)
        return false;
    for (char c : name)
        if (!(isAsciiAlpha(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ':' || c == '.'))
            return false;
    return true;
}

struct Tag {
    std::string name;
    std::vector<std::pair<std::string, std::string>> attributes;
    bool complete = false; // ended by '>' (a tag cut off by the end of input is dropped, as in HTML5)
};

/// Reads the document once, front to back; every method advances `m_pos` and never moves it back.
class Reader
{
public:
    explicit Reader(std::string_view in) : m_in(in) { m_out.reserve(in.size() + in.size() / 8); }

    std::string run()
    {
        while (m_pos < m_in.size()) {
            const auto lt = m_in.find('<', m_pos);
            if (lt == std::string_view::npos) {
                m_out.append(m_in.substr(m_pos));
                break;
            }
            m_out.append(m_in.substr(m_pos, lt - m_pos));
            m_pos = lt;
            readMarkup();
        }
        return std::move(m_out);
    }

private:
    std::string_view m_in;
    std::size_t m_pos = 0;
    std::string m_out;

    [[nodiscard]] bool at(std::size_t offset, char c) const
    {
        return m_pos + offset < m_in.size() && m_in[m_pos + offset] == c;
    }
    [[nodiscard]] char peek(std::size_t offset = 0) const
    {
        return m_pos + offset < m_in.size() ? m_in[m_pos + offset] : '\0';
    }
    [[nodiscard]] bool atEnd() const { return m_pos >= m_in.size(); }

    /// At a '<': a start tag, an end tag, a comment or declaration, or a plain '<'.
    void readMarkup()
    {
        const char next = peek(1);
        if (isAsciiAlpha(next)) {
            ++m_pos;
            readStartTag();
        } else if (next == '/') {
            readEndTagOpen();
        } else if (next == '!') {
            readMarkupDeclaration();
        } else if (next == '?') {
            skipBogusComment(1);
        } else {
            m_out += "&lt;";
            ++m_pos;
        }
    }

    void readStartTag()
    {
        auto tag = readTag(true);
        if (!tag.complete || isDroppedVoidElement(tag.name))
            return;
        if (isRawTextElement(tag.name)) {
            skipRawText(tag.name);
            return;
        }
        if (!isPlainName(tag.name))
            return; // its content stays, as text of the parent
        m_out += '<';
        m_out += tag.name;
        for (const auto &[name, value] : tag.attributes) {
            m_out += ' ';
            m_out += name;
            m_out += "=\"";
            for (char c : value) {
                if (c == '"')
                    m_out += "&quot;";
                else if (c == '<')
                    m_out += "&lt;";
                else if (c == '>')
                    m_out += "&gt;";
                else
                    m_out += c;
            }
            m_out += '"';
        }
        m_out += '>';
    }

    /// At "</".
    void readEndTagOpen()
    {
        const char next = peek(2);
        if (isAsciiAlpha(next)) {
            m_pos += 2;
            auto tag = readTag(false);
            if (tag.complete && isPlainName(tag.name) && !isDroppedVoidElement(tag.name))
                m_out += "</" + tag.name + ">";
        } else if (next == '>') {
            m_pos += 3; // "</>" is nothing
        } else if (m_pos + 2 >= m_in.size()) {
            m_out += "&lt;/";
            m_pos = m_in.size();
        } else {
            skipBogusComment(2);
        }
    }

    /// At "<!": a comment, or a doctype, CDATA section or other declaration (a bogus comment).
    void readMarkupDeclaration()
    {
        if (at(2, '-') && at(3, '-')) {
            skipComment();
            return;
        }
        skipBogusComment(2);
    }

    /// HTML5 comment: "<!-->" and "<!--->" are empty; otherwise up to "-->" or "--!>", or the end.
    void skipComment()
    {
        m_pos += 4;
        if (at(0, '>')) {
            ++m_pos;
            return;
        }
        if (at(0, '-') && at(1, '>')) {
            m_pos += 2;
            return;
        }
        for (auto dashes = m_in.find("--", m_pos); dashes != std::string_view::npos;
             dashes = m_in.find("--", dashes + 1)) {
            if (dashes + 2 < m_in.size() && m_in[dashes + 2] == '>') {
                m_pos = dashes + 3;
                return;
            }
            if (dashes + 3 < m_in.size() && m_in[dashes + 2] == '!' && m_in[dashes + 3] == '>') {
                m_pos = dashes + 4;
                return;
            }
        }
        m_pos = m_in.size();
    }

    /// Skips `prefix` characters, then up to and including the next '>' (or to the end).
    void skipBogusComment(std::size_t prefix)
    {
        const auto gt = m_in.find('>', m_pos + prefix);
        m_pos = gt == std::string_view::npos ? m_in.size() : gt + 1;
    }

    /// After the start tag of a raw-text element: up to its end tag ("</name" then a space, '/'
    /// or '>', in any case), which is read as a tag; "plaintext" has none and runs to the end.
    void skipRawText(const std::string &name)
    {
        if (name == "plaintext") {
            m_pos = m_in.size();
            return;
        }
        for (auto lt = m_in.find("</", m_pos); lt != std::string_view::npos; lt = m_in.find("</", lt + 1)) {
            const auto after = lt + 2 + name.size();
            if (after > m_in.size())
                break;
            bool same = true;
            for (std::size_t k = 0; same && k < name.size(); ++k)
                same = lowerAscii(m_in[lt + 2 + k]) == name[k];
            if (!same || (after < m_in.size() && !isHtmlSpace(m_in[after]) && m_in[after] != '/' && m_in[after] != '>'))
                continue;
            m_pos = lt + 2;
            readTag(false);
            return;
        }
        m_pos = m_in.size();
    }

    /// Reads a tag name and its attributes by the HTML5 tokenizer's states, from the first letter
    /// of the name up to and including its '>'. Keeps attributes only when `keep` (start tags).
    Tag readTag(bool keep)
    {
        Tag tag;
        while (!atEnd() && !isHtmlSpace(peek()) && peek() != '/' && peek() != '>')
            tag.name += lowerAscii(m_in[m_pos++]);
        while (!atEnd()) {
            // Before an attribute name.
            while (!atEnd() && (isHtmlSpace(peek()) || peek() == '/'))
                ++m_pos;
            if (atEnd())
                break;
            if (peek() == '>') {
                ++m_pos;
                tag.complete = true;
                break;
            }
            std::string name;
            // An '=' here begins the name (HTML5); after that, '=' ends it.
            do
                name += lowerAscii(m_in[m_pos++]);
            while (!atEnd() && !isHtmlSpace(peek()) && peek() != '/' && peek() != '>' && peek() != '=');
            while (!atEnd() && isHtmlSpace(peek()))
                ++m_pos;
            std::string value;
            bool valueFits = true;
            if (at(0, '=')) {
                ++m_pos;
                while (!atEnd() && isHtmlSpace(peek()))
                    ++m_pos;
                valueFits = readValue(value);
            }
            if (keep && valueFits && isPlainName(name) && tag.attributes.size() < HtmlCanonicalizer::kMaxAttributes &&
                !hasAttribute(tag, name))
                tag.attributes.emplace_back(std::move(name), std::move(value));
        }
        return tag;
    }

    /// Reads a quoted or unquoted value into `value`; false (and `value` left partial) when it is
    /// longer than kMaxValueBytes.
    bool readValue(std::string &value)
    {
        std::size_t end = 0;
        std::size_t resume = 0;
        const char quote = peek();
        if (quote == '"' || quote == '\'') {
            const auto close = m_in.find(quote, m_pos + 1);
            end = close == std::string_view::npos ? m_in.size() : close;
            resume = close == std::string_view::npos ? m_in.size() : close + 1;
            ++m_pos;
        } else {
            end = m_pos;
            while (end < m_in.size() && !isHtmlSpace(m_in[end]) && m_in[end] != '>')
                ++end;
            resume = end;
        }
        const auto length = end - m_pos;
        const bool fits = length <= kMaxValueBytes;
        if (fits)
            value.assign(m_in.substr(m_pos, length));
        m_pos = resume;
        return fits;
    }

    static bool hasAttribute(const Tag &tag, const std::string &name)
    {
        for (const auto &attribute : tag.attributes)
            if (attribute.first == name)
                return true;
        return false;
    }
};
} // namespace

std::string HtmlCanonicalizer::canonicalize(std::string_view html)
{
    const auto text = repairUtf8(html);
    return Reader(text).run();
}

} // namespace helpdesk::domain
