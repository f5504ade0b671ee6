#pragma once

#include "db/ConnectionPool.h"
#include "mail/InboundProcessor.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace helpdesk::mail {

/// A message over the size limit is refused, never truncated: what is kept is its header block
/// (who sent what, for the record and for whoever answers the sender) and the reason, as an
/// inbound entry in state 'refused' with an admin event. Callers tell the sender: the mailgate
/// endpoint answers 413 (the MTA bounces), a poll moves the message to the error folder. Any thread.
class OversizedMail
{
public:
    /// The most of a header block that is kept.
    static constexpr std::size_t kHeaderKeep = 64 * 1024;

    /// The header block of a message: up to and including the first empty line, at most kHeaderKeep bytes.
    static std::string headerBlock(std::string_view raw);
    /// Records the refusal in the caller's transaction, once per header block and size (the same
    /// message refused again returns the first entry); returns the entry, state 'refused', with the reason.
    static InboundResult refuse(db::Tx &tx, const std::string &headers, std::int64_t size, std::int64_t limit,
                                const InboundOrigin &origin);
};

} // namespace helpdesk::mail
