#include "domain/NotificationSettings.h"

#include "db/UserRepository.h"
#include "domain/MailTemplateCatalog.h"
#include "domain/Permissions.h"
#include "protocol/ProtocolError.h"

#include <algorithm>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
constexpr const char *kFlags[] = {"desktop", "mail"};

bool isKind(const std::string &kind)
{
    const auto &all = NotificationSettings::kinds();
    return std::find(all.begin(), all.end(), kind) != all.end();
}

/// Today's mail goes out unless someone turns it off: every flag defaults to on.
constexpr bool kDefault = true;
} // namespace

const std::vector<std::string> &NotificationSettings::kinds()
{
    static const std::vector<std::string> all{"new_ticket", "customer_reply", "assigned_to_me", "mentioned",
                                              "sla_warning"};
    return all;
}

protocol::JsonObject NotificationSettings::of(db::Tx &tx, const Actor &actor)
{
    permissions::requireStaff(actor);
    auto stored = db::UserRepository::notificationSettings(tx, actor.userId);
    auto out = protocol::newObject();
    for (const auto &kind : kinds()) {
        auto chosen = stored->getObject(kind);
        auto entry = protocol::newObject();
        for (const char *flag : kFlags)
            entry->set(flag, chosen && chosen->has(flag) ? chosen->getValue<bool>(flag) : kDefault);
        out->set(kind, entry);
    }
    return out;
}

protocol::JsonObject NotificationSettings::update(db::Tx &tx, const Actor &actor, const protocol::JsonObject &changes)
{
    permissions::requireStaff(actor);
    auto settings = of(tx, actor);
    for (const auto &[kind, value] : *changes) {
        if (!isKind(kind))
            throw ApiError(ErrorCode::ValidationFailed,
                           "no notification kind '" + kind +
                               "': new_ticket, customer_reply, assigned_to_me, mentioned or sla_warning",
                           kind);
        if (value.type() != typeid(protocol::JsonObject))
            throw ApiError(ErrorCode::ValidationFailed, kind + " must be an object such as {\"mail\": false}", kind);
        protocol::JsonReader flags(value.extract<protocol::JsonObject>(), kind);
        auto entry = settings->getObject(kind);
        for (const char *flag : kFlags)
            if (auto on = flags.optBool(flag))
                entry->set(flag, *on);
        flags.finish();
    }
    db::UserRepository::setNotificationSettings(tx, actor.userId, settings);
    return settings;
}

std::optional<std::string> NotificationSettings::kindOfTemplate(const std::string &templateName)
{
    using namespace mailtemplates;
    if (templateName == kAgentNewTicket)
        return "new_ticket";
    if (templateName == kAgentNewReply || templateName == kAgentTicketReopened)
        return "customer_reply";
    if (templateName == kAgentSlaWarning || templateName == kAgentSlaBreach)
        return "sla_warning";
    if (templateName == kAgentMentioned)
        return "mentioned";
    return std::nullopt;
}

std::vector<std::string> NotificationSettings::wantingMail(db::Tx &tx, const std::vector<std::string> &addresses,
                                                           const std::string &kind)
{
    return db::UserRepository::wantingMail(tx, addresses, kind, kDefault);
}

} // namespace helpdesk::domain
