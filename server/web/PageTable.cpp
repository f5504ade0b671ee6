#include "web/PageTable.h"

#include <set>
#include <stdexcept>

namespace helpdesk::web {

const PageTable &PageTable::instance()
{
    static const PageTable table = [] {
        std::vector<PageRoute> routes;
        for (auto group : {signInPages(), passwordPages()})
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
    Match match;
    for (const auto &route : m_routes) {
        if (route.path != path)
            continue;
        match.allowedVerbs.push_back(route.verb);
        if (route.verb == verb)
            match.route = &route;
    }
    return match;
}

} // namespace helpdesk::web
