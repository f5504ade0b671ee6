#include "domain/PortalSettings.h"

#include "db/MailRepository.h"
#include "domain/DeskSettings.h"

namespace helpdesk::domain {

namespace {
constexpr const char *kKey = "portal";
constexpr const char *kEnabled = "enabled";
} // namespace

PortalSettings PortalSettings::load(db::Tx &tx)
{
    PortalSettings settings;
    if (auto stored = db::MailRepository::setting(tx, kKey))
        settings.enabled = stored->optValue<bool>(kEnabled, settings.enabled);
    return settings;
}

PortalSettings PortalSettings::update(db::Tx &tx, const Actor &actor, const protocol::JsonObject &changes)
{
    return desksettings::update<PortalSettings>(tx, actor, kKey, "portal", changes,
                                                [](PortalSettings &after, protocol::JsonReader &r) {
                                                    if (auto enabled = r.optBool(kEnabled))
                                                        after.enabled = *enabled;
                                                });
}

protocol::JsonObject PortalSettings::toJson() const
{
    auto out = protocol::newObject();
    out->set(kEnabled, enabled);
    return out;
}

} // namespace helpdesk::domain
