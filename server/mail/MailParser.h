#pragma once

#include "mail/ParsedMail.h"

#include <stdexcept>
#include <string>

namespace helpdesk::mail {

/// A message that cannot be read as mail at all (it is kept raw and shown as failed).
class MailParseError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Reads a raw RFC 5322 message with GMime: addresses, RFC 2047/2231 encoded words, bodies
/// converted to UTF-8 (mislabelled and broken charsets fall back to windows-1252), text and HTML
/// alternatives, inline images by Content-ID, attachments (winmail.dat and forwarded messages
/// kept as files), auto-generated mail (RFC 3834 and common practice) and delivery reports.
/// Any thread.
class MailParser
{
public:
    static ParsedMail parse(const std::string &raw);
};

} // namespace helpdesk::mail
