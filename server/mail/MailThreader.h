#pragma once

#include "db/ConnectionPool.h"
#include "domain/MailSettings.h"
#include "mail/ParsedMail.h"
#include "protocol/Messages.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace helpdesk::mail {

/// Where an inbound message belongs: the ticket it joins, or a ticket it only names.
struct ThreadMatch {
    std::optional<protocol::Ticket> ticket; // join this ticket (merges followed)
    std::optional<protocol::Ticket> quoted; // named by a sender who does not belong on it: link a new ticket to it
};

/// The mail-threading rule: which existing ticket an inbound message belongs to. The rules are
/// tried in this order, the first that names a ticket wins:
///  1. the ticket tag in the subject ("[#10042]"): a number anyone can type, so it joins only
///     when the sender belongs on the ticket (its customer, staff, or a participant), else it is
///     only quoted;
///  2. plus-addressing to one of our addresses ("support+10042@…"): the same, under the same condition;
///  3. In-Reply-To, then References from the newest: our signed hd.* Message-IDs, then any
///     article's Message-ID, then any Message-ID we sent; the ticket is joined whoever sends.
/// A ticket merged into another is followed to the ticket it was merged into.
class MailThreader
{
public:
    /// Looks tickets up in `tx`; `settings` signs and reads our Message-IDs and subject tags.
    MailThreader(db::Tx &tx, const domain::MailSettings &settings);

    /// The ticket `mail` belongs to; `recipients` are the envelope recipient, To and Cc
    /// addresses; `sender` is the user who sent it, if known.
    ThreadMatch findTicketFor(const ParsedMail &mail, const std::vector<std::string> &recipients,
                              const std::optional<protocol::User> &sender) const;
    /// The ticket a delivery report bounced from: our signed Message-ID, then any Message-ID we sent.
    std::optional<std::int64_t> findTicketOfBounce(const std::string &originalMessageId) const;

    /// "support+10042@desk.example" → ("support@desk.example", 10042); nothing for a plain address.
    static std::optional<std::pair<std::string, std::int64_t>> plusAddress(const std::string &address);

private:
    std::optional<protocol::Ticket> byNumber(std::int64_t number) const;
    std::optional<protocol::Ticket> byMessageId(const std::string &messageId) const;
    protocol::Ticket followMerges(protocol::Ticket ticket) const;
    bool mayJoin(const protocol::Ticket &ticket, const protocol::User &sender) const;

    db::Tx &m_tx;
    const domain::MailSettings &m_settings;
};

} // namespace helpdesk::mail
