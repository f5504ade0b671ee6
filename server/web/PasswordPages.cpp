// Choosing a password from a mailed link (a reset or an invitation), and asking for a reset link.

#include "web/PageSpec.h"

#include "api/RequestThrottle.h"
#include "domain/AuthService.h"
#include "domain/Validation.h"
#include "domain/PasswordPolicy.h"
#include "protocol/ProtocolError.h"

#include <Poco/String.h>
#include <Poco/URI.h>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::web {

namespace {
/// The two kinds of password link, which differ only in their path and words.
struct PasswordLink {
    const char *path;   // "/reset-password"
    const char *prefix; // text keys: <prefix>_title, <prefix>_intro, <prefix>_button, <prefix>_dead
};
constexpr PasswordLink kReset{"/reset-password", "reset"};
constexpr PasswordLink kInvitation{"/accept-invitation", "invite"};

std::string key(const PasswordLink &link, const std::string &suffix)
{
    return std::string(link.prefix) + "_" + suffix;
}

PageReply forgotForm(const PageCall &call, const std::string &email, const std::string &error, int status)
{
    mstch::map values{{"email", email}};
    if (!error.empty())
        values.emplace("email_error", error);
    return PageReply::show("forgot-password", "forgot_title", std::move(values), status);
}

/// A link that no longer works: says so and offers a new one (the address filled in when known).
PageReply deadLink(const PageCall &call, const PasswordLink &link, const std::string &email)
{
    mstch::map values{{"heading", call.text(key(link, "dead_title"))},
                      {"explanation", call.text(key(link, "dead"))},
                      {"email", email}};
    return PageReply::show("link-dead", key(link, "dead_title"), std::move(values), 410);
}

/// The form of a working link; the token travels in a hidden field, never again in a URL.
PageReply passwordForm(const PageCall &call, const PasswordLink &link, const std::string &token,
                       const std::string &passwordError, const std::string &confirmationError, int status)
{
    mstch::map values{
        {"action", std::string(link.path)},
        {"token", token},
        {"heading", call.text(key(link, "title"))},
        {"intro", call.text(key(link, "intro"))},
        {"button", call.text(key(link, "button"))},
        {"password_hint",
         call.format("password_hint", {{"minimum", std::to_string(domain::PasswordPolicy::kMinimumLength)}})}};
    if (!passwordError.empty())
        values.emplace("password_error", passwordError);
    if (!confirmationError.empty())
        values.emplace("confirmation_error", confirmationError);
    return PageReply::show("choose-password", key(link, "title"), std::move(values), status);
}

PageReply openLink(PageCall &call, const PasswordLink &link)
{
    auto token = PageCall::field(call.query, "token");
    auto state = token.empty() ? db::PasswordTokenState{} : call.services.auth.passwordLink(token);
    if (!state.usable)
        return deadLink(call, link, state.expiredEmail.value_or(""));
    return passwordForm(call, link, token, {}, {}, 200);
}

std::string weaknessText(const PageCall &call, domain::PasswordWeakness weakness)
{
    if (weakness == domain::PasswordWeakness::TooShort)
        return call.format("password_too_short", {{"minimum", std::to_string(domain::PasswordPolicy::kMinimumLength)}});
    return call.text("password_too_common");
}

PageReply choosePassword(PageCall &call, const PasswordLink &link)
{
    auto token = PageCall::field(call.form, "token");
    auto password = PageCall::field(call.form, "password");
    auto confirmation = PageCall::field(call.form, "confirmation");
    if (token.empty())
        return deadLink(call, link, {});
    auto weakness = domain::PasswordPolicy::weaknessOf(password);
    std::string passwordError = weakness ? weaknessText(call, *weakness) : std::string();
    std::string confirmationError = password != confirmation ? call.text("password_mismatch") : std::string();
    if (!passwordError.empty() || !confirmationError.empty())
        return passwordForm(call, link, token, passwordError, confirmationError, 422);
    std::string email;
    try {
        email = call.services.auth.completePasswordToken(token, password);
    } catch (const ApiError &e) {
        if (e.code() == ErrorCode::ValidationFailed && e.field() == "token")
            return deadLink(call, link, {});
        throw;
    }
    // Signed in as a sign-in would: with its second factor, so a mailbox alone never passes it.
    try {
        auto answer =
            call.services.auth.login(email, password, api::RequestThrottle::clientKey(call.visitor.clientAddress));
        auto reply = PageReply::redirect("/?notice=password_set");
        reply.startSession = answer->getValue<std::string>("token");
        return reply;
    } catch (const ApiError &e) {
        if (e.code() != ErrorCode::TwoFactorRequired && e.code() != ErrorCode::TooManyRequests)
            throw;
        Poco::URI next("/sign-in");
        next.addQueryParameter("notice", "password_set_sign_in");
        next.addQueryParameter("email", email);
        auto reply = PageReply::redirect(next.getPathAndQuery());
        reply.endSession = !call.visitor.sessionToken.empty(); // it was ended with the account's sessions
        return reply;
    }
}

PageReply askForLink(PageCall &call)
{
    auto email = Poco::trim(PageCall::field(call.form, "email"));
    if (!domain::looksLikeEmail(email))
        return forgotForm(call, email, call.text("forgot_email_needed"), 422);
    call.services.throttle.beforePasswordReset(email, call.visitor.clientAddress);
    call.services.auth.requestPasswordReset(email);
    mstch::map values{{"sent_to", call.format("forgot_sent_text", {{"email", email}})}};
    return PageReply::show("forgot-sent", "forgot_sent_title", std::move(values), 200);
}
} // namespace

std::vector<PageRoute> passwordPages()
{
    return {
        {"GET", "/forgot-password",
         [](PageCall &call) { return forgotForm(call, PageCall::field(call.query, "email"), {}, 200); }},
        {"POST", "/forgot-password", askForLink},
        {"GET", kReset.path, [](PageCall &call) { return openLink(call, kReset); }},
        {"POST", kReset.path, [](PageCall &call) { return choosePassword(call, kReset); }},
        {"GET", kInvitation.path, [](PageCall &call) { return openLink(call, kInvitation); }},
        {"POST", kInvitation.path, [](PageCall &call) { return choosePassword(call, kInvitation); }},
    };
}

} // namespace helpdesk::web
