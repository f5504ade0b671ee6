#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace helpdesk::domain {

/// The addresses we send mail to, checked by RFC 5322's addr-spec, so nothing we write into a
/// header or an SMTP command (MAIL FROM, RCPT TO) can end it early or start another. Used by the
/// API, the outbox and, as the last line, the SMTP sender. Pure; any thread.
class EmailAddress
{
public:
    /// Recipients one list may name.
    static constexpr std::size_t kMaxRecipients = 100;

    /// Whether `address` is an addr-spec we send to: a dot-atom local part of at most 64 bytes, '@'
    /// and a host name (labels of letters, digits and '-', UTF-8 allowed), at most 254 bytes in all.
    /// No display name, angle brackets, comment, quoted local part, address literal, space or
    /// control character (CR, LF, NUL).
    static bool isAddrSpec(std::string_view address);

    /// The addr-specs of a recipient list as a person writes it ("a@x.org, Erin <b@y.org>"; entries
    /// apart by ',' or ';', display names plain or quoted). Throws ApiError(ValidationFailed) naming
    /// `field` when an entry is not one such mailbox, for CR, LF or NUL anywhere, or for more than
    /// kMaxRecipients entries.
    static std::vector<std::string> requireList(std::string_view list, const std::string &field);

    /// The addr-specs of the entries of `list` that are valid, in order; the others left out.
    static std::vector<std::string> validIn(std::string_view list);
};

} // namespace helpdesk::domain
