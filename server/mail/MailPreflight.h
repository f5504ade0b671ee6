#pragma once

#include "mail/MailLimits.h"

#include <optional>
#include <string>
#include <vector>

namespace helpdesk::mail {

/// What the preflight made of a raw message.
struct PreflightResult {
    /// The message with the excess left out; nullopt when the message is within every limit.
    std::optional<std::string> reduced;
    /// One sentence per limit the message met, for the people who read the ticket.
    std::vector<std::string> notes;
};

/// Reads a raw message's structure in one linear pass before GMime does (header fields and
/// their sizes, MIME nesting and parts) and leaves out what exceeds MailLimits: fields over the
/// count (the ones the pipeline reads are always kept), the over-long part of a field (address
/// lists keep their first addresses, References its last ids), parts nested too deep and
/// parts over the count. GMime tries every open boundary on each body line and recurses per
/// level, so what it gets from here costs it bounded time and stack. Any thread.
class MailPreflight
{
public:
    static PreflightResult check(const std::string &raw, const MailLimits &limits = {});
};

} // namespace helpdesk::mail
