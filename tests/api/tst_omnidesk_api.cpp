// The Omnidesk-compatible API (docs/omnidesk-api.md) as a billing panel's module for that SaaS
// calls it: HTTP Basic staff_email:api_key with an integration's token, cases opened for the
// panel's users by their custom ids, messages both ways, notes, paging, updates, users, custom
// fields, groups and staff, its error shapes, and another integration's key kept out. One desk
// for the whole executable.

#include "support/Desk.h"

#include <Poco/Base64Encoder.h>

#include <QRegularExpression>
#include <QtTest>

#include <set>
#include <sstream>

using namespace helpdesk::test;
using helpdesk::protocol::JsonObject;

namespace {
std::string str(std::int64_t value)
{
    return std::to_string(value);
}

std::string basic(const std::string &user, const std::string &password)
{
    std::ostringstream out;
    Poco::Base64Encoder encoder(out);
    encoder.rdbuf()->setLineLength(0);
    encoder << user << ':' << password;
    encoder.close();
    return "Basic " + out.str();
}

/// Whether a date reads like Omnidesk's "Mon, 05 May 2014 00:15:17 +0300".
bool isRfc2822(const std::string &date)
{
    static const QRegularExpression form(QStringLiteral(
        "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} "
        "[0-9]{2}:[0-9]{2}:[0-9]{2} [+-][0-9]{4}$"));
    return form.match(QString::fromStdString(date)).hasMatch();
}

/// The item under `"<index>"` of a list answer, unwrapped from its root.
JsonObject item(const ApiResponse &r, int index, const std::string &root)
{
    auto wrapper = r.body ? r.body->getObject(std::to_string(index)) : JsonObject();
    return wrapper ? wrapper->getObject(root) : JsonObject();
}

std::string errorOf(const ApiResponse &r)
{
    return r.body && r.body->has("error") && r.body->get("error").isString() ? r.body->getValue<std::string>("error")
                                                                             : std::string("(none) ") + r.raw;
}
} // namespace

class TestOmnideskApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    std::int64_t m_panel = 0; // the integration "Billing panel", its account alphaFull (group Alpha)
    std::int64_t m_crm = 0;   // the integration "CRM", its account betaFull (group Beta)
    std::string m_panelKey;
    std::string m_crmKey;
    std::int64_t m_accountField = 0; // ticket field "account_id"
    std::int64_t m_tariffField = 0;  // user field "tariff"
    // Made by the first test, used by the later ones.
    std::int64_t m_case = 0;
    std::int64_t m_user = 0;

    static std::string emailOf(const std::string &who) { return who + "@test.example"; }

    ApiResponse call(const std::string &verb, const std::string &path, const std::string &body,
                     const std::string &email, const std::string &key)
    {
        ApiClient client(m_desk->port());
        return client.send(verb, path, body, "application/json", {{"Authorization", basic(email, key)}});
    }
    ApiResponse panel(const std::string &verb, const std::string &path, const std::string &body = {})
    {
        return call(verb, path, body, emailOf("alphaFull"), m_panelKey);
    }
    ApiResponse crm(const std::string &verb, const std::string &path, const std::string &body = {})
    {
        return call(verb, path, body, emailOf("betaFull"), m_crmKey);
    }

    std::int64_t newField(const std::string &kind, const std::string &name, const std::string &label)
    {
        auto created = m_desk->as("admin").post("/api/v1/custom_fields",
                                                json(R"({"object_kind":")" + kind + R"(","name":")" + name +
                                                     R"(","label":")" + label + R"(","field_type":"text"})"));
        if (created.status != 201)
            qFatal("creating a custom field answered %d: %s", created.status, created.raw.c_str());
        return created.object("custom_field")->getValue<std::int64_t>("id");
    }

    std::string cf(std::int64_t field) { return "cf_" + str(field); }

    /// Opens a case for the panel's user client-77 with `subject`; returns the answer.
    ApiResponse openCase(const std::string &subject, const std::string &extra = {})
    {
        return panel("POST", "/api/cases.json",
                     R"({"case":{"user_custom_id":"client-77","user_email":"client77@panel.example",)"
                     R"("user_full_name":"Client 77","subject":")" +
                         subject + R"(","content":"My VPS is down","custom_fields":{")" + cf(m_accountField) +
                         R"(":"acc-77"})" + extra + "}}");
    }

private slots:
    void initTestCase()
    {
        // The custom channel's webhook is a local receiver (never called here: no agent replies on it).
        m_desk = std::make_unique<Desk>(
            [](helpdesk::app::ServerConfig &config) { config.webhookAllowedNetworks = {"127.0.0.0/8"}; });
        m_panel = m_desk->addIntegration("Billing panel");
        m_crm = m_desk->addIntegration("CRM");
        m_panelKey = m_desk->integrationToken(m_panel, "alphaFull");
        m_crmKey = m_desk->integrationToken(m_crm, "betaFull");
        m_accountField = newField("ticket", "account_id", "Account");
        m_tariffField = newField("user", "tariff", "Tariff");
    }
    void cleanupTestCase() { m_desk.reset(); }

    void aPanelOpensACaseForItsUserByCustomId()
    {
        auto created = openCase("VPS down");
        QVERIFY2(created.status == 201, created.raw.c_str());
        auto c = created.object("case");
        m_case = c->getValue<std::int64_t>("case_id");
        m_user = c->getValue<std::int64_t>("user_id");
        QVERIFY(m_case > 0 && m_user > 0);
        QCOMPARE(c->getValue<std::string>("subject"), std::string("VPS down"));
        QCOMPARE(c->getValue<std::string>("case_number"),
                 m_desk->text("SELECT number::text FROM tickets WHERE id = " + str(m_case)));
        QCOMPARE(c->getValue<std::string>("status"), std::string("open"));
        QCOMPARE(c->getValue<std::int64_t>("group_id"), m_desk->alpha());
        QCOMPARE(c->getObject("custom_fields")->getValue<std::string>(cf(m_accountField)), std::string("acc-77"));
        QVERIFY2(isRfc2822(c->getValue<std::string>("created_at")), c->getValue<std::string>("created_at").c_str());
        QVERIFY2(isRfc2822(c->getValue<std::string>("updated_at")), c->getValue<std::string>("updated_at").c_str());
        // The panel's user became a customer of the desk, linked to the panel's id.
        QCOMPARE(m_desk->text("SELECT role FROM users WHERE id = " + str(m_user)), std::string("customer"));
        QCOMPARE(m_desk->text("SELECT email FROM users WHERE id = " + str(m_user)),
                 std::string("client77@panel.example"));
    }

    void aSecondCaseOfTheSameUserFindsTheUserInsteadOfMakingOne()
    {
        auto second = openCase("Invoice question");
        QVERIFY2(second.status == 201, second.raw.c_str());
        QCOMPARE(second.object("case")->getValue<std::int64_t>("user_id"), m_user);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM users WHERE email = 'client77@panel.example'"), 1LL);
    }

    void aCaseForAnAddressMakesANamedCustomerOnceAndFindsThemAfter()
    {
        const std::string body = R"({"case":{"user_email":"mail-only@panel.example","user_full_name":"Mail Only",)"
                                 R"("subject":"By address","content":"Hello"}})";
        auto first = panel("POST", "/api/cases.json", body);
        QVERIFY2(first.status == 201, first.raw.c_str());
        auto second = panel("POST", "/api/cases.json", body);
        QVERIFY2(second.status == 201, second.raw.c_str());
        const auto user = first.object("case")->getValue<std::int64_t>("user_id");
        QCOMPARE(second.object("case")->getValue<std::int64_t>("user_id"), user);
        QCOMPARE(m_desk->text("SELECT name FROM users WHERE id = " + str(user)), std::string("Mail Only"));
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM users WHERE email = 'mail-only@panel.example'"), 1LL);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM tickets WHERE title = 'By address'"), 2LL);
    }

    void aCaseSentTwiceWithOneExternalIdIsOneCase()
    {
        auto first = openCase("Retried request", R"(,"external_id":"panel-ticket-9")");
        QVERIFY2(first.status == 201, first.raw.c_str());
        auto again = openCase("Retried request", R"(,"external_id":"panel-ticket-9")");
        QVERIFY2(again.status == 200, again.raw.c_str());
        QCOMPARE(again.object("case")->getValue<std::int64_t>("case_id"),
                 first.object("case")->getValue<std::int64_t>("case_id"));
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM tickets WHERE title = 'Retried request'"), 1LL);
    }

    void theUserAndTheAgentWriteOnTheCaseAndTheListShowsBoth()
    {
        const auto path = "/api/cases/" + str(m_case) + "/messages.json";
        auto fromUser = panel("POST", path, R"({"message":{"user_custom_id":"client-77","content":"Still down"}})");
        QVERIFY2(fromUser.status == 201, fromUser.raw.c_str());
        QCOMPARE(fromUser.object("message")->getValue<std::int64_t>("user_id"), m_user);
        QCOMPARE(fromUser.object("message")->getValue<std::int64_t>("staff_id"), 0LL);

        const auto agent = m_desk->userId("alphaFull");
        auto fromStaff = panel("POST", path,
                               R"({"message":{"staff_id":)" + str(agent) +
                                   R"(,"content":"Restarted it","do_not_send_email":true}})");
        QVERIFY2(fromStaff.status == 201, fromStaff.raw.c_str());
        QCOMPARE(fromStaff.object("message")->getValue<std::int64_t>("staff_id"), agent);
        QCOMPARE(fromStaff.object("message")->getValue<std::int64_t>("user_id"), 0LL);

        auto note = panel("POST", "/api/cases/" + str(m_case) + "/note.json",
                          R"({"note":{"content":"Customer pays monthly"}})");
        QVERIFY2(note.status == 201, note.raw.c_str());
        QCOMPARE(note.object("message")->getValue<bool>("note"), true);

        auto listed = panel("GET", path);
        QVERIFY2(listed.status == 200, listed.raw.c_str());
        QCOMPARE(listed.body->getValue<std::int64_t>("total_count"), 4LL);
        QCOMPARE(item(listed, 0, "message")->getValue<std::string>("content"), std::string("My VPS is down"));
        QCOMPARE(item(listed, 0, "message")->getValue<std::int64_t>("user_id"), m_user);
        QCOMPARE(item(listed, 1, "message")->getValue<std::string>("content"), std::string("Still down"));
        QCOMPARE(item(listed, 2, "message")->getValue<std::string>("content"), std::string("Restarted it"));
        QCOMPARE(item(listed, 3, "message")->getValue<bool>("note"), true);
        QVERIFY(isRfc2822(item(listed, 2, "message")->getValue<std::string>("created_at")));
        // The agent's reply is a public reply of the desk, the user's message a customer's one.
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM articles WHERE ticket_id = " + str(m_case) +
                                " AND internal = false AND body_text = 'Restarted it'"),
                 1LL);
    }

    void aMessageSentTwiceWithOneExternalIdIsOneMessage()
    {
        const auto path = "/api/cases/" + str(m_case) + "/messages.json";
        const std::string body =
            R"({"message":{"user_id":)" + str(m_user) + R"(,"content":"Sent twice","external_id":"panel-msg-1"}})";
        auto first = panel("POST", path, body);
        QVERIFY2(first.status == 201, first.raw.c_str());
        auto again = panel("POST", path, body);
        QVERIFY2(again.status == 200, again.raw.c_str());
        QCOMPARE(again.object("message")->getValue<std::int64_t>("message_id"),
                 first.object("message")->getValue<std::int64_t>("message_id"));
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM articles WHERE body_text = 'Sent twice'"), 1LL);
    }

    void aUserCannotWriteOnAnotherUsersCase()
    {
        auto other = m_desk->userId("carol");
        auto refused = panel("POST", "/api/cases/" + str(m_case) + "/messages.json",
                             R"({"message":{"user_id":)" + str(other) + R"(,"content":"Not mine"}})");
        QCOMPARE(refused.status, 422);
        QCOMPARE(errorOf(refused), std::string("validation_failed"));
    }

    void theCaseListPagesByPageAndLimitNewestFirst()
    {
        auto firstPage = panel("GET", "/api/cases.json?user_custom_id[]=client-77&limit=2&page=1");
        QVERIFY2(firstPage.status == 200, firstPage.raw.c_str());
        QCOMPARE(firstPage.body->getValue<std::int64_t>("total_count"), 3LL);
        QVERIFY(firstPage.body->has("0") && firstPage.body->has("1") && !firstPage.body->has("2"));
        QCOMPARE(item(firstPage, 0, "case")->getValue<std::string>("subject"), std::string("Retried request"));

        auto lastPage = panel("GET", "/api/cases.json?user_custom_id[]=client-77&limit=2&page=2");
        QVERIFY2(lastPage.status == 200, lastPage.raw.c_str());
        QCOMPARE(lastPage.body->getValue<std::int64_t>("total_count"), 3LL);
        QVERIFY(lastPage.body->has("0") && !lastPage.body->has("1"));
        QCOMPARE(item(lastPage, 0, "case")->getValue<std::int64_t>("case_id"), m_case);

        auto tooLong = panel("GET", "/api/cases.json?limit=101");
        QCOMPARE(tooLong.status, 400);
        // A custom channel matches no case while the desk has none.
        // A channel with no cases (there is no channel 5 at all) lists none.
        auto onChannel = panel("GET", "/api/cases.json?channel[]=cch5");
        QCOMPARE(onChannel.body->getValue<std::int64_t>("total_count"), 0LL);
    }

    void thePanelUpdatesStatusPriorityAndCustomFields()
    {
        const auto path = "/api/cases/" + str(m_case) + ".json";
        auto updated = panel("PUT", path,
                             R"({"case":{"status":"closed","priority":"high","custom_fields":{")" + cf(m_accountField) +
                                 R"(":"acc-78"}}})");
        QVERIFY2(updated.status == 200, updated.raw.c_str());
        QCOMPARE(updated.object("case")->getValue<std::string>("status"), std::string("closed"));
        QCOMPARE(updated.object("case")->getValue<std::string>("priority"), std::string("high"));
        auto read = panel("GET", path);
        QVERIFY2(read.status == 200, read.raw.c_str());
        QCOMPARE(read.object("case")->getValue<std::string>("status"), std::string("closed"));
        QCOMPARE(read.object("case")->getObject("custom_fields")->getValue<std::string>(cf(m_accountField)),
                 std::string("acc-78"));
        QVERIFY(isRfc2822(read.object("case")->getValue<std::string>("closed_at")));
        QCOMPARE(m_desk->text("SELECT s.state_type FROM tickets t JOIN ticket_states s ON s.id = t.state_id "
                              "WHERE t.id = " +
                              str(m_case)),
                 std::string("closed"));

        auto waiting = panel("PUT", path, R"({"case":{"status":"waiting"}})");
        QVERIFY2(waiting.status == 200, waiting.raw.c_str());
        QCOMPARE(waiting.object("case")->getValue<std::string>("status"), std::string("waiting"));
        auto unknown = panel("PUT", path, R"({"case":{"status":"sleeping"}})");
        QCOMPARE(unknown.status, 422);
    }

    void thePanelRatesTheAgentsReply()
    {
        auto listed = panel("GET", "/api/cases/" + str(m_case) + "/messages.json");
        auto reply = item(listed, 2, "message");
        QCOMPARE(reply->getValue<std::string>("content"), std::string("Restarted it"));
        auto rated = panel(
            "PUT", "/api/cases/" + str(m_case) + "/rate/" + str(reply->getValue<std::int64_t>("message_id")) + ".json",
            R"({"rate":{"rating":"high","rating_comment":"Fast"}})");
        QVERIFY2(rated.status == 200, rated.raw.c_str());
        QCOMPARE(rated.object("message")->getValue<std::int64_t>("rating"), 5LL);
        QCOMPARE(rated.object("message")->getValue<std::int64_t>("rated_staff_id"), m_desk->userId("alphaFull"));
        QCOMPARE(m_desk->text("SELECT source FROM ticket_ratings WHERE article_id = " +
                              str(reply->getValue<std::int64_t>("message_id"))),
                 std::string("sync"));
        // The message list shows it on the reply it rates, and on no other.
        auto after = panel("GET", "/api/cases/" + str(m_case) + "/messages.json");
        QCOMPARE(item(after, 2, "message")->getValue<std::int64_t>("rating"), 5LL);
        QCOMPARE(item(after, 2, "message")->getValue<std::string>("rating_comment"), std::string("Fast"));
        QVERIFY(!item(after, 1, "message")->has("rating"));
    }

    void usersAreReadAndUpdatedByIdAndFoundByCustomId()
    {
        const auto path = "/api/users/" + str(m_user) + ".json";
        auto read = panel("GET", path);
        QVERIFY2(read.status == 200, read.raw.c_str());
        QCOMPARE(read.object("user")->getValue<std::string>("user_email"), std::string("client77@panel.example"));
        QCOMPARE(read.object("user")->getValue<std::string>("user_custom_id"), std::string("client-77"));
        QVERIFY(isRfc2822(read.object("user")->getValue<std::string>("created_at")));

        auto updated = panel("PUT", path,
                             R"({"user":{"user_full_name":"Client Seventy-Seven","custom_fields":{")" +
                                 cf(m_tariffField) + R"(":"VPS-2"}}})");
        QVERIFY2(updated.status == 200, updated.raw.c_str());
        QCOMPARE(updated.object("user")->getValue<std::string>("user_full_name"), std::string("Client Seventy-Seven"));
        QCOMPARE(updated.object("user")->getObject("custom_fields")->getValue<std::string>(cf(m_tariffField)),
                 std::string("VPS-2"));

        auto found = panel("GET", "/api/users.json?user_custom_id=client-77");
        QVERIFY2(found.status == 200, found.raw.c_str());
        QCOMPARE(found.body->getValue<std::int64_t>("total_count"), 1LL);
        QCOMPARE(item(found, 0, "user")->getValue<std::int64_t>("user_id"), m_user);

        auto created = panel("POST", "/api/users.json",
                             R"({"user":{"user_email":"client88@panel.example","user_full_name":"Client 88",)"
                             R"("user_custom_id":88}})");
        QVERIFY2(created.status == 201, created.raw.c_str());
        QCOMPARE(created.object("user")->getValue<std::string>("user_custom_id"), std::string("88"));
        auto again =
            panel("POST", "/api/users.json", R"({"user":{"user_email":"client88@panel.example","user_custom_id":88}})");
        QCOMPARE(again.status, 200);
        QCOMPARE(again.object("user")->getValue<std::int64_t>("user_id"),
                 created.object("user")->getValue<std::int64_t>("user_id"));
    }

    void customFieldsGroupsAndStaffAreListed()
    {
        auto fields = panel("GET", "/api/custom_fields.json");
        QVERIFY2(fields.status == 200, fields.raw.c_str());
        QCOMPARE(fields.body->getValue<std::int64_t>("total_count"), 2LL);
        std::map<std::int64_t, std::string> levels;
        for (int i = 0; i < 2; ++i)
            levels[item(fields, i, "custom_field")->getValue<std::int64_t>("field_id")] =
                item(fields, i, "custom_field")->getValue<std::string>("field_level");
        QCOMPARE(levels[m_accountField], std::string("case"));
        QCOMPARE(levels[m_tariffField], std::string("user"));

        auto groups = panel("GET", "/api/groups.json");
        QVERIFY2(groups.status == 200, groups.raw.c_str());
        std::set<std::string> titles;
        for (int i = 0; i < groups.body->getValue<int>("total_count"); ++i)
            titles.insert(item(groups, i, "group")->getValue<std::string>("group_title"));
        QVERIFY(titles.count("Alpha") && titles.count("Beta"));

        auto staff = panel("GET", "/api/staff.json");
        QVERIFY2(staff.status == 200, staff.raw.c_str());
        std::set<std::string> emails;
        for (int i = 0; i < staff.body->getValue<int>("total_count"); ++i)
            emails.insert(item(staff, i, "staff")->getValue<std::string>("staff_email"));
        QVERIFY(emails.count(emailOf("alphaFull")) && emails.count(emailOf("betaFull")));
        QVERIFY(!emails.count(emailOf("carol")));
    }

    void aCaseOnACustomChannelIsTheEndUsersThroughTheChannelAndItsIntegrationsAlone()
    {
        auto body = helpdesk::protocol::newObject();
        body->set("name", "Panel chat");
        body->set("url", "http://127.0.0.1:9/hook");
        body->set("group_id", m_desk->alpha());
        auto made = m_desk->as("admin").post("/api/v1/integrations/" + str(m_panel) + "/channels", body);
        QVERIFY2(made.status == 201, made.raw.c_str());
        const auto channel = "cch" + str(made.object("channel")->getValue<std::int64_t>("id"));

        auto listed = panel("GET", "/api/custom_channels.json");
        QVERIFY2(listed.status == 200, listed.raw.c_str());
        QCOMPARE(listed.body->getValue<std::int64_t>("total_count"), 1LL);
        QCOMPARE(item(listed, 0, "custom_channel")->getValue<std::string>("channel_id"), channel);
        QCOMPARE(item(listed, 0, "custom_channel")->getValue<std::string>("title"), std::string("Panel chat"));
        QCOMPARE(item(listed, 0, "custom_channel")->getValue<std::string>("format"), std::string("helpdesk"));
        // In Omnidesk's format, the list says so.
        QCOMPARE(
            m_desk->as("admin").patch("/api/v1/channels/" + channel.substr(3), json(R"({"format":"omnidesk"})")).status,
            200);
        QCOMPARE(item(panel("GET", "/api/custom_channels.json"), 0, "custom_channel")->getValue<std::string>("format"),
                 std::string("omnidesk"));
        QCOMPARE(crm("GET", "/api/custom_channels.json").body->getValue<std::int64_t>("total_count"), 0LL);

        auto opened = panel("POST", "/api/cases.json",
                            R"({"case":{"user_custom_id":"chat-5","user_full_name":"Chat user","subject":"From chat",)"
                            R"("content":"Hi from the chat","channel":")" +
                                channel + R"(","custom_fields":{")" + cf(m_accountField) + R"(":"acc-5"}}})");
        QVERIFY2(opened.status == 201, opened.raw.c_str());
        auto c = opened.object("case");
        QCOMPARE(c->getValue<std::string>("channel"), channel);
        QCOMPARE(c->getObject("custom_fields")->getValue<std::string>(cf(m_accountField)), std::string("acc-5"));
        const auto id = c->getValue<std::int64_t>("case_id");
        const auto user = c->getValue<std::int64_t>("user_id");

        auto message = panel("POST", "/api/cases/" + str(id) + "/messages.json",
                             R"({"message":{"user_custom_id":"chat-5","content":"Any news?"}})");
        QVERIFY2(message.status == 201, message.raw.c_str());
        QCOMPARE(message.object("message")->getValue<std::int64_t>("user_id"), user);
        // Written by the end user themself, not by the integration's account on their behalf.
        QCOMPARE(m_desk->text("SELECT sender || ':' || author_id FROM articles WHERE body_text = 'Any news?'"),
                 "customer:" + str(user));

        // Another integration's key acting as the very same agent does not reach the channel's case.
        const auto otherKey = m_desk->integrationToken(m_desk->addIntegration("Other panel"), "alphaFull");
        auto other = call("GET", "/api/cases/" + str(id) + ".json", {}, emailOf("alphaFull"), otherKey);
        QCOMPARE(other.status, 404);
        QCOMPARE(errorOf(other), std::string("case_not_found"));
        auto otherWrites = call("POST", "/api/cases/" + str(id) + "/messages.json",
                                R"({"message":{"user_id":)" + str(user) + R"(,"content":"Not through you"}})",
                                emailOf("alphaFull"), otherKey);
        QCOMPARE(otherWrites.status, 404);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM articles WHERE body_text = 'Not through you'"), 0LL);

        auto onChannel = panel("GET", "/api/cases.json?channel[]=" + channel);
        QCOMPARE(onChannel.body->getValue<std::int64_t>("total_count"), 1LL);
        QCOMPARE(item(onChannel, 0, "case")->getValue<std::int64_t>("case_id"), id);
        auto web = panel("GET", "/api/cases.json?channel[]=web&user_custom_id[]=chat-5");
        QCOMPARE(web.body->getValue<std::int64_t>("total_count"), 0LL);
    }

    void errorsAnswerInOmnideskShape_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("a case that does not exist is case_not_found")
            << QStringLiteral("/api/cases/999999.json") << 404 << QStringLiteral("case_not_found");
        QTest::newRow("its messages too")
            << QStringLiteral("/api/cases/999999/messages.json") << 404 << QStringLiteral("case_not_found");
        QTest::newRow("a user that does not exist is user_not_found")
            << QStringLiteral("/api/users/999999.json") << 404 << QStringLiteral("user_not_found");
        QTest::newRow("a resource the desk does not offer is not_found")
            << QStringLiteral("/api/companies.json") << 404 << QStringLiteral("not_found");
    }
    void errorsAnswerInOmnideskShape()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, error);
        auto r = panel("GET", path.toStdString());
        QCOMPARE(r.status, status);
        QCOMPARE(errorOf(r), error.toStdString());
    }

    void onlyTheKeyOfTheNamedAccountSignsIn_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<int>("key"); // 0: the panel's key, 1: a wrong key, 2: a session token
        QTest::newRow("a wrong key is refused") << QStringLiteral("alphaFull@test.example") << 1;
        QTest::newRow("another account's e-mail with the key is refused")
            << QStringLiteral("betaFull@test.example") << 0;
        QTest::newRow("a session token is no API key") << QStringLiteral("alphaFull@test.example") << 2;
    }
    void onlyTheKeyOfTheNamedAccountSignsIn()
    {
        QFETCH(QString, email);
        QFETCH(int, key);
        const std::string keys[] = {m_panelKey, "not-a-key", m_desk->as("alphaFull").token()};
        auto r = call("GET", "/api/cases.json", {}, email.toStdString(), keys[key]);
        QCOMPARE(r.status, 401);
        QCOMPARE(errorOf(r), std::string("unauthenticated"));
        QCOMPARE(r.headers["WWW-Authenticate"], std::string("Basic realm=\"Helpdesk\""));
        ApiClient anonymous(m_desk->port());
        QCOMPARE(anonymous.get("/api/cases.json").status, 401);
    }

    void anotherIntegrationsKeyDoesNotReachThePanelsCasesOrUsers()
    {
        auto read = crm("GET", "/api/cases/" + str(m_case) + ".json");
        QCOMPARE(read.status, 404);
        QCOMPARE(errorOf(read), std::string("case_not_found"));
        auto listed = crm("GET", "/api/cases.json?user_custom_id[]=client-77");
        QVERIFY2(listed.status == 200, listed.raw.c_str());
        QCOMPARE(listed.body->getValue<std::int64_t>("total_count"), 0LL);
        auto users = crm("GET", "/api/users.json?user_custom_id=client-77");
        QCOMPARE(users.body->getValue<std::int64_t>("total_count"), 0LL);
        auto message = crm("POST", "/api/cases/" + str(m_case) + "/messages.json",
                           R"({"message":{"user_id":)" + str(m_user) + R"(,"content":"Sneaking in"}})");
        QCOMPARE(message.status, 404);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM articles WHERE body_text = 'Sneaking in'"), 0LL);
    }

    void everyRequestIsOneLineOfTheIntegrationsLogUnderItsOmnideskPath()
    {
        auto lines = [&](std::int64_t integration, const std::string &where) {
            return m_desk->scalar("SELECT count(*) FROM integration_log WHERE direction = 'in' AND integration_id = " +
                                  str(integration) + " AND " + where);
        };
        // Seven cases were posted (two of them the same one): seven lines, however many native
        // calls each made (finding or creating the user, reading the custom fields).
        QCOMPARE(lines(m_panel, "endpoint = '/api/cases.json' AND method = 'POST'"), 7LL);
        QCOMPARE(lines(m_panel, "endpoint = '/api/cases.json' AND method = 'POST' AND status = 201"), 6LL);
        QCOMPARE(lines(m_panel, "endpoint = '/api/users.json' AND method = 'GET' AND payload_excerpt LIKE "
                                "'%client-77%'"),
                 1LL);
        QCOMPARE(lines(m_crm, "endpoint = '/api/cases/" + str(m_case) + ".json' AND status = 404"), 1LL);
        auto malformed = panel("POST", "/api/cases.json", "{not json");
        QCOMPARE(malformed.status, 400);
        QCOMPARE(
            lines(m_panel, "endpoint = '/api/cases.json' AND method = 'POST' AND status = 400 AND error IS NOT NULL"),
            1LL);
    }
};

QTEST_GUILESS_MAIN(TestOmnideskApi)
#include "tst_omnidesk_api.moc"
