#pragma once

#include <mstch/mstch.hpp>

#include <map>
#include <string>

namespace helpdesk::web {

/// Renders a page: its template (templates/<page>.mustache) inside the layout
/// (templates/layout.mustache, which holds it as the partial `content`), with every template of
/// templates/partials/ as a partial of its own name. Mustache (mstch) escapes every {{value}} for
/// HTML, quotes included, so a value can go into text and attributes alike; templates use no
/// triple braces. Templates are compiled in (WebResources). Any thread.
class PageRenderer
{
public:
    /// The renderer of the built-in templates.
    static const PageRenderer &builtIn();
    /// A renderer of the templates among `files` (path → text, paths "templates/…").
    explicit PageRenderer(const std::map<std::string, std::string_view> &files);

    /// The HTML of `page` with `context`. Throws std::out_of_range for an unknown page.
    std::string render(const std::string &page, const mstch::map &context) const;
    /// Whether there is a template for `page`.
    bool has(const std::string &page) const { return m_pages.count(page) > 0; }

private:
    std::string m_layout;
    std::map<std::string, std::string> m_pages;
    std::map<std::string, std::string> m_partials;
};

} // namespace helpdesk::web
