#pragma once

#include <string>

namespace helpdesk::domain {

/// A plausible single e-mail address (local@domain.tld, no spaces or angle brackets, ≤ 254).
bool looksLikeEmail(const std::string &address);

/// Throws ApiError(ValidationFailed) on `field` unless the name has 1 to 200 characters.
void requireName(const std::string &name, const std::string &field = "name");

} // namespace helpdesk::domain
