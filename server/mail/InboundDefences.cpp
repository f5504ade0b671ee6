#include "mail/InboundDefences.h"

#include "db/MailDefenceRepository.h"
#include "db/MailRepository.h"
#include "domain/ReturnPath.h"

#include <Poco/Logger.h>

#include <algorithm>

namespace helpdesk::mail {

namespace {
Poco::Logger &logger()
{
    return Poco::Logger::get("helpdesk.server.mail");
}
} // namespace

InboundDefences::InboundDefences(db::Tx &tx, const domain::MailSettings &settings) : m_tx(tx), m_settings(settings) {}

SenderVerdict InboundDefences::verdictFor(const ParsedMail &mail) const
{
    return judgeSender(mail.authenticationResults, m_settings.defences.trustedAuthservIds,
                       mail.from ? mail.from->address : std::string());
}

std::string InboundDefences::reportedMessageId(const Bounce &bounce, const std::vector<std::string> &deliveredTo) const
{
    for (const auto &address : deliveredTo)
        if (auto outboundId = domain::returnpath::outboundOf(m_settings, address))
            if (auto sent = db::MailRepository::outbound(m_tx, *outboundId))
                return sent->messageId;
    return bounce.originalMessageId;
}

bool InboundDefences::bounceRefersToOurMail(const Bounce &bounce) const
{
    if (bounce.originalMessageId.empty() || bounce.recipient.empty())
        return false;
    auto recipients = db::MailDefenceRepository::recipientsOfSent(m_tx, bounce.originalMessageId);
    return recipients && std::find(recipients->begin(), recipients->end(), bounce.recipient) != recipients->end();
}

std::string InboundDefences::floodReason(const std::optional<protocol::User> &sender, std::int64_t groupId) const
{
    const auto &limits = m_settings.defences;
    if (limits.newTicketsPerGroupPerHour > 0 &&
        db::MailDefenceRepository::ticketsOpenedInGroupLastHour(m_tx, groupId) >= limits.newTicketsPerGroupPerHour)
        return "held for review: mail opened " + std::to_string(limits.newTicketsPerGroupPerHour) +
               " tickets in this group during the last hour (the limit)";
    if (sender && limits.newTicketsPerSenderPerHour > 0 &&
        db::MailDefenceRepository::ticketsOpenedBySenderLastHour(m_tx, sender->id) >= limits.newTicketsPerSenderPerHour)
        return "held for review: " + sender->email + " opened " + std::to_string(limits.newTicketsPerSenderPerHour) +
               " tickets by mail during the last hour (the limit)";
    return {};
}

void InboundDefences::senderWroteAgain(const std::string &address) const
{
    if (db::MailDefenceRepository::clearAddressFailing(m_tx, address))
        logger().information("%s is no longer marked failing: it wrote to us", address);
}

} // namespace helpdesk::mail
