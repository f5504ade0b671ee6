#include "domain/Validation.h"

#include <re2/re2.h>

namespace helpdesk::domain {

bool looksLikeEmail(const std::string &address)
{
    static const RE2 pattern(R"([^@\s<>]+@[^@\s<>]+\.[^@\s<>]+)");
    return address.size() <= 254 && RE2::FullMatch(address, pattern);
}

} // namespace helpdesk::domain
