#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace helpdesk::mail {

/// Where a message's header block begins, and what stood before it.
struct HeaderBlockStart {
    /// Byte offset of the block's first field in the raw message.
    std::size_t offset = 0;
    /// Lines before the block (blank ones included).
    std::size_t skippedLines = 0;
    /// Whether a UTF-8 byte-order mark stood before it.
    bool byteOrderMark = false;
    /// The address on an mbox `From addr date` line among the skipped lines, as written; "" when none.
    std::string mboxSender;

    /// One sentence for `parse-mail --explain`.
    std::string describe() const;
};

/// Finds the first header block of a raw message that starts with something else: an mbox
/// `From ` separator, a client's "---- Original email message ----" line, blank lines or a
/// byte-order mark. Any thread.
class HeaderBlock
{
public:
    /// The first line that begins a header block: a `Name: value` field whose name is a common
    /// mail field, or any field followed by another; nullopt when the message has none.
    static std::optional<HeaderBlockStart> locate(std::string_view raw);
};

} // namespace helpdesk::mail
