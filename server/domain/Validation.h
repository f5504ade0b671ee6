#pragma once

#include <string>
#include <string_view>

namespace helpdesk::domain {

/// A plausible single e-mail address for an account: an RFC 5322 addr-spec
/// (EmailAddress::isAddrSpec) whose domain has a dot.
bool looksLikeEmail(const std::string &address);

/// Throws ApiError(ValidationFailed) on `field` unless the name has 1 to 200 characters and no
/// line break or NUL (names stand in mail headers: "Alice (Alpha) <alpha@desk.example>").
void requireName(const std::string &name, const std::string &field = "name");

/// Whether `text` can stand in a mail header or an SMTP command: no CR, LF or NUL, which would end
/// the line and let what follows be read as another header or command.
bool isHeaderSafe(std::string_view text);

/// Throws ApiError(ValidationFailed) naming `field` unless isHeaderSafe(text).
void requireHeaderSafe(std::string_view text, const std::string &field);

/// `text` with CR, LF, NUL and the other C0 controls (but tab) as spaces: header text made from
/// what others wrote, such as a ticket title taken from a mail's subject.
std::string headerSafe(std::string_view text);

} // namespace helpdesk::domain
