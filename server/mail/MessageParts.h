#pragma once

#include "mail/MailLimits.h"
#include "mail/ParsedMail.h"

#include <gmime/gmime.h>

namespace helpdesk::mail {

/// Reads a message's MIME tree into the mail as a mail client shows it: the text and
/// (sanitized) HTML body, inline text parts joined in order, alternatives chosen; every other
/// part a named file (report parts, winmail.dat with the files inside it, uuencoded files taken
/// out of the text); broken multiparts read again; what a delivery report says failed.
class MessageParts
{
public:
    /// Fills mail.text, mail.html, mail.attachments and mail.bounce from `message`, within
    /// `limits`; records in mail.explain() how the body and each file name were chosen.
    static void read(GMimeMessage *message, ParsedMail &mail, const MailLimits &limits = {});
};

} // namespace helpdesk::mail
