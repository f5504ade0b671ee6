#include "domain/Validation.h"

#include <regex>

namespace helpdesk::domain {

bool looksLikeEmail(const std::string &address)
{
    static const std::regex pattern(R"(^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$)");
    return address.size() <= 254 && std::regex_match(address, pattern);
}

} // namespace helpdesk::domain
