#pragma once

#include "mail/MailParser.h"
#include "support/SmtpSink.h"

#include <string>
#include <vector>

namespace helpdesk::test {

/// The mail `sink` received for `address` (its envelope recipient), oldest first.
inline std::vector<ReceivedMail> mailsTo(const SmtpSink &sink, const std::string &address)
{
    std::vector<ReceivedMail> out;
    for (auto &mail : sink.messages())
        if (mail.header("X-RcptTo").find(address) != std::string::npos)
            out.push_back(mail);
    return out;
}

/// The decoded text of a received mail (quoted-printable and charsets undone).
inline std::string textOf(const ReceivedMail &mail)
{
    return mail::MailParser::parse(mail.raw).text;
}

/// The token of the link in a password-reset or invitation mail ("…?token=hdr_…"); empty when
/// the mail has none.
inline std::string linkTokenIn(const ReceivedMail &mail)
{
    const auto text = textOf(mail);
    const auto at = text.find("token=");
    if (at == std::string::npos)
        return {};
    return text.substr(at + 6, text.find_first_of("\r\n ", at + 6) - at - 6);
}

} // namespace helpdesk::test
