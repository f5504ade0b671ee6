#include "domain/MailOutbox.h"

#include "db/ArticleRepository.h"
#include "db/ConfigRepository.h"
#include "db/JobRepository.h"
#include "db/MailTemplateRepository.h"
#include "db/MailRepository.h"
#include "db/SignatureRepository.h"
#include "db/UserRepository.h"
#include "domain/AgentSignatures.h"
#include "domain/EmailAddress.h"
#include "domain/HtmlSanitizer.h"
#include "domain/MailTemplateCatalog.h"
#include "domain/NotificationSettings.h"
#include "domain/PortalSettings.h"
#include "domain/RatingLinks.h"
#include "domain/Validation.h"

#include <Poco/Logger.h>

#include <algorithm>
#include <map>
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
    std::optional<std::string> defaultLanguage; // none: the desk's
    bool acknowledgeAfterAcceptance = false;
    bool portalLink = false;
    std::vector<std::string> portalDomains; // empty: every requester
};

GroupMail groupMail(db::Tx &tx, const MailSettings &settings, std::int64_t groupId)
{
    GroupMail g;
    if (auto row = db::ConfigRepository::get(tx, db::ConfigKind::Group, groupId)) {
        g.name = row->optValue<std::string>("name", "");
        g.signature = row->optValue<std::string>("signature", "");
        if (row->has("default_language") && !row->isNull("default_language"))
            g.defaultLanguage = row->getValue<std::string>("default_language");
        g.acknowledgeAfterAcceptance = row->optValue<bool>("acknowledge_after_acceptance", false);
        g.portalLink = row->optValue<bool>("acknowledgement_portal_link", false);
        if (auto domains = row->getArray("acknowledgement_portal_domains"))
            for (const auto &domain : *domains)
                g.portalDomains.push_back(domain.toString());
    }
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

std::string lowered(std::string text)
{
    for (auto &c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

/// Whether an address is in one of the domains, or below one ("mail.lab.example" is in "lab.example").
bool inDomains(const std::string &address, const std::vector<std::string> &domains)
{
    const auto at = address.rfind('@');
    if (at == std::string::npos)
        return false;
    const auto domain = lowered(address.substr(at + 1));
    return std::any_of(domains.begin(), domains.end(), [&](const std::string &d) {
        const auto wanted = lowered(d);
        return domain == wanted || (domain.size() > wanted.size() &&
                                    domain.compare(domain.size() - wanted.size(), wanted.size(), wanted) == 0 &&
                                    domain[domain.size() - wanted.size() - 1] == '.');
    });
}

/// Who reads a mail about a group: its default language beneath the reader's own.
MailReader readerIn(const GroupMail &group, std::int64_t groupId, const std::optional<std::string> &language)
{
    return MailReader{language, groupId, group.defaultLanguage};
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
    // The agent's own signature, the group's or both, as the desk's rule says (SignatureSettings).
    const auto combined = SignatureSettings::load(tx).combine(
        db::SignatureRepository::ofAgent(tx, author.userId).value_or(std::string()), group.signature);
    std::string signature = combined.empty() ? std::string()
                                             : "\n\n-- \n" + fill(combined, ticket, customer ? customer->name : "",
                                                                  group.name, author.name);
    // The link to rate this reply ends the signature (groups with ratings on, mail to the customer).
    auto rating = RatingLinks::forReply(tx, settings, ticket, article, mail.recipients);
    std::string ratingText;
    if (rating)
        ratingText = (signature.empty() ? "\n\n-- \n" : "\n\n") + rating->wording + " " + rating->url;
    mail.bodyText = article.bodyText + signature + ratingText;
    if (article.bodyHtml)
        mail.bodyHtml =
            *article.bodyHtml + (signature.empty() ? "" : "<pre>" + HtmlSanitizer::escape(signature) + "</pre>") +
            (rating ? "<p>" + HtmlSanitizer::escape(rating->wording) + " <a href=\"" +
                          HtmlSanitizer::escape(rating->url) + "\">" + HtmlSanitizer::escape(rating->url) + "</a></p>"
                    : "");
    mail.messageId = article.messageId.value_or(messageids::make(settings, ticket.id));
    threadOnTicket(tx, ticket.id, mail);
    if (mail.recipients.empty())
        return;
    enqueue(tx, mail);
}

namespace {
/// The values of a ticket's placeholders, from what the caller already read.
MailValues valuesOfTicket(db::Tx &tx, const protocol::Ticket &ticket, const std::string &customerName,
                          const std::string &groupName)
{
    MailValues values;
    values.text["ticket_number"] = std::to_string(ticket.number);
    values.text["ticket_title"] = ticket.title;
    values.text["customer_name"] = customerName;
    values.text["group_name"] = groupName;
    if (ticket.ownerId)
        if (auto owner = db::UserRepository::findById(tx, *ticket.ownerId))
            values.text["agent_name"] = owner->name;
    return values;
}

/// `values` over `base`: what the caller gave wins.
MailValues merged(MailValues base, const MailValues &values)
{
    for (const auto &[key, value] : values.text)
        base.text[key] = value;
    for (const auto &[key, term] : values.terms)
        base.terms[key] = term;
    return base;
}

/// Whether an agent took the ticket: it has an owner or left `new`.
bool taken(const protocol::Ticket &ticket)
{
    return ticket.ownerId.has_value() || (!ticket.stateType.empty() && ticket.stateType != "new");
}

/// The acknowledgement itself, under the rules of automatic mail.
bool sendAcknowledgement(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                         const protocol::User &customer, const GroupMail &group,
                         const std::optional<std::string> &inReplyTo)
{
    const std::string &to = customer.email;
    if (!MailOutbox::automaticMailAllowed(tx, settings, to, ticket.number))
        return false;
    auto values = valuesOfTicket(tx, ticket, customer.name, group.name);
    // The portal's address, when the desk offers the portal and the group offers it to this requester
    // (as a lab did to its own staff only).
    if (group.portalLink && (group.portalDomains.empty() || inDomains(to, group.portalDomains)) &&
        PortalSettings::load(tx).enabled)
        values.text["portal_url"] = settings.publicUrl + "/";
    // A ticket an agent opened from a phone call is not thanked "for your message".
    const char *name = ticket.createdVia == "phone_in"    ? mailtemplates::kAcknowledgementPhoneIn
                       : ticket.createdVia == "phone_out" ? mailtemplates::kAcknowledgementPhoneOut
                                                          : mailtemplates::kAcknowledgement;
    auto written = MailTemplates::write(tx, settings, name, readerIn(group, ticket.groupId, customer.language), values);
    db::OutboundMail mail;
    mail.kind = "acknowledgement";
    mail.ticketId = ticket.id;
    mail.mailFrom = displayAddress(group.name.empty() ? settings.systemName : group.name, group.address);
    mail.recipients = {to};
    mail.subject = messageids::taggedSubject(settings, ticket.number, written.subject);
    mail.bodyText = written.body;
    mail.messageId = messageids::make(settings, ticket.id);
    if (inReplyTo) {
        mail.inReplyTo = *inReplyTo;
        mail.references = "<" + *inReplyTo + ">";
    }
    mail.autoSubmitted = "auto-replied";
    enqueue(tx, mail);
    db::MailRepository::recordAutoReply(tx, lowered(to));
    return true;
}
} // namespace

bool MailOutbox::queueAcknowledgement(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                                      const std::optional<std::string> &inReplyTo)
{
    auto customer = db::UserRepository::findById(tx, ticket.customerId);
    if (!customer || customer->email.empty())
        return false;
    auto group = groupMail(tx, settings, ticket.groupId);
    // A group whose agents accept requests first acknowledges only what an agent took on.
    if (group.acknowledgeAfterAcceptance && !taken(ticket)) {
        db::MailTemplateRepository::deferAcknowledgement(tx, ticket.id, inReplyTo);
        logger().information("ticket %s: acknowledgement held until an agent takes it", std::to_string(ticket.number));
        return true;
    }
    return sendAcknowledgement(tx, settings, ticket, *customer, group, inReplyTo);
}

void MailOutbox::acknowledgeOnAcceptance(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket)
{
    if (!taken(ticket))
        return;
    auto waiting = db::MailTemplateRepository::takeDeferredAcknowledgement(tx, ticket.id);
    if (!waiting)
        return;
    auto customer = db::UserRepository::findById(tx, ticket.customerId);
    if (!customer || customer->email.empty())
        return;
    sendAcknowledgement(tx, settings, ticket, *customer, groupMail(tx, settings, ticket.groupId), *waiting);
}

MailValues MailOutbox::ticketValues(db::Tx &tx, const protocol::Ticket &ticket)
{
    auto customer = db::UserRepository::findById(tx, ticket.customerId);
    auto group = db::ConfigRepository::get(tx, db::ConfigKind::Group, ticket.groupId);
    return valuesOfTicket(tx, ticket, customer ? customer->name : std::string(),
                          group ? group->optValue<std::string>("name", "") : std::string());
}

namespace {
/// Who hears of a ticket's news: the owner (while away: their substitute, if they named one) and
/// watchers, or else every agent with full access to the group.
std::set<std::string> agentsToTell(db::Tx &tx, const protocol::Ticket &ticket)
{
    std::set<std::string> recipients;
    bool ownerPresent = false;
    if (ticket.ownerId) {
        auto owner = db::UserRepository::presentEmail(tx, *ticket.ownerId);
        if (!owner)
            owner = db::UserRepository::substituteEmail(tx, *ticket.ownerId, ticket.groupId);
        if (owner) {
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

/// A notification about a ticket from the no-reply address to staff: one mail per language among
/// them, each written from template `name` in that language.
void queueToStaff(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                  const std::vector<std::string> &everyone, std::optional<std::int64_t> articleId,
                  const std::string &name, const MailValues &values)
{
    // Each agent's notification settings say which news they want by mail.
    const auto kind = NotificationSettings::kindOfTemplate(name);
    const auto addresses = kind ? NotificationSettings::wantingMail(tx, everyone, *kind) : everyone;
    if (addresses.empty())
        return;
    auto group = groupMail(tx, settings, ticket.groupId);
    auto languages = db::MailTemplateRepository::languagesOf(tx, addresses);
    std::map<std::string, std::vector<std::string>> byAccountLanguage; // "" : none set
    for (const auto &address : addresses) {
        auto language = languages.find(lowered(address));
        byAccountLanguage[language == languages.end() ? std::string() : language->second].push_back(address);
    }
    auto filled = merged(
        valuesOfTicket(tx, ticket, db::UserRepository::findById(tx, ticket.customerId).value_or(protocol::User{}).name,
                       group.name),
        values);
    // "de" and "de-AT" read the same mail: one per language written.
    std::map<std::string, std::pair<WrittenMail, std::vector<std::string>>> byWritten;
    for (const auto &[language, people] : byAccountLanguage) {
        auto written = MailTemplates::write(
            tx, settings, name,
            readerIn(group, ticket.groupId, language.empty() ? std::nullopt : std::optional(language)), filled);
        auto &entry = byWritten.try_emplace(written.language, written, std::vector<std::string>()).first->second;
        entry.second.insert(entry.second.end(), people.begin(), people.end());
    }
    for (const auto &[language, entry] : byWritten) {
        db::OutboundMail mail;
        mail.kind = "notification";
        mail.ticketId = ticket.id;
        mail.articleId = articleId;
        mail.mailFrom = displayAddress(settings.systemName, settings.noreplyAddress);
        mail.recipients = entry.second;
        mail.subject = messageids::taggedSubject(settings, ticket.number, entry.first.subject);
        mail.bodyText = entry.first.body;
        mail.messageId = messageids::make(settings, ticket.id);
        mail.autoSubmitted = "auto-generated";
        enqueue(tx, mail);
    }
}

/// The same to the agents who hear of the ticket's news.
void queueToAgents(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                   std::optional<std::int64_t> articleId, const std::string &name, const MailValues &values)
{
    auto recipients = agentsToTell(tx, ticket);
    queueToStaff(tx, settings, ticket, std::vector<std::string>(recipients.begin(), recipients.end()), articleId, name,
                 values);
}
} // namespace

void MailOutbox::queueAgentNotification(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                                        const protocol::Article &article, bool opensTicket)
{
    MailValues values;
    values.text["sender"] = article.from;
    values.text["message"] = article.bodyText;
    queueToAgents(tx, settings, ticket, article.id,
                  opensTicket ? mailtemplates::kAgentNewTicket : mailtemplates::kAgentNewReply, values);
}

void MailOutbox::queueAgentMail(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                                const std::string &templateName, const MailValues &values)
{
    queueToAgents(tx, settings, ticket, std::nullopt, templateName, values);
}

void MailOutbox::queueStaffMail(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                                const std::vector<std::string> &recipients, const std::string &templateName,
                                const MailValues &values)
{
    queueToStaff(tx, settings, ticket, recipients, std::nullopt, templateName, values);
}

bool MailOutbox::queueCustomerMail(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                                   const std::string &templateName, const MailValues &values)
{
    auto customer = db::UserRepository::findById(tx, ticket.customerId);
    if (!customer || customer->email.empty() || !automaticMailAllowed(tx, settings, customer->email, ticket.number))
        return false;
    auto group = groupMail(tx, settings, ticket.groupId);
    auto written = MailTemplates::write(tx, settings, templateName, readerIn(group, ticket.groupId, customer->language),
                                        merged(valuesOfTicket(tx, ticket, customer->name, group.name), values));
    db::OutboundMail mail;
    mail.kind = "notification";
    mail.ticketId = ticket.id;
    mail.mailFrom = displayAddress(group.name.empty() ? settings.systemName : group.name, group.address);
    mail.recipients = {customer->email};
    mail.subject = messageids::taggedSubject(settings, ticket.number, written.subject);
    mail.bodyText = written.body;
    mail.messageId = messageids::make(settings, ticket.id);
    threadOnTicket(tx, ticket.id, mail);
    mail.autoSubmitted = "auto-generated";
    enqueue(tx, mail);
    db::MailRepository::recordAutoReply(tx, lowered(customer->email));
    return true;
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

void MailOutbox::queueTemplatedMail(db::Tx &tx, const MailSettings &settings, const std::string &to,
                                    const MailReader &reader, const std::string &templateName, const MailValues &values,
                                    std::optional<std::int64_t> ticketNumber)
{
    auto written = MailTemplates::write(tx, settings, templateName, reader, values);
    queueSystemMail(tx, settings, to,
                    ticketNumber ? messageids::taggedSubject(settings, *ticketNumber, written.subject)
                                 : written.subject,
                    written.body);
}

void MailOutbox::queueAccountMail(db::Tx &tx, const MailSettings &settings, const protocol::User &recipient,
                                  const std::string &to, const std::string &templateName, const MailValues &values)
{
    MailValues filled = values;
    filled.text.try_emplace("recipient_name", recipient.name);
    queueTemplatedMail(tx, settings, to, MailReader{recipient.language, std::nullopt, std::nullopt}, templateName,
                       filled);
}

void MailOutbox::queueGroupMail(db::Tx &tx, const MailSettings &settings, std::int64_t groupId, const std::string &to,
                                const std::optional<std::string> &language, const std::string &templateName,
                                const MailValues &values)
{
    auto group = groupMail(tx, settings, groupId);
    MailValues filled = values;
    filled.text.try_emplace("group_name", group.name);
    auto written = MailTemplates::write(tx, settings, templateName, readerIn(group, groupId, language), filled);
    db::OutboundMail mail;
    mail.kind = "system";
    mail.mailFrom = displayAddress(group.name.empty() ? settings.systemName : group.name, group.address);
    mail.recipients = {to};
    mail.subject = written.subject;
    mail.bodyText = written.body;
    mail.messageId = messageids::make(settings, std::nullopt);
    mail.autoSubmitted = "auto-generated";
    enqueue(tx, mail);
}

} // namespace helpdesk::domain
