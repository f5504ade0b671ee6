#pragma once

#include "mail/HeaderText.h"
#include "mail/MailLimits.h"
#include "mail/ParsedMail.h"

#include <string>
#include <string_view>
#include <vector>

namespace helpdesk::mail {

/// The mailboxes of address headers as senders really write them (RFC 5322 and its common
/// departures): addresses kept as written (case, quoted local parts, a trailing dot), groups
/// flattened (`undisclosed-recipients:;` gives none), addresses with or without angle brackets,
/// display names unquoted and decoded (encoded words, raw 8-bit text), a comment as the name
/// when there is no other, names with a comma or specials left unquoted (`Doe, John <j@x>`,
/// `Max Kohl | [x] <k@x>`). Held to the limits on their number and size; what was left out is
/// noted on the mail. Linear in the field's length. Any thread.
class AddressReader
{
public:
    AddressReader(const MailLimits &limits, const HeaderText &text, ParsedMail &mail)
        : m_limits(limits), m_text(text), m_mail(mail)
    {
    }

    /// The usable mailboxes of the field values `raw` (one header may appear more than once),
    /// read for the header named `header` (for the notes).
    std::vector<MailAddress> read(const std::vector<std::string_view> &raw, const std::string &header);
    /// The first display name in `raw` whose mailbox has no usable address ("" when none).
    std::string nameWithoutAddress(const std::vector<std::string_view> &raw) const;

    /// Whether `address` can be written to: a local part and a domain around one `@`, nothing
    /// blank or control outside quotes, within the size limit.
    static bool isUsable(std::string_view address, const MailLimits &limits);

private:
    /// `address` with encoded words in its local part decoded, when that cannot change where mail to it goes.
    std::string withDecodedLocalPart(std::string address) const;

    const MailLimits &m_limits;
    const HeaderText &m_text;
    ParsedMail &m_mail;
};

} // namespace helpdesk::mail
