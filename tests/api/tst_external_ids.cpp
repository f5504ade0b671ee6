// The inbound side of integrations: an integration's own API tokens (held to its allowed
// networks, refused while it is inactive, every call logged with direction "in") and the external
// ids it gives the desk's tickets, articles and users, through the plain REST API as an outside
// system would call it. One desk for the whole executable.

#include "support/Desk.h"
#include "support/WsClient.h"

#include <QtTest>

#include <algorithm>
#include <array>
#include <latch>
#include <thread>

using namespace helpdesk::test;
using helpdesk::protocol::JsonArray;
using helpdesk::protocol::JsonObject;

namespace {
std::string str(std::int64_t value)
{
    return std::to_string(value);
}

std::string errorMessage(const ApiResponse &r)
{
    return r.body && r.body->has("error") ? r.body->getObject("error")->getValue<std::string>("message")
                                          : std::string();
}

/// The links an object carries: "integration:external id" each.
std::vector<std::string> linksOf(const JsonObject &object)
{
    std::vector<std::string> out;
    auto links = object->getArray("external_ids");
    for (unsigned i = 0; links && i < links->size(); ++i) {
        auto link = links->getObject(i);
        out.push_back(str(link->getValue<std::int64_t>("integration_id")) + ":" +
                      link->getValue<std::string>("external_id"));
    }
    return out;
}

/// Which of the three kinds a creation test makes.
enum class Kind { Ticket, Article, User };
} // namespace

Q_DECLARE_METATYPE(Kind)

class TestExternalIds : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    std::int64_t m_panel = 0; // the integration "Billing panel"
    std::int64_t m_crm = 0;   // the integration "CRM"
    std::string m_panelToken;
    std::string m_crmToken;
    std::int64_t m_articleTicket = 0; // the ticket the article tests write on

    ApiClient client(const std::string &token, const std::string &from = "127.0.0.1")
    {
        ApiClient c(m_desk->port());
        c.setToken(token);
        c.setSourceAddress(from);
        return c;
    }
    ApiClient panel(const std::string &from = "127.0.0.1") { return client(m_panelToken, from); }
    ApiClient crm() { return client(m_crmToken); }

    JsonObject ticketBody(const std::string &externalId, const std::string &title)
    {
        auto body = json(R"({"article":{"channel":"web","body_text":"From the panel"}})");
        body->set("title", title);
        body->set("group_id", m_desk->alpha());
        body->set("customer_id", m_desk->userId("carol"));
        body->set("external_id", externalId);
        return body;
    }

    /// Creates one object of `kind` with `externalId` as the panel; `name` makes it findable.
    ApiResponse create(ApiClient &as, Kind kind, const std::string &externalId, const std::string &name)
    {
        auto body = helpdesk::protocol::newObject();
        body->set("external_id", externalId);
        switch (kind) {
        case Kind::Ticket:
            return as.post("/api/v1/tickets", ticketBody(externalId, name));
        case Kind::Article:
            body->set("channel", "web");
            body->set("body_text", name);
            return as.post("/api/v1/tickets/" + str(m_articleTicket) + "/articles", body);
        case Kind::User:
            body->set("email", name + "@panel.example");
            body->set("name", name);
            return as.post("/api/v1/users", body);
        }
        return {};
    }

    static const char *keyOf(Kind kind)
    {
        return kind == Kind::Ticket ? "ticket" : kind == Kind::Article ? "article" : "user";
    }

    /// How many objects of `kind` carry `name` in the database.
    long long stored(Kind kind, const std::string &name)
    {
        switch (kind) {
        case Kind::Ticket:
            return m_desk->scalar("SELECT count(*) FROM tickets WHERE title = '" + name + "'");
        case Kind::Article:
            return m_desk->scalar("SELECT count(*) FROM articles WHERE body_text = '" + name + "'");
        case Kind::User:
            return m_desk->scalar("SELECT count(*) FROM users WHERE email = '" + name + "@panel.example'");
        }
        return -1;
    }

    long long logged(const std::string &where)
    {
        return m_desk->scalar("SELECT count(*) FROM integration_log WHERE direction = 'in' AND integration_id = " +
                              str(m_panel) + " AND " + where);
    }

private slots:
    void initTestCase()
    {
        m_desk = std::make_unique<Desk>();
        m_panel = m_desk->addIntegration("Billing panel");
        m_crm = m_desk->addIntegration("CRM");
        m_panelToken = m_desk->integrationToken(m_panel);
        m_crmToken = m_desk->integrationToken(m_crm);
        m_articleTicket = m_desk->openTicket("Alpha", "carol", "Panel conversation");
    }
    void cleanupTestCase() { m_desk.reset(); }

    void onlyAdminsGiveAnIntegrationATokenAndTheTokenSaysWhose()
    {
        auto refused = m_desk->as("alphaFull")
                           .post("/api/v1/tokens", json(R"({"name":"mine","integration_id":)" + str(m_panel) + "}"));
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorField(), std::string("integration_id"));
        auto listed = m_desk->as("admin").get("/api/v1/tokens?all=true");
        QCOMPARE(listed.status, 200);
        int ofPanel = 0;
        for (unsigned i = 0; i < listed.array("tokens")->size(); ++i)
            if (listed.array("tokens")->getObject(i)->optValue<std::int64_t>("integration_id", 0) == m_panel)
                ++ofPanel;
        QCOMPARE(ofPanel, 1);
    }

    void creatingTwiceWithOneExternalIdMakesOneObject_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::newRow("a ticket created twice is one ticket") << Kind::Ticket;
        QTest::newRow("an article posted twice is one article") << Kind::Article;
        QTest::newRow("a user created twice is one customer") << Kind::User;
    }
    void creatingTwiceWithOneExternalIdMakesOneObject()
    {
        QFETCH(Kind, kind);
        const std::string name = std::string("sequential-") + keyOf(kind);
        auto as = panel();
        auto first = create(as, kind, "seq-1", name);
        QVERIFY2(first.status == 201, first.raw.c_str());
        auto object = first.object(keyOf(kind));
        const auto id = object->getValue<std::int64_t>("id");
        QCOMPARE(linksOf(object), std::vector<std::string>{str(m_panel) + ":seq-1"});

        auto again = create(as, kind, "seq-1", name);
        QVERIFY2(again.status == 200, again.raw.c_str());
        QCOMPARE(again.object(keyOf(kind))->getValue<std::int64_t>("id"), id);
        QCOMPARE(linksOf(again.object(keyOf(kind))), std::vector<std::string>{str(m_panel) + ":seq-1"});
        QCOMPARE(stored(kind, name), 1LL);
        if (kind == Kind::User)
            QCOMPARE(object->getValue<std::string>("role"), std::string("customer"));
    }

    void twoConcurrentIdenticalCreatesMakeOneObject_data() { creatingTwiceWithOneExternalIdMakesOneObject_data(); }
    void twoConcurrentIdenticalCreatesMakeOneObject()
    {
        QFETCH(Kind, kind);
        const std::string name = std::string("concurrent-") + keyOf(kind);
        for (int round = 0; round < 3; ++round) {
            const auto externalId = "race-" + str(round);
            const auto roundName = name + "-" + str(round);
            std::array<ApiResponse, 2> answers;
            std::latch start(2);
            auto send = [&](std::size_t i) {
                auto as = panel();
                start.arrive_and_wait();
                answers[i] = create(as, kind, externalId, roundName);
            };
            std::thread a(send, 0), b(send, 1);
            a.join();
            b.join();
            std::vector<int> statuses{answers[0].status, answers[1].status};
            std::sort(statuses.begin(), statuses.end());
            QVERIFY2(statuses == std::vector<int>({200, 201}), (answers[0].raw + " / " + answers[1].raw).c_str());
            QCOMPARE(answers[0].object(keyOf(kind))->getValue<std::int64_t>("id"),
                     answers[1].object(keyOf(kind))->getValue<std::int64_t>("id"));
            QCOMPARE(stored(kind, roundName), 1LL);
        }
    }

    void anArticleKeyOfAnotherTicketIsAConflict()
    {
        auto as = panel();
        QCOMPARE(create(as, Kind::Article, "moved-1", "first home").status, 201);
        const auto other = m_desk->openTicket("Alpha", "carol", "Another conversation");
        auto elsewhere = as.post("/api/v1/tickets/" + str(other) + "/articles",
                                 json(R"({"channel":"web","body_text":"first home","external_id":"moved-1"})"));
        QCOMPARE(elsewhere.status, 409);
        QCOMPARE(stored(Kind::Article, "first home"), 1LL);
    }

    void anIntegrationsUsersAreCustomersAndKnownAddressesAreLinked()
    {
        auto as = panel();
        auto staff =
            as.post("/api/v1/users",
                    json(R"({"email":"boss@panel.example","name":"Boss","role":"agent","external_id":"u-9"})"));
        QCOMPARE(staff.status, 422);
        QCOMPARE(staff.errorField(), std::string("role"));
        // erin is a customer the desk knew by mail before the panel synced her.
        auto erin =
            as.post("/api/v1/users", json(R"({"email":"erin@test.example","name":"Erin","external_id":"u-erin"})"));
        QVERIFY2(erin.status == 200, erin.raw.c_str());
        QCOMPARE(erin.object("user")->getValue<std::int64_t>("id"), m_desk->userId("erin"));
        QCOMPARE(linksOf(erin.object("user")), std::vector<std::string>{str(m_panel) + ":u-erin"});
        // A staff address is never taken over.
        auto agent =
            as.post("/api/v1/users", json(R"({"email":"alphaRead@test.example","name":"A","external_id":"u-agent"})"));
        QCOMPARE(agent.status, 409);
    }

    void externalIdsAreSearchable()
    {
        auto as = panel();
        auto created = as.post("/api/v1/tickets", ticketBody("find-me", "Searchable case"));
        QCOMPARE(created.status, 201);
        const auto id = created.object("ticket")->getValue<std::int64_t>("id");

        auto found = as.get("/api/v1/tickets?external_id=find-me");
        QVERIFY2(found.status == 200, found.raw.c_str());
        QCOMPARE(found.array("tickets")->size(), 1u);
        QCOMPARE(found.array("tickets")->getObject(0)->getValue<std::int64_t>("id"), id);
        auto byAdmin = m_desk->as("admin").get("/api/v1/tickets?external_id=find-me&integration=" + str(m_panel));
        QCOMPARE(byAdmin.array("tickets")->size(), 1u);
        QCOMPARE(as.get("/api/v1/tickets?external_id=nobody-has-this").array("tickets")->size(), 0u);
        auto noIntegration = m_desk->as("admin").get("/api/v1/tickets?external_id=find-me");
        QCOMPARE(noIntegration.status, 422);
        QCOMPARE(noIntegration.errorField(), std::string("integration"));

        // A numeric id is text too: "42" from a query string finds what was stored as 42.
        QCOMPARE(
            as.post("/api/v1/users", json(R"({"email":"numeric@panel.example","name":"Numeric","external_id":42})"))
                .status,
            201);
        auto user = as.get("/api/v1/users?external_id=42");
        QVERIFY2(user.status == 200, user.raw.c_str());
        QCOMPARE(user.array("users")->size(), 1u);
        QCOMPARE(user.array("users")->getObject(0)->getValue<std::string>("email"),
                 std::string("numeric@panel.example"));
        QCOMPARE(linksOf(user.array("users")->getObject(0)), std::vector<std::string>{str(m_panel) + ":42"});
    }

    void staffSeeTheLinksInPayloadsAndCustomersDoNot()
    {
        auto as = panel();
        auto created = as.post("/api/v1/tickets", ticketBody("shown-1", "Shown case"));
        QCOMPARE(created.status, 201);
        const auto id = created.object("ticket")->getValue<std::int64_t>("id");
        // The admin links it in the CRM too: staff see both, each token only its own.
        QCOMPARE(m_desk->as("admin")
                     .post("/api/v1/tickets/" + str(id) + "/articles",
                           json(R"({"channel":"note","internal":true,"body_text":"crm note",)"
                                R"("external_id":"note-1","integration":)" +
                                str(m_crm) + "}"))
                     .status,
                 201);

        auto byAgent = m_desk->as("alphaFull").get("/api/v1/tickets/" + str(id));
        QCOMPARE(linksOf(byAgent.object("ticket")), std::vector<std::string>{str(m_panel) + ":shown-1"});
        auto listed = m_desk->as("alphaFull").get("/api/v1/tickets?query=Shown%20case");
        QCOMPARE(listed.array("tickets")->size(), 1u);
        QCOMPARE(linksOf(listed.array("tickets")->getObject(0)), std::vector<std::string>{str(m_panel) + ":shown-1"});
        auto articles = m_desk->as("alphaFull").get("/api/v1/tickets/" + str(id) + "/articles");
        QCOMPARE(articles.status, 200);
        const auto notes = articles.array("articles");
        QCOMPARE(notes->size(), 2u);
        QCOMPARE(linksOf(notes->getObject(1)), std::vector<std::string>{str(m_crm) + ":note-1"});
        // The panel's token does not see the CRM's link.
        auto byPanel = as.get("/api/v1/tickets/" + str(id) + "/articles");
        QCOMPARE(linksOf(byPanel.array("articles")->getObject(1)), std::vector<std::string>{});

        auto byCustomer = m_desk->as("carol").get("/api/v1/tickets/" + str(id));
        QCOMPARE(byCustomer.status, 200);
        QVERIFY(!byCustomer.object("ticket")->has("external_ids"));
        auto customerArticles = m_desk->as("carol").get("/api/v1/tickets/" + str(id) + "/articles");
        QCOMPARE(customerArticles.array("articles")->size(), 1u);
        QVERIFY(!customerArticles.array("articles")->getObject(0)->has("external_ids"));
        auto user = m_desk->as("alphaFull").get("/api/v1/users/" + str(m_desk->userId("erin")));
        QCOMPARE(linksOf(user.object("user")), std::vector<std::string>{str(m_panel) + ":u-erin"});
    }

    void aTokenOfOneIntegrationCannotUseAnothersExternalIds()
    {
        auto as = crm();
        auto named = as.get("/api/v1/tickets?external_id=find-me&integration=" + str(m_panel));
        QCOMPARE(named.status, 403);
        QCOMPARE(named.errorField(), std::string("integration"));
        auto foreign = as.post("/api/v1/users", json(R"({"email":"x@crm.example","name":"X","external_id":"u-erin",)"
                                                     R"("integration":)" +
                                                     str(m_panel) + "}"));
        QCOMPARE(foreign.status, 403);
        // Its own namespace: the panel's key means nothing to it, and it may use the same text.
        QCOMPARE(as.get("/api/v1/tickets?external_id=find-me").array("tickets")->size(), 0u);
        auto own = as.post("/api/v1/tickets", ticketBody("find-me", "CRM case"));
        QCOMPARE(own.status, 201);
        QCOMPARE(linksOf(own.object("ticket")), std::vector<std::string>{str(m_crm) + ":find-me"});
        QCOMPARE(panel()
                     .get("/api/v1/tickets?external_id=find-me")
                     .array("tickets")
                     ->getObject(0)
                     ->getValue<std::string>("title"),
                 std::string("Searchable case"));
        // An agent's own session sets no external ids; an admin's names the integration.
        auto agent = m_desk->as("alphaFull").post("/api/v1/tickets", ticketBody("agent-1", "Agent case"));
        QCOMPARE(agent.status, 422);
        auto agentNamed =
            m_desk->as("alphaFull")
                .post("/api/v1/users", json(R"({"email":"y@crm.example","name":"Y","external_id":"y","integration":)" +
                                            str(m_crm) + "}"));
        QCOMPARE(agentNamed.status, 403);
    }

    void callsFromOutsideTheAllowedNetworksAreRefused()
    {
        auto admin = m_desk->as("admin");
        QCOMPARE(admin.patch("/api/v1/integrations/" + str(m_panel), json(R"({"allowed_networks":["127.0.0.2/32"]})"))
                     .status,
                 200);
        auto refused = panel("127.0.0.1").get("/api/v1/tickets?external_id=find-me");
        QCOMPARE(refused.status, 403);
        QVERIFY2(errorMessage(refused).find("allowed networks") != std::string::npos, refused.raw.c_str());
        QVERIFY2(errorMessage(refused).find("127.0.0.1") != std::string::npos, refused.raw.c_str());
        QCOMPARE(panel("127.0.0.2").get("/api/v1/tickets?external_id=find-me").status, 200);
        // Other tokens are not the integration's business.
        QCOMPARE(m_desk->as("alphaFull").get("/api/v1/tickets?external_id=find-me&integration=" + str(m_panel)).status,
                 200);

        QCOMPARE(admin
                     .patch("/api/v1/integrations/" + str(m_panel),
                            json(R"({"allowed_networks":["10.0.0.0/8","127.0.0.0/24"]})"))
                     .status,
                 200);
        QCOMPARE(panel("127.0.0.1").get("/api/v1/tickets?external_id=find-me").status, 200);
        QCOMPARE(admin.patch("/api/v1/integrations/" + str(m_panel), json(R"({"allowed_networks":[]})")).status, 200);
        QCOMPARE(logged("status = 403 AND error LIKE '%allowed networks%'"), 1LL);
    }

    void aStoredListOfNetworksThatCannotBeReadAdmitsNoCall()
    {
        auto admin = m_desk->as("admin");
        QCOMPARE(admin.patch("/api/v1/integrations/" + str(m_panel), json(R"({"allowed_networks":["127.0.0.2/32"]})"))
                     .status,
                 200);
        // Saving refuses an entry that is not a network; one stored all the same (an old or
        // hand-edited row) refuses every call, not just that entry.
        auto malformed = admin.patch("/api/v1/integrations/" + str(m_panel),
                                     json(R"({"allowed_networks":["127.0.0.2/32","nowhere"]})"));
        QCOMPARE(malformed.status, 422);
        m_desk->exec("UPDATE integrations SET allowed_networks = '{127.0.0.2/32,nowhere}' WHERE id = " + str(m_panel));
        auto refused = panel("127.0.0.2").get("/api/v1/tickets?external_id=find-me");
        QCOMPARE(refused.status, 403);
        QVERIFY2(errorMessage(refused).find("cannot be read") != std::string::npos, refused.raw.c_str());
        QVERIFY2(errorMessage(refused).find("nowhere") != std::string::npos, refused.raw.c_str());
        QCOMPARE(admin.patch("/api/v1/integrations/" + str(m_panel), json(R"({"allowed_networks":[]})")).status, 200);
        QCOMPARE(panel("127.0.0.2").get("/api/v1/tickets?external_id=find-me").status, 200);
    }

    void anInactiveIntegrationsTokensAreRefused()
    {
        auto admin = m_desk->as("admin");
        QCOMPARE(admin.patch("/api/v1/integrations/" + str(m_panel), json(R"({"active":false})")).status, 200);
        auto refused = panel().post("/api/v1/tickets", ticketBody("while-off", "While off"));
        QCOMPARE(refused.status, 403);
        QVERIFY2(errorMessage(refused).find("inactive") != std::string::npos, refused.raw.c_str());
        QCOMPARE(stored(Kind::Ticket, "While off"), 0LL);
        QCOMPARE(crm().get("/api/v1/tickets?external_id=find-me").status, 200); // the other integration goes on
        QCOMPARE(admin.patch("/api/v1/integrations/" + str(m_panel), json(R"({"active":true})")).status, 200);
        QCOMPARE(panel().post("/api/v1/tickets", ticketBody("while-off", "While off")).status, 201);
    }

    void theWebSocketHoldsAndLogsAnIntegrationsCallsToo()
    {
        WsClient socket(m_desk->port(), m_crmToken);
        QVERIFY(socket.accepted());
        auto found = socket.request("ticket.list", json(R"({"external_id":"find-me"})"));
        QVERIFY(found && found->has("result"));
        QCOMPARE(found->getObject("result")->getArray("tickets")->size(), 1u);
        const auto crmLog =
            "SELECT count(*) FROM integration_log WHERE direction = 'in' AND integration_id = " + str(m_crm) +
            " AND method = 'WS' AND endpoint = 'ticket.list' AND ";
        QCOMPARE(m_desk->scalar(crmLog + "status = 200 AND payload_excerpt LIKE '%find-me%'"), 1LL);

        // A session opened while the integration is off gets nothing done.
        auto admin = m_desk->as("admin");
        QCOMPARE(admin.patch("/api/v1/integrations/" + str(m_crm), json(R"({"active":false})")).status, 200);
        WsClient later(m_desk->port(), m_crmToken);
        auto refused = later.request("ticket.list", helpdesk::protocol::newObject());
        QVERIFY(refused && refused->has("error"));
        QCOMPARE(refused->getObject("error")->getValue<std::string>("code"), std::string("forbidden"));
        QCOMPARE(m_desk->scalar(crmLog + "status = 403 AND error LIKE '%inactive%'"), 1LL);
        QCOMPARE(admin.patch("/api/v1/integrations/" + str(m_crm), json(R"({"active":true})")).status, 200);
    }

    void everyInboundCallIsLoggedWithStatusAndLatency()
    {
        // The calls above: creates answered 201 and 200, a conflict, refusals.
        QVERIFY(logged("method = 'POST' AND endpoint = '/api/v1/tickets' AND status = 201") >= 5);
        QVERIFY(logged("method = 'POST' AND endpoint = '/api/v1/tickets' AND status = 200") >= 4);
        QCOMPARE(logged("status = 409 AND endpoint LIKE '/api/v1/tickets/%/articles'"), 1LL);
        QCOMPARE(logged("status = 403 AND error LIKE '%inactive%' AND payload_excerpt LIKE '%while-off%'"), 1LL);
        QCOMPARE(logged("latency_ms IS NULL OR latency_ms < 0 OR status IS NULL"), 0LL);
        QCOMPARE(logged("method = 'GET' AND endpoint = '/api/v1/tickets' AND payload_excerpt LIKE '%nobody-has-this%'"),
                 1LL);
        // An admin's or an agent's own calls are no integration's.
        QCOMPARE(m_desk->as("admin").get("/api/v1/tickets?query=admin-was-here").status, 200);
        QCOMPARE(m_desk->as("alphaFull").get("/api/v1/tickets?query=agent-was-here").status, 200);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM integration_log WHERE payload_excerpt LIKE '%-was-here%'"), 0LL);

        // A large payload is kept as a bounded excerpt.
        const std::string large(20000, 'x');
        auto big =
            panel().post("/api/v1/tickets/" + str(m_articleTicket) + "/articles",
                         json("{\"channel\":\"web\",\"body_text\":\"" + large + "\",\"external_id\":\"big-1\"}"));
        QCOMPARE(big.status, 201);
        QCOMPARE(logged("payload_excerpt LIKE '%xxxxxxxxxx%'"), 1LL);
        QCOMPARE(logged("payload_excerpt LIKE '%xxxxxxxxxx%' AND octet_length(payload_excerpt) <= 1024"), 1LL);

        // The admins read them through the API too.
        auto log = m_desk->as("admin").get("/api/v1/integration_log?integration_id=" + str(m_panel) + "&limit=5");
        QVERIFY2(log.status == 200, log.raw.c_str());
        const auto newest = log.array("log")->getObject(0);
        QCOMPARE(newest->getValue<std::string>("direction"), std::string("in"));
        QCOMPARE(newest->getValue<int>("status"), 201);
    }
};

QTEST_GUILESS_MAIN(TestExternalIds)
#include "tst_external_ids.moc"
