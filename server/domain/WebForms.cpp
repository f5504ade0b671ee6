#include "domain/WebForms.h"

#include "db/ConfigRepository.h"
#include "db/ContentHash.h"
#include "db/TicketRepository.h"
#include "domain/MailOutbox.h"
#include "domain/MailSettings.h"
#include "domain/MailTemplateCatalog.h"
#include "domain/Passwords.h"
#include "domain/CustomerAccounts.h"
#include "domain/TicketService.h"
#include "domain/TriggerService.h"
#include "domain/Validation.h"
#include "protocol/ProtocolError.h"

#include <Poco/Logger.h>
#include <Poco/String.h>
#include <Poco/UTF8Encoding.h>

#include <algorithm>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.webform");
}

/// Whether `text` is well-formed UTF-8 (a form may post any bytes; the database takes only UTF-8).
bool isUtf8(const std::string &text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    std::size_t at = 0;
    while (at < text.size()) {
        const unsigned char lead = bytes[at];
        const std::size_t length = lead < 0x80           ? 1
                                   : (lead >> 5) == 0x6  ? 2
                                   : (lead >> 4) == 0xe  ? 3
                                   : (lead >> 3) == 0x1e ? 4
                                                         : 0;
        if (length == 0 || at + length > text.size() ||
            !Poco::UTF8Encoding::isLegal(bytes + at, static_cast<int>(length)))
            return false;
        at += length;
    }
    return true;
}

/// A field's text: trimmed, well-formed, of 1 to `limit` characters; else ValidationFailed on it.
std::string requireText(const std::string &given, std::size_t limit, const std::string &field)
{
    auto text = Poco::trim(given);
    if (!isUtf8(text))
        throw ApiError(ErrorCode::ValidationFailed, field + " is not text", field);
    // Characters, not bytes: a name in Cyrillic has as many as one in Latin letters.
    const auto characters = static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xc0) != 0x80; }));
    if (characters == 0)
        throw ApiError(ErrorCode::ValidationFailed, field + " is empty", field);
    if (characters > limit)
        throw ApiError(ErrorCode::ValidationFailed,
                       field + " may have at most " + std::to_string(limit) + " characters", field);
    return text;
}

/// Opens the request's ticket as its customer, with the message as the customer's first article,
/// and tells whom a customer's new ticket is told: the customer (acknowledgement), the agents.
protocol::Ticket openTicket(db::Tx &tx, const db::WebFormRequest &request)
{
    // The sender's account, or a new one named as in the form (as mail intake makes one for a stranger).
    auto customer =
        customerAccountFor(tx, {.email = request.email, .name = request.name, .language = request.language}, nullptr);
    protocol::Ticket draft;
    draft.title = request.subject;
    draft.groupId = request.groupId;
    draft.customerId = customer.id;
    draft.organizationId = customer.organizationId;
    draft.stateId = db::ConfigRepository::defaultStateId(tx);
    draft.priorityId = db::ConfigRepository::defaultPriorityId(tx);
    draft.custom = protocol::newObject();
    auto ticket = TicketService::openTicket(tx, customer.id, draft);

    protocol::Article article;
    article.ticketId = ticket.id;
    article.internal = false;
    article.sender = "customer";
    article.channel = "web";
    article.authorId = customer.id;
    article.from = request.name + " <" + request.email + ">";
    article.subject = request.subject;
    article.bodyText = request.message;
    auto stored = TicketService::appendArticle(tx, customer.id, false, ticket, article);
    ticket = *db::TicketRepository::get(tx, ticket.id);

    auto settings = MailSettings::load(tx);
    MailOutbox::queueAcknowledgement(tx, settings, ticket, std::nullopt);
    MailOutbox::queueAgentNotification(tx, settings, ticket, stored, true);
    TriggerService::run(tx, ticket.id, "created");
    return ticket;
}
/// The request of a link's token (locked against a concurrent confirmation when `lock`).
std::optional<db::WebFormRequest> requestOf(db::Tx &tx, const std::string &token, bool lock)
{
    if (token.empty())
        return std::nullopt;
    return db::WebFormRepository::find(tx, db::ContentHash::sha256Hex(token), lock);
}

/// What a request's link comes to (without the group's name).
WebFormLink stateOf(const std::optional<db::WebFormRequest> &request)
{
    WebFormLink link;
    if (!request)
        return link;
    if (request->ticketNumber) {
        link.state = WebFormLinkState::Confirmed;
        link.ticketNumber = request->ticketNumber;
    } else if (request->expired || request->confirmed) {
        link.state = WebFormLinkState::Expired; // expired, or its ticket was deleted since
    } else {
        link.state = WebFormLinkState::Waiting;
    }
    return link;
}
} // namespace

std::optional<db::WebFormGroup> WebForms::openForm(db::Tx &tx, const std::string &key)
{
    if (key.empty() || key.size() > 64)
        return std::nullopt;
    return db::WebFormRepository::openFormByKey(tx, key);
}

std::string WebForms::submit(db::Tx &tx, const db::WebFormGroup &group, const WebFormSubmission &submission)
{
    db::WebFormRequest request;
    request.groupId = group.id;
    request.name = requireText(submission.name, kMaxName, "name");
    requireHeaderSafe(request.name, "name"); // it stands in the From of the ticket's first message
    request.email = requireText(submission.email, kMaxEmail, "email");
    if (!looksLikeEmail(request.email))
        throw ApiError(ErrorCode::ValidationFailed, "email is not an e-mail address", "email");
    // The subject becomes the ticket's title and the subject of its mail.
    request.subject = headerSafe(requireText(submission.subject, kMaxSubject, "subject"));
    request.message = requireText(submission.message, kMaxMessage, "message");
    if (MailTemplateCatalog::isShippedLanguage(submission.language))
        request.language = submission.language;

    auto token = passwords::newToken("hdw_");
    db::WebFormRepository::insert(tx, db::ContentHash::sha256Hex(token), request, submission.clientAddress,
                                  kValidHours * 3600, kKeepSeconds);
    auto settings = MailSettings::load(tx);
    MailValues values;
    values.text = {{"confirm_url", settings.publicUrl + "/form/confirm?token=" + token},
                   {"valid_hours", std::to_string(kValidHours)},
                   {"request_title", request.subject},
                   {"group_name", group.name}};
    MailOutbox::queueGroupMail(tx, settings, group.id, request.email, request.language,
                               mailtemplates::kWebFormConfirmation, values);
    logger().information("web form of group %s: request from %s waits for its confirmation", std::to_string(group.id),
                         submission.clientAddress);
    return token;
}

WebFormLink WebForms::link(db::Tx &tx, const std::string &token)
{
    auto request = requestOf(tx, token, false);
    auto link = stateOf(request);
    if (link.state == WebFormLinkState::Waiting) {
        auto group = db::ConfigRepository::get(tx, db::ConfigKind::Group, request->groupId);
        link.groupName = group ? group->getValue<std::string>("name") : std::string();
    }
    return link;
}

WebFormLink WebForms::confirm(db::Tx &tx, const std::string &token)
{
    // Locked: two confirmations at once (a double click, two tabs) open one ticket.
    auto request = requestOf(tx, token, true);
    auto result = stateOf(request);
    if (result.state != WebFormLinkState::Waiting)
        return result;
    auto ticket = openTicket(tx, *request);
    db::WebFormRepository::markConfirmed(tx, request->id, ticket.id);
    logger().information("web form request %s confirmed: ticket %s", std::to_string(request->id),
                         std::to_string(ticket.number));
    result.state = WebFormLinkState::Confirmed;
    result.ticketNumber = ticket.number;
    result.openedNow = true;
    return result;
}

} // namespace helpdesk::domain
