#include "domain/TemplateSyntax.h"

#include "domain/MailTemplateCatalog.h"

#include <functional>
#include <vector>

namespace helpdesk::domain {

namespace {
/// One {{…}} tag of a template.
struct Tag {
    std::size_t start = 0; // of "{{"
    std::size_t end = 0;   // past the closing braces
    char sigil = 0;        // '#', '^', '/', '!', '>', '=', '&', '{' (triple braces) or 0 (a plain value)
    std::string name;      // trimmed
};

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

/// Line and column (in UTF-8 characters) of a byte offset.
TemplateProblem at(std::string_view text, std::size_t offset, std::string message)
{
    TemplateProblem problem;
    problem.message = std::move(message);
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++problem.line;
            problem.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) { // not a continuation byte
            ++problem.column;
        }
    }
    return problem;
}

/// Calls `visit` with each tag in order; returns the first problem of reading them (a tag not
/// closed), or what `visit` returns.
std::optional<TemplateProblem> eachTag(std::string_view text,
                                       const std::function<std::optional<TemplateProblem>(const Tag &)> &visit)
{
    for (std::size_t pos = text.find("{{"); pos != std::string_view::npos; pos = text.find("{{", pos)) {
        Tag tag;
        tag.start = pos;
        std::string_view inner;
        if (text.compare(pos, 3, "{{{") == 0) {
            const auto close = text.find("}}}", pos + 3);
            if (close == std::string_view::npos)
                return at(text, pos, "{{{ is not closed by }}}");
            tag.sigil = '{';
            inner = text.substr(pos + 3, close - pos - 3);
            tag.end = close + 3;
        } else {
            const auto close = text.find("}}", pos + 2);
            if (close == std::string_view::npos)
                return at(text, pos, "{{ is not closed by }}");
            inner = text.substr(pos + 2, close - pos - 2);
            tag.end = close + 2;
            auto content = trimmed(inner);
            if (!content.empty() && std::string_view("#^/!>=&").find(content.front()) != std::string_view::npos) {
                tag.sigil = content.front();
                inner = inner.substr(inner.find(content.front()) + 1);
            }
        }
        tag.name = trimmed(inner);
        if (auto problem = visit(tag))
            return problem;
        pos = tag.end;
    }
    return std::nullopt;
}

bool isName(const std::string &name)
{
    if (name.empty())
        return false;
    for (char c : name)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_'))
            return false;
    return true;
}

std::string knownNames(const MailTemplateSpec &spec)
{
    std::string names;
    for (const auto &placeholder : spec.placeholders)
        names += (names.empty() ? "" : ", ") + placeholder.name;
    return names;
}
} // namespace

std::string TemplateProblem::where() const
{
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

std::optional<TemplateProblem> TemplateSyntax::check(std::string_view text, const MailTemplateSpec &spec)
{
    std::vector<Tag> open; // sections not yet closed, innermost last
    auto problem = eachTag(text, [&](const Tag &tag) -> std::optional<TemplateProblem> {
        switch (tag.sigil) {
        case '!':
            return std::nullopt;
        case '>':
            return at(text, tag.start, "partials ({{>name}}) cannot be used in mail templates");
        case '=':
            return at(text, tag.start, "changing the delimiters ({{=…=}}) is not supported in mail templates");
        default:
            break;
        }
        if (!isName(tag.name))
            return at(text, tag.start,
                      tag.name.empty() ? "an empty tag: write a placeholder's name between the braces"
                                       : "\"" + tag.name + "\" is not a placeholder name (letters, digits and _)");
        if (tag.sigil == '/') {
            if (open.empty())
                return at(text, tag.start, "{{/" + tag.name + "}} closes no section");
            if (open.back().name != tag.name) {
                const auto opened = at(text, open.back().start, {});
                return at(text, tag.start,
                          "{{/" + tag.name + "}} does not close {{" + std::string(1, open.back().sigil) +
                              open.back().name + "}}, opened at " + opened.where());
            }
            open.pop_back();
            return std::nullopt;
        }
        if (!spec.has(tag.name))
            return at(text, tag.start,
                      "{{" + tag.name + "}} is not a placeholder of this template; it knows " + knownNames(spec));
        if (tag.sigil == '#' || tag.sigil == '^')
            open.push_back(tag);
        return std::nullopt;
    });
    if (problem)
        return problem;
    if (!open.empty())
        return at(text, open.back().start,
                  "{{" + std::string(1, open.back().sigil) + open.back().name + "}} is never closed by {{/" +
                      open.back().name + "}}");
    return std::nullopt;
}

std::string TemplateSyntax::verbatim(std::string_view text)
{
    std::string out;
    std::size_t copied = 0;
    eachTag(text, [&](const Tag &tag) -> std::optional<TemplateProblem> {
        if (tag.sigil == 0 && isName(tag.name)) {
            out.append(text.substr(copied, tag.start - copied));
            out += "{{&" + tag.name + "}}";
            copied = tag.end;
        }
        return std::nullopt;
    });
    out.append(text.substr(copied));
    return out;
}

} // namespace helpdesk::domain
