#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace helpdesk::domain {

/// The tokenizing front of the HTML sanitizer: rewrites any bytes into markup whose only '<' begin
/// canonical tags, `<name a="v">` and `</name>`, so that libxml2's HTML parser, which builds the
/// tree, reads it in linear time and cannot disagree with us about where a tag ends. Pure; any
/// thread.
///
/// Why it exists: libxml2 2.9's start-tag reader compares each attribute with all before it
/// (20,000 attributes in one tag take 0.4 s, 40,000 take 1.8 s), and its comment, script and
/// doctype rules differ from a browser's. Here tags are read by the HTML5 tokenizer's rules, with
/// at most `kMaxAttributes` attributes kept per tag; comments, doctypes, processing instructions
/// and the raw-text elements (script, style, textarea, title, iframe, …) are removed with their
/// content, as are meta, link and base (libxml2 would act on a meta charset); a '<' that begins
/// no tag becomes `&lt;`. Invalid UTF-8 and NUL become U+FFFD. Entity references stay as written
/// for libxml2 to decode.
class HtmlCanonicalizer
{
public:
    /// Attributes kept per start tag (in document order, first of each name); the rest are read
    /// past and dropped.
    static constexpr std::size_t kMaxAttributes = 32;

    /// An element name never written (such tags in the input are dropped), so that a caller can
    /// wrap the output in an element no input can close.
    static constexpr std::string_view kReservedName = "helpdesk-fragment";

    /// The canonical markup of `html`, in time linear in its size.
    static std::string canonicalize(std::string_view html);
};

} // namespace helpdesk::domain
