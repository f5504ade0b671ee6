// Custom fields filled from outside, end to end: a CRM integration owns fields of tickets and
// users, is asked for their values at its lookup URL (a real HTTP server on loopback that checks
// the signature with the secret it was shown once and Poco's HMAC, not the server's code) and
// answers them; only its API tokens may set those fields by hand.
#include "support/Desk.h"
#include "support/WaitUntil.h"
#include "support/WebhookReceiver.h"

#include <Poco/Base64Encoder.h>
#include <QtTest>

#include <sstream>

using namespace helpdesk::test;
using helpdesk::protocol::JsonObject;

namespace {

std::string str(std::int64_t n)
{
    return std::to_string(n);
}

constexpr auto kPatience = std::chrono::seconds(30);
std::string base64(const std::string &text)
{
    std::ostringstream out;
    Poco::Base64Encoder encoder(out);
    encoder.rdbuf()->setLineLength(0);
    encoder << text;
    encoder.close();
    return out.str();
}

constexpr auto kPoll = std::chrono::milliseconds(100); // each look is an API call

/// What the CRM answers for every lookup: two fields it owns, one of the desk's own, one of
/// another integration's, and a value of the wrong type for a field it owns.
const char *const kAnswer =
    R"({"fields":{"account_id":"A-1","tariff":"Pro","note":"from the CRM","other_ref":"X","seats":"many"}})";

} // namespace

class TestIntegrationFields : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<WebhookReceiver> m_receiver;
    std::int64_t m_crm = 0, m_other = 0;
    std::string m_crmToken, m_otherToken;
    std::string m_secret;            // the CRM's lookup secret, as shown once
    std::int64_t m_accountField = 0; // the CRM's ticket field account_id

    ApiClient token(const std::string &value)
    {
        ApiClient c(m_desk->port());
        c.setToken(value);
        return c;
    }

    std::int64_t newField(const std::string &kind, const std::string &name, const std::string &type,
                          std::optional<std::int64_t> owner, const std::string &extra = "")
    {
        auto created = m_desk->as("admin").post(
            "/api/v1/custom_fields", json(R"({"object_kind":")" + kind + R"(","name":")" + name + R"(","label":")" +
                                          name + R"(","field_type":")" + type + R"(","integration_id":)" +
                                          (owner ? str(*owner) : "null") + extra + "}"));
        if (created.status != 201)
            qFatal("creating a field answered %d: %s", created.status, created.raw.c_str());
        return created.object("custom_field")->getValue<std::int64_t>("id");
    }

    /// The lookups the CRM received about `entity` `id`, in arrival order.
    std::vector<WebhookPost> lookupsOf(const std::string &entity, std::int64_t id)
    {
        std::vector<WebhookPost> out;
        for (const auto &post : m_receiver->receivedOn("/lookup")) {
            auto body = json(post.body);
            auto data = body->getObject("data");
            if (data->getValue<std::string>("entity") == entity &&
                data->getObject(entity)->getValue<std::int64_t>("id") == id)
                out.push_back(post);
        }
        return out;
    }

    JsonObject customOfTicket(std::int64_t ticket)
    {
        auto got = m_desk->as("alphaFull").get("/api/v1/tickets/" + str(ticket));
        return got.status == 200 ? got.object("ticket")->getObject("custom") : nullptr;
    }
    JsonObject customOfUser(std::int64_t user)
    {
        auto got = m_desk->as("admin").get("/api/v1/users/" + str(user));
        return got.status == 200 ? got.object("user")->getObject("custom") : nullptr;
    }
    std::string ticketField(std::int64_t ticket, const std::string &name)
    {
        auto custom = customOfTicket(ticket);
        return custom && custom->has(name) ? custom->get(name).toString() : std::string();
    }
    std::string userField(std::int64_t user, const std::string &name)
    {
        auto custom = customOfUser(user);
        return custom && custom->has(name) ? custom->get(name).toString() : std::string();
    }

    static JsonObject lookupUrl(const std::string &url)
    {
        auto body = helpdesk::protocol::newObject();
        body->set("lookup_url", url);
        return body;
    }

    std::int64_t newCustomer(const std::string &email)
    {
        auto made = m_desk->as("admin").post("/api/v1/users", json(R"({"email":")" + email + R"(","name":"New one"})"));
        if (made.status != 201)
            qFatal("creating a user answered %d: %s", made.status, made.raw.c_str());
        return made.object("user")->getValue<std::int64_t>("id");
    }

private slots:
    void initTestCase()
    {
        // Few attempts, one second apart at first: a receiver that was down is asked again soon.
        m_desk = std::make_unique<Desk>([](helpdesk::app::ServerConfig &config) {
            config.webhookAllowedNetworks = {"127.0.0.0/8"};
            config.webhookAttempts = 6;
            config.webhookRetryBaseSeconds = 1;
        });
        m_receiver = std::make_unique<WebhookReceiver>();
        m_receiver->answerOn("/lookup", {200, kAnswer, ""});
        m_crm = m_desk->addIntegration("CRM");
        m_other = m_desk->addIntegration("Other system");
        m_crmToken = m_desk->integrationToken(m_crm);
        m_otherToken = m_desk->integrationToken(m_other);
        m_accountField = newField("ticket", "account_id", "text", m_crm);
        newField("ticket", "tariff", "select", m_crm, R"(,"options":["Basic","Pro"])");
        newField("ticket", "seats", "integer", m_crm);
        newField("ticket", "note", "text", std::nullopt);
        newField("ticket", "other_ref", "text", m_other);
        newField("user", "account_id", "text", m_crm);
        // The lookup URL set the first time answers the secret, this once.
        auto set =
            m_desk->as("admin").patch("/api/v1/integrations/" + str(m_crm), lookupUrl(m_receiver->urlOf("/lookup")));
        QVERIFY2(set.status == 200, set.raw.c_str());
        m_secret = set.object("integration")->getValue<std::string>("lookup_secret");
        QVERIFY(m_secret.rfind("whsec_", 0) == 0);
    }

    void cleanupTestCase()
    {
        m_receiver.reset();
        m_desk.reset();
    }

    void theLookupSecretIsShownOnlyOnce()
    {
        auto admin = m_desk->as("admin");
        auto again = admin.patch("/api/v1/integrations/" + str(m_crm), lookupUrl(m_receiver->urlOf("/lookup")));
        QCOMPARE(again.status, 200);
        QVERIFY(!again.object("integration")->has("lookup_secret"));
        auto listed = admin.get("/api/v1/integrations");
        QCOMPARE(listed.status, 200);
        QVERIFY(listed.raw.find(m_secret) == std::string::npos);
        QVERIFY(listed.raw.find(m_receiver->urlOf("/lookup")) != std::string::npos);
        // Nor do the configuration events, the audit log or the table keep it in clear.
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM events WHERE data::text LIKE '%" + m_secret + "%'"), 0LL);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM audit_log WHERE changes::text LIKE '%" + m_secret + "%'"), 0LL);
        QCOMPARE(
            m_desk->scalar("SELECT count(*) FROM integration_lookup_secrets WHERE secret LIKE '%" + m_secret + "%'"),
            0LL);
    }

    void aNewTicketIsFilledFromTheSignedLookup()
    {
        const auto ticket = m_desk->openTicket("Alpha", "carol", "Which tariff?");
        QVERIFY(waitUntil([&] { return ticketField(ticket, "tariff") == "Pro"; }, kPatience,
                          "ticketField(ticket, 'tariff') == 'Pro'", kPoll));
        QCOMPARE(ticketField(ticket, "account_id"), std::string("A-1"));
        // Not its field (the desk's own, another integration's) or not of the field's type: left out.
        QCOMPARE(ticketField(ticket, "note"), std::string());
        QCOMPARE(ticketField(ticket, "other_ref"), std::string());
        QCOMPARE(ticketField(ticket, "seats"), std::string());

        const auto posts = lookupsOf("ticket", ticket);
        QCOMPARE(posts.size(), std::size_t(1));
        const auto &post = posts.front();
        QCOMPARE(post.event, std::string("lookup"));
        QVERIFY(isSignedWith(post, m_secret));
        auto body = json(post.body);
        QCOMPARE(body->getValue<std::string>("event"), std::string("lookup"));
        QCOMPARE(body->getValue<std::string>("id"), post.delivery);
        auto data = body->getObject("data");
        QCOMPARE(data->getObject("ticket")->getValue<std::string>("title"), std::string("Which tariff?"));
        QVERIFY(data->getObject("ticket")->has("external_ids"));
        QCOMPARE(data->getObject("user")->getValue<std::int64_t>("id"), m_desk->userId("carol"));
        QVERIFY(data->getObject("user")->has("external_ids"));

        // Written by no one, in the history, and told to the agents live.
        auto history = m_desk->as("alphaFull").get("/api/v1/tickets/" + str(ticket) + "/history");
        QCOMPARE(history.status, 200);
        bool recorded = false;
        for (unsigned i = 0; i < history.array("history")->size(); ++i) {
            auto entry = history.array("history")->getObject(i);
            if (entry->getValue<std::string>("field") == "custom.account_id") {
                recorded = true;
                QVERIFY(!entry->has("actor_id") || entry->isNull("actor_id"));
                QCOMPARE(entry->getValue<std::string>("new_value"), std::string("A-1"));
            }
        }
        QVERIFY(recorded);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM events WHERE kind = 'ticket.updated' AND ticket_id = " +
                                str(ticket) + " AND actor_id IS NULL AND data::text LIKE '%custom.tariff%'"),
                 1LL);
        // The log line names what was left out.
        const auto error = m_desk->text("SELECT error FROM integration_log WHERE integration_id = " + str(m_crm) +
                                        " AND status = 200 AND payload_excerpt LIKE '%\"" + post.delivery + "\"%'");
        QVERIFY2(error.find("note") != std::string::npos && error.find("other_ref") != std::string::npos &&
                     error.find("seats") != std::string::npos,
                 error.c_str());
    }

    void aNewUserIsFilledFromTheLookup()
    {
        const auto user = newCustomer("filled@example.com");
        QVERIFY(waitUntil([&] { return userField(user, "account_id") == "A-1"; }, kPatience,
                          "userField(user, 'account_id') == 'A-1'", kPoll));
        const auto posts = lookupsOf("user", user);
        QCOMPARE(posts.size(), std::size_t(1));
        QVERIFY(isSignedWith(posts.front(), m_secret));
        QCOMPARE(json(posts.front().body)->getObject("data")->getObject("user")->getValue<std::string>("email"),
                 std::string("filled@example.com"));
        // Ticket fields of the answer are no user fields.
        QCOMPARE(userField(user, "tariff"), std::string());
    }

    void aLookupWhileTheIntegrationIsDownArrivesLaterOnce()
    {
        m_receiver->setDown("/lookup", true);
        const auto ticket = m_desk->openTicket("Alpha", "dave", "Asked while down");
        const auto failed = "SELECT count(*) FROM field_lookups WHERE ticket_id = " + str(ticket) +
                            " AND state = 'pending' AND attempts >= 1 AND last_status = 503";
        QVERIFY(
            waitUntil([&] { return m_desk->scalar(failed) == 1; }, kPatience, "m_desk->scalar(failed) == 1", kPoll));
        QVERIFY(m_desk->scalar("SELECT count(*) FROM integration_log WHERE status = 503 AND integration_id = " +
                               str(m_crm)) >= 1);
        QCOMPARE(ticketField(ticket, "account_id"), std::string());
        m_receiver->setDown("/lookup", false);
        m_receiver->answerOn("/lookup", {200, kAnswer, ""});
        QVERIFY(waitUntil([&] { return ticketField(ticket, "account_id") == "A-1"; }, kPatience,
                          "ticketField(ticket, 'account_id') == 'A-1'", kPoll));
        QCOMPARE(lookupsOf("ticket", ticket).size(), std::size_t(1));
        QCOMPARE(m_desk->text("SELECT state FROM field_lookups WHERE ticket_id = " + str(ticket)),
                 std::string("answered"));
    }

    void onlyTheOwningIntegrationsTokenSetsAnOwnedField_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("status");
        QTest::newRow("an agent is refused") << "alphaFull" << 403;
        QTest::newRow("an admin is refused") << "admin" << 403;
        QTest::newRow("another integration's token is refused") << "other" << 403;
        QTest::newRow("the owning integration's token sets it") << "crm" << 200;
    }

    void onlyTheOwningIntegrationsTokenSetsAnOwnedField()
    {
        QFETCH(QString, who);
        QFETCH(int, status);
        const auto name = who.toStdString();
        auto caller = name == "crm" ? token(m_crmToken) : name == "other" ? token(m_otherToken) : m_desk->as(name);
        const auto value = "B-" + name;
        const auto ticket = m_desk->openTicket("Alpha", "erin", "Owned fields");
        // The lookup of the new ticket first, so that it does not overwrite what is set below.
        QVERIFY(waitUntil([&] { return ticketField(ticket, "account_id") == "A-1"; }, kPatience,
                          "ticketField(ticket, 'account_id') == 'A-1'", kPoll));
        auto changed =
            caller.patch("/api/v1/tickets/" + str(ticket), json(R"({"custom":{"account_id":")" + value + R"("}})"));
        QVERIFY2(changed.status == status, changed.raw.c_str());
        if (status == 403) {
            QCOMPARE(changed.errorField(), std::string("custom.account_id"));
            QVERIFY(ticketField(ticket, "account_id") != value);
        } else {
            QCOMPARE(ticketField(ticket, "account_id"), value);
        }
        // Creating with it is the same, and so is a user's field.
        auto opened =
            caller.post("/api/v1/tickets",
                        json(R"({"title":"Opened with it","group_id":)" + str(m_desk->alpha()) + R"(,"customer_id":)" +
                             str(m_desk->userId("erin")) + R"(,"custom":{"account_id":")" + value + R"("}})"));
        QVERIFY2(opened.status == (status == 200 ? 201 : 403), opened.raw.c_str());
        const auto user = m_desk->userId("erin");
        auto userChanged =
            caller.patch("/api/v1/users/" + str(user), json(R"({"custom":{"account_id":")" + value + R"("}})"));
        QVERIFY2(userChanged.status == status, userChanged.raw.c_str());
        if (status == 403)
            QCOMPARE(userChanged.errorField(), std::string("custom.account_id"));
        else
            QCOMPARE(userField(user, "account_id"), value);
    }

    void theOmnideskCompatibleApiKeepsOwnedFieldsToTheirIntegration()
    {
        const auto ticket = m_desk->openTicket("Alpha", "carol", "Through the Omnidesk API");
        QVERIFY(waitUntil([&] { return ticketField(ticket, "account_id") == "A-1"; }, kPatience,
                          "the lookup filled the ticket", kPoll));
        const auto email = m_desk->text("SELECT email FROM users WHERE id = " + str(m_desk->userId("alphaFull")));
        auto put = [&](const std::string &key, const std::string &value) {
            ApiClient client(m_desk->port());
            const auto body = "{\"case\":{\"custom_fields\":{\"cf_" + str(m_accountField) + "\":\"" + value + "\"}}}";
            return client.send("PUT", "/api/cases/" + str(ticket) + ".json", body, "application/json",
                               {{"Authorization", "Basic " + base64(email + ":" + key)}});
        };
        auto refused = put(m_otherToken, "O-1");
        QVERIFY2(refused.status == 403, refused.raw.c_str());
        QCOMPARE(ticketField(ticket, "account_id"), std::string("A-1"));
        auto set = put(m_crmToken, "O-2");
        QVERIFY2(set.status == 200, set.raw.c_str());
        QCOMPARE(ticketField(ticket, "account_id"), std::string("O-2"));
    }

    void theOwnersValuesKeepTheirTypeAndStaffStillSetTheDesksOwnFields()
    {
        const auto ticket = m_desk->openTicket("Alpha", "carol", "Types");
        auto wrong = token(m_crmToken).patch("/api/v1/tickets/" + str(ticket), json(R"({"custom":{"seats":"many"}})"));
        QCOMPARE(wrong.status, 422);
        QCOMPARE(wrong.errorField(), std::string("custom.seats"));
        auto own = m_desk->as("alphaFull")
                       .patch("/api/v1/tickets/" + str(ticket), json(R"({"custom":{"note":"by the desk"}})"));
        QVERIFY2(own.status == 200, own.raw.c_str());
        // A customer neither, even for a field that would otherwise be theirs to set.
        auto customer = m_desk->as("carol").patch("/api/v1/users/" + str(m_desk->userId("carol")),
                                                  json(R"({"custom":{"account_id":"C-9"}})"));
        QCOMPARE(customer.status, 403);
    }

    void anAgentAsksAgain()
    {
        const auto ticket = m_desk->openTicket("Alpha", "carol", "Ask again");
        QVERIFY(waitUntil([&] { return lookupsOf("ticket", ticket).size() == 1; }, kPatience,
                          "lookupsOf('ticket', ticket).size() == 1", kPoll));
        auto asked =
            m_desk->as("alphaFull").post("/api/v1/tickets/" + str(ticket) + "/lookup", helpdesk::protocol::newObject());
        QVERIFY2(asked.status == 202, asked.raw.c_str());
        QCOMPARE(asked.body->getValue<int>("queued"), 1);
        QVERIFY(waitUntil([&] { return lookupsOf("ticket", ticket).size() == 2; }, kPatience,
                          "lookupsOf('ticket', ticket).size() == 2", kPoll));
        // Who may not change the ticket may not ask: an agent with read access, a customer.
        QCOMPARE(m_desk->as("alphaRead")
                     .post("/api/v1/tickets/" + str(ticket) + "/lookup", helpdesk::protocol::newObject())
                     .status,
                 403);
        QCOMPARE(m_desk->as("carol")
                     .post("/api/v1/tickets/" + str(ticket) + "/lookup", helpdesk::protocol::newObject())
                     .status,
                 403);

        const auto user = m_desk->userId("dave");
        auto userAsked =
            m_desk->as("alphaFull").post("/api/v1/users/" + str(user) + "/lookup", helpdesk::protocol::newObject());
        QVERIFY2(userAsked.status == 202, userAsked.raw.c_str());
        QVERIFY(waitUntil([&] { return userField(user, "account_id") == "A-1"; }, kPatience,
                          "userField(user, 'account_id') == 'A-1'", kPoll));
    }

    void aRotatedSecretSignsTheNextLookup()
    {
        auto rotated = m_desk->as("admin").post("/api/v1/integrations/" + str(m_crm) + "/lookup_secret",
                                                helpdesk::protocol::newObject());
        QVERIFY2(rotated.status == 200, rotated.raw.c_str());
        const auto secret = rotated.body->getValue<std::string>("lookup_secret");
        QVERIFY(secret.rfind("whsec_", 0) == 0 && secret != m_secret);
        QCOMPARE(m_desk->as("alphaFull")
                     .post("/api/v1/integrations/" + str(m_crm) + "/lookup_secret", helpdesk::protocol::newObject())
                     .status,
                 403);
        const auto ticket = m_desk->openTicket("Alpha", "carol", "New secret");
        QVERIFY(waitUntil([&] { return lookupsOf("ticket", ticket).size() == 1; }, kPatience,
                          "lookupsOf('ticket', ticket).size() == 1", kPoll));
        QVERIFY(isSignedWith(lookupsOf("ticket", ticket).front(), secret));
        QVERIFY(!isSignedWith(lookupsOf("ticket", ticket).front(), m_secret));
        m_secret = secret;
    }

    void finishedLookupsGoAfterTheRetention()
    {
        // An answered lookup of 15 days ago, past the CRM's 14 days; one of 13 days ago, within them.
        const auto ticket = m_desk->openTicket("Alpha", "carol", "Aged lookups");
        for (const char *age : {"15", "13"})
            m_desk->exec("INSERT INTO field_lookups (integration_id, entity, ticket_id, state, finished_at) VALUES (" +
                         str(m_crm) + ", 'ticket', " + str(ticket) + ", 'answered', now() - interval '" + age +
                         " days')");
        const auto aged = [&](const char *age) {
            return m_desk->scalar("SELECT count(*) FROM field_lookups WHERE ticket_id = " + str(ticket) +
                                  " AND finished_at < now() - interval '" + age + " days' + interval '1 hour'");
        };
        QCOMPARE(aged("15"), 1LL);
        // The pruning job runs hourly; make its next run due now.
        m_desk->exec("UPDATE jobs SET run_at = now() WHERE queue = 'integrations.prune_log' AND state = 'pending'");
        QVERIFY(waitUntil([&] { return aged("15") == 0; }, kPatience, "the lookup of 15 days ago is gone", kPoll));
        QCOMPARE(aged("13"), 1LL);
    }

    void theConfigurationRefusesWhatCannotWork()
    {
        auto admin = m_desk->as("admin");
        auto noIntegration = admin.post(
            "/api/v1/custom_fields",
            json(
                R"({"object_kind":"ticket","name":"orphan","label":"Orphan","field_type":"text","integration_id":999999})"));
        QCOMPARE(noIntegration.status, 422);
        QCOMPARE(noIntegration.errorField(), std::string("integration_id"));
        auto notHttp = admin.patch("/api/v1/integrations/" + str(m_other), lookupUrl("ftp:/"
                                                                                     "/x.example/"));
        QCOMPARE(notHttp.status, 422);
        QCOMPARE(notHttp.errorField(), std::string("lookup_url"));
        // An address inside the desk's network that the webhooks may not reach either.
        auto internal = admin.patch("/api/v1/integrations/" + str(m_other), lookupUrl("http:/"
                                                                                      "/10.0.0.1/lookup"));
        QCOMPARE(internal.status, 422);
        QCOMPARE(internal.errorField(), std::string("lookup_url"));
    }
};

QTEST_GUILESS_MAIN(TestIntegrationFields)
#include "tst_integration_fields.moc"
