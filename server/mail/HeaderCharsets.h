#pragma once

#include "mail/MailLimits.h"
#include "mail/ParsedMail.h"

#include <gmime/gmime.h>

namespace helpdesk::mail {

/// Rereads the header text GMime gets wrong in a parsed message, before anything reads it: raw
/// 8-bit text in a legacy charset (Subject, display names, file names …: read with the charsets
/// the message declares, then uchardet's guess over all such header bytes, then windows-1252)
/// and encoded words split inside a character or labelled with a wrong or unknown charset
/// (EncodedWords). Repaired fields are set again in UTF-8 on the message and its parts, so GMime
/// parses them anew for every reader. An attached message is left as it came (it is kept byte
/// for byte as a file). A message without 8-bit or encoded header text costs one look at each
/// field. Any thread.
class HeaderCharsets
{
public:
    /// Repairs `message`'s fields within `limits`, recording in mail.explain("charset", …) what it read how.
    static void repair(GMimeMessage *message, const MailLimits &limits, ParsedMail &mail);
};

} // namespace helpdesk::mail
