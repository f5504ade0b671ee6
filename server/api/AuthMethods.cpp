#include "api/Methods.h"

#include "api/RequestThrottle.h"
#include "domain/AuthService.h"
#include "domain/CallerProfile.h"
#include "domain/EventFeed.h"
#include "protocol/Messages.h"
#include "protocol/ProtocolError.h"

using helpdesk::protocol::JsonReader;

namespace helpdesk::api {

namespace {
const char *kServerVersion = "0.1.0";

protocol::JsonObject serverInfo(MethodCall &c)
{
    requireNoParams(c.params);
    auto out = protocol::newObject();
    out->set("server_version", kServerVersion);
    out->set("protocol_version", protocol::kProtocolVersion);
    out->set("minimum_protocol_version", protocol::kMinimumProtocolVersion);
    out->set("database_available", c.services.feed.databaseAvailable());
    return out;
}

protocol::JsonObject login(MethodCall &c)
{
    auto login = protocol::LoginParams::fromJson(c.params);
    return c.services.auth.login(login.email, login.password, RequestThrottle::clientKey(c.context.clientAddress),
                                 login.twoFactorCode);
}
} // namespace

std::vector<MethodSpec> authMethods()
{
    return {
        {.name = "server.info",
         .verb = "GET",
         .path = "/info",
         .access = Access::Anyone,
         .transaction = Transaction::None,
         .handler = serverInfo},
        {.name = "auth.login",
         .verb = "POST",
         .path = "/auth/login",
         .access = Access::Anyone,
         .transaction = Transaction::None,
         .handler = login},
        {.name = "auth.logout",
         .verb = "POST",
         .path = "/auth/logout",
         .transaction = Transaction::None,
         .scope = domain::Scope::None,
         .handler =
             [](MethodCall &c) {
                 requireNoParams(c.params);
                 if (c.context.token)
                     c.services.auth.logout(*c.context.token);
                 return protocol::newObject();
             },
         .duringTwoFactorSetup = true},
        {.name = "auth.password_reset",
         .verb = "POST",
         .path = "/auth/password_reset",
         .access = Access::Anyone,
         .transaction = Transaction::None,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto email = r.requireString("email");
                 r.finish();
                 c.services.throttle.beforePasswordReset(email, c.context.clientAddress);
                 c.services.auth.requestPasswordReset(email);
                 return wrap("requested", true);
             }},
        {.name = "auth.set_password",
         .verb = "POST",
         .path = "/auth/set_password",
         .access = Access::Anyone,
         .transaction = Transaction::None,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto token = r.requireString("token");
                 auto password = r.requireString("password");
                 auto revokeApiTokens = r.optBool("revoke_api_tokens").value_or(false);
                 r.finish();
                 return wrap("email", c.services.auth.completePasswordToken(token, password, revokeApiTokens));
             }},
        {.name = "auth.me",
         .verb = "GET",
         .path = "/me",
         .scope = domain::Scope::None, // any token may ask whose it is
         .handler =
             [](MethodCall &c) {
                 requireNoParams(c.params);
                 return domain::CallerProfile::of(c.tx(), c.actor());
             },
         .duringTwoFactorSetup = true},
        // Managing tokens needs `admin` scope: a narrow token cannot mint or list others.
        {.name = "token.list",
         .verb = "GET",
         .path = "/tokens",
         .scope = domain::Scope::Admin,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto all = r.optBool("all").value_or(false);
                 r.finish();
                 return wrap("tokens", domain::AuthService::listApiTokens(c.tx(), c.actor(), all));
             }},
        {.name = "token.create",
         .verb = "POST",
         .path = "/tokens",
         .transaction = Transaction::Write,
         .scope = domain::Scope::Admin,
         .successStatus = 201,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 domain::ApiTokenRequest request;
                 request.name = r.requireString("name");
                 request.forUserId = r.optInt("user_id");
                 request.scopes = r.optStringList("scopes");
                 request.expiresAt = r.optString("expires_at");
                 request.integrationId = r.optInt("integration_id");
                 r.finish();
                 return c.services.auth.createApiToken(c.tx(), c.actor(), request);
             }},
        {.name = "token.revoke",
         .verb = "DELETE",
         .path = "/tokens/{id}",
         .transaction = Transaction::Write,
         .scope = domain::Scope::Admin,
         .handler =
             [](MethodCall &c) {
                 domain::AuthService::revokeApiToken(c.tx(), c.actor(), onlyInt(c.params));
                 return wrap("revoked", true);
             }},
    };
}

} // namespace helpdesk::api
