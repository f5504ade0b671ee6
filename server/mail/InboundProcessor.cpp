#include "mail/InboundProcessor.h"

#include "db/ArticleRepository.h"
#include "db/ContentHash.h"
#include "db/EventRepository.h"
#include "db/JobRepository.h"
#include "db/MailRepository.h"
#include "db/TicketRepository.h"
#include "domain/MailOutbox.h"
#include "domain/MailTemplateCatalog.h"
#include "domain/MailSettings.h"
#include "domain/TicketService.h"
#include "domain/TriggerService.h"
#include "db/MailDefenceRepository.h"
#include "mail/InboundDefences.h"
#include "mail/MailIntake.h"
#include "mail/MailParser.h"
#include "mail/MailThreader.h"
#include "mail/OversizedMail.h"
#include "protocol/ProtocolError.h"

#include <Poco/Logger.h>

namespace helpdesk::mail {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.mail");
}

std::string formatAddress(const MailAddress &a)
{
    return a.name.empty() ? a.address : a.name + " <" + a.address + ">";
}

std::string formatList(const std::vector<MailAddress> &list)
{
    std::string out;
    for (const auto &a : list)
        out += (out.empty() ? "" : ", ") + formatAddress(a);
    return out;
}

std::vector<std::string> recipientsOf(const ParsedMail &mail, const InboundOrigin &origin)
{
    std::vector<std::string> out;
    if (origin.envelopeRecipient)
        out.push_back(*origin.envelopeRecipient);
    for (const auto &a : mail.to)
        out.push_back(a.address);
    for (const auto &a : mail.cc)
        out.push_back(a.address);
    return out;
}

std::vector<protocol::AttachmentRef> storeAttachments(db::Tx &tx, const ParsedMail &mail, const std::string &raw,
                                                      bool keepEml)
{
    std::vector<protocol::AttachmentRef> refs;
    for (const auto &a : mail.attachments) {
        db::ArticleRepository::storeBlob(tx, a.sha256, a.content);
        protocol::AttachmentRef ref;
        ref.sha256 = a.sha256;
        ref.filename = a.filename;
        ref.contentType = a.contentType;
        ref.size = static_cast<std::int64_t>(a.content.size());
        ref.contentId = a.contentId;
        ref.isInline = a.isInline;
        refs.push_back(ref);
    }
    if (keepEml) {
        protocol::AttachmentRef ref;
        ref.sha256 = db::ContentHash::sha256Hex(raw);
        db::ArticleRepository::storeBlob(tx, ref.sha256, raw);
        ref.filename = "original.eml";
        ref.contentType = "message/rfc822";
        ref.size = static_cast<std::int64_t>(raw.size());
        refs.push_back(ref);
    }
    return refs;
}

/// "read in part: …" for the inbound list; empty when the message was read whole.
std::string partialReading(const ParsedMail &mail)
{
    std::string out;
    for (const auto &note : mail.limitNotes)
        out += (out.empty() ? "read in part: " : "; ") + note;
    return out;
}

/// `reason`, followed by what of the message was left unread (it may explain the reason).
std::string withPartialReading(const std::string &reason, const ParsedMail &mail)
{
    auto partial = partialReading(mail);
    return partial.empty() ? reason : reason + " (" + partial + ")";
}

/// Tells the agents, in an internal note on the ticket, what of a message was left unread.
void notePartialReading(db::Tx &tx, std::int64_t ticketId, const ParsedMail &mail, std::int64_t inboundId)
{
    if (mail.limitNotes.empty())
        return;
    protocol::Article note;
    note.ticketId = ticketId;
    note.internal = true;
    note.sender = "system";
    note.channel = "note";
    note.subject = "E-mail read in part";
    note.bodyText = "This e-mail goes beyond the limits that keep the desk responsive, so part of it was not read:\n";
    for (const auto &line : mail.limitNotes)
        note.bodyText += "- " + line + "\n";
    note.bodyText += "The original is kept unchanged (inbound message " + std::to_string(inboundId) + ").";
    domain::TicketService::appendArticle(tx, std::nullopt, false, *db::TicketRepository::get(tx, ticketId), note);
}

/// Tells the ticket's agents that mail in a colleague's name came without the MTA's word for it.
void warnOfUnverifiedSender(db::Tx &tx, const domain::MailSettings &settings, const protocol::Ticket &ticket,
                            const protocol::User &claimed, const SenderVerdict &verdict)
{
    logger().warning("mail in the name of staff member %s on ticket %s is unverified: %s", claimed.email,
                     std::to_string(ticket.number), verdict.summary);
    domain::MailValues values;
    values.text = {{"claimed_name", claimed.name}, {"claimed_email", claimed.email}, {"verdict", verdict.summary}};
    domain::MailOutbox::queueAgentMail(tx, settings, ticket, domain::mailtemplates::kAgentUnverifiedSender, values);
}

void failedEvent(db::Tx &tx, std::int64_t inboundId, const std::string &state, const std::string &error)
{
    db::NewEvent e;
    e.kind = "mail.inbound_" + state;
    e.audience = db::Audience::Admin;
    e.data = protocol::newObject();
    e.data->set("inbound_id", inboundId);
    e.data->set("error", error);
    db::EventRepository::append(tx, e);
}
} // namespace

InboundProcessor::InboundProcessor(db::ConnectionPool &pool) : m_pool(pool) {}

InboundResult InboundProcessor::store(const std::string &raw, const InboundOrigin &origin, int processingDelaySeconds)
{
    return m_pool.write([&](db::Tx &tx) {
        auto settings = domain::MailSettings::load(tx);
        InboundResult result;
        // Refused, never truncated: only the headers and the reason are kept, and the caller tells the sender.
        if (static_cast<std::int64_t>(raw.size()) > settings.maxMessageBytes)
            return OversizedMail::refuse(tx, OversizedMail::headerBlock(raw), static_cast<std::int64_t>(raw.size()),
                                         settings.maxMessageBytes, origin);
        auto [id, inserted] = db::MailRepository::storeInbound(tx, db::ContentHash::sha256Hex(raw), raw, origin.source,
                                                               origin.mailboxId, origin.envelopeRecipient);
        result.inboundId = id;
        if (!inserted) {
            auto existing = db::MailRepository::inbound(tx, id, false);
            result.state = existing ? existing->state : "pending";
            return result;
        }
        auto payload = protocol::newObject();
        payload->set("inbound_id", id);
        db::JobRepository::enqueue(tx, "mail.inbound", payload, processingDelaySeconds, 8, jobKey(id));
        result.state = "pending";
        return result;
    });
}

InboundResult InboundProcessor::process(std::int64_t inboundId)
{
    // Two messages from the same new sender interpreted at once both create the customer; the
    // loser's transaction fails on the unique e-mail and, run again, finds the customer.
    for (int attempt = 1;; ++attempt) {
        try {
            return interpret(inboundId);
        } catch (const protocol::ApiError &e) {
            if (e.code() != protocol::ErrorCode::Conflict || attempt == 3)
                throw;
        }
    }
}

InboundResult InboundProcessor::interpret(std::int64_t inboundId)
{
    return m_pool.write([&](db::Tx &tx) {
        InboundResult result;
        result.inboundId = inboundId;
        auto message = db::MailRepository::inbound(tx, inboundId, true); // serializes duplicate runs
        if (!message) {
            result.state = "failed";
            result.error = "no such inbound message";
            return result;
        }
        if (message->state != "pending") {
            result.state = message->state;
            return result;
        }
        std::optional<std::string> messageId;
        auto finish = [&](const std::string &state, const std::string &error) {
            result.state = state;
            result.error = error;
            db::MailRepository::finishInbound(tx, inboundId, state,
                                              error.empty() ? std::nullopt : std::optional<std::string>(error),
                                              result.ticketId, result.articleId, messageId);
            // Interpreted inline (a poll, the mailgate): the safety-net job has nothing left to do.
            db::JobRepository::cancelQueued(tx, jobKey(inboundId));
            if (state == "failed" || state == "rejected" || state == "held")
                failedEvent(tx, inboundId, state, error);
            logger().information("inbound %s: %s%s", std::to_string(inboundId), state,
                                 error.empty() ? std::string() : ": " + error);
            return result;
        };
        ParsedMail mail;
        try {
            mail = MailParser::parse(message->raw);
        } catch (const MailParseError &e) {
            return finish("failed", e.what());
        }
        messageId = mail.messageId;
        // One Message-ID at a time: two copies of a message (two MX hosts, two mailboxes) arriving
        // at once must not both miss the other's article in the duplicate check below.
        if (mail.messageId)
            db::ArticleRepository::lockMessageId(tx, *mail.messageId);
        if (!mail.from)
            return finish("failed", withPartialReading("the message has no sender address", mail));
        auto settings = domain::MailSettings::load(tx);
        for (const auto &loop : mail.xLoop)
            if (loop.find(settings.systemAddress) != std::string::npos)
                return finish("ignored", "our own mail came back (X-Loop " + loop + ")");
        InboundOrigin origin{message->source, message->mailboxId, message->envelopeRecipient};
        MailIntake intake(tx, message->mailboxId);
        const auto &rules = intake.rules();
        InboundDefences defences(tx, settings);
        auto verdict = defences.verdictFor(mail);

        // A delivery report: a note on the ticket it bounced from, never a ticket of its own.
        if (mail.bounce) {
            // Anyone can write a report naming any address: only one about mail we sent to it counts.
            mail.bounce->originalMessageId = defences.reportedMessageId(*mail.bounce, recipientsOf(mail, origin));
            if (!defences.bounceRefersToOurMail(*mail.bounce))
                return finish("ignored",
                              "a delivery report about mail we did not send to " +
                                  (mail.bounce->recipient.empty() ? std::string("anyone") : mail.bounce->recipient) +
                                  " (original Message-ID <" + mail.bounce->originalMessageId + ">)");
            std::optional<std::int64_t> ticketId;
            if (!mail.bounce->originalMessageId.empty())
                ticketId = MailThreader(tx, settings).findTicketOfBounce(mail.bounce->originalMessageId);
            if (!mail.bounce->recipient.empty())
                db::MailRepository::markAddressFailing(tx, mail.bounce->recipient, "bounce " + mail.bounce->status);
            if (ticketId) {
                auto ticket = *db::TicketRepository::get(tx, *ticketId);
                protocol::Article note;
                note.ticketId = ticket.id;
                note.internal = true;
                note.sender = "system";
                note.channel = "note";
                note.from = formatAddress(*mail.from);
                note.subject = mail.subject;
                note.bodyText = "Delivery to " + mail.bounce->recipient + " failed (status " + mail.bounce->status +
                                ").\n\n" + mail.text;
                note.messageId = mail.messageId;
                auto article = domain::TicketService::appendArticle(tx, std::nullopt, false, ticket, note);
                result.ticketId = ticket.id;
                result.articleId = article.id;
            }
            return finish("processed", "");
        }

        // The same message reached us another way (a second mailbox, a copy with other headers).
        if (mail.messageId && db::MailRepository::ticketOfArticleMessageId(tx, *mail.messageId)) {
            result.ticketId = db::MailRepository::ticketOfArticleMessageId(tx, *mail.messageId);
            return finish("ignored", "duplicate of a message already on ticket " + std::to_string(*result.ticketId));
        }

        auto sender = intake.knownSender(*mail.from);
        // Staff may join any ticket by its number; a staff From nobody vouched for joins only as a
        // customer would (a ticket it is on).
        auto joiningAs = sender;
        if (joiningAs && joiningAs->role != protocol::Role::Customer && !verdict.vouched)
            joiningAs->role = protocol::Role::Customer;
        auto threading = MailThreader(tx, settings).findTicketFor(mail, recipientsOf(mail, origin), joiningAs);

        // A flood (a script, a compromised account, a mail loop) is held before it opens tickets,
        // creates customers or tells anyone; an admin's release lets it through.
        std::optional<std::int64_t> groupId;
        if (!threading.ticket) {
            groupId = intake.groupFor(recipientsOf(mail, origin));
            if (!groupId)
                return finish("failed", "no active group to put the ticket in");
            if (!db::MailDefenceRepository::isReleased(tx, inboundId))
                if (auto reason = defences.floodReason(sender, *groupId); !reason.empty())
                    return finish("held", reason);
        }

        if (!sender && !(sender = intake.createCustomer(*mail.from)))
            return finish("rejected",
                          "unknown sender " + mail.from->address + " and this mailbox accepts known senders only");
        if (!verdict.spfOrDmarcFailed)
            defences.senderWroteAgain(mail.from->address);
        // Anyone can write a staff address into From: only our MTA's checks make it staff's.
        bool claimsStaff = sender->role != protocol::Role::Customer;
        bool fromStaff = claimsStaff && verdict.vouched;
        bool unverifiedStaff = claimsStaff && !fromStaff;
        // An out-of-office answer to the ticket is the customer's machine speaking: kept as a
        // system article, it neither counts as the customer's message (SLA) nor reopens the ticket.
        bool autoReplyToTicket = threading.ticket && mail.autoReply && !claimsStaff;
        auto attachments = storeAttachments(tx, mail, message->raw, rules.keepEml);

        protocol::Article draft;
        draft.internal = false;
        draft.sender = fromStaff ? "agent" : (autoReplyToTicket ? "system" : "customer");
        draft.channel = "email";
        if (!unverifiedStaff)
            draft.authorId = sender->id;
        draft.senderUnverified = unverifiedStaff;
        draft.from = formatAddress(*mail.from);
        draft.to = formatList(mail.to);
        draft.cc = formatList(mail.cc);
        draft.subject = mail.subject;
        draft.bodyText = mail.text;
        draft.bodyHtml = mail.html;
        draft.messageId = mail.messageId;
        draft.inReplyTo = mail.inReplyTo;
        draft.attachments = attachments;

        if (threading.ticket) {
            auto ticket = *threading.ticket;
            draft.ticketId = ticket.id;
            auto article = domain::TicketService::appendArticle(tx, rules.actingUserId, fromStaff, ticket, draft);
            result.ticketId = ticket.id;
            result.articleId = article.id;
            if (autoReplyToTicket) {
                logger().information("inbound %s: an automatic answer (%s) added to ticket %s as it stands",
                                     std::to_string(inboundId), mail.autoGeneratedReason,
                                     std::to_string(ticket.number));
            } else if (!fromStaff) {
                if (auto change = intake.customerReplyChange(ticket))
                    ticket = domain::TicketService::changeState(tx, rules.actingUserId, ticket, change->stateId,
                                                                change->priorityId);
                if (unverifiedStaff)
                    warnOfUnverifiedSender(tx, settings, ticket, *sender, verdict);
                else
                    domain::MailOutbox::queueAgentNotification(tx, settings, ticket, article);
                domain::TriggerService::run(tx, ticket.id, "customer_reply");
            }
            notePartialReading(tx, ticket.id, mail, inboundId);
            return finish("processed", partialReading(mail));
        }

        // A new ticket, in the group of the address it was sent to.
        auto ticket =
            domain::TicketService::openTicket(tx, rules.actingUserId, intake.openingTicket(mail, *sender, *groupId));
        draft.ticketId = ticket.id;
        auto article = domain::TicketService::appendArticle(tx, rules.actingUserId, false, ticket, draft);
        if (threading.quoted) {
            db::TicketRepository::link(tx, ticket.id, threading.quoted->id, "related");
            db::TicketRepository::addHistory(tx, ticket.id, rules.actingUserId, "link.related", std::nullopt,
                                             std::to_string(threading.quoted->number));
        }
        ticket = *db::TicketRepository::get(tx, ticket.id);
        result.ticketId = ticket.id;
        result.articleId = article.id;
        result.createdTicket = true;
        db::MailDefenceRepository::markOpenedTicket(tx, inboundId);
        // No backscatter: mail our MTA found forged is not answered (the answer would go to the victim).
        if (verdict.spfOrDmarcFailed)
            logger().information("no acknowledgement for inbound %s: %s", std::to_string(inboundId), verdict.summary);
        else if (MailIntake::acknowledges(mail, *sender))
            domain::MailOutbox::queueAcknowledgement(tx, settings, ticket, mail.messageId);
        else if (mail.autoGenerated)
            logger().information("no acknowledgement for inbound %s: automatic mail (%s)", std::to_string(inboundId),
                                 mail.autoGeneratedReason);
        if (unverifiedStaff)
            warnOfUnverifiedSender(tx, settings, ticket, *sender, verdict);
        else
            domain::MailOutbox::queueAgentNotification(tx, settings, ticket, article, true);
        domain::TriggerService::run(tx, ticket.id, "created");
        notePartialReading(tx, ticket.id, mail, inboundId);
        return finish("processed", partialReading(mail));
    });
}

} // namespace helpdesk::mail
