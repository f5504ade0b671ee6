#include "web/PageTable.h"

#include <set>
#include <stdexcept>

namespace helpdesk::web {

namespace {
std::vector<std::string> segmentsOf(const std::string &path)
{
    std::vector<std::string> segments;
    std::size_t start = 1;
    while (start <= path.size()) {
        auto end = path.find('/', start);
        if (end == std::string::npos)
            end = path.size();
        segments.push_back(path.substr(start, end - start));
        start = end + 1;
    }
    return segments;
}

/// Whether `path` fits a route path with {name} segments (each one segment, not empty), and what
/// they hold. A route path without any matches nothing here (exact paths are compared as such).
bool matchesPattern(const std::string &pattern, const std::string &path, Fields &values)
{
    if (pattern.find('{') == std::string::npos)
        return false;
    auto wanted = segmentsOf(pattern);
    auto given = segmentsOf(path);
    if (wanted.size() != given.size())
        return false;
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        const auto &part = wanted[i];
        if (part.size() > 2 && part.front() == '{' && part.back() == '}') {
            if (given[i].empty())
                return false;
            values[part.substr(1, part.size() - 2)] = given[i];
        } else if (part != given[i]) {
            return false;
        }
    }
    return true;
}
} // namespace

const PageTable &PageTable::instance()
{
    static const PageTable table = [] {
        std::vector<PageRoute> routes;
        for (auto group :
             {signInPages(), passwordPages(), signInLinkPages(), portalPages(), ratingPages(), webFormPages()})
            routes.insert(routes.end(), group.begin(), group.end());
        return PageTable(std::move(routes));
    }();
    return table;
}

PageTable::PageTable(std::vector<PageRoute> routes) : m_routes(std::move(routes))
{
    std::set<std::string> seen;
    for (const auto &route : m_routes)
        if (!seen.insert(route.verb + " " + route.path).second)
            throw std::logic_error("page route " + route.verb + " " + route.path + " is declared twice");
}

PageTable::Match PageTable::route(const std::string &verb, const std::string &path) const
{
    // Exact paths first ("/requests/new"), then those with {name} segments ("/requests/{number}").
    for (const bool exact : {true, false}) {
        Match match;
        for (const auto &route : m_routes) {
            Fields segments;
            if (exact ? route.path != path : !matchesPattern(route.path, path, segments))
                continue;
            match.allowedVerbs.push_back(route.verb);
            if (route.verb == verb) {
                match.route = &route;
                match.path = std::move(segments);
            }
        }
        if (!match.allowedVerbs.empty())
            return match;
    }
    return {};
}

} // namespace helpdesk::web
