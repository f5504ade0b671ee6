#include "mail/SenderFallback.h"

namespace helpdesk::mail {

SenderDecision SenderFallback::decide(const SenderCandidates &candidates)
{
    SenderDecision decision;
    if (!candidates.from.empty()) {
        decision.from = candidates.from.front();
        decision.rule = "From header";
        return decision;
    }
    const std::string why = candidates.fromHeaderPresent ? "From had no address" : "no From header";
    auto take = [&](const std::string &source, const std::string &address, const std::string &name) {
        decision.from = MailAddress{candidates.fromName.empty() ? name : candidates.fromName, address};
        decision.rule = source + " (" + why + (candidates.fromName.empty() ? "" : "; the name is From's") + ")";
        return decision;
    };
    if (!candidates.replyTo.empty())
        return take("Reply-To", candidates.replyTo.front().address, candidates.replyTo.front().name);
    if (!candidates.sender.empty())
        return take("Sender", candidates.sender.front().address, candidates.sender.front().name);
    if (!candidates.returnPath.empty())
        return take("Return-Path", candidates.returnPath, "");
    if (!candidates.mboxSender.empty())
        return take("the mbox From line", candidates.mboxSender, "");
    decision.rule = "no sender: " + why + ", and no Reply-To, Sender, Return-Path or mbox From line with an address";
    return decision;
}

} // namespace helpdesk::mail
