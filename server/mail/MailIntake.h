#pragma once

#include "db/ConnectionPool.h"
#include "db/MailboxRepository.h"
#include "mail/ParsedMail.h"
#include "protocol/Messages.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk::mail {

/// What a customer's reply changes on the ticket it joins.
struct ReplyChange {
    std::int64_t stateId = 0;
    std::optional<std::int64_t> priorityId; // unchanged when empty
};

/// The desk's decisions about an inbound message, under the rules of the mailbox that fetched
/// it (defaults for the mailgate and the API): who sent it, which group a new ticket goes to,
/// the state and priority it opens with or a reply moves it to, and whether the sender is
/// acknowledged. Thread-confined, like the transaction it reads.
class MailIntake
{
public:
    /// Reads the rules of `mailboxId` (the defaults when there is none) in `tx`.
    MailIntake(db::Tx &tx, std::optional<std::int64_t> mailboxId);

    /// The mailbox's rules (the acting user, whether the original .eml is kept).
    const db::MailboxRules &rules() const { return m_rules; }

    /// The user with the address `from`, if any: staff or an existing customer.
    std::optional<protocol::User> knownSender(const MailAddress &from) const;
    /// A new customer for the unknown address `from`, named after its display name (else its
    /// local part); nothing when the mailbox accepts known senders only.
    std::optional<protocol::User> createCustomer(const MailAddress &from) const;

    /// The group of a new ticket: the first of `recipients` (envelope, To, Cc; plus-addressing
    /// stripped) that is one of our addresses, else the mailbox's group, else the first active
    /// group; nothing when there is no active group.
    std::optional<std::int64_t> groupFor(const std::vector<std::string> &recipients) const;
    /// A new ticket for `mail` from `customer` in `groupId`, in the mailbox's opening state and
    /// priority (else the desk's defaults), titled by the subject.
    protocol::Ticket openingTicket(const ParsedMail &mail, const protocol::User &customer, std::int64_t groupId) const;
    /// What a customer's reply changes on `ticket`: the mailbox's reply state and priority, else
    /// "open" when the ticket is neither new nor open; nothing when it stays as it is.
    std::optional<ReplyChange> customerReplyChange(const protocol::Ticket &ticket) const;
    /// Whether the sender of a new ticket gets an acknowledgement: customers do, unless the
    /// message was sent automatically (an auto-reply must not answer an auto-reply).
    static bool acknowledges(const ParsedMail &mail, const protocol::User &sender);

private:
    db::Tx &m_tx;
    db::MailboxRules m_rules;
};

} // namespace helpdesk::mail
