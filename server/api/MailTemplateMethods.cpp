#include "api/Methods.h"

#include "domain/MailTemplateAdmin.h"

using helpdesk::domain::MailTemplateAdmin;
using helpdesk::protocol::JsonReader;

namespace helpdesk::api {

namespace {
/// The template a call names: {name} and {language} of the path, optional group_id (none: the desk's).
domain::TemplateAddress addressOf(JsonReader &r)
{
    domain::TemplateAddress address;
    address.name = r.requireString("name");
    address.language = r.requireString("language");
    address.groupId = r.optInt("group_id");
    return address;
}

/// A call that names a template and nothing else, answered with the template as `act` leaves it.
protocol::JsonObject onTemplate(MethodCall &c, protocol::JsonObject (*act)(db::Tx &, const domain::Actor &,
                                                                           const domain::TemplateAddress &))
{
    JsonReader r(c.params);
    auto address = addressOf(r);
    r.finish();
    return wrap("template", act(c.tx(), c.actor(), address));
}
} // namespace

std::vector<MethodSpec> mailTemplateMethods()
{
    return {
        {.name = "mail_template.list",
         .verb = "GET",
         .path = "/mail_templates",
         .access = Access::Admin,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto groupId = r.optInt("group_id");
                 r.finish();
                 return wrap("templates", MailTemplateAdmin::list(c.tx(), c.actor(), groupId));
             }},
        {.name = "mail_template.get",
         .verb = "GET",
         .path = "/mail_templates/{name}/{language}",
         .access = Access::Admin,
         .handler = [](MethodCall &c) { return onTemplate(c, &MailTemplateAdmin::get); }},
        {.name = "mail_template.set",
         .verb = "PUT",
         .path = "/mail_templates/{name}/{language}",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto address = addressOf(r);
                 auto subject = r.requireString("subject");
                 auto body = r.requireString("body");
                 r.finish();
                 return wrap("template", MailTemplateAdmin::set(c.tx(), c.actor(), address, subject, body));
             }},
        {.name = "mail_template.reset",
         .verb = "DELETE",
         .path = "/mail_templates/{name}/{language}",
         .access = Access::Admin,
         .transaction = Transaction::Write,
         .handler = [](MethodCall &c) { return onTemplate(c, &MailTemplateAdmin::reset); }},
        // Renders, changes nothing: a read transaction, whatever the verb.
        {.name = "mail_template.preview",
         .verb = "POST",
         .path = "/mail_templates/{name}/{language}/preview",
         .access = Access::Admin,
         .handler =
             [](MethodCall &c) {
                 JsonReader r(c.params);
                 auto address = addressOf(r);
                 auto subject = r.optString("subject");
                 auto body = r.optString("body");
                 r.finish();
                 return wrap("preview", MailTemplateAdmin::preview(c.tx(), c.actor(), address, subject, body));
             }},
    };
}

} // namespace helpdesk::api
