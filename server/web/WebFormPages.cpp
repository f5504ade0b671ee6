// A group's web form (/form/{key}), which sites embed as a contact form, and the page of the link
// its sender is mailed. No account is needed: the request waits until its sender confirms the
// address (domain::WebForms).
//
// Where a post may come from (there is no session to protect, but other sites must not use a
// visitor's browser to send requests, nor frame the form to trick them): a post from our own page
// carries the form token of the browser's form cookie (CsrfToken); inside a frame on another site
// the browser keeps that cookie back (SameSite=Lax), so there the post's Origin stands in for it:
// only our own page can send our origin. A site the group names (web_form_sites) may also post a
// form of its own straight to /form/{key}: its Origin (or, without one, its Referer's origin) is
// checked against that list. Anything else is refused (403).

#include "web/PageSpec.h"

#include "api/RequestThrottle.h"
#include "domain/WebForms.h"
#include "protocol/ProtocolError.h"
#include "web/ErrorPages.h"

#include <Poco/String.h>
#include <Poco/URI.h>

#include <algorithm>

using helpdesk::protocol::ApiError;
using helpdesk::protocol::ErrorCode;

namespace helpdesk::web {

namespace {
constexpr const char *kConfirmPath = "/form/confirm";
/// The field of the form that people never see (CSS moves it away) and bots fill in.
constexpr const char *kTrapField = "website";

/// The origin ("https://host[:port]") of a URL, lower case, without the scheme's own port; "" if none.
std::string originOf(const std::string &url)
{
    try {
        Poco::URI uri(url);
        if (uri.getScheme().empty() || uri.getHost().empty())
            return {};
        std::string origin = Poco::toLower(uri.getScheme()) + "://" + Poco::toLower(uri.getHost());
        const auto scheme = Poco::toLower(uri.getScheme());
        const int ownPort = scheme == "https" ? 443 : scheme == "http" ? 80 : 0;
        if (uri.getPort() != ownPort && uri.getPort() != 0)
            origin += ":" + std::to_string(uri.getPort());
        return origin;
    } catch (const Poco::Exception &) {
        return {};
    }
}

/// Where a post says it came from: its Origin, else its Referer's origin; "" when neither says.
std::string postOrigin(const Visitor &visitor)
{
    if (auto origin = visitor.header("Origin"))
        return Poco::toLower(Poco::trim(*origin)); // "null" from sandboxed or no-referrer pages
    if (auto referer = visitor.header("Referer"))
        return originOf(*referer);
    return {};
}

/// Whether `origin` is this server as the browser reached it (its Host).
bool isOurOrigin(const Visitor &visitor, const std::string &origin)
{
    auto host = visitor.header("Host");
    if (!host || origin.empty())
        return false;
    const auto authority = origin.substr(origin.find("://") == std::string::npos ? 0 : origin.find("://") + 3);
    const auto ourHost = Poco::toLower(Poco::trim(*host));
    // "http://desk.example" and Host "desk.example:80" are one place.
    return authority == ourHost || authority + ":80" == ourHost || authority + ":443" == ourHost;
}

/// Whether a post to the form of `group` may be taken (see the top of this file).
bool postAllowed(const PageCall &call, const db::WebFormGroup &group)
{
    if (call.formTokenValid)
        return true;
    const auto origin = postOrigin(call.visitor);
    return isOurOrigin(call.visitor, origin) ||
           std::find(group.sites.begin(), group.sites.end(), origin) != group.sites.end();
}

std::optional<db::WebFormGroup> openForm(PageCall &call)
{
    const auto key = PageCall::field(call.path, "key");
    return call.services.pool.read([&](db::Tx &tx) { return domain::WebForms::openForm(tx, key); });
}

/// The form's page (framable by the group's sites), with what was typed and the problems found.
PageReply formPage(const PageCall &call, const db::WebFormGroup &group, mstch::map values, int status = 200)
{
    values.emplace("heading", call.format("form_heading", {{"group", group.name}}));
    values.emplace("key", PageCall::field(call.path, "key"));
    values.emplace("embedded", true);
    auto reply = PageReply::show("web-form", "form_title", std::move(values), status);
    reply.frameAncestors = group.sites;
    return reply;
}

PageReply showForm(PageCall &call)
{
    auto group = openForm(call);
    if (!group)
        return ErrorPages::forStatus(404, call.services.translations, call.visitor.language);
    return formPage(call, *group, mstch::map{{"sent", PageCall::field(call.query, "sent") == "1"}});
}

/// The text key of a field's problem.
std::string problemKeyOf(const std::string &field)
{
    if (field == "name" || field == "email" || field == "subject" || field == "message")
        return "form_" + field + "_needed";
    return {};
}

PageReply sendForm(PageCall &call)
{
    auto group = openForm(call);
    if (!group)
        return ErrorPages::forStatus(404, call.services.translations, call.visitor.language);
    if (!postAllowed(call, *group))
        return ErrorPages::formExpired(call.services.translations, call.visitor.language);
    const auto &form = call.form;
    auto sent =
        PageReply::redirect("/form/" + PageCall::field(call.path, "key") + "?sent=1&lang=" + call.visitor.language);
    domain::WebFormSubmission submission{
        PageCall::field(form, "name"),    PageCall::field(form, "email"), PageCall::field(form, "subject"),
        PageCall::field(form, "message"), call.visitor.language,          call.visitor.clientAddress};
    mstch::map typed{{"name_value", submission.name},
                     {"email_value", submission.email},
                     {"subject_value", submission.subject},
                     {"message_value", submission.message}};
    // A filled trap is a bot: it is answered as everyone is, and nothing is stored or mailed.
    if (!PageCall::field(form, kTrapField).empty())
        return sent;
    try {
        call.services.throttle.beforeWebForm(Poco::trim(submission.email), call.visitor.clientAddress);
        call.services.pool.write([&](db::Tx &tx) { domain::WebForms::submit(tx, *group, submission); });
    } catch (const ApiError &e) {
        if (e.code() == ErrorCode::TooManyRequests) {
            const auto minutes = std::to_string(std::max(1, (e.retryAfterSeconds() + 59) / 60));
            typed.emplace("form_error", call.format("form_too_many", {{"minutes", minutes}}));
            auto reply = formPage(call, *group, std::move(typed), 429);
            reply.retryAfterSeconds = e.retryAfterSeconds();
            return reply;
        }
        const auto key = problemKeyOf(e.field());
        if (e.code() != ErrorCode::ValidationFailed || key.empty())
            throw;
        typed.emplace(e.field() + "_error", call.text(key));
        return formPage(call, *group, std::move(typed), 422);
    }
    return sent;
}

/// The link's page: a button that confirms (a waiting request), the ticket it opened, or that it
/// no longer works.
PageReply linkPage(const PageCall &call, const std::string &token, const domain::WebFormLink &link, bool openedNow)
{
    using domain::WebFormLinkState;
    mstch::map values{{"token", token}};
    int status = 200;
    std::string title = "form_confirm_title";
    switch (link.state) {
    case WebFormLinkState::Waiting:
        values.emplace("waiting", true);
        values.emplace("confirm_intro", call.format("form_confirm_intro", {{"group", link.groupName}}));
        break;
    case WebFormLinkState::Confirmed:
        values.emplace("confirmed", true);
        values.emplace("confirmed_text", call.format(openedNow ? "form_confirmed_text" : "form_already_text",
                                                     {{"number", std::to_string(link.ticketNumber.value_or(0))}}));
        title = "form_confirmed_heading";
        break;
    default:
        values.emplace("dead", true);
        title = "form_dead_heading";
        status = 410;
    }
    return PageReply::show("web-form-confirm", title, std::move(values), status);
}

PageReply openLink(PageCall &call)
{
    // Opening the link changes nothing: mail scanners open links to check them.
    auto token = PageCall::field(call.query, "token");
    auto link = call.services.pool.read([&](db::Tx &tx) { return domain::WebForms::link(tx, token); });
    return linkPage(call, token, link, PageCall::field(call.query, "opened") == "1");
}

PageReply confirm(PageCall &call)
{
    auto token = PageCall::field(call.form, "token");
    auto result = call.services.pool.write([&](db::Tx &tx) { return domain::WebForms::confirm(tx, token); });
    if (result.state != domain::WebFormLinkState::Confirmed)
        return linkPage(call, token, result, false);
    // Shown by a GET, so reloading the page confirms nothing again. (A confirmed token matched a
    // stored one: it is URL-safe.)
    return PageReply::redirect(std::string(kConfirmPath) + "?token=" + token + (result.openedNow ? "&opened=1" : ""));
}
} // namespace

std::vector<PageRoute> webFormPages()
{
    PageRoute post{"POST", "/form/{key}", sendForm};
    post.crossSitePost = true;
    return {
        {"GET", "/form/{key}", showForm},
        post,
        {"GET", kConfirmPath, openLink},
        {"POST", kConfirmPath, confirm},
    };
}

} // namespace helpdesk::web
