#include "web/PageRenderer.h"

#include "web/WebResources.h"

#include <stdexcept>

namespace helpdesk::web {

namespace {
constexpr std::string_view kTemplates = "templates/";
constexpr std::string_view kPartials = "templates/partials/";
constexpr std::string_view kExtension = ".mustache";

bool endsWith(const std::string &text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}
} // namespace

const PageRenderer &PageRenderer::builtIn()
{
    static const PageRenderer renderer(webResources());
    return renderer;
}

PageRenderer::PageRenderer(const std::map<std::string, std::string_view> &files)
{
    for (const auto &[path, text] : files) {
        if (path.rfind(kTemplates, 0) != 0 || !endsWith(path, kExtension))
            continue;
        const bool partial = path.rfind(kPartials, 0) == 0;
        auto name = path.substr(partial ? kPartials.size() : kTemplates.size());
        name.resize(name.size() - kExtension.size());
        if (partial)
            m_partials[name] = std::string(text);
        else if (name == "layout")
            m_layout = std::string(text);
        else
            m_pages[name] = std::string(text);
    }
    if (m_layout.empty())
        throw std::runtime_error("the web pages have no layout (templates/layout.mustache)");
}

std::string PageRenderer::render(const std::string &page, const mstch::map &context) const
{
    auto found = m_pages.find(page);
    if (found == m_pages.end())
        throw std::out_of_range("no page template " + page);
    auto partials = m_partials;
    partials["content"] = found->second;
    return mstch::render(m_layout, context, partials);
}

} // namespace helpdesk::web
