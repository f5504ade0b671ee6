#include "web/WebResources.h"

#include <stdexcept>

namespace helpdesk::web {

std::string_view webResource(const std::string &path)
{
    auto found = webResources().find(path);
    if (found == webResources().end())
        throw std::out_of_range("no web resource " + path);
    return found->second;
}

} // namespace helpdesk::web
