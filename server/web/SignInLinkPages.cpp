// Signing in with a one-time link mailed to the address ("e-mail me a sign-in link"). The link's
// page does not sign in by being opened: mail scanners open links to check them, so it shows a
// button that posts the token (with the form token), and only that signs the visitor in.

#include "web/PageSpec.h"
#include "web/PortalPages.h"

#include "api/RequestThrottle.h"
#include "domain/AuthService.h"
#include "domain/SignInLinks.h"
#include "domain/Validation.h"
#include "protocol/ProtocolError.h"

#include <Poco/String.h>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::web {

namespace {
constexpr const char *kAskPath = "/email-sign-in";
constexpr const char *kLinkPath = "/sign-in-link";

PageReply askForm(const std::string &email, const std::string &error, int status)
{
    mstch::map values{{"email", email}};
    if (!error.empty())
        values.emplace("email_error", error);
    return PageReply::show("email-sign-in", "link_ask_title", std::move(values), status);
}

PageReply askForLink(PageCall &call)
{
    auto email = Poco::trim(PageCall::field(call.form, "email"));
    if (!domain::looksLikeEmail(email))
        return askForm(email, call.text("forgot_email_needed"), 422);
    call.services.throttle.beforeSignInLink(email, call.visitor.clientAddress);
    call.services.signInLinks.request(email);
    mstch::map values{{"sent_to", call.format("link_sent_text", {{"email", email}})}};
    return PageReply::show("sign-in-link-sent", "forgot_sent_title", std::move(values), 200);
}

/// A link that no longer works: says so and offers a new one (the address filled in when known).
PageReply deadLink(const std::string &email)
{
    return PageReply::show("sign-in-link-dead", "link_dead_title", mstch::map{{"email", email}}, 410);
}

/// The page of a working link: one button, and the code field of an account with two factors.
PageReply linkPage(const PageCall &call, const std::string &token, bool askCode, const std::string &error, int status)
{
    mstch::map values{{"token", token}, {"ask_code", askCode}};
    if (!error.empty())
        values.emplace("form_error", error);
    return PageReply::show("sign-in-link", "sign_in_title", std::move(values), status);
}

PageReply openLink(PageCall &call)
{
    auto token = PageCall::field(call.query, "token");
    auto state = token.empty() ? db::SignInLinkState{} : call.services.signInLinks.state(token);
    if (!state.usable)
        return deadLink(state.expiredEmail.value_or(""));
    return linkPage(call, token, false, {}, 200);
}

PageReply signInWithLink(PageCall &call)
{
    auto token = PageCall::field(call.form, "token");
    auto code = Poco::trim(PageCall::field(call.form, "code"));
    if (token.empty())
        return deadLink({});
    try {
        auto answer =
            call.services.auth.signInWithLink(token, api::RequestThrottle::clientKey(call.visitor.clientAddress),
                                              code.empty() ? std::nullopt : std::optional(code));
        auto reply = PageReply::redirect("/");
        reply.startSession = answer->getValue<std::string>("token");
        return reply;
    } catch (const ApiError &e) {
        if (e.code() == ErrorCode::Unauthenticated)
            return deadLink({});
        auto again = secondFactorOrWait(call, e, !code.empty(), "link_code_needed", "link_code_wrong",
                                        [&](const std::string &text, bool askCode, int status) {
                                            return linkPage(call, token, askCode, text, status);
                                        });
        if (!again)
            throw;
        return *again;
    }
}

/// A page of sign-in links, which only customers use: the portal's page when it is off.
PageRoute portalRoute(std::string verb, std::string path, std::function<PageReply(PageCall &)> page)
{
    return {std::move(verb), std::move(path), [page = std::move(page)](PageCall &call) {
                if (auto off = portalNotOffered(call))
                    return *off;
                return page(call);
            }};
}
} // namespace

std::vector<PageRoute> signInLinkPages()
{
    return {
        portalRoute("GET", kAskPath,
                    [](PageCall &call) { return askForm(PageCall::field(call.query, "email"), {}, 200); }),
        portalRoute("POST", kAskPath, askForLink),
        portalRoute("GET", kLinkPath, openLink),
        portalRoute("POST", kLinkPath, signInWithLink),
    };
}

} // namespace helpdesk::web
