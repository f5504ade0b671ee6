#include "domain/MailOutbox.h"

#include "db/ArticleRepository.h"
#include "db/ConfigRepository.h"
#include "db/JobRepository.h"
#include "db/MailRepository.h"
#include "db/UserRepository.h"
#include "domain/EmailAddress.h"
#include "domain/HtmlSanitizer.h"
#include "domain/Validation.h"

#include <Poco/Logger.h>

#include <algorithm>
#include <set>

namespace helpdesk::domain {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.mail");
}

std::string replaceAll(std::string text, const std::string &from, const std::string &to)
{
    for (auto pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size()))
        text.replace(pos, from.size(), to);
    return text;
}

/// Quoted display name for a From header (RFC 5322 quoted-string).
std::string displayAddress(const std::string &name, const std::string &address)
{
    std::string quoted;
    for (char c : headerSafe(name))
        if (c != '"' && c != '\\')
            quoted += c;
    return quoted.empty() ? address : "\"" + quoted + "\" <" + address + ">";
}

/// Leaves out (and logs) every entry that is not an addr-spec: a stored address from before the
/// checks, or one another system gave us, never reaches the SMTP dialogue.
void keepAddrSpecs(std::vector<std::string> &addresses, const std::string &kind)
{
    std::erase_if(addresses, [&](const std::string &address) {
        if (EmailAddress::isAddrSpec(address))
            return false;
        logger().warning("left out of a %s mail: \"%s\" is not an e-mail address", kind, headerSafe(address));
        return true;
    });
}

constexpr int kSendAttempts = 32;

void enqueue(db::Tx &tx, db::OutboundMail mail)
{
    // The outbox holds only what the SMTP sender accepts: addr-specs and one-line header text.
    keepAddrSpecs(mail.recipients, mail.kind);
    keepAddrSpecs(mail.cc, mail.kind);
    if (mail.recipients.empty()) {
        logger().warning("no %s mail %s: it has no valid recipient", mail.kind, mail.messageId);
        return;
    }
    mail.subject = headerSafe(mail.subject);
    auto id = db::MailRepository::insertOutbound(tx, mail);
    auto payload = protocol::newObject();
    payload->set("outbound_id", id);
    // Retried with backoff (2 s doubling, at most an hour apart) for about a day, like an MTA's
    // queue, so an SMTP outage of hours delays mail without losing it; then it ends 'failed'.
    db::JobRepository::enqueue(tx, "mail.send", payload, 0, kSendAttempts, "mail.send:" + std::to_string(id));
}

struct GroupMail {
    std::string name;
    std::string address;
    std::string signature;
    std::optional<std::string> ackSubject;
    std::optional<std::string> ackBody;
    protocol::JsonObject ackTranslations; // language -> {subject, body}
};

GroupMail groupMail(db::Tx &tx, const MailSettings &settings, std::int64_t groupId)
{
    GroupMail g;
    auto row = db::ConfigRepository::get(tx, db::ConfigKind::Group, groupId);
    g.name = row ? row->optValue<std::string>("name", "") : std::string();
    g.signature = row ? row->optValue<std::string>("signature", "") : std::string();
    if (row && row->has("acknowledgement_subject") && !row->isNull("acknowledgement_subject"))
        g.ackSubject = row->getValue<std::string>("acknowledgement_subject");
    if (row && row->has("acknowledgement_body") && !row->isNull("acknowledgement_body"))
        g.ackBody = row->getValue<std::string>("acknowledgement_body");
    if (row && row->has("acknowledgement_translations"))
        g.ackTranslations = row->getObject("acknowledgement_translations");
    g.address = db::MailRepository::firstAddressOfGroup(tx, groupId).value_or(settings.systemAddress);
    return g;
}

std::string fill(std::string text, const protocol::Ticket &ticket, const std::string &customerName,
                 const std::string &groupName, const std::string &agentName)
{
    text = replaceAll(text, "{ticket_number}", std::to_string(ticket.number));
    text = replaceAll(text, "{ticket_title}", ticket.title);
    text = replaceAll(text, "{customer_name}", customerName);
    text = replaceAll(text, "{group_name}", groupName);
    text = replaceAll(text, "{agent_name}", agentName);
    return text;
}

/// Threading headers: the newest message on the ticket, and the chain of its Message-IDs.
void threadOnTicket(db::Tx &tx, std::int64_t ticketId, db::OutboundMail &mail)
{
    std::vector<std::string> ids;
    // Ids from mail others wrote go back into our headers: only plain ones.
    for (auto &id : db::ArticleRepository::recentMessageIds(tx, ticketId))
        if (id != mail.messageId && isHeaderSafe(id) && id.find_first_of(" \t<>") == std::string::npos)
            ids.push_back(std::move(id));
    if (ids.empty())
        return;
    mail.inReplyTo = ids.front();
    std::string references;
    for (auto it = ids.rbegin(); it != ids.rend(); ++it)
        references += (references.empty() ? "<" : " <") + *it + ">";
    mail.references = references;
}

// A stranger's subject is not echoed by default: forged as someone else's, it would make the
// acknowledgement carry their spam (backscatter). A group's own text may use {ticket_title}.
const char *kDefaultAckSubject = "We received your message";
const char *kDefaultAckBody =
    "Dear {customer_name},\n\n"
    "thank you for your message. We have opened ticket {ticket_number} and "
    "will get back to you soon. Please keep the ticket number in the subject when you write about it.\n\n"
    "Your {group_name} team\n\n"
    "---\n\n"
    "Szanowni Państwo,\n\n"
    "dziękujemy za wiadomość. Otworzyliśmy zgłoszenie {ticket_number} i wkrótce "
    "odpowiemy. Prosimy zachować numer zgłoszenia w temacie kolejnych wiadomości.\n\n"
    "Zespół {group_name}\n";

/// The group's acknowledgement in the customer's language ("de-AT" falls back to "de"), else the
/// group's own text, else the bilingual default.
std::pair<std::string, std::string> acknowledgementTexts(const GroupMail &group,
                                                         const std::optional<std::string> &language)
{
    if (language && group.ackTranslations) {
        std::string tag = *language;
        std::replace(tag.begin(), tag.end(), '_', '-'); // "de_AT" as some systems spell it
        for (const auto &candidate : {tag, tag.substr(0, tag.find('-'))}) {
            auto entry = group.ackTranslations->getObject(candidate);
            if (entry)
                return {entry->getValue<std::string>("subject"), entry->getValue<std::string>("body")};
        }
    }
    return {group.ackSubject.value_or(kDefaultAckSubject), group.ackBody.value_or(kDefaultAckBody)};
}
} // namespace

std::string MailOutbox::articleSender(db::Tx &tx, const MailSettings &settings, std::int64_t groupId,
                                      const std::string &authorName)
{
    auto group = groupMail(tx, settings, groupId);
    return displayAddress(authorName + (group.name.empty() ? "" : " (" + group.name + ")"), group.address);
}

void MailOutbox::queueArticle(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                              const protocol::Article &article, const Actor &author)
{
    auto group = groupMail(tx, settings, ticket.groupId);
    auto customer = db::UserRepository::findById(tx, ticket.customerId);
    db::OutboundMail mail;
    mail.kind = "reply";
    mail.ticketId = ticket.id;
    mail.articleId = article.id;
    mail.mailFrom = articleSender(tx, settings, ticket.groupId, author.name);
    mail.recipients = EmailAddress::validIn(article.to);
    mail.cc = EmailAddress::validIn(article.cc);
    mail.subject = messageids::taggedSubject(settings, ticket.number, article.subject);
    std::string signature =
        group.signature.empty()
            ? std::string()
            : "\n\n-- \n" + fill(group.signature, ticket, customer ? customer->name : "", group.name, author.name);
    mail.bodyText = article.bodyText + signature;
    if (article.bodyHtml)
        mail.bodyHtml =
            *article.bodyHtml + (signature.empty() ? "" : "<pre>" + HtmlSanitizer::escape(signature) + "</pre>");
    mail.messageId = article.messageId.value_or(messageids::make(settings, ticket.id));
    threadOnTicket(tx, ticket.id, mail);
    if (mail.recipients.empty())
        return;
    enqueue(tx, mail);
}

bool MailOutbox::queueAcknowledgement(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                                      const std::optional<std::string> &inReplyTo)
{
    auto customer = db::UserRepository::findById(tx, ticket.customerId);
    if (!customer || customer->email.empty())
        return false;
    std::string to = customer->email;
    if (!automaticMailAllowed(tx, settings, to, ticket.number))
        return false;
    std::string lowered = to;
    for (auto &c : lowered)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto group = groupMail(tx, settings, ticket.groupId);
    auto [subject, body] = acknowledgementTexts(group, customer->language);
    db::OutboundMail mail;
    mail.kind = "acknowledgement";
    mail.ticketId = ticket.id;
    mail.mailFrom = displayAddress(group.name.empty() ? settings.systemName : group.name, group.address);
    mail.recipients = {to};
    mail.subject =
        messageids::taggedSubject(settings, ticket.number, fill(subject, ticket, customer->name, group.name, ""));
    mail.bodyText = fill(body, ticket, customer->name, group.name, "");
    mail.messageId = messageids::make(settings, ticket.id);
    if (inReplyTo) {
        mail.inReplyTo = *inReplyTo;
        mail.references = "<" + *inReplyTo + ">";
    }
    mail.autoSubmitted = "auto-replied";
    enqueue(tx, mail);
    db::MailRepository::recordAutoReply(tx, lowered);
    return true;
}

namespace {
/// Who hears of a ticket's news: the owner (unless absent) and watchers, or else every agent
/// with full access to the group.
std::set<std::string> agentsToTell(db::Tx &tx, const protocol::Ticket &ticket)
{
    std::set<std::string> recipients;
    bool ownerPresent = false;
    if (ticket.ownerId) {
        if (auto owner = db::UserRepository::presentEmail(tx, *ticket.ownerId)) {
            recipients.insert(*owner);
            ownerPresent = true;
        }
    }
    for (const auto &w : db::MailRepository::watcherAddresses(tx, ticket.id))
        recipients.insert(w);
    // Until someone owns the ticket (or while its owner is away) the whole group hears of it.
    if (!ownerPresent)
        for (const auto &a : db::MailRepository::groupAgentAddresses(tx, ticket.groupId))
            recipients.insert(a);
    return recipients;
}

/// A notification from the no-reply address to the agents who hear of the ticket's news.
void queueToAgents(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                   std::optional<std::int64_t> articleId, const std::string &subject, const std::string &body)
{
    auto recipients = agentsToTell(tx, ticket);
    if (recipients.empty())
        return;
    db::OutboundMail mail;
    mail.kind = "notification";
    mail.ticketId = ticket.id;
    mail.articleId = articleId;
    mail.mailFrom = displayAddress(settings.systemName, settings.noreplyAddress);
    mail.recipients.assign(recipients.begin(), recipients.end());
    mail.subject = messageids::taggedSubject(settings, ticket.number, subject);
    mail.bodyText = body;
    mail.messageId = messageids::make(settings, ticket.id);
    mail.autoSubmitted = "auto-generated";
    enqueue(tx, mail);
}
} // namespace

void MailOutbox::queueAgentNotification(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                                        const protocol::Article &article)
{
    queueToAgents(tx, settings, ticket, article.id, "New message: " + ticket.title,
                  "From: " + article.from + "\nTicket: " + std::to_string(ticket.number) + " " + ticket.title + "\n\n" +
                      article.bodyText);
}

void MailOutbox::queueAgentWarning(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                                   const std::string &subject, const std::string &body)
{
    queueToAgents(tx, settings, ticket, std::nullopt, subject, body);
}

bool MailOutbox::automaticMailAllowed(db::Tx &tx, const MailSettings &settings, const std::string &to,
                                      std::int64_t ticketNumber)
{
    std::string lowered = to;
    for (auto &c : lowered)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (db::UserRepository::isEmailFailing(tx, lowered)) {
        logger().information("no automatic mail for ticket %s: %s is marked failing", std::to_string(ticketNumber), to);
        return false;
    }
    if (lowered == settings.systemAddress || lowered == settings.noreplyAddress ||
        db::MailRepository::groupOfAddress(tx, lowered)) {
        logger().warning("no automatic mail for ticket %s: %s is one of our own addresses",
                         std::to_string(ticketNumber), to);
        return false;
    }
    if (db::MailRepository::autoRepliesLastHour(tx, lowered) >= settings.autoReplyLimitPerHour) {
        logger().warning("no automatic mail for ticket %s: %s reached the limit of %d automatic replies per hour",
                         std::to_string(ticketNumber), to, settings.autoReplyLimitPerHour);
        return false;
    }
    return true;
}

bool MailOutbox::queueAutomaticMail(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                                    const std::string &to, const std::string &subject, const std::string &body)
{
    if (to.empty() || !automaticMailAllowed(tx, settings, to, ticket.number))
        return false;
    auto group = groupMail(tx, settings, ticket.groupId);
    db::OutboundMail mail;
    mail.kind = "notification";
    mail.ticketId = ticket.id;
    mail.mailFrom = displayAddress(group.name.empty() ? settings.systemName : group.name, group.address);
    mail.recipients = {to};
    mail.subject = messageids::taggedSubject(settings, ticket.number, subject);
    mail.bodyText = body;
    mail.messageId = messageids::make(settings, ticket.id);
    threadOnTicket(tx, ticket.id, mail);
    mail.autoSubmitted = "auto-generated";
    enqueue(tx, mail);
    std::string lowered = to;
    for (auto &c : lowered)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    db::MailRepository::recordAutoReply(tx, lowered);
    return true;
}

void MailOutbox::queueSystemMail(db::Tx &tx, const MailSettings &settings, const std::string &to,
                                 const std::string &subject, const std::string &body)
{
    db::OutboundMail mail;
    mail.kind = "system";
    mail.mailFrom = displayAddress(settings.systemName, settings.noreplyAddress);
    mail.recipients = {to};
    mail.subject = subject;
    mail.bodyText = body;
    mail.messageId = messageids::make(settings, std::nullopt);
    mail.autoSubmitted = "auto-generated";
    enqueue(tx, mail);
}

} // namespace helpdesk::domain
