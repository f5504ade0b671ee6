#pragma once

#include <string>

namespace helpdesk::domain {

/// A plausible single e-mail address (local@domain.tld, no spaces or angle brackets, ≤ 254).
bool looksLikeEmail(const std::string &address);

} // namespace helpdesk::domain
