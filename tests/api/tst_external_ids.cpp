// The inbound side of integrations: an integration's own API tokens (held to its allowed
// networks, refused while it is inactive, every call logged with direction "in"), through the
// plain REST API as an outside system would call it. One desk for the whole executable.

#include "support/Desk.h"

#include <QtTest>

using namespace helpdesk::test;
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
} // namespace

class TestExternalIds : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    std::int64_t m_panel = 0; // the integration "Billing panel"
    std::int64_t m_crm = 0;   // the integration "CRM"
    std::string m_panelToken;
    std::string m_crmToken;
    std::int64_t m_articleTicket = 0; // the ticket the panel writes on

    ApiClient client(const std::string &token, const std::string &from = "127.0.0.1")
    {
        ApiClient c(m_desk->port());
        c.setToken(token);
        c.setSourceAddress(from);
        return c;
    }
    ApiClient panel(const std::string &from = "127.0.0.1") { return client(m_panelToken, from); }
    ApiClient crm() { return client(m_crmToken); }

    std::int64_t newIntegration(const std::string &name)
    {
        auto body = helpdesk::protocol::newObject();
        body->set("name", name);
        auto created = m_desk->as("admin").post("/api/v1/integrations", body);
        if (created.status != 201)
            qFatal("creating an integration answered %d: %s", created.status, created.raw.c_str());
        return created.object("integration")->getValue<std::int64_t>("id");
    }

    /// An admin's token for the agent alphaFull as the integration's account.
    std::string accountToken(std::int64_t integration)
    {
        auto issued = m_desk->as("admin").post(
            "/api/v1/tokens", json(R"({"name":"panel","user_id":)" + str(m_desk->userId("alphaFull")) +
                                   R"(,"scopes":["tickets:read","tickets:write","users:write"],"integration_id":)" +
                                   str(integration) + "}"));
        if (issued.status != 201)
            qFatal("issuing a token answered %d: %s", issued.status, issued.raw.c_str());
        if (issued.body->getValue<std::int64_t>("integration_id") != integration)
            qFatal("the token does not name its integration: %s", issued.raw.c_str());
        return issued.body->getValue<std::string>("token");
    }

    JsonObject ticketBody(const std::string &title)
    {
        auto body = json(R"({"article":{"channel":"web","body_text":"From the panel"}})");
        body->set("title", title);
        body->set("group_id", m_desk->alpha());
        body->set("customer_id", m_desk->userId("carol"));
        return body;
    }

    long long tickets(const std::string &title)
    {
        return m_desk->scalar("SELECT count(*) FROM tickets WHERE title = '" + title + "'");
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
        m_panel = newIntegration("Billing panel");
        m_crm = newIntegration("CRM");
        m_panelToken = accountToken(m_panel);
        m_crmToken = accountToken(m_crm);
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

    void callsFromOutsideTheAllowedNetworksAreRefused()
    {
        auto admin = m_desk->as("admin");
        QCOMPARE(admin.patch("/api/v1/integrations/" + str(m_panel), json(R"({"allowed_networks":["127.0.0.2/32"]})"))
                     .status,
                 200);
        auto refused = panel("127.0.0.1").get("/api/v1/tickets?query=nets");
        QCOMPARE(refused.status, 403);
        QVERIFY2(errorMessage(refused).find("allowed networks") != std::string::npos, refused.raw.c_str());
        QVERIFY2(errorMessage(refused).find("127.0.0.1") != std::string::npos, refused.raw.c_str());
        QCOMPARE(panel("127.0.0.2").get("/api/v1/tickets?query=nets").status, 200);
        // Other tokens are not the integration's business.
        QCOMPARE(crm().get("/api/v1/tickets?query=nets").status, 200);
        QCOMPARE(m_desk->as("alphaFull").get("/api/v1/tickets?query=nets").status, 200);

        QCOMPARE(admin
                     .patch("/api/v1/integrations/" + str(m_panel),
                            json(R"({"allowed_networks":["10.0.0.0/8","127.0.0.0/24"]})"))
                     .status,
                 200);
        QCOMPARE(panel("127.0.0.1").get("/api/v1/tickets?query=nets").status, 200);
        QCOMPARE(admin.patch("/api/v1/integrations/" + str(m_panel), json(R"({"allowed_networks":[]})")).status, 200);
        QCOMPARE(logged("status = 403 AND error LIKE '%allowed networks%'"), 1LL);
    }

    void anInactiveIntegrationsTokensAreRefused()
    {
        auto admin = m_desk->as("admin");
        QCOMPARE(admin.patch("/api/v1/integrations/" + str(m_panel), json(R"({"active":false})")).status, 200);
        auto refused = panel().post("/api/v1/tickets", ticketBody("While off"));
        QCOMPARE(refused.status, 403);
        QVERIFY2(errorMessage(refused).find("inactive") != std::string::npos, refused.raw.c_str());
        QCOMPARE(tickets("While off"), 0LL);
        QCOMPARE(crm().get("/api/v1/tickets?query=off").status, 200); // the other integration goes on
        QCOMPARE(admin.patch("/api/v1/integrations/" + str(m_panel), json(R"({"active":true})")).status, 200);
        QCOMPARE(panel().post("/api/v1/tickets", ticketBody("While off")).status, 201);
        QCOMPARE(tickets("While off"), 1LL);
    }

    void everyInboundCallIsLoggedWithStatusAndLatency()
    {
        QCOMPARE(logged("method = 'POST' AND endpoint = '/api/v1/tickets' AND status = 201"), 1LL);
        QCOMPARE(logged("status = 403 AND error LIKE '%inactive%' AND payload_excerpt LIKE '%While off%'"), 1LL);
        QCOMPARE(logged("method = 'GET' AND endpoint = '/api/v1/tickets' AND status = 200 AND "
                        "payload_excerpt LIKE '%nets%'"),
                 2LL);
        QCOMPARE(logged("latency_ms IS NULL OR latency_ms < 0 OR status IS NULL"), 0LL);
        // An admin's or an agent's own calls are no integration's.
        QCOMPARE(m_desk->as("admin").get("/api/v1/tickets?query=admin-was-here").status, 200);
        QCOMPARE(m_desk->as("alphaFull").get("/api/v1/tickets?query=agent-was-here").status, 200);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM integration_log WHERE payload_excerpt LIKE '%-was-here%'"), 0LL);

        // A large payload is kept as a bounded excerpt.
        const std::string large(20000, 'x');
        auto big = panel().post("/api/v1/tickets/" + str(m_articleTicket) + "/articles",
                                json("{\"channel\":\"web\",\"body_text\":\"" + large + "\"}"));
        QCOMPARE(big.status, 201);
        QCOMPARE(logged("payload_excerpt LIKE '%xxxxxxxxxx%'"), 1LL);
        QCOMPARE(logged("payload_excerpt LIKE '%xxxxxxxxxx%' AND octet_length(payload_excerpt) <= 1024"), 1LL);

        // The admins read them through the API too.
        auto log = m_desk->as("admin").get("/api/v1/integration_log?integration_id=" + str(m_panel) + "&limit=5");
        QVERIFY2(log.status == 200, log.raw.c_str());
        const auto newest = log.array("log")->getObject(0);
        QCOMPARE(newest->getValue<std::string>("direction"), std::string("in"));
        QCOMPARE(newest->getValue<std::string>("endpoint"), "/api/v1/tickets/" + str(m_articleTicket) + "/articles");
        QCOMPARE(newest->getValue<int>("status"), 201);
    }
};

QTEST_GUILESS_MAIN(TestExternalIds)
#include "tst_external_ids.moc"
