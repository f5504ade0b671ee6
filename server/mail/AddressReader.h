#pragma once

#include "mail/MailLimits.h"
#include "mail/ParsedMail.h"

#include <gmime/gmime.h>

#include <string>
#include <vector>

namespace helpdesk::mail {

/// The mailboxes of one address header (groups flattened), held to the limits on their number
/// and size; what was left out is noted on the mail.
class AddressReader
{
public:
    AddressReader(const MailLimits &limits, ParsedMail &mail) : m_limits(limits), m_mail(mail) {}

    /// The mailboxes of `list`, read for the header named `header` (for the notes).
    std::vector<MailAddress> read(InternetAddressList *list, const std::string &header);

private:
    void collect(InternetAddressList *list, std::vector<MailAddress> &out, std::size_t &seen, std::size_t &tooLong,
                 bool &shortenedName, int depth);

    const MailLimits &m_limits;
    ParsedMail &m_mail;
};

} // namespace helpdesk::mail
