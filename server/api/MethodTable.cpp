#include "api/MethodTable.h"

#include "api/Methods.h"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace helpdesk::api {

namespace {
std::vector<std::string> segmentsOf(const std::string &path)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        auto end = path.find('/', start);
        if (end == std::string::npos)
            end = path.size();
        if (end > start)
            parts.push_back(path.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

bool isParameter(const std::string &segment)
{
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

/// Matches request segments against a pattern; fills the {name} segments.
bool matches(const std::vector<std::string> &pattern, const std::vector<std::string> &path,
             std::map<std::string, std::string> &params)
{
    if (pattern.size() != path.size())
        return false;
    std::map<std::string, std::string> found;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (isParameter(pattern[i]))
            found[pattern[i].substr(1, pattern[i].size() - 2)] = path[i];
        else if (pattern[i] != path[i])
            return false;
    }
    params = std::move(found);
    return true;
}

// The order verbs are listed in an Allow header.
constexpr std::array<const char *, 5> kVerbs{"GET", "POST", "PUT", "PATCH", "DELETE"};

std::vector<MethodSpec> everyMethod()
{
    std::vector<MethodSpec> all;
    for (auto group : {authMethods, ticketMethods, articleMethods, eventMethods, userMethods, configurationMethods,
                       dashboardMethods, mailMethods, mailTemplateMethods, adminMethods, twoFactorMethods,
                       signatureMethods, sharingMethods, webhookMethods, channelMethods, lookupMethods, viewMethods}) {
        auto methods = group();
        std::move(methods.begin(), methods.end(), std::back_inserter(all));
    }
    return all;
}
} // namespace

const MethodTable &MethodTable::instance()
{
    static const MethodTable table(everyMethod());
    return table;
}

MethodTable::MethodTable(std::vector<MethodSpec> methods) : m_methods(std::move(methods))
{
    std::map<std::string, std::string> routes;
    for (std::size_t i = 0; i < m_methods.size(); ++i) {
        const auto &method = m_methods[i];
        if (!m_byName.emplace(method.name, i).second)
            throw std::logic_error("API method " + method.name + " is declared twice");
        m_patterns.push_back(method.hasRoute() ? segmentsOf(kPrefix + method.path) : std::vector<std::string>{});
        if (method.hasRoute() && !routes.emplace(method.verb + " " + method.path, method.name).second)
            throw std::logic_error("route " + method.verb + " " + method.path + " is declared for " +
                                   routes[method.verb + " " + method.path] + " and " + method.name);
    }
}

const MethodSpec *MethodTable::find(const std::string &name) const
{
    auto it = m_byName.find(name);
    return it == m_byName.end() ? nullptr : &m_methods[it->second];
}

MethodTable::RouteMatch MethodTable::route(const std::string &verb, const std::string &path) const
{
    RouteMatch match;
    const auto segments = segmentsOf(path);
    std::vector<std::string> verbs;
    for (std::size_t i = 0; i < m_methods.size(); ++i) {
        std::map<std::string, std::string> params;
        if (!m_methods[i].hasRoute() || !matches(m_patterns[i], segments, params))
            continue;
        verbs.push_back(m_methods[i].verb);
        if (!match.method && m_methods[i].verb == verb) {
            match.method = &m_methods[i];
            match.pathParams = std::move(params);
        }
    }
    for (const char *known : kVerbs)
        if (std::find(verbs.begin(), verbs.end(), known) != verbs.end())
            match.allowedVerbs.emplace_back(known);
    return match;
}

} // namespace helpdesk::api
