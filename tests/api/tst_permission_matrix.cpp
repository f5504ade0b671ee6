// The permission matrix, generated from the method table: every method the server declares has
// rows here, and each row makes a real call as every kind of caller (nobody, the ticket's
// customer, a customer of another organization, an agent of another group, a read-only member, a
// full member, a supervisor, an admin, and the mailgate's admin token that carries only the
// mail:inbound scope) and checks the status it gets. A method added to the table
// without rows fails `everyMethodInTheTableHasRows`, so no route goes unchecked.

#include "api/MethodTable.h"
#include "protocol/ProtocolError.h"
#include "support/Desk.h"
#include "support/WsClient.h"

#include <QtTest>

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <set>

using namespace helpdesk::test;
using helpdesk::api::MethodTable;
using helpdesk::protocol::JsonObject;

namespace {

/// The callers of the matrix, one column each, against the Alpha ticket of carol (organization Acme).
enum Caller {
    Anonymous,
    Customer,
    OtherCustomer,
    OtherGroupAgent,
    ReadOnlyAgent,
    Agent,
    Supervisor,
    Admin,
    MailgateToken // an admin's API token with only the mail:inbound scope
};
constexpr std::size_t kSessionCallers = 8; // the callers with a session of their own (and nobody)
constexpr std::size_t kCallers = 9;
/// The Desk cast member of each caller ("" signs in as nobody; the mailgate's token is an admin's).
constexpr std::array<const char *, kCallers> kCast{"",          "carol",      "erin",  "betaFull", "alphaRead",
                                                   "alphaFull", "supervisor", "admin", "admin"};
using Statuses = std::array<int, kSessionCallers>;

/// One call as a caller makes it.
struct Call {
    Call(std::string verb, std::string target, std::string body = "{}", std::string contentType = "application/json",
         std::optional<std::string> token = std::nullopt)
        : verb(std::move(verb)), target(std::move(target)), body(std::move(body)), contentType(std::move(contentType)),
          token(std::move(token))
    {
    }
    std::string verb;   // an HTTP verb, or "WS" for a request on a WebSocket session
    std::string target; // the path below /api/v1, or the WebSocket method
    std::string body;
    std::string contentType;
    std::optional<std::string> token; // instead of the caller's own session (a fresh one to end)
};

/// One row: a call of `method` and the status each caller must get.
struct Row {
    std::string method;
    std::string about;
    Statuses expected;
    std::function<Call(Caller)> call;
    int mailgate; // the status the mail:inbound token gets

    int expectedFor(std::size_t caller) const { return caller < kSessionCallers ? expected[caller] : mailgate; }
};

std::string str(std::int64_t value)
{
    return std::to_string(value);
}

/// The HTTP status a WebSocket answer stands for.
int statusOf(const JsonObject &response, int success)
{
    if (!response)
        return 0;
    if (!response->has("error"))
        return success;
    auto code = response->getObject("error")->getValue<std::string>("code");
    return helpdesk::protocol::httpStatusFor(helpdesk::protocol::errorCodeFromName(code));
}

} // namespace

class TestPermissionMatrix : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    std::int64_t m_ticket = 0;       // Alpha, carol, with an internal note carrying m_internalSha
    std::int64_t m_otherTicket = 0;  // Alpha, dave
    std::int64_t m_solvedTicket = 0; // Alpha, carol, closed (for ratings)
    std::int64_t m_reply = 0;        // alphaFull's public reply on the Alpha ticket (for its rating)
    std::string m_internalSha;
    std::int64_t m_priority = 0;
    std::int64_t m_macro = 0;
    std::int64_t m_mailbox = 0;
    std::map<std::string, std::int64_t> m_configRow; // kind → a row to change
    std::string m_mailgateToken;
    std::vector<Row> m_rows;
    int m_unique = 0;

    std::string unique() { return str(++m_unique); }

    std::string id(const char *who) { return str(m_desk->userId(who)); }

    /// A call that is the same for every caller.
    static std::function<Call(Caller)> same(const std::string &verb, const std::string &target,
                                            const std::string &body = "{}")
    {
        return [=](Caller) { return Call{verb, target, body}; };
    }

    /// An admin's API token that carries only the mail:inbound scope, as the mailgate's.
    std::string newMailgateToken()
    {
        auto made = m_desk->as("admin").post(
            "/api/v1/tokens", json(R"({"name":"mailgate )" + unique() + R"(","scopes":["mail:inbound"]})"));
        if (made.status != 201)
            qFatal("cannot create the mailgate token: %s", made.raw.c_str());
        return made.body->getValue<std::string>("token");
    }

    /// A fresh session of the caller's account (for calls that end it).
    std::optional<std::string> freshSession(Caller caller)
    {
        if (caller == Anonymous)
            return std::string();
        if (caller == MailgateToken)
            return newMailgateToken();
        const std::string who = kCast[caller];
        ApiClient client(m_desk->port());
        auto r = who == "admin" ? client.login("admin@test.example", m_desk->server().adminPassword())
                                : client.login(who + "@test.example", Desk::kPassword);
        if (r.status != 200)
            qFatal("cannot sign in as %s: %s", who.c_str(), r.raw.c_str());
        return client.token();
    }

    /// A row; the mail:inbound token is refused (403) unless `mailgate` says otherwise.
    /// A message held for review (as a flood limit leaves one), for an admin to settle.
    std::string heldMail()
    {
        auto key = "matrix-held-" + unique();
        m_desk->exec("INSERT INTO inbound_messages (sha256, raw, size, source, state) VALUES ('" + key +
                     "', 'held', 4, 'api', 'held')");
        return str(m_desk->scalar("SELECT id FROM inbound_messages WHERE sha256 = '" + key + "'"));
    }

    void addRow(std::string method, std::string about, Statuses expected, std::function<Call(Caller)> call,
                int mailgate = 403)
    {
        m_rows.push_back({std::move(method), std::move(about), expected, std::move(call), mailgate});
    }

    /// The rows: what each caller gets from each method. Columns: nobody, carol (the ticket's
    /// customer), erin (another customer), betaFull (an agent of another group), alphaRead,
    /// alphaFull, a supervisor, an admin; then, where it is not 403, the mailgate's token.
    void declareRows()
    {
        const std::string ticket = "/tickets/" + str(m_ticket);
        constexpr Statuses anyone200{200, 200, 200, 200, 200, 200, 200, 200};
        constexpr Statuses signedIn200{401, 200, 200, 200, 200, 200, 200, 200};
        constexpr Statuses staff200{401, 403, 403, 200, 200, 200, 200, 200};
        constexpr Statuses admin200{401, 403, 403, 403, 403, 403, 403, 200};
        constexpr Statuses admin201{401, 403, 403, 403, 403, 403, 403, 201};
        constexpr Statuses readers200{401, 200, 404, 404, 200, 200, 200, 200};
        constexpr Statuses writers200{401, 403, 404, 404, 403, 200, 403, 200};

        // Sign-in, the caller, tokens.
        addRow("server.info", "reads the server's version", anyone200, same("GET", "/info"), 200);
        addRow("auth.login", "signs in with a right password", anyone200,
               same("POST", "/auth/login", R"({"email":"alphaRead@test.example","password":"correct horse battery"})"),
               200);
        addRow(
            "auth.logout", "ends its own session", signedIn200,
            [this](Caller c) {
                return Call{"POST", "/auth/logout", "{}", "application/json", freshSession(c)};
            },
            200);
        // A new address each time: resets are limited per account.
        addRow(
            "auth.password_reset", "asks for a reset link", anyone200,
            [this](Caller) {
                return Call("POST", "/auth/password_reset",
                            R"({"email":"nobody-)" + unique() + R"(@nowhere.example"})");
            },
            200);
        addRow("auth.set_password", "uses a made-up link", {422, 422, 422, 422, 422, 422, 422, 422},
               same("POST", "/auth/set_password", R"({"token":"hdr_made-up","password":"a long enough password"})"),
               422);
        addRow("auth.me", "reads itself", signedIn200, same("GET", "/me"), 200);
        addRow("token.list", "lists its own tokens", signedIn200, same("GET", "/tokens"));
        addRow("token.create", "creates a token for itself", {401, 403, 403, 201, 201, 201, 201, 201}, [this](Caller) {
            return Call{"POST", "/tokens", R"({"name":"matrix )" + unique() + R"("})"};
        });
        addRow("token.revoke", "revokes a token of alphaFull", {401, 404, 404, 404, 404, 200, 404, 200},
               [this](Caller) {
                   auto made = m_desk->as("alphaFull").post("/api/v1/tokens", json(R"({"name":"to revoke"})"));
                   return Call{"DELETE", "/tokens/" + str(made.body->getValue<std::int64_t>("id")), ""};
               });

        // Two-factor sign-in: one's own in a session (a token gets 403), an admin resets others'.
        constexpr Statuses signedIn401{401, 401, 401, 401, 401, 401, 401, 401};
        addRow("two_factor.status", "reads its own two-factor state", signedIn200, same("GET", "/me/two_factor"), 200);
        addRow("two_factor.setup", "starts setting two-factor sign-in up", signedIn200,
               same("POST", "/me/two_factor/setup"));
        addRow("two_factor.enable", "confirms a set-up key with a wrong code", signedIn401, [this](Caller c) {
            if (c != Anonymous && c != MailgateToken)
                m_desk->as(kCast[c]).post("/api/v1/me/two_factor/setup", json("{}"));
            return Call{"POST", "/me/two_factor/enable", R"({"code":"000000"})"};
        });
        addRow("two_factor.disable", "turns it off with a wrong password", signedIn401,
               same("POST", "/me/two_factor/disable", R"({"password":"not the password","code":"000000"})"));
        addRow("two_factor.recovery_codes", "asks for new recovery codes with a wrong code", signedIn401,
               same("POST", "/me/two_factor/recovery_codes", R"({"code":"000000"})"));
        addRow("two_factor.reset", "resets alphaFull's (who has none: 404 past the access check)",
               {401, 403, 403, 403, 403, 403, 403, 404}, [this](Caller) {
                   return Call{"DELETE", "/users/" + id("alphaFull") + "/two_factor", ""};
               });
        addRow("security.settings", "reads the security settings", admin200, same("GET", "/settings/security"));
        addRow("security.update_settings", "requires two-factor sign-in of no role", admin200,
               same("PATCH", "/settings/security", R"({"two_factor_required_roles":[]})"));
        addRow("sso.settings", "reads the single sign-on settings", admin200, same("GET", "/settings/sso"));
        addRow("sso.update_settings", "keeps single sign-on off", admin200,
               same("PATCH", "/settings/sso", R"({"enabled":false})"));
        addRow("portal.settings", "reads whether the requester portal is offered", admin200,
               same("GET", "/settings/portal"));
        addRow("portal.update_settings", "keeps the requester portal on", admin200,
               same("PATCH", "/settings/portal", R"({"enabled":true})"));

        // Signatures: staff read and change their own, admins anyone's; the rule is the admins'.
        const auto ownSignature = [this](Caller c) {
            return "/users/" + id(c == Anonymous ? "alphaFull" : kCast[c]) + "/signature";
        };
        addRow("signature.get", "reads its own signature", {401, 403, 403, 200, 200, 200, 200, 200},
               [ownSignature](Caller c) {
                   return Call{"GET", ownSignature(c)};
               });
        addRow("signature.set", "changes alphaFull's signature", {401, 403, 403, 403, 403, 200, 403, 200},
               same("PUT", "/users/" + id("alphaFull") + "/signature", R"({"signature":"Regards, {agent_name}"})"));
        addRow("signature.settings", "reads the signature rule", admin200, same("GET", "/settings/signatures"));
        addRow("signature.update_settings", "keeps the group's signature only", admin200,
               same("PATCH", "/settings/signatures", R"({"rule":"group"})"));

        // Tickets.
        addRow("ticket.list", "lists tickets", signedIn200, same("GET", "/tickets"));
        addRow(
            "ticket.create", "opens a ticket in Alpha for carol", {401, 403, 403, 403, 403, 201, 403, 201},
            same("POST", "/tickets",
                 R"({"title":"Matrix","group_id":)" + str(m_desk->alpha()) + R"(,"customer_id":)" + id("carol") + "}"));
        addRow("ticket.get", "reads the ticket", readers200, same("GET", ticket));
        addRow("ticket.update", "changes the priority", writers200,
               same("PATCH", ticket, R"({"priority_id":)" + str(m_priority) + "}"));
        addRow("ticket.merge", "merges two of carol's Alpha tickets", writers200, [this](Caller) {
            auto from = m_desk->openTicket("Alpha", "carol", "Merged away");
            auto into = m_desk->openTicket("Alpha", "carol", "Merged into");
            return Call{"POST", "/tickets/" + str(from) + "/merge", R"({"into_id":)" + str(into) + "}"};
        });
        addRow("ticket.links", "reads the links", readers200, same("GET", ticket + "/links"));
        addRow("ticket.link", "links another Alpha ticket", writers200,
               same("POST", ticket + "/links", R"({"target_id":)" + str(m_otherTicket) + "}"));
        addRow("ticket.split", "splits alphaFull's reply into a new ticket", {401, 403, 404, 404, 403, 201, 403, 201},
               [this, ticket](Caller) {
                   return Call{"POST", ticket + "/split", R"({"article_id":)" + str(m_reply) + "}"};
               });
        addRow("ticket.time", "reads the minutes accounted on the ticket", {401, 403, 403, 404, 200, 200, 200, 200},
               same("GET", ticket + "/time"));
        addRow("ticket.history", "reads the history (customers its public part)", readers200,
               same("GET", ticket + "/history"));
        addRow("ticket.rating", "reads the rating", readers200, same("GET", ticket + "/rating"));
        addRow("ticket.rate", "rates the solved ticket", {401, 200, 404, 404, 403, 403, 403, 403},
               same("PUT", "/tickets/" + str(m_solvedTicket) + "/rating", R"({"score":4})"));
        addRow("ticket.ratings", "reads the ratings of the ticket and its replies", readers200,
               same("GET", ticket + "/ratings"));
        addRow("ticket.rating.sync", "sets the rating of a reply that an integration collected", admin200,
               same("PUT", ticket + "/articles/" + str(m_reply) + "/rating", R"({"score":4})"));
        addRow("ticket.watchers", "reads the watchers", {401, 403, 404, 404, 200, 200, 200, 200},
               same("GET", ticket + "/watchers"));
        addRow("ticket.watch", "watches the ticket", {401, 403, 404, 404, 200, 200, 200, 200},
               same("POST", ticket + "/watchers"));
        addRow("ticket.unwatch", "stops watching the ticket", {401, 403, 404, 404, 200, 200, 200, 200},
               [this, ticket](Caller c) {
                   return Call{"DELETE", ticket + "/watchers/" + id(c == Anonymous ? "alphaFull" : kCast[c]), ""};
               });
        addRow("ticket.shares", "lists the ticket's shares with partner desks",
               {401, 403, 403, 404, 200, 200, 200, 200}, same("GET", ticket + "/shares"));
        addRow("ticket.share", "shares the ticket under an agreement that is not there",
               {401, 403, 403, 404, 403, 422, 403, 422},
               same("POST", ticket + "/shares", R"({"agreement_id":999999})"));
        addRow("ticket.unshare", "unshares the ticket from an agreement it is not shared under",
               {401, 403, 403, 404, 403, 404, 403, 404}, same("DELETE", ticket + "/shares/999999", ""));
        addRow("ticket.apply_macro", "applies a macro", writers200, same("POST", ticket + "/macros/" + str(m_macro)));
        addRow("ticket.mail", "reads the ticket's mail", {401, 403, 403, 404, 200, 200, 200, 200},
               same("GET", ticket + "/mail"));

        // Articles and attachments.
        addRow("article.list", "reads the articles", readers200, same("GET", ticket + "/articles"));
        addRow("article.create", "writes on the ticket", {401, 201, 404, 404, 403, 201, 403, 201},
               same("POST", ticket + "/articles", R"({"channel":"note","body_text":"matrix"})"));
        addRow("attachment.upload", "uploads a file", {401, 201, 201, 201, 201, 201, 201, 201}, [](Caller) {
            return Call{"POST", "/attachments?filename=matrix.txt", "matrix bytes", "text/plain"};
        });
        addRow("attachment.download", "downloads the internal note's file", {401, 404, 404, 404, 200, 200, 200, 200},
               same("GET", "/attachments/" + m_internalSha));

        // Events and the WebSocket session's own methods.
        addRow("event.list", "polls the events", signedIn200, same("GET", "/events?after=0&limit=10"));
        addRow("event.subscribe", "subscribes to the events", signedIn200,
               same("WS", "event.subscribe", R"({"after":0})"));
        addRow("presence.set", "shows its presence on the ticket", {401, 403, 403, 404, 200, 200, 200, 200},
               same("WS", "presence.set", R"({"ticket_id":)" + str(m_ticket) + "}"));

        // People.
        addRow("notification.settings", "reads its own notification settings", staff200,
               same("GET", "/me/notifications"));
        addRow("notification.update_settings", "keeps mail of mentions on", staff200,
               same("PATCH", "/me/notifications", R"({"mentioned":{"mail":true}})"));
        addRow("user.list", "lists users", staff200, same("GET", "/users"));
        addRow("user.create", "creates a customer", {401, 403, 403, 201, 201, 201, 201, 201}, [this](Caller) {
            return Call{"POST", "/users", R"({"email":"matrix-)" + unique() + R"(@test.example","name":"M"})"};
        });
        addRow("user.get", "reads carol", {401, 200, 404, 200, 200, 200, 200, 200},
               same("GET", "/users/" + id("carol")));
        addRow("user.update", "changes carol's language", {401, 200, 404, 200, 200, 200, 200, 200},
               same("PATCH", "/users/" + id("carol"), R"({"language":"pl"})"));
        // A customer who has no password yet each time: one who has is not invited (409).
        addRow("user.invite", "invites a new customer", staff200, [this](Caller) {
            auto made = m_desk->as("admin").post(
                "/api/v1/users", json(R"({"email":"invitee-)" + unique() + R"(@test.example","name":"I"})"));
            return Call{"POST", "/users/" + str(made.object("user")->getValue<std::int64_t>("id")) + "/invite"};
        });
        addRow("user.confirm_email", "confirms an address with a made-up link",
               {422, 422, 422, 422, 422, 422, 422, 422},
               same("POST", "/users/confirm_email", R"({"token":"hde_made-up"})"), 422);

        // Groups, tags and the configuration kinds.
        addRow("group.members", "reads Alpha's members", {401, 403, 403, 403, 200, 200, 200, 200},
               same("GET", "/groups/" + str(m_desk->alpha()) + "/members"));
        addRow("group.set_member", "sets alphaRead's access to Alpha", admin200,
               same("PUT", "/groups/" + str(m_desk->alpha()) + "/members/" + id("alphaRead"), R"({"access":"read"})"));
        addRow("tag.list", "lists tags", staff200, same("GET", "/tags"));
        addRow("tag.rename", "renames a tag", admin200, same("POST", "/tags/rename", R"({"from":"nope","to":"nix"})"));
        addRow("tag.remove", "removes a tag", admin200, same("POST", "/tags/remove", R"({"tag":"nope"})"));
        struct Kind {
            const char *name, *plural;
            Statuses list;
            std::string created, change;
        };
        const Kind kinds[] = {
            {"state", "states", staff200, R"({"name":"waiting %","state_type":"pending_reminder"})",
             R"({"active":true})"},
            {"priority", "priorities", staff200, R"({"name":"p %","rank":9})", R"({"active":true})"},
            {"type", "types", signedIn200, R"({"name":"t %"})", R"({"active":true})"},
            {"group", "groups", signedIn200, R"({"name":"g %"})", R"({"active":true})"},
            {"organization", "organizations", staff200, R"({"name":"o %"})", R"({"shared":true})"},
            {"custom_field", "custom_fields", staff200,
             R"({"object_kind":"ticket","name":"f%","label":"F","field_type":"text"})", R"({"label":"Field"})"},
            {"text_module", "text_modules", staff200, R"({"keyword":"k%","name":"K","body":"Thanks"})",
             R"({"body":"Thank you"})"},
            {"calendar", "calendars", staff200, R"({"name":"c %"})", R"({"active":true})"},
            {"sla", "slas", staff200, R"({"name":"s %","calendar_id":1,"solution_minutes":480})", R"({"active":true})"},
            {"trigger", "triggers", staff200, R"({"name":"tr %","event":"created","actions":{"add_tags":["m"]}})",
             R"({"active":true})"},
            {"macro", "macros", staff200, R"({"name":"m %","actions":{"add_tags":["m"]}})", R"({"active":true})"},
            {"integration", "integrations", admin200, R"({"name":"i %"})", R"({"active":true})"},
        };
        for (const auto &kind : kinds) {
            const std::string name = kind.name, plural = std::string("/") + kind.plural;
            addRow(name + ".list", "lists " + std::string(kind.plural), kind.list, same("GET", plural));
            addRow(name + ".create", "creates one", admin201, [this, plural, body = kind.created](Caller) {
                auto text = body;
                text.replace(text.find('%'), 1, unique());
                return Call{"POST", plural, text};
            });
            addRow(name + ".update", "changes one", admin200,
                   same("PATCH", plural + "/" + str(m_configRow.at(name)), kind.change));
        }

        // Dashboards, mail and administration.
        addRow("dashboard.panel", "reads the workload panel", staff200, same("GET", "/dashboard/workload"));
        addRow("mail.inbound_list", "lists inbound mail", admin200, same("GET", "/mail/inbound"));
        addRow(
            "mail.deliver", "hands over a raw mail", {401, 403, 403, 403, 403, 403, 403, 202},
            [this](Caller) {
                return Call{
                    "POST", "/mail/inbound?recipient=alpha@desk.example",
                    "From: stranger@else.example\r\nTo: alpha@desk.example\r\nSubject: Matrix\r\nMessage-ID: <m" +
                        unique() + "@else.example>\r\n\r\nHello\r\n",
                    "message/rfc822"};
            },
            202);
        addRow("mail.inbound_release", "releases held mail", admin200, [this](Caller) {
            return Call{"POST", "/mail/inbound/" + heldMail() + "/release"};
        });
        addRow("mail.inbound_discard", "discards held mail", admin200, [this](Caller) {
            return Call{"POST", "/mail/inbound/" + heldMail() + "/discard"};
        });
        addRow("mail.settings", "reads the mail settings", admin200, same("GET", "/settings/mail"));
        addRow("mail.update_settings", "changes the system name", admin200,
               same("PATCH", "/settings/mail", R"({"system_name":"Matrix desk"})"));
        addRow("mail.send_test", "sends the test mail", admin200,
               same("POST", "/settings/mail/test", R"({"to":"ops@desk.example"})"));
        const std::string alphaTemplate = "/mail_templates/acknowledgement/de";
        addRow("mail_template.list", "lists Alpha's mail templates", admin200,
               same("GET", "/mail_templates?group_id=" + str(m_desk->alpha())));
        addRow("mail_template.get", "reads Alpha's German acknowledgement", admin200,
               same("GET", alphaTemplate + "?group_id=" + str(m_desk->alpha())));
        addRow("mail_template.set", "changes Alpha's German acknowledgement", admin200,
               same("PUT", alphaTemplate,
                    R"({"group_id":)" + str(m_desk->alpha()) +
                        R"(,"subject":"Danke","body":"Ticket {{ticket_number}} ist offen."})"));
        addRow("mail_template.reset", "resets Alpha's German acknowledgement", admin200,
               same("DELETE", alphaTemplate + "?group_id=" + str(m_desk->alpha())));
        addRow("mail_template.preview", "previews the desk's password reset mail", admin200,
               same("POST", "/mail_templates/password_reset/en/preview"));
        addRow("mailbox.list", "lists mailboxes", admin200, same("GET", "/mailboxes"));
        addRow("mailbox.create", "creates a mailbox", admin201, [this](Caller) {
            return Call{"POST", "/mailboxes",
                        R"({"name":"Box )" + unique() +
                            R"(","protocol":"imap","host":"127.0.0.1","port":1,"username":"box","password":"secret-)" +
                            unique() + R"(","enabled":false})"};
        });
        addRow("mailbox.update", "renames a mailbox", admin200,
               same("PATCH", "/mailboxes/" + str(m_mailbox), R"({"name":"Closed port"})"));
        addRow("mailbox.runs", "reads a mailbox's runs", admin200,
               same("GET", "/mailboxes/" + str(m_mailbox) + "/runs"));
        addRow("mailbox.poll", "polls a mailbox", admin200, same("POST", "/mailboxes/" + str(m_mailbox) + "/poll"));
        addRow("mailbox.test", "tests a mailbox", admin200, same("POST", "/mailboxes/" + str(m_mailbox) + "/test"));
        addRow("audit.list", "reads the audit log", admin200, same("GET", "/audit"));
        addRow("job.list", "lists failed jobs", admin200, same("GET", "/jobs?state=failed"));
        addRow("job.retry", "retries a job that is not there", {401, 403, 403, 403, 403, 403, 403, 404},
               same("POST", "/jobs/999999/retry"));

        // Ticket sharing agreements (admins only; an agreement that is not there is 404 to them).
        constexpr Statuses admin404{401, 403, 403, 403, 403, 403, 403, 404};
        const std::string noAgreement = "/sharing/agreements/999999";
        addRow("sharing_agreement.list", "lists the sharing agreements", admin200, same("GET", "/sharing/agreements"));
        addRow("sharing_agreement.targets", "lists the partners a ticket may be shared with", staff200,
               same("GET", "/sharing/targets"));
        addRow("sharing_agreement.get", "reads an agreement that is not there", admin404, same("GET", noAgreement));
        addRow("sharing_agreement.invite", "invites a partner desk", admin201,
               same("POST", "/sharing/agreements",
                    "{\"receiver_url\":\"http:/"
                    "/127.0.0.1:9/sharing\",\"name\":\"Matrix\"}"));
        addRow("sharing_agreement.accept", "accepts an agreement that is not there", admin404,
               same("POST", noAgreement + "/accept", R"({"group_id":1})"));
        addRow("sharing_agreement.decline", "declines an agreement that is not there", admin404,
               same("POST", noAgreement + "/decline"));
        addRow("sharing_agreement.deactivate", "ends an agreement that is not there", admin404,
               same("POST", noAgreement + "/deactivate"));
        addRow("sharing_agreement.retry", "retries the deliveries of an agreement that is not there", admin404,
               same("POST", noAgreement + "/retry"));
        addRow("sharing_agreement.update", "changes an agreement that is not there", admin404,
               same("PATCH", noAgreement, R"({"name":"Renamed"})"));
        addRow("sharing_agreement.log", "reads the sync log of an agreement that is not there", admin404,
               same("GET", noAgreement + "/log"));
        addRow("sharing_agreement.status_map", "reads the status map of an agreement that is not there", admin404,
               same("GET", noAgreement + "/status_map"));
        addRow("sharing_agreement.set_status_map", "sets the status map of an agreement that is not there", admin404,
               same("PUT", noAgreement + "/status_map", R"({"outbound":{"closed":"closed"}})"));

        // Webhooks of integrations and the integration log (admins only).
        const std::string integration = "/integrations/" + str(m_configRow.at("integration"));
        addRow("webhook.list", "lists an integration's webhooks", admin200, same("GET", integration + "/webhooks"));
        addRow("webhook.create", "subscribes an integration that is not there", admin404,
               same("POST", "/integrations/999999/webhooks",
                    "{\"url\":\"https://hooks.example.com/x\",\"events\":[\"ticket.created\"]}"));
        addRow("webhook.update", "changes a webhook that is not there", admin404,
               same("PATCH", "/webhooks/999999", R"({"active":false})"));
        addRow("webhook.rotate_secret", "gives a webhook that is not there a new secret", admin404,
               same("POST", "/webhooks/999999/secret"));
        addRow("webhook.delete", "deletes a webhook that is not there", admin404, same("DELETE", "/webhooks/999999"));
        addRow("webhook.test", "sends a test event to a webhook that is not there", admin404,
               same("POST", "/webhooks/999999/test"));
        addRow("webhook.deliveries", "lists the deliveries of a webhook that is not there", admin404,
               same("GET", "/webhooks/999999/deliveries"));
        addRow("webhook.redeliver", "redelivers a delivery that is not there", admin404,
               same("POST", "/webhook_deliveries/999999/redeliver"));
        addRow("integration.log", "reads the integration log", admin200, same("GET", "/integration_log"));
        // Saved views: staff keep their own; a view shared with Alpha is changed by its full members,
        // supervisors and admins, and is no business of Beta's agent (404) or Alpha's read-only one (403).
        const auto alphaView = [this] {
            auto body = json(R"({"name":"Matrix view","filter":{"match":"all","conditions":[]}})");
            body->set("group_id", m_desk->alpha());
            auto made = m_desk->as("alphaFull").post("/api/v1/views", body);
            return "/views/" + str(made.object("view")->getValue<std::int64_t>("id"));
        };
        constexpr Statuses alphaViewEditors{401, 403, 403, 404, 403, 200, 200, 200};
        addRow("view.list", "lists its views", staff200, same("GET", "/views"));
        addRow("view.create", "shares a view with Alpha", {401, 403, 403, 403, 403, 201, 201, 201}, [this](Caller) {
            return Call{"POST", "/views",
                        R"({"name":"Matrix","filter":{"conditions":[]},"group_id":)" + str(m_desk->alpha()) + "}"};
        });
        addRow("view.update", "renames a view shared with Alpha", alphaViewEditors, [alphaView](Caller) {
            return Call{"PATCH", alphaView(), R"({"name":"Renamed"})"};
        });
        addRow("view.delete", "deletes a view shared with Alpha", alphaViewEditors, [alphaView](Caller) {
            return Call{"DELETE", alphaView(), ""};
        });

        // Fields filled from outside: no integration of this desk fills any, so whoever may ask is
        // told so (422) after the same checks as a change of the ticket or the customer.
        addRow("integration.rotate_lookup_secret", "gives an integration that is not there a lookup secret", admin404,
               same("POST", "/integrations/999999/lookup_secret"));
        addRow("ticket.lookup", "asks the integrations again for the ticket's fields",
               {401, 403, 403, 404, 403, 422, 403, 422}, same("POST", "/tickets/" + str(m_ticket) + "/lookup"));
        addRow("user.lookup", "asks the integrations again for carol's fields",
               {401, 403, 403, 422, 422, 422, 422, 422}, same("POST", "/users/" + id("carol") + "/lookup"));

        // Custom channels: admins keep them; only the channel's integration (its token) writes
        // through one, so every session is refused (tst_custom_channels calls them as tokens).
        constexpr Statuses integrationOnly{401, 403, 403, 403, 403, 403, 403, 403};
        // A channel of the integration into Alpha (its URL is never called: no reply is written).
        m_desk->exec("WITH s AS (INSERT INTO webhook_subscriptions (integration_id, url, secret, events) VALUES (" +
                     str(m_configRow.at("integration")) +
                     ", 'https://hooks.example.com/chat', 'sealed', '{channel.reply}') RETURNING id)"
                     " INSERT INTO custom_channels (integration_id, name, group_id, subscription_id) SELECT " +
                     str(m_configRow.at("integration")) + ", 'Matrix chat', " + str(m_desk->alpha()) + ", id FROM s");
        const auto channel =
            "/channels/" + str(m_desk->scalar("SELECT id FROM custom_channels WHERE name = 'Matrix chat'"));
        addRow("channel.list", "lists an integration's channels", admin200, same("GET", integration + "/channels"));
        addRow("integration.directory", "names the integrations and their channels", staff200,
               same("GET", "/integration_directory"));
        addRow("channel.create", "adds a channel to an integration that is not there", admin404,
               same("POST", "/integrations/999999/channels",
                    "{\"name\":\"Chat\",\"url\":\"https://hooks.example.com/x\",\"group_id\":1}"));
        addRow("channel.update", "changes a channel that is not there", admin404,
               same("PATCH", "/channels/999999", R"({"active":false})"));
        addRow("channel.rotate_secret", "gives a channel that is not there a new secret", admin404,
               same("POST", "/channels/999999/secret"));
        addRow("channel.delete", "deletes a channel that is not there", admin404, same("DELETE", "/channels/999999"));
        addRow(
            "channel.ticket.create", "opens a case through a channel without its integration's token", integrationOnly,
            same("POST", channel + "/tickets", R"({"user":{"external_id":"u"},"title":"Case","body_text":"Hello"})"));
        addRow("channel.message.create", "writes a message through a channel without its integration's token",
               integrationOnly,
               same("POST", channel + "/tickets/" + str(m_ticket) + "/messages",
                    R"({"user":{"external_id":"u"},"body_text":"Hello"})"));
    }

    /// The status `caller` gets for `call`.
    int statusFor(Caller caller, const Call &call, std::string &answer)
    {
        std::string token;
        if (call.token)
            token = *call.token;
        else if (caller == MailgateToken)
            token = m_mailgateToken;
        else if (caller != Anonymous)
            token = m_desk->as(kCast[caller]).token();
        if (call.verb == "WS") {
            WsClient ws(m_desk->port(), token);
            if (!ws.accepted()) {
                answer = helpdesk::protocol::toJsonText(ws.hello());
                return statusOf(ws.hello(), 0);
            }
            auto response = ws.request(call.target, json(call.body));
            answer = helpdesk::protocol::toJsonText(response);
            return statusOf(response, 200);
        }
        ApiClient client(m_desk->port());
        client.setToken(token);
        auto r = client.send(call.verb, std::string(MethodTable::kPrefix) + call.target, call.body, call.contentType);
        answer = r.raw;
        return r.status;
    }

private slots:
    void initTestCase()
    {
        m_desk = std::make_unique<Desk>();
        auto admin = m_desk->as("admin");
        m_ticket = m_desk->openTicket("Alpha", "carol", "Printer jam");
        m_otherTicket = m_desk->openTicket("Alpha", "dave", "Scanner jam");
        m_solvedTicket = m_desk->openTicket("Alpha", "carol", "Solved already");

        auto agent = m_desk->as("alphaFull");
        auto upload = agent.send("POST", "/api/v1/attachments?filename=secret.txt", "internal only", "text/plain");
        QCOMPARE(upload.status, 201);
        m_internalSha = upload.object("attachment")->getValue<std::string>("sha256");
        auto note = json(R"({"channel":"note","body_text":"the password is on the sticky note"})");
        auto attachments = helpdesk::protocol::newArray();
        attachments->add(upload.object("attachment"));
        note->set("attachments", attachments);
        QCOMPARE(agent.post("/api/v1/tickets/" + str(m_ticket) + "/articles", note).status, 201);
        m_reply = agent
                      .post("/api/v1/tickets/" + str(m_ticket) + "/articles",
                            json(R"({"channel":"email","body_text":"Try the other tray."})"))
                      .object("article")
                      ->getValue<std::int64_t>("id");

        auto states = admin.get("/api/v1/states").array("states");
        for (unsigned i = 0; i < states->size(); ++i)
            if (states->getObject(i)->getValue<std::string>("state_type") == "closed")
                QCOMPARE(
                    admin
                        .patch("/api/v1/tickets/" + str(m_solvedTicket),
                               json(R"({"state_id":)" + str(states->getObject(i)->getValue<std::int64_t>("id")) + "}"))
                        .status,
                    200);
        m_priority = admin.get("/api/v1/priorities").array("priorities")->getObject(0)->getValue<std::int64_t>("id");

        const std::map<std::string, std::string> rows{
            {"states", R"({"name":"Waiting","state_type":"pending_reminder"})"},
            {"priorities", R"({"name":"Later","rank":8})"},
            {"types", R"({"name":"Question"})"},
            {"organizations", R"({"name":"Other Inc"})"},
            {"custom_fields", R"({"object_kind":"ticket","name":"serial","label":"Serial","field_type":"text"})"},
            {"text_modules", R"({"keyword":"thanks","name":"Thanks","body":"Thanks"})"},
            {"calendars", R"({"name":"Office"})"},
            {"slas", R"({"name":"Gold","calendar_id":1,"solution_minutes":480})"},
            {"triggers", R"({"name":"VIP","event":"created","actions":{"add_tags":["vip"]}})"},
            {"macros", R"({"name":"Tag it","actions":{"add_tags":["tagged"]}})"},
            {"integrations", R"({"name":"Billing panel"})"},
        };
        const std::map<std::string, std::string> kindOf{{"states", "state"},
                                                        {"priorities", "priority"},
                                                        {"types", "type"},
                                                        {"organizations", "organization"},
                                                        {"custom_fields", "custom_field"},
                                                        {"text_modules", "text_module"},
                                                        {"calendars", "calendar"},
                                                        {"slas", "sla"},
                                                        {"triggers", "trigger"},
                                                        {"macros", "macro"},
                                                        {"integrations", "integration"}};
        for (const auto &[plural, body] : rows) {
            auto created = admin.post("/api/v1/" + plural, json(body));
            QVERIFY2(created.status == 201, created.raw.c_str());
            m_configRow[kindOf.at(plural)] = created.object(kindOf.at(plural))->getValue<std::int64_t>("id");
        }
        m_configRow["group"] = m_desk->alpha();
        m_macro = m_configRow.at("macro");

        auto mailbox = admin.post("/api/v1/mailboxes", json(R"({"name":"Closed port","protocol":"imap",
            "host":"127.0.0.1","port":1,"username":"box","password":"closed-port-secret","enabled":false,
            "security":"none"})"));
        QVERIFY2(mailbox.status == 201, mailbox.raw.c_str());
        m_mailbox = mailbox.object("mailbox")->getValue<std::int64_t>("id");

        m_mailgateToken = newMailgateToken();
        declareRows();
    }

    void cleanupTestCase() { m_desk.reset(); }

    void everyMethodInTheTableHasRows()
    {
        std::set<std::string> declared, covered;
        for (const auto &method : MethodTable::instance().all())
            declared.insert(method.name);
        for (const auto &row : m_rows)
            covered.insert(row.method);
        QStringList missing, unknown;
        for (const auto &name : declared)
            if (!covered.count(name))
                missing << QString::fromStdString(name);
        for (const auto &name : covered)
            if (!declared.count(name))
                unknown << QString::fromStdString(name);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("methods without rows: ") + missing.join(QLatin1String(", "))));
        QVERIFY2(unknown.isEmpty(),
                 qPrintable(QStringLiteral("rows of no method: ") + unknown.join(QLatin1String(", "))));
        QVERIFY(declared.size() > 80);
    }

    void everyCallerGetsWhatTheRowSays_data()
    {
        QTest::addColumn<int>("row");
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            QTest::newRow(qPrintable(QString::fromStdString(m_rows[i].method + ": " + m_rows[i].about))) << int(i);
    }

    void everyCallerGetsWhatTheRowSays()
    {
        QFETCH(int, row);
        const auto &r = m_rows[static_cast<std::size_t>(row)];
        QStringList wrong;
        for (std::size_t c = 0; c < kCallers; ++c) {
            auto caller = static_cast<Caller>(c);
            std::string answer;
            const int status = statusFor(caller, r.call(caller), answer);
            if (status != r.expectedFor(c))
                wrong << QStringLiteral("%1 got %2, expected %3: %4")
                             .arg(QString::fromLatin1(c == Anonymous       ? "nobody"
                                                      : c == MailgateToken ? "the mail:inbound token"
                                                                           : kCast[c]))
                             .arg(status)
                             .arg(r.expectedFor(c))
                             .arg(QString::fromStdString(answer.substr(0, 200)));
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1String("\n"))));
    }
};

QTEST_GUILESS_MAIN(TestPermissionMatrix)
#include "tst_permission_matrix.moc"
