#include "mail/MailThreader.h"

#include "db/MailRepository.h"
#include "db/TicketRepository.h"

#include <re2/re2.h>

namespace helpdesk::mail {

MailThreader::MailThreader(db::Tx &tx, const domain::MailSettings &settings) : m_tx(tx), m_settings(settings) {}

ThreadMatch MailThreader::findTicketFor(const ParsedMail &mail, const std::vector<std::string> &recipients,
                                        const std::optional<protocol::User> &sender) const
{
    ThreadMatch result;
    // 1. The ticket tag in the subject, or plus-addressing: a number anyone can type, so the
    //    sender must belong on the ticket.
    std::optional<protocol::Ticket> numbered;
    if (auto number = domain::messageids::numberInSubject(m_settings, mail.subject))
        numbered = byNumber(*number);
    if (!numbered)
        for (const auto &address : recipients)
            if (auto plus = plusAddress(address); plus && db::MailRepository::groupOfAddress(m_tx, plus->first))
                if ((numbered = byNumber(plus->second)))
                    break;
    if (numbered) {
        if (sender && mayJoin(*numbered, *sender))
            result.ticket = numbered;
        else
            result.quoted = numbered;
        return result;
    }
    // 2. In-Reply-To and References (newest first): a reply quotes the ids of what it answers.
    std::vector<std::string> ids;
    if (mail.inReplyTo)
        ids.push_back(*mail.inReplyTo);
    for (auto it = mail.references.rbegin(); it != mail.references.rend(); ++it)
        ids.push_back(*it);
    for (const auto &id : ids)
        if ((result.ticket = byMessageId(id)))
            return result;
    return result;
}

std::optional<std::int64_t> MailThreader::findTicketOfBounce(const std::string &originalMessageId) const
{
    if (auto ticketId = domain::messageids::ticketOf(m_settings, originalMessageId))
        return ticketId;
    return db::MailRepository::ticketOfOutboundMessageId(m_tx, originalMessageId);
}

std::optional<std::pair<std::string, std::int64_t>> MailThreader::plusAddress(const std::string &address)
{
    // RE2 runs in time linear in the address and without recursion, whatever a stranger sends.
    static const RE2 pattern(R"(([^+@]+)\+([0-9]{1,18})@(.+))");
    std::string local, domain;
    std::int64_t number = 0;
    if (!RE2::FullMatch(address, pattern, &local, &number, &domain))
        return std::nullopt;
    return std::make_pair(local + "@" + domain, number);
}

std::optional<protocol::Ticket> MailThreader::byNumber(std::int64_t number) const
{
    auto id = db::TicketRepository::idByNumber(m_tx, number);
    if (!id)
        return std::nullopt;
    return followMerges(*db::TicketRepository::get(m_tx, *id));
}

std::optional<protocol::Ticket> MailThreader::byMessageId(const std::string &messageId) const
{
    // Our signed ids need no lookup; an article's or a sent mail's id covers replies to
    // messages that were not signed (imported, or quoted from another participant).
    std::optional<std::int64_t> ticketId = domain::messageids::ticketOf(m_settings, messageId);
    if (!ticketId)
        ticketId = db::MailRepository::ticketOfArticleMessageId(m_tx, messageId);
    if (!ticketId)
        ticketId = db::MailRepository::ticketOfOutboundMessageId(m_tx, messageId);
    if (!ticketId)
        return std::nullopt;
    auto ticket = db::TicketRepository::get(m_tx, *ticketId);
    if (!ticket)
        return std::nullopt;
    return followMerges(*ticket);
}

protocol::Ticket MailThreader::followMerges(protocol::Ticket ticket) const
{
    // Bounded: a merge cycle written by hand in the database must not hang the mail worker.
    for (int i = 0; i < 10 && ticket.mergedIntoId; ++i) {
        auto next = db::TicketRepository::get(m_tx, *ticket.mergedIntoId);
        if (!next)
            break;
        ticket = *next;
    }
    return ticket;
}

bool MailThreader::mayJoin(const protocol::Ticket &ticket, const protocol::User &sender) const
{
    if (sender.id == ticket.customerId || sender.role != protocol::Role::Customer)
        return true;
    return db::MailRepository::isParticipant(m_tx, ticket.id, sender.email);
}

} // namespace helpdesk::mail
