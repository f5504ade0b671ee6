#pragma once

#include <cstddef>
#include <string_view>

namespace helpdesk::mail {

/// The most of each thing one inbound message may carry before the pipeline stops reading it.
/// Each is far above what real mail clients write (figures from the corpus and RFCs noted), so
/// only crafted or broken mail meets them; such a message is still kept raw and read in part,
/// with a note saying what was left out. Plain data; any thread.
struct MailLimits {
    /// One header field, folded lines included. RFC 5322 caps a line at 998 bytes but not a
    /// folded field; the largest real ones are To/Cc lists of a few hundred addresses (~40 KB).
    std::size_t maxHeaderFieldBytes = 128 * 1024;
    /// Header fields of one entity (the message or one MIME part). Real mail has 10–80, most
    /// of them Received and authentication results.
    std::size_t maxHeaderFields = 1000;
    /// Header fields of the whole message, all parts together.
    std::size_t maxTotalHeaderFields = 10000;
    /// Entities nested in each other (multiparts and forwarded messages). A message forwarded
    /// as an attachment fifteen times over is about 30 deep.
    std::size_t maxMimeDepth = 64;
    /// MIME entities in the whole message (leaves and containers).
    std::size_t maxParts = 1000;
    /// Addresses kept per list (To, Cc, Reply-To). Mail clients and providers refuse to send to
    /// more than a few hundred at once.
    std::size_t maxRecipients = 1000;
    /// One address: RFC 5321 limits a path to 256 octets including the angle brackets.
    std::size_t maxAddressBytes = 254;
    /// A display name, shortened beyond this.
    std::size_t maxDisplayNameBytes = 256;
    /// Ids kept from References (the last ones: the nearest ancestors thread the message).
    std::size_t maxReferences = 50;
    /// One Message-ID: RFC 5322 line length; real ids are under 100 bytes.
    std::size_t maxMessageIdBytes = 998;
    /// The decoded subject, shortened beyond this (at a character boundary). Real subjects reach
    /// a few KB (3.3 KB seen: a CJK subject padded with ideographic spaces).
    std::size_t maxSubjectBytes = 16 * 1024;
};

/// `text` cut to at most `limit` bytes without splitting a UTF-8 character.
inline std::string_view utf8Prefix(std::string_view text, std::size_t limit)
{
    if (text.size() <= limit)
        return text;
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return text.substr(0, cut);
}

} // namespace helpdesk::mail
