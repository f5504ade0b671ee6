#include "api/Methods.h"

#include "api/RequestThrottle.h"
#include "domain/AuthService.h"
#include "domain/PortalSettings.h"
#include "domain/ProxySignOn.h"
#include "domain/SecuritySettings.h"
#include "domain/TwoFactorService.h"

using helpdesk::domain::PortalSettings;
using helpdesk::domain::ProxySignOnSettings;
using helpdesk::domain::SecuritySettings;
using helpdesk::domain::TwoFactorService;
using helpdesk::protocol::JsonReader;

namespace helpdesk::api {

namespace {
/// The one string parameter `key`, refusing any other.
std::string onlyString(const protocol::JsonObject &params, const char *key)
{
    JsonReader r(params);
    auto value = r.requireString(key);
    r.finish();
    return value;
}
} // namespace

// One's own second factor is managed in a session (TwoFactorService::requireSession), so these
// need no token scope; a session limited to setting it up may call the first three.
std::vector<MethodSpec> twoFactorMethods()
{
    return {
        {.name = "two_factor.status",
         .verb = "GET",
         .path = "/me/two_factor",
         .scope = domain::Scope::None,
         .handler =
             [](MethodCall &c) {
                 requireNoParams(c.params);
                 return TwoFactorService::status(c.tx(), c.actor());
             },
         .duringTwoFactorSetup = true},
        {.name = "two_factor.setup",
         .verb = "POST",
         .path = "/me/two_factor/setup",
         .transaction = Transaction::Write,
         .scope = domain::Scope::None,
         .handler =
             [](MethodCall &c) {
                 requireNoParams(c.params);
                 return TwoFactorService::setUp(c.tx(), c.actor());
             },
         .duringTwoFactorSetup = true},
        // Its own transaction, not Transaction::Write: an answer kept under an idempotency key
        // would store the recovery codes in clear.
        {.name = "two_factor.enable",
         .verb = "POST",
         .path = "/me/two_factor/enable",
         .transaction = Transaction::None,
         .scope = domain::Scope::None,
         .handler =
             [](MethodCall &c) {
                 auto code = onlyString(c.params, "code");
                 return c.services.pool.write(
                     [&](db::Tx &tx) { return TwoFactorService::enable(tx, c.actor(), code); });
             },
         .duringTwoFactorSetup = true},
        // Its own transactions: the password hash runs outside any, and a wrong code is counted.
        {.name = "two_factor.disable",
         .verb = "POST",
         .path = "/me/two_factor/disable",
         .transaction = Transaction::None,
         .scope = domain::Scope::None,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto password = r.requireString("password");
                 auto code = r.requireString("code");
                 r.finish();
                 c.services.auth.disableTwoFactor(c.actor(), password, code,
                                                  RequestThrottle::clientKey(c.context.clientAddress));
                 return wrap("enabled", false);
             }},
        {.name = "two_factor.recovery_codes",
         .verb = "POST",
         .path = "/me/two_factor/recovery_codes",
         .transaction = Transaction::None,
         .scope = domain::Scope::None,
         .handler =
             [](MethodCall &c) {
                 return c.services.auth.newRecoveryCodes(c.actor(), onlyString(c.params, "code"),
                                                         RequestThrottle::clientKey(c.context.clientAddress));
             }},
        {.name = "two_factor.reset",
         .verb = "DELETE",
         .path = "/users/{id}/two_factor",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 TwoFactorService::reset(c.tx(), c.actor(), onlyInt(c.params));
                 return wrap("reset", true);
             }},
        {.name = "security.settings",
         .verb = "GET",
         .path = "/settings/security",
         .access = Access::Admin,
         .handler =
             [](MethodCall &c) {
                 requireNoParams(c.params);
                 return wrap("settings", SecuritySettings::load(c.tx()).toJson());
             }},
        {.name = "security.update_settings",
         .verb = "PATCH",
         .path = "/settings/security",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 return wrap("settings", SecuritySettings::update(c.tx(), c.actor(), c.params).toJson());
             }},
        {.name = "sso.settings",
         .verb = "GET",
         .path = "/settings/sso",
         .access = Access::Admin,
         .handler =
             [](MethodCall &c) {
                 requireNoParams(c.params);
                 return wrap("settings", ProxySignOnSettings::load(c.tx()).toJson());
             }},
        {.name = "sso.update_settings",
         .verb = "PATCH",
         .path = "/settings/sso",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 return wrap("settings", ProxySignOnSettings::update(c.tx(), c.actor(), c.params).toJson());
             }},
        {.name = "portal.settings",
         .verb = "GET",
         .path = "/settings/portal",
         .access = Access::Admin,
         .handler =
             [](MethodCall &c) {
                 requireNoParams(c.params);
                 return wrap("settings", PortalSettings::load(c.tx()).toJson());
             }},
        {.name = "portal.update_settings",
         .verb = "PATCH",
         .path = "/settings/portal",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 return wrap("settings", PortalSettings::update(c.tx(), c.actor(), c.params).toJson());
             }},
    };
}

} // namespace helpdesk::api
