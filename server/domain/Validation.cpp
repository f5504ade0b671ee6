#include "domain/Validation.h"

#include "protocol/ProtocolError.h"

#include <re2/re2.h>

namespace helpdesk::domain {

bool looksLikeEmail(const std::string &address)
{
    static const RE2 pattern(R"([^@\s<>]+@[^@\s<>]+\.[^@\s<>]+)");
    return address.size() <= 254 && RE2::FullMatch(address, pattern);
}

void requireName(const std::string &name, const std::string &field)
{
    if (name.empty() || name.size() > 200)
        throw protocol::ApiError(protocol::ErrorCode::ValidationFailed, field + " must have 1 to 200 characters",
                                 field);
}

} // namespace helpdesk::domain
