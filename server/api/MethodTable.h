#pragma once

#include "api/MethodSpec.h"

#include <map>
#include <string>
#include <vector>

namespace helpdesk::api {

/// Every API method, declared once in server/api/*Methods.cpp; both transports, the success
/// statuses and the reference documentation check read it. Built on first use; any thread.
class MethodTable
{
public:
    /// Where the REST routes live: a method's path is below it.
    static constexpr const char *kPrefix = "/api/v1";

    /// The table of this server.
    static const MethodTable &instance();

    /// Builds a table; throws std::logic_error for a name or a route declared twice.
    explicit MethodTable(std::vector<MethodSpec> methods);

    /// Every method, in the order routes are tried.
    const std::vector<MethodSpec> &all() const { return m_methods; }
    /// The method with this name; nullptr when there is none.
    const MethodSpec *find(const std::string &name) const;

    /// What a request's verb and path name.
    struct RouteMatch {
        const MethodSpec *method = nullptr;            // null: none for this verb
        std::map<std::string, std::string> pathParams; // {id} segments, by name
        std::vector<std::string> allowedVerbs;         // every verb the path takes (none: no such route)
    };
    /// The method for `verb` on a request `path` ("/api/v1/tickets/7"), or the verbs the path takes.
    RouteMatch route(const std::string &verb, const std::string &path) const;

private:
    std::vector<MethodSpec> m_methods;
    std::vector<std::vector<std::string>> m_patterns; // each method's full path in segments
    std::map<std::string, std::size_t> m_byName;
};

} // namespace helpdesk::api
