#include "mail/HtmlText.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace helpdesk::mail::htmltext {

namespace {
std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

const std::set<std::string> &droppedWithContent()
{
    static const std::set<std::string> tags{"script",   "style",    "iframe", "object",   "embed",
                                            "form",     "noscript", "applet", "frameset", "frame",
                                            "template", "head",     "title",  "svg",      "math"};
    return tags;
}

const std::set<std::string> &blockTags()
{
    static const std::set<std::string> tags{"p",  "div", "br", "tr",      "li",         "h1",  "h2",
                                            "h3", "h4",  "h5", "h6",      "blockquote", "pre", "table",
                                            "ul", "ol",  "hr", "section", "article"};
    return tags;
}

/// Decodes the entities mail clients actually use; unknown ones stay as written.
std::string decodeEntities(const std::string &in)
{
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] != '&') {
            out += in[i];
            continue;
        }
        // Entity names are short; searching the whole rest for ';' would make "&&&…" quadratic.
        auto semi = std::string::npos;
        for (std::size_t k = i + 1; k < in.size() && k <= i + 10 && semi == std::string::npos; ++k)
            if (in[k] == ';')
                semi = k;
        if (semi == std::string::npos) {
            out += in[i];
            continue;
        }
        std::string name = in.substr(i + 1, semi - i - 1);
        std::string replacement;
        if (name == "amp")
            replacement = "&";
        else if (name == "lt")
            replacement = "<";
        else if (name == "gt")
            replacement = ">";
        else if (name == "quot")
            replacement = "\"";
        else if (name == "apos" || name == "#39")
            replacement = "'";
        else if (name == "nbsp")
            replacement = " ";
        else if (!name.empty() && name[0] == '#') {
            unsigned long code = 0;
            try {
                code = name.size() > 1 && (name[1] == 'x' || name[1] == 'X') ? std::stoul(name.substr(2), nullptr, 16)
                                                                             : std::stoul(name.substr(1));
            } catch (...) {
                code = 0;
            }
            if (code > 0 && code < 0x110000 && !(code >= 0xD800 && code <= 0xDFFF)) {
                // UTF-8 encode
                if (code < 0x80) {
                    replacement += static_cast<char>(code);
                } else if (code < 0x800) {
                    replacement += static_cast<char>(0xC0 | (code >> 6));
                    replacement += static_cast<char>(0x80 | (code & 0x3F));
                } else if (code < 0x10000) {
                    replacement += static_cast<char>(0xE0 | (code >> 12));
                    replacement += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
                    replacement += static_cast<char>(0x80 | (code & 0x3F));
                } else {
                    replacement += static_cast<char>(0xF0 | (code >> 18));
                    replacement += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
                    replacement += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
                    replacement += static_cast<char>(0x80 | (code & 0x3F));
                }
            }
        }
        if (replacement.empty()) {
            out += in[i];
            continue;
        }
        out += replacement;
        i = semi;
    }
    return out;
}

struct Tag {
    std::string name; // lower-case, without '/'
    bool closing = false;
    std::string attributes; // raw text after the name
    std::size_t end = 0;    // index after '>'
};

/// Reads the tag starting at `pos` (which holds '<'); nullopt-like empty name when not a tag.
Tag readTag(const std::string &html, std::size_t pos)
{
    Tag tag;
    std::size_t i = pos + 1;
    if (i < html.size() && html[i] == '/') {
        tag.closing = true;
        ++i;
    }
    std::size_t nameStart = i;
    while (i < html.size() && (std::isalnum(static_cast<unsigned char>(html[i])) || html[i] == '-' || html[i] == ':'))
        ++i;
    tag.name = lower(html.substr(nameStart, i - nameStart));
    if (tag.name.empty()) {
        // Not a tag: the caller moves on by one character, so scanning on would be quadratic.
        tag.end = pos + 1;
        return tag;
    }
    // Find the closing '>' outside quotes.
    char quote = 0;
    std::size_t attrStart = i;
    for (; i < html.size(); ++i) {
        char c = html[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            break;
        }
    }
    tag.attributes = html.substr(attrStart, i - attrStart);
    tag.end = std::min(i + 1, html.size());
    return tag;
}

/// Where `needle` (lower-case) occurs in `text` from `from` on, ignoring ASCII case; npos if not.
std::size_t findIgnoringCase(const std::string &text, const std::string &needle, std::size_t from)
{
    for (std::size_t at = from; at + needle.size() <= text.size(); ++at) {
        std::size_t k = 0;
        while (k < needle.size() && std::tolower(static_cast<unsigned char>(text[at + k])) == needle[k])
            ++k;
        if (k == needle.size())
            return at;
    }
    return std::string::npos;
}

/// Skips to the end of the element `name` that starts before `from`.
std::size_t skipElement(const std::string &html, std::size_t from, const std::string &name)
{
    // Searched in place: a lower-cased copy of the rest per element was quadratic.
    auto close = findIgnoringCase(html, "</" + name, from);
    if (close == std::string::npos)
        return html.size();
    auto end = html.find('>', close);
    return end == std::string::npos ? html.size() : end + 1;
}

} // namespace

std::string toPlainText(const std::string &html)
{
    // A line end in the source is a space, as browsers show it, unless it is inside <pre> or the
    // document has no tag that breaks lines (plain text sent as HTML): kept as a mark until the
    // end says which.
    constexpr char kSourceLineEnd = '\x01';
    std::string out;
    bool lineTags = false;
    int preformatted = 0;
    std::size_t i = 0;
    while (i < html.size()) {
        if (html[i] == '<') {
            if (html.compare(i, 4, "<!--") == 0) {
                auto end = html.find("-->", i + 4);
                i = end == std::string::npos ? html.size() : end + 3;
                continue;
            }
            // Declarations (<!DOCTYPE …>), Word's conditional markers (<![if !supportLists]>) and
            // processing instructions (<?xml …?>) are markup, never text.
            if (i + 1 < html.size() && (html[i + 1] == '!' || html[i + 1] == '?')) {
                auto end = html.find('>', i + 2);
                i = end == std::string::npos ? html.size() : end + 1;
                continue;
            }
            auto tag = readTag(html, i);
            if (tag.name.empty()) {
                out += html[i++];
                continue;
            }
            if (!tag.closing && droppedWithContent().count(tag.name)) {
                i = skipElement(html, tag.end, tag.name);
                continue;
            }
            if (tag.name == "pre")
                preformatted = std::max(0, preformatted + (tag.closing ? -1 : 1));
            if (blockTags().count(tag.name)) {
                lineTags = true;
                // Source spacing between two blocks ("</p>\n<p>") is no blank line.
                while (!out.empty() &&
                       (out.back() == ' ' || out.back() == '\t' || out.back() == '\r' || out.back() == kSourceLineEnd))
                    out.pop_back();
                if (out.empty() || out.back() != '\n')
                    out += '\n';
            }
            i = tag.end;
            continue;
        }
        char c = html[i++];
        out += c == '\n' && preformatted == 0 ? kSourceLineEnd : c;
    }
    for (char &c : out)
        if (c == kSourceLineEnd)
            c = lineTags ? ' ' : '\n';
    out = decodeEntities(out);
    // Collapse runs of spaces and of blank lines.
    std::string collapsed;
    int newlines = 0;
    bool space = false;
    for (char c : out) {
        if (c == '\r')
            continue;
        if (c == '\n') {
            if (++newlines <= 2)
                collapsed += '\n';
            space = false;
            continue;
        }
        if (c == ' ' || c == '\t') {
            if (!space && newlines == 0 && !collapsed.empty())
                collapsed += ' ';
            space = true;
            continue;
        }
        newlines = 0;
        space = false;
        collapsed += c;
    }
    auto first = collapsed.find_first_not_of(" \n");
    auto last = collapsed.find_last_not_of(" \n");
    return first == std::string::npos ? std::string() : collapsed.substr(first, last - first + 1);
}

} // namespace helpdesk::mail::htmltext
