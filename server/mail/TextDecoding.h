#pragma once

#include "mail/LegacyCharset.h"
#include "mail/ParsedMail.h"

#include <gmime/gmime.h>

#include <string>
#include <string_view>

namespace helpdesk::mail {

/// The text of a text/* part in UTF-8, whatever its label says: the declared charset (an HTML
/// part's <meta charset> when the header has none), except valid multibyte UTF-8 under a
/// single-byte label, which is read as UTF-8; an unknown or lying label, or none over 8-bit
/// bytes, goes to uchardet, then windows-1252 (LegacyCharset::read). Any thread.
class TextDecoding
{
public:
    /// The part's text in UTF-8 with \n line ends; records in mail.explain("charset", …) how it was read.
    static std::string textOf(GMimePart *part, ParsedMail &mail);
    /// `bytes` of a part labelled `label` ("" when unlabelled) in UTF-8, and the rule that chose the charset.
    static DecodedText decode(std::string_view bytes, std::string_view label, bool isHtml);
};

} // namespace helpdesk::mail
