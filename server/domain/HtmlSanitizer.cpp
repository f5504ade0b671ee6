#include "domain/HtmlSanitizer.h"

#include "domain/HtmlCanonicalizer.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <mutex>
#include <optional>
#include <vector>

namespace helpdesk::domain {

namespace {
/// What an attribute's value must be to be kept.
enum class ValueKind {
    Text,      // any text (title, alt): escaped on output, so it cannot leave the attribute
    Url,       // http, https, mailto or cid
    ImageUrl,  // http, https or cid
    Length,    // "600", "100%", "12px"
    Number,    // "3"
    Alignment, // left, right, center, justify, top, middle, bottom, baseline
    Direction, // ltr, rtl, auto
    Colour,    // "#fff", "red"
    FontFaces, // "Arial, sans-serif"
    ListStyle, // "1", "a", "disc"
    Flag,      // present or not ("nowrap")
    Style,     // only the declarations of kStyleProperties
};

struct AttributeRule {
    std::string_view name;
    ValueKind kind;
};

struct ElementRule {
    std::string_view name;
    bool isVoid;
    std::vector<AttributeRule> attributes;
};

const std::vector<AttributeRule> kEveryElement{{"title", ValueKind::Text},
                                               {"lang", ValueKind::ListStyle},
                                               {"dir", ValueKind::Direction},
                                               {"style", ValueKind::Style}};

const std::vector<AttributeRule> kAligned{{"align", ValueKind::Alignment}};

const std::vector<AttributeRule> kTableRow{
    {"align", ValueKind::Alignment}, {"valign", ValueKind::Alignment}, {"bgcolor", ValueKind::Colour}};

const std::vector<AttributeRule> kTableCell{{"align", ValueKind::Alignment}, {"valign", ValueKind::Alignment},
                                            {"bgcolor", ValueKind::Colour},  {"colspan", ValueKind::Number},
                                            {"rowspan", ValueKind::Number},  {"width", ValueKind::Length},
                                            {"height", ValueKind::Length},   {"nowrap", ValueKind::Flag}};

const std::vector<AttributeRule> kCited{{"cite", ValueKind::Url}};

const std::vector<AttributeRule> kNone{};

/// The elements kept, with what each may carry besides kEveryElement. No id, name or class: they
/// would let mail reach into the page that shows it (DOM clobbering, the page's own CSS classes).
const std::array<ElementRule, 58> kElements{{
    {"a", false, {{"href", ValueKind::Url}}},
    {"abbr", false, kNone},
    {"address", false, kNone},
    {"b", false, kNone},
    {"bdi", false, kNone},
    {"bdo", false, kNone},
    {"big", false, kNone},
    {"blockquote", false, kCited},
    {"br", true, kNone},
    {"caption", false, kAligned},
    {"center", false, kNone},
    {"cite", false, kNone},
    {"code", false, kNone},
    {"col", true, {{"span", ValueKind::Number}, {"width", ValueKind::Length}, {"align", ValueKind::Alignment}}},
    {"colgroup", false, {{"span", ValueKind::Number}, {"width", ValueKind::Length}, {"align", ValueKind::Alignment}}},
    {"dd", false, kNone},
    {"del", false, kCited},
    {"dfn", false, kNone},
    {"div", false, kAligned},
    {"dl", false, kNone},
    {"dt", false, kNone},
    {"em", false, kNone},
    {"font", false, {{"color", ValueKind::Colour}, {"face", ValueKind::FontFaces}, {"size", ValueKind::Number}}},
    {"h1", false, kAligned},
    {"h2", false, kAligned},
    {"h3", false, kAligned},
    {"h4", false, kAligned},
    {"h5", false, kAligned},
    {"h6", false, kAligned},
    {"hr", true, {{"align", ValueKind::Alignment}, {"width", ValueKind::Length}, {"size", ValueKind::Number}}},
    {"i", false, kNone},
    {"img",
     true,
     {{"src", ValueKind::ImageUrl},
      {"alt", ValueKind::Text},
      {"width", ValueKind::Length},
      {"height", ValueKind::Length},
      {"border", ValueKind::Number},
      {"align", ValueKind::Alignment}}},
    {"ins", false, kCited},
    {"kbd", false, kNone},
    {"li", false, {{"value", ValueKind::Number}, {"type", ValueKind::ListStyle}}},
    {"mark", false, kNone},
    {"ol", false, {{"start", ValueKind::Number}, {"type", ValueKind::ListStyle}, {"reversed", ValueKind::Flag}}},
    {"p", false, kAligned},
    {"pre", false, kNone},
    {"q", false, kCited},
    {"s", false, kNone},
    {"samp", false, kNone},
    {"small", false, kNone},
    {"span", false, kNone},
    {"strike", false, kNone},
    {"strong", false, kNone},
    {"sub", false, kNone},
    {"sup", false, kNone},
    {"table",
     false,
     {{"align", ValueKind::Alignment},
      {"bgcolor", ValueKind::Colour},
      {"border", ValueKind::Number},
      {"cellpadding", ValueKind::Number},
      {"cellspacing", ValueKind::Number},
      {"width", ValueKind::Length}}},
    {"tbody", false, kTableRow},
    {"td", false, kTableCell},
    {"tfoot", false, kTableRow},
    {"th", false, kTableCell},
    {"thead", false, kTableRow},
    {"tr", false, kTableRow},
    {"tt", false, kNone},
    {"u", false, kNone},
    {"ul", false, {{"type", ValueKind::ListStyle}}},
}};

/// Elements dropped with everything inside them: active content, foreign markup (SVG, MathML),
/// frames, forms' controls, media and the document head. (Raw-text ones such as script and style
/// never reach the parser; HtmlCanonicalizer removes them.) Any other element not in kElements
/// (html, body, form, Outlook's o:p, …) is unwrapped: its tag goes, its content stays.
const std::array<std::string_view, 26> kDroppedWithContent{
    "applet", "area",   "audio",  "button", "canvas",   "datalist", "embed",    "frame",  "frameset",
    "head",   "input",  "keygen", "map",    "math",     "object",   "optgroup", "option", "param",
    "portal", "select", "source", "svg",    "template", "track",    "video",    "dialog"};

const std::array<std::string_view, 4> kUrlSchemes{"http", "https", "mailto", "cid"};

template <typename Container> bool contains(const Container &names, std::string_view name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

const ElementRule *ruleFor(std::string_view name)
{
    for (const auto &rule : kElements)
        if (rule.name == name)
            return &rule;
    return nullptr;
}

std::string lowered(std::string_view text)
{
    std::string out(text);
    for (auto &c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && static_cast<unsigned char>(text.front()) <= 0x20)
        text.remove_prefix(1);
    while (!text.empty() && static_cast<unsigned char>(text.back()) <= 0x20)
        text.remove_suffix(1);
    return text;
}

/// The URL as a browser reads it (tabs and line breaks inside removed, C0 controls and spaces at
/// either end trimmed), if its scheme is one we allow; relative URLs have no place in mail.
std::optional<std::string> safeUrl(std::string_view value, bool image)
{
    std::string url;
    for (char c : trimmed(value))
        if (c != '\t' && c != '\n' && c != '\r')
            url += c;
    for (char c : url)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            return std::nullopt;
    static const RE2 scheme(R"(([A-Za-z][A-Za-z0-9+.\-]*):.+)");
    std::string name;
    if (!RE2::FullMatch(url, scheme, &name))
        return std::nullopt;
    name = lowered(name);
    if (!contains(kUrlSchemes, name) || (image && name == "mailto"))
        return std::nullopt;
    return url;
}

bool isColour(const std::string &value)
{
    static const RE2 pattern(
        R"(#[0-9a-f]{3}|#[0-9a-f]{6}|rgb\(\s*\d{1,3}%?\s*,\s*\d{1,3}%?\s*,\s*\d{1,3}%?\s*\)|[a-z]{3,20})");
    // A colour that lets what is behind show through can hide text.
    return value != "transparent" && value != "currentcolor" && RE2::FullMatch(value, pattern);
}

/// CSS properties a style attribute keeps, each with the values it may take. Nothing that sizes,
/// positions, shows, hides, layers or loads (no display, position, opacity, z-index, url()).
std::optional<std::string> safeStyleValue(const std::string &property, const std::string &value)
{
    static const RE2 weight(R"(normal|bold|bolder|lighter|[1-9]00)");
    static const RE2 slant(R"(normal|italic|oblique)");
    static const RE2 alignment(R"(left|right|center|justify|start|end)");
    static const RE2 decoration(R"((none|underline|line-through|overline)( (underline|line-through|overline))*)");
    bool ok = false;
    if (property == "color" || property == "background-color")
        ok = isColour(value);
    else if (property == "font-weight")
        ok = RE2::FullMatch(value, weight);
    else if (property == "font-style")
        ok = RE2::FullMatch(value, slant);
    else if (property == "text-align")
        ok = RE2::FullMatch(value, alignment);
    else if (property == "text-decoration")
        ok = RE2::FullMatch(value, decoration);
    return ok ? std::optional<std::string>(value) : std::nullopt;
}

/// The declarations of a style attribute that pass safeStyleValue, written back in a plain form.
std::optional<std::string> safeStyle(std::string_view style)
{
    std::string out;
    std::size_t start = 0;
    while (start <= style.size()) {
        auto end = style.find(';', start);
        if (end == std::string_view::npos)
            end = style.size();
        const auto declaration = style.substr(start, end - start);
        const auto colon = declaration.find(':');
        if (colon != std::string_view::npos) {
            auto property = lowered(trimmed(declaration.substr(0, colon)));
            auto value = lowered(trimmed(declaration.substr(colon + 1)));
            if (auto safe = safeStyleValue(property, value))
                out += (out.empty() ? "" : "; ") + property + ": " + *safe;
        }
        start = end + 1;
    }
    return out.empty() ? std::nullopt : std::optional<std::string>(out);
}

std::optional<std::string> safeValue(ValueKind kind, std::string_view raw)
{
    static const RE2 length(R"(\d{1,5}(%|px)?)");
    static const RE2 number(R"(\d{1,5})");
    static const RE2 alignment(R"(left|right|center|justify|top|middle|bottom|baseline)");
    static const RE2 direction(R"(ltr|rtl|auto)");
    static const RE2 faces(R"([A-Za-z0-9 ,'"\-]{1,200})");
    static const RE2 listStyle(R"([A-Za-z0-9\-]{1,20})");
    const auto value = std::string(trimmed(raw));
    const auto lower = lowered(value);
    switch (kind) {
    case ValueKind::Text:
        return std::string(raw);
    case ValueKind::Url:
        return safeUrl(raw, false);
    case ValueKind::ImageUrl:
        return safeUrl(raw, true);
    case ValueKind::Length:
        return RE2::FullMatch(lower, length) ? std::optional<std::string>(lower) : std::nullopt;
    case ValueKind::Number:
        return RE2::FullMatch(value, number) ? std::optional<std::string>(value) : std::nullopt;
    case ValueKind::Alignment:
        return RE2::FullMatch(lower, alignment) ? std::optional<std::string>(lower) : std::nullopt;
    case ValueKind::Direction:
        return RE2::FullMatch(lower, direction) ? std::optional<std::string>(lower) : std::nullopt;
    case ValueKind::Colour:
        return isColour(lower) ? std::optional<std::string>(lower) : std::nullopt;
    case ValueKind::FontFaces:
        return RE2::FullMatch(value, faces) ? std::optional<std::string>(value) : std::nullopt;
    case ValueKind::ListStyle:
        return RE2::FullMatch(value, listStyle) ? std::optional<std::string>(value) : std::nullopt;
    case ValueKind::Flag:
        return std::string();
    case ValueKind::Style:
        return safeStyle(raw);
    }
    return std::nullopt;
}

const AttributeRule *attributeRule(const ElementRule &element, std::string_view name)
{
    for (const auto *list : {&element.attributes, &kEveryElement})
        for (const auto &rule : *list)
            if (rule.name == name)
                return &rule;
    return nullptr;
}

void appendEscaped(std::string &out, std::string_view text, bool inAttribute)
{
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += inAttribute ? "&quot;" : "\"";
            break;
        default:
            out += c;
        }
    }
}

std::string_view view(const xmlChar *text)
{
    return text ? std::string_view(reinterpret_cast<const char *>(text)) : std::string_view();
}

/// The libxml2 SAX callbacks' state: writes kept elements and text as the parser reports them
/// (its HTML parser reports every element it opens as closed again, also when it closes it
/// implicitly), so no tree is held in memory.
struct Writer {
    xmlParserCtxtPtr parser = nullptr;
    std::string out;
    std::vector<const ElementRule *> open; // nullptr: an unwrapped element
    std::size_t dropping = 0;              // depth inside an element dropped with its content
    std::size_t maxOutput = 0;

    void stop() { xmlStopParser(parser); }

    void start(std::string_view name, const xmlChar **attributes)
    {
        if (open.size() + dropping >= HtmlSanitizer::kMaxReadDepth || out.size() > maxOutput) {
            stop();
            return;
        }
        if (dropping > 0 || contains(kDroppedWithContent, name)) {
            ++dropping;
            return;
        }
        // Deeper elements are unwrapped: their text stays (real mail nests a thousand <div>s).
        const auto *rule = open.size() < HtmlSanitizer::kMaxDepth ? ruleFor(name) : nullptr;
        open.push_back(rule);
        if (!rule)
            return;
        out += '<';
        out += rule->name;
        std::vector<std::string_view> written;
        for (std::size_t i = 0; attributes && attributes[i]; i += 2) {
            const auto *attribute = attributeRule(*rule, view(attributes[i]));
            if (!attribute || contains(written, attribute->name))
                continue;
            auto value = safeValue(attribute->kind, view(attributes[i + 1]));
            if (!value)
                continue;
            written.push_back(attribute->name);
            out += ' ';
            out += attribute->name;
            out += "=\"";
            appendEscaped(out, *value, true);
            out += '"';
        }
        out += '>';
    }

    void end()
    {
        if (dropping > 0) {
            --dropping;
            return;
        }
        if (open.empty())
            return;
        const auto *rule = open.back();
        open.pop_back();
        if (rule && !rule->isVoid)
            out += "</" + std::string(rule->name) + ">";
    }

    void text(std::string_view characters)
    {
        if (out.size() > maxOutput)
            stop();
        else if (dropping == 0)
            appendEscaped(out, characters, false);
    }

    /// Closes what is still open when the parser stopped early.
    std::string finish()
    {
        while (!open.empty())
            end();
        return std::move(out);
    }
};

Writer &writerOf(void *context)
{
    return *static_cast<Writer *>(context);
}

void onStartElement(void *context, const xmlChar *name, const xmlChar **attributes)
{
    writerOf(context).start(view(name), attributes);
}

void onEndElement(void *context, const xmlChar * /*name*/)
{
    writerOf(context).end();
}

void onCharacters(void *context, const xmlChar *characters, int length)
{
    writerOf(context).text(
        std::string_view(reinterpret_cast<const char *>(characters), static_cast<std::size_t>(length)));
}

htmlSAXHandler saxHandler()
{
    htmlSAXHandler handler;
    std::memset(&handler, 0, sizeof handler);
    handler.startElement = onStartElement;
    handler.endElement = onEndElement;
    handler.characters = onCharacters;
    handler.ignorableWhitespace = onCharacters;
    // No cdataBlock: script and style content, the only CDATA of HTML, never gets here.
    return handler;
}

void initLibxml()
{
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}

/// `html` cut to at most `bytes`, not inside a UTF-8 sequence.
std::string_view cutAt(std::string_view html, std::size_t bytes)
{
    if (html.size() <= bytes)
        return html;
    while (bytes > 0 && (static_cast<unsigned char>(html[bytes]) & 0xC0U) == 0x80)
        --bytes;
    return html.substr(0, bytes);
}
} // namespace

std::string HtmlSanitizer::sanitize(std::string_view html)
{
    if (trimmed(html).empty())
        return std::string();
    initLibxml();
    // One element around the whole: libxml2 puts text outside any element into an implied <p>, so
    // without it "<x>a</x>" would become "a" and, sanitized again, "<p>a</p>". HtmlCanonicalizer
    // never writes this name, so no input can close it; as an unknown element it is unwrapped.
    const auto canonical = "<" + std::string(HtmlCanonicalizer::kReservedName) + ">" +
                           HtmlCanonicalizer::canonicalize(cutAt(html, kMaxInputBytes));
    Writer writer;
    // Escaping can make text longer (a bare '&' becomes "&amp;"); beyond this the rest is cut.
    writer.maxOutput = 2 * canonical.size() + 4096;
    htmlParserCtxtPtr parser = htmlCreateMemoryParserCtxt(canonical.data(), static_cast<int>(canonical.size()));
    if (!parser)
        return std::string();
    xmlFree(parser->sax);
    auto *handler = static_cast<htmlSAXHandler *>(xmlMalloc(sizeof(htmlSAXHandler)));
    *handler = saxHandler();
    parser->sax = handler; // freed with the parser
    parser->userData = &writer;
    writer.parser = parser;
    xmlSwitchEncoding(parser, XML_CHAR_ENCODING_UTF8); // HtmlCanonicalizer made it valid UTF-8
    htmlCtxtUseOptions(parser, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                   HTML_PARSE_NOIMPLIED);
    htmlParseDocument(parser);
    htmlFreeParserCtxt(parser);
    return writer.finish();
}

std::string HtmlSanitizer::escape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    appendEscaped(out, text, true);
    return out;
}

} // namespace helpdesk::domain
