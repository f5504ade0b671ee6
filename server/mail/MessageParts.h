#pragma once

#include "mail/ParsedMail.h"

#include <gmime/gmime.h>

namespace helpdesk::mail {

/// Reads a message's MIME tree into the mail: the text and (sanitized) HTML body, the
/// attachments and inline images, and what a delivery report says failed.
class MessageParts
{
public:
    /// Fills mail.text, mail.html, mail.attachments and mail.bounce from `message`.
    static void read(GMimeMessage *message, ParsedMail &mail);
};

} // namespace helpdesk::mail
