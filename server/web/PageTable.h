#pragma once

#include "web/PageSpec.h"

#include <string>
#include <vector>

namespace helpdesk::web {

/// Every page route, collected once from the groups of pages; finds the one of a request.
/// Any thread (read-only after construction).
class PageTable
{
public:
    static const PageTable &instance();
    explicit PageTable(std::vector<PageRoute> routes);

    struct Match {
        const PageRoute *route = nullptr;      // the route of verb and path, if any
        std::vector<std::string> allowedVerbs; // the verbs the path has (for 405)
        Fields path;                           // the route's {name} segments
    };
    Match route(const std::string &verb, const std::string &path) const;

private:
    std::vector<PageRoute> m_routes;
};

} // namespace helpdesk::web
