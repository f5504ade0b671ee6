#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "domain/MailSettings.h"
#include "domain/MailTemplates.h"
#include "protocol/Messages.h"

#include <optional>
#include <string>
#include <vector>

namespace helpdesk::domain {

/// Writes outbound mail into the outbox in the caller's transaction, with a 'mail.send' job to
/// deliver it, so a mail exists exactly when the change that causes it commits. Composes
/// subjects (ticket tag), senders (the group's address with the agent's name), signatures and
/// threading headers, writes what the server says from templates in each reader's language
/// (MailTemplates), and applies the rules for automatic mail (RFC 3834). Any thread.
class MailOutbox
{
public:
    /// The From of the mail of an agent's article: the author's name with the ticket group's sending address.
    static std::string articleSender(db::Tx &tx, const MailSettings &settings, std::int64_t groupId,
                                     const std::string &authorName);
    /// The mail of a public e-mail article an agent wrote (a reply, or an outbound ticket's mail).
    static void queueArticle(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                             const protocol::Article &article, const Actor &author);
    /// Acknowledges a new ticket to its customer (template "acknowledgement", in the customer's
    /// language, with the portal's address when the desk offers the portal and the group says so);
    /// false when a rule forbids it
    /// (failing address, our own address, the hourly limit per recipient). When the group
    /// acknowledges after acceptance and no agent took the ticket yet, the acknowledgement is held
    /// back until one does (acknowledgeOnAcceptance) and this returns true.
    static bool queueAcknowledgement(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                                     const std::optional<std::string> &inReplyTo);
    /// Sends the acknowledgement held back for the ticket, once, when an agent took it: it has an
    /// owner or left the state type `new`. Does nothing otherwise, or when none waits.
    static void acknowledgeOnAcceptance(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket);
    /// Tells agents of a customer's message (template agent_new_ticket when it opened the ticket,
    /// else agent_new_reply): the owner (unless absent) and watchers, or else every agent with
    /// full access to the group; one mail per language among them.
    static void queueAgentNotification(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                                       const protocol::Article &article, bool opensTicket = false);
    /// Tells the agents who would hear of the ticket's news (see queueAgentNotification) something
    /// they must check, such as mail in a colleague's name that nobody vouched for: template
    /// `templateName` with the ticket's placeholders and `values`.
    static void queueAgentMail(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                               const std::string &templateName, const MailValues &values);
    /// The same to the staff members at `recipients` (an SLA warning to the owner).
    static void queueStaffMail(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                               const std::vector<std::string> &recipients, const std::string &templateName,
                               const MailValues &values);
    /// A mail about a ticket to its customer (a rating request): template `templateName` in the
    /// customer's language, from the group's address, threaded on the ticket, Auto-Submitted:
    /// auto-generated; false when the rules of automatic mail refuse it.
    static bool queueCustomerMail(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                                  const std::string &templateName, const MailValues &values);
    /// Whether automatic mail may go to an address now: not one marked failing by a bounce, not
    /// one of our own addresses, and under the hourly limit per recipient (RFC 3834 spirit).
    static bool automaticMailAllowed(db::Tx &tx, const MailSettings &settings, const std::string &to,
                                     std::int64_t ticketNumber);
    /// An automatic mail about a ticket (triggers), from the group's address, threaded on the
    /// ticket, Auto-Submitted: auto-generated; false when the rules above refuse it.
    static bool queueAutomaticMail(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                                   const std::string &to, const std::string &subject, const std::string &body);
    /// A system mail to one person with a text of its own (a trigger's notice to agents); no ticket.
    static void queueSystemMail(db::Tx &tx, const MailSettings &settings, const std::string &to,
                                const std::string &subject, const std::string &body);
    /// A system mail about `recipient`'s account (password reset, invitation, address change,
    /// sign-in lock, sign-in link) to `to` (their address, or the new one being confirmed):
    /// template `templateName` in their language, `recipient_name` filled in; no ticket.
    static void queueAccountMail(db::Tx &tx, const MailSettings &settings, const protocol::User &recipient,
                                 const std::string &to, const std::string &templateName, const MailValues &values);
    /// A system mail from a template to one address for `reader` (its language, group), with the
    /// ticket tag of `ticketNumber` before the subject when given (an SLA warning to an agent).
    static void queueTemplatedMail(db::Tx &tx, const MailSettings &settings, const std::string &to,
                                   const MailReader &reader, const std::string &templateName, const MailValues &values,
                                   std::optional<std::int64_t> ticketNumber = std::nullopt);
    /// A mail of a group to someone who has no ticket yet (a web form's confirmation): template
    /// `templateName` in `language` (none: the group's default), from the group's address.
    static void queueGroupMail(db::Tx &tx, const MailSettings &settings, std::int64_t groupId, const std::string &to,
                               const std::optional<std::string> &language, const std::string &templateName,
                               const MailValues &values);
    /// The values every template about the ticket knows: ticket_number, ticket_title,
    /// customer_name, group_name, agent_name (the owner's).
    static MailValues ticketValues(db::Tx &tx, const protocol::Ticket &ticket);
};

} // namespace helpdesk::domain
