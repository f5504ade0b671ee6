#include "domain/SecuritySettings.h"

#include "db/MailRepository.h"
#include "domain/DeskSettings.h"
#include "protocol/ProtocolError.h"

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::domain {

namespace {
constexpr const char *kKey = "security";
constexpr const char *kRequiredRoles = "two_factor_required_roles";
} // namespace

SecuritySettings SecuritySettings::load(db::Tx &tx)
{
    SecuritySettings settings;
    auto stored = db::MailRepository::setting(tx, kKey);
    if (!stored)
        return settings;
    if (auto roles = stored->getArray(kRequiredRoles))
        for (std::size_t i = 0; i < roles->size(); ++i)
            settings.twoFactorRequiredRoles.insert(protocol::roleFromName(roles->getElement<std::string>(i)));
    return settings;
}

SecuritySettings SecuritySettings::update(db::Tx &tx, const Actor &actor, const protocol::JsonObject &changes)
{
    return desksettings::update<SecuritySettings>(
        tx, actor, kKey, "security", changes, [](SecuritySettings &after, protocol::JsonReader &r) {
            auto roles = r.optStringList(kRequiredRoles);
            if (!roles)
                return;
            after.twoFactorRequiredRoles.clear();
            for (const auto &name : *roles) {
                auto role = protocol::roleFromName(name, kRequiredRoles);
                // A customer signs in on the web pages and by mail links; requiring an authenticator
                // app of every customer would lock most of them out.
                if (role == protocol::Role::Customer)
                    throw ApiError(ErrorCode::ValidationFailed,
                                   "two-factor sign-in can be required of staff roles only (admin, supervisor, agent)",
                                   kRequiredRoles);
                after.twoFactorRequiredRoles.insert(role);
            }
        });
}

protocol::JsonObject SecuritySettings::toJson() const
{
    auto roles = protocol::newArray();
    for (auto role : twoFactorRequiredRoles)
        roles->add(std::string(protocol::roleName(role)));
    auto out = protocol::newObject();
    out->set(kRequiredRoles, roles);
    return out;
}

} // namespace helpdesk::domain
