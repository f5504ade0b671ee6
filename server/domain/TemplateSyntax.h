#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace helpdesk::domain {

struct MailTemplateSpec;

/// What is wrong with a template, and where: line and column (in characters) from 1.
struct TemplateProblem {
    std::size_t line = 1;
    std::size_t column = 1;
    std::string message;

    /// "line 3, column 7".
    std::string where() const;
};

/// The mustache a mail template may hold, checked before it is stored or previewed: mstch renders
/// whatever it is given (an unclosed section swallows the rest of the mail, a misspelt
/// placeholder renders as nothing), so an admin's mistake is found here, with its place, instead
/// of in a customer's inbox. Allowed: {{name}}, {{{name}}}, {{&name}} of the template's own
/// placeholders, sections {{#name}}…{{/name}} and {{^name}}…{{/name}}, comments {{! … }}. Not:
/// partials and changed delimiters. Any thread.
class TemplateSyntax
{
public:
    /// The first problem of `text` as a template of `spec`, or nullopt when it has none.
    static std::optional<TemplateProblem> check(std::string_view text, const MailTemplateSpec &spec);
    /// `text` (checked) with every {{name}} written {{&name}}: mustache escapes values for HTML,
    /// which would turn a title's "&" into "&amp;" in a plain-text mail; these render as typed.
    static std::string verbatim(std::string_view text);
};

} // namespace helpdesk::domain
