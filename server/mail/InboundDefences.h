#pragma once

#include "db/ConnectionPool.h"
#include "domain/MailSettings.h"
#include "mail/AuthenticationResults.h"
#include "mail/ParsedMail.h"
#include "protocol/Messages.h"

#include <cstdint>
#include <optional>
#include <string>

namespace helpdesk::mail {

/// The checks that keep inbound mail from being turned against the desk, its senders and its
/// recipients: whether the receiving MTA vouched for the sender, whether a delivery report is
/// about mail we sent, whether a new ticket is over the flood limits, and when a failing
/// address has recovered. Thread-confined, like the transaction it reads.
class InboundDefences
{
public:
    InboundDefences(db::Tx &tx, const domain::MailSettings &settings);

    /// What our trusted MTAs' Authentication-Results say about the sender of `mail`.
    SenderVerdict verdictFor(const ParsedMail &mail) const;
    /// The Message-ID of the mail a delivery report is about: the one named by our signed return
    /// path (VERP) it was delivered to (`deliveredTo`: envelope recipient, To, Cc), else the one
    /// it quotes.
    std::string reportedMessageId(const Bounce &bounce, const std::vector<std::string> &deliveredTo) const;
    /// Whether a delivery report refers to mail we sent to the address it names: its original
    /// Message-ID is one of our outbox's (signed) ids and that mail went to that recipient. A
    /// forged report naming some customer is not.
    bool bounceRefersToOurMail(const Bounce &bounce) const;
    /// Why a new ticket from `sender` (nullopt: an unknown address) in `groupId` must be held
    /// for review instead, or "" when it may open.
    std::string floodReason(const std::optional<protocol::User> &sender, std::int64_t groupId) const;
    /// The address wrote to us (mail not judged forged): mail to it works again.
    void senderWroteAgain(const std::string &address) const;

private:
    db::Tx &m_tx;
    const domain::MailSettings &m_settings;
};

} // namespace helpdesk::mail
