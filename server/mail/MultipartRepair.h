#pragma once

#include "mail/GMimeSupport.h"
#include "mail/ParsedMail.h"

#include <gmime/gmime.h>

#include <string>

namespace helpdesk::mail {

/// Reads again a multipart GMime found no parts in: its boundary missing or not the one its
/// body uses, or its whole body transfer-encoded (multiparts never are). Any thread.
class MultipartRepair
{
public:
    /// The multipart read with the boundary its body uses (after undoing a base64 or
    /// quoted-printable Content-Transfer-Encoding if it needs that), or nullptr when no boundary
    /// line can be found. `mimeType` is the multipart's lower-case type/subtype; what the
    /// preflight had to leave out of the parts found is noted on `mail`.
    static GPtr<GMimeObject> reparsed(GMimeMultipart *multipart, const std::string &mimeType, ParsedMail &mail);
    /// The body GMime kept as the multipart's prologue when it found no parts, its transfer encoding
    /// undone, in UTF-8; "" if none.
    static std::string unreadBody(GMimeMultipart *multipart);
};

} // namespace helpdesk::mail
