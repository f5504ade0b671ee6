#pragma once

#include "mail/ParsedMail.h"

#include <optional>
#include <string>
#include <vector>

namespace helpdesk::mail {

/// What a message says about its sender, in the order it is believed.
struct SenderCandidates {
    bool fromHeaderPresent = false;
    /// The usable mailboxes of From.
    std::vector<MailAddress> from;
    /// A display name From gave without a usable address (`"Anna" <>`); "" when none.
    std::string fromName;
    std::vector<MailAddress> replyTo;
    std::vector<MailAddress> sender;
    /// The Return-Path address when usable ("" for none or the null sender `<>`).
    std::string returnPath;
    /// The address of the mbox `From ` line before the headers, when usable.
    std::string mboxSender;
};

/// Who sent a message, and the rule that said so (for `parse-mail --explain`).
struct SenderDecision {
    std::optional<MailAddress> from;
    std::string rule;
};

/// Decides the sender when From has no usable address: Reply-To, then Sender, then Return-Path,
/// then the mbox `From ` line; the display name From gave is kept with the address found, else
/// the fallback's own name. Any thread.
class SenderFallback
{
public:
    /// The first usable sender of `candidates` in the order above.
    static SenderDecision decide(const SenderCandidates &candidates);
};

} // namespace helpdesk::mail
