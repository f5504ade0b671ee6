// Signing in and out, and the home page of a signed-in visitor.

#include "web/PageSpec.h"
#include "web/PortalPages.h"

#include "api/RequestThrottle.h"
#include "domain/AuthService.h"
#include "domain/MailSettings.h"
#include "domain/ProxySignOn.h"
#include "protocol/ProtocolError.h"

#include <Poco/String.h>

#include <set>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::web {

namespace {
/// The notes a page may be sent to show (`?notice=`), each a text key "notice_<name>".
std::string noticeOf(const PageCall &call)
{
    static const std::set<std::string> known{"signed_out", "password_set", "password_set_sign_in"};
    auto notice = PageCall::field(call.query, "notice");
    return known.count(notice) ? call.text("notice_" + notice) : std::string();
}

PageReply signInForm(const PageCall &call, const std::string &email, const std::string &error, bool askCode, int status)
{
    // Sign-in links are the portal's: staff sign in with a password, also while it is off.
    mstch::map values{{"email", email}, {"ask_code", askCode}, {"offers_links", !portalNotOffered(call)}};
    if (!error.empty())
        values.emplace("form_error", error);
    if (auto notice = noticeOf(call); !notice.empty())
        values.emplace("notice", notice);
    return PageReply::show("sign-in", "sign_in_title", std::move(values), status);
}

/// The home page: customers' is the requester portal, staff are sent to the desktop client.
PageReply home(PageCall &call)
{
    const auto &actor = *call.visitor.actor;
    if (!actor.isStaff())
        return portalHome(call);
    mstch::map values{
        {"name", actor.name},
        {"email", actor.email},
        {"signed_in_as", call.format("home_signed_in_as", {{"name", actor.name}, {"email", actor.email}})}};
    if (auto notice = noticeOf(call); !notice.empty())
        values.emplace("notice", notice);
    auto publicUrl = call.services.pool.read([](db::Tx &tx) { return domain::MailSettings::load(tx).publicUrl; });
    values.emplace("server_address", publicUrl);
    return PageReply::show("staff-home", "staff_home_title", std::move(values));
}

/// A session on the word of a trusted reverse proxy (ProxySignOn), when an admin set it up; never
/// right after signing out (the proxy would sign the browser straight back in).
std::optional<PageReply> proxySignOn(const PageCall &call)
{
    if (!call.visitor.header || PageCall::field(call.query, "notice") == "signed_out")
        return std::nullopt;
    auto token = domain::ProxySignOn::signIn(call.services.pool, call.services.limits.trustedProxies,
                                             call.visitor.peerAddress, call.visitor.header);
    if (!token)
        return std::nullopt;
    auto reply = PageReply::redirect("/");
    reply.startSession = *token;
    return reply;
}

PageReply signIn(PageCall &call)
{
    auto email = Poco::trim(PageCall::field(call.form, "email"));
    auto password = PageCall::field(call.form, "password");
    auto code = Poco::trim(PageCall::field(call.form, "code"));
    if (email.empty() || password.empty())
        return signInForm(call, email, call.text("sign_in_fill_in"), !code.empty(), 422);
    try {
        auto answer =
            call.services.auth.login(email, password, api::RequestThrottle::clientKey(call.visitor.clientAddress),
                                     code.empty() ? std::nullopt : std::optional(code));
        auto reply = PageReply::redirect("/");
        reply.startSession = answer->getValue<std::string>("token");
        return reply;
    } catch (const ApiError &e) {
        if (e.code() == ErrorCode::Unauthenticated)
            return signInForm(call, email, call.text("sign_in_wrong"), !code.empty(), 401);
        auto again = secondFactorOrWait(call, e, !code.empty(), "sign_in_code_needed", "sign_in_code_wrong",
                                        [&](const std::string &text, bool askCode, int status) {
                                            return signInForm(call, email, text, askCode, status);
                                        });
        if (!again)
            throw;
        return *again;
    }
}
} // namespace

std::vector<PageRoute> signInPages()
{
    return {
        {"GET", "/",
         [](PageCall &call) {
             if (call.visitor.actor)
                 return home(call);
             if (auto signedOn = proxySignOn(call))
                 return *signedOn;
             if (auto off = portalNotOffered(call))
                 return *off;
             return signInForm(call, PageCall::field(call.query, "email"), {}, false, 200);
         }},
        {"GET", "/sign-in",
         [](PageCall &call) {
             if (call.visitor.actor)
                 return PageReply::redirect("/");
             if (auto signedOn = proxySignOn(call))
                 return *signedOn;
             return signInForm(call, PageCall::field(call.query, "email"), {}, false, 200);
         }},
        {"POST", "/sign-in", signIn},
        {"POST", "/sign-out",
         [](PageCall &call) {
             if (!call.visitor.sessionToken.empty())
                 call.services.auth.logout(call.visitor.sessionToken);
             auto reply = PageReply::redirect("/sign-in?notice=signed_out");
             reply.endSession = true;
             return reply;
         }},
    };
}

} // namespace helpdesk::web
