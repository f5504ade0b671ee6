#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace helpdesk::domain {

/// The one HTML sanitizer, for every way HTML comes in: article bodies over the API, inbound mail,
/// imports and the web pages. Markup is read by `HtmlCanonicalizer` and libxml2's HTML parser (so
/// nesting and broken tags are resolved as a parser does), then written back from an allow-list:
/// formatting, lists, tables, quotes, links and images; URLs only http, https, mailto and cid
/// (images: no mailto), checked after entity decoding; a style attribute keeps only colour,
/// weight, slant, alignment and decoration; everything else (script, event handlers, SVG/MathML,
/// frames, forms, objects, srcset, formaction, base/meta, data: and javascript: URLs, CSS that
/// positions, hides or loads) is gone. Text and attribute values are escaped on output, so the
/// result reads the same in every HTML parser and sanitizing it again changes nothing. Linear time
/// in the input, bounded memory. Pure; any thread.
class HtmlSanitizer
{
public:
    /// Input beyond this many bytes is cut off before reading.
    static constexpr std::size_t kMaxInputBytes = 8 * 1024 * 1024;
    /// Elements nested deeper than this are unwrapped (their text is kept, the tags are not).
    static constexpr std::size_t kMaxDepth = 256;
    /// Elements nested deeper than this end the document there (libxml2 compares every end tag
    /// with each open element, so deeper documents cost quadratic time).
    static constexpr std::size_t kMaxReadDepth = 2048;

    /// The safe HTML of `html` (an empty string for an empty one).
    static std::string sanitize(std::string_view html);
    /// Plain text as HTML: '&', '<', '>' and '"' written as references.
    static std::string escape(std::string_view text);
};

} // namespace helpdesk::domain
