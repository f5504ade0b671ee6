#include "domain/PortalSettings.h"

#include "db/MailRepository.h"
#include "domain/Audit.h"
#include "domain/Permissions.h"

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
    permissions::requireAdmin(actor);
    const auto before = load(tx);
    auto after = before;
    protocol::JsonReader r(changes);
    if (auto enabled = r.optBool(kEnabled))
        after.enabled = *enabled;
    r.finish();
    db::MailRepository::putSetting(tx, kKey, after.toJson());
    audit::record(tx, actor, "portal_settings.updated", "portal_settings", std::nullopt, before.toJson(),
                  after.toJson());
    return after;
}

protocol::JsonObject PortalSettings::toJson() const
{
    auto out = protocol::newObject();
    out->set(kEnabled, enabled);
    return out;
}

} // namespace helpdesk::domain
