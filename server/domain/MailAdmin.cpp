#include "domain/MailAdmin.h"

#include "db/CustomChannelRepository.h"
#include "domain/Audit.h"
#include "domain/PageLimit.h"
#include "domain/Permissions.h"
#include "domain/TicketService.h"
#include "domain/Validation.h"
#include "protocol/ProtocolError.h"

#include <vector>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

protocol::JsonArray MailAdmin::inbound(db::Tx &tx, const Actor &actor, const std::optional<std::string> &state,
                                       std::optional<std::int64_t> mailboxId, std::optional<std::int64_t> limit)
{
    permissions::requireAdmin(actor);
    return db::MailRepository::listInbound(tx, state, mailboxId, pageLimit(limit, 100, 1000));
}

protocol::JsonObject MailAdmin::settings(db::Tx &tx, const Actor &actor)
{
    permissions::requireAdmin(actor);
    return MailSettings::load(tx).toJson();
}

protocol::JsonObject MailAdmin::updateSettings(db::Tx &tx, const Actor &actor, const protocol::JsonObject &changes)
{
    permissions::requireAdmin(actor);
    auto before = MailSettings::load(tx).toJson();
    auto after = MailSettings::update(tx, changes).toJson();
    auto smtp = changes->getObject("smtp");
    audit::record(tx, actor, "mail_settings.updated", "mail_settings", std::nullopt, before, after,
                  smtp && smtp->has("password") ? std::vector<std::string>{"smtp.password"}
                                                : std::vector<std::string>{});
    return after;
}

protocol::JsonArray MailAdmin::mailOfTicket(db::Tx &tx, const Actor &actor, std::int64_t ticketId)
{
    permissions::requireStaff(actor);
    auto ticket = TicketService::get(tx, actor, ticketId); // 404 unless the caller may read it
    auto mail = db::MailRepository::outboundOfTicket(tx, ticket.id);
    // A channel's replies are its mail: delivered to its webhook, in the same states.
    if (ticket.channelId) {
        auto deliveries = db::CustomChannelRepository::deliveriesOfTicket(tx, ticket.id);
        for (unsigned i = 0; i < deliveries->size(); ++i)
            mail->add(deliveries->getObject(i));
    }
    return mail;
}

MailAdmin::TestMail MailAdmin::composeTestMail(db::Tx &tx, const Actor &actor, const std::string &to)
{
    permissions::requireAdmin(actor);
    if (!looksLikeEmail(to))
        throw ApiError(ErrorCode::ValidationFailed, to + " is not an e-mail address", "to");
    TestMail test{MailSettings::load(tx), {}};
    auto &mail = test.mail;
    mail.kind = "system";
    mail.mailFrom = test.settings.systemName + " <" + test.settings.noreplyAddress + ">";
    mail.recipients = {to};
    mail.subject = "Helpdesk test mail";
    mail.bodyText = "This is a test mail from Helpdesk: the outgoing mail settings work.\n";
    mail.messageId = messageids::make(test.settings, std::nullopt);
    mail.autoSubmitted = "auto-generated";
    return test;
}

} // namespace helpdesk::domain
