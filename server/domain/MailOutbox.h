#pragma once

#include "db/ConnectionPool.h"
#include "domain/Actor.h"
#include "domain/MailSettings.h"
#include "protocol/Messages.h"

#include <optional>
#include <string>

namespace helpdesk::domain {

/// Writes outbound mail into the outbox in the caller's transaction, with a 'mail.send' job to
/// deliver it, so a mail exists exactly when the change that causes it commits. Composes
/// subjects (ticket tag), senders (the group's address with the agent's name), signatures and
/// threading headers, and applies the rules for automatic mail (RFC 3834). Any thread.
class MailOutbox
{
public:
    /// The From of the mail of an agent's article: the author's name with the ticket group's sending address.
    static std::string articleSender(db::Tx &tx, const MailSettings &settings, std::int64_t groupId,
                                     const std::string &authorName);
    /// The mail of a public e-mail article an agent wrote (a reply, or an outbound ticket's mail).
    static void queueArticle(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                             const protocol::Article &article, const Actor &author);
    /// Acknowledges a new ticket to its customer; false when a rule forbids it (failing address,
    /// our own address, the hourly limit per recipient).
    static bool queueAcknowledgement(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                                     const std::optional<std::string> &inReplyTo);
    /// Tells agents of a customer's message: the owner (unless absent) and watchers, or else
    /// every agent with full access to the group.
    static void queueAgentNotification(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                                       const protocol::Article &article);
    /// Warns the agents who would hear of the ticket's news (see queueAgentNotification) of
    /// something they must check, such as mail in a colleague's name that nobody vouched for.
    static void queueAgentWarning(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                                  const std::string &subject, const std::string &body);
    /// Whether automatic mail may go to an address now: not one marked failing by a bounce, not
    /// one of our own addresses, and under the hourly limit per recipient (RFC 3834 spirit).
    static bool automaticMailAllowed(db::Tx &tx, const MailSettings &settings, const std::string &to,
                                     std::int64_t ticketNumber);
    /// An automatic mail about a ticket (triggers), from the group's address, threaded on the
    /// ticket, Auto-Submitted: auto-generated; false when the rules above refuse it.
    static bool queueAutomaticMail(db::Tx &tx, const MailSettings &settings, const protocol::Ticket &ticket,
                                   const std::string &to, const std::string &subject, const std::string &body);
    /// A system mail to one person (password reset, invitation); no ticket.
    static void queueSystemMail(db::Tx &tx, const MailSettings &settings, const std::string &to,
                                const std::string &subject, const std::string &body);
};

} // namespace helpdesk::domain
