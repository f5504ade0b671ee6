// Outbound webhooks of integrations, end to end: the outside system is a real HTTP server on
// loopback that records what it receives and verifies the signatures as a receiver would, with
// the secret it was shown once and its own HMAC (Poco's, not the server's code).
#include "support/Desk.h"
#include "support/WebhookReceiver.h"

#include <QtTest>

#include <set>

using namespace helpdesk::test;
using helpdesk::protocol::JsonObject;

namespace {

std::string str(std::int64_t n)
{
    return std::to_string(n);
}

} // namespace

class TestWebhooks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<WebhookReceiver> m_receiver;
    std::int64_t m_integration = 0;

    std::string urlOf(const std::string &path) const { return m_receiver->urlOf(path); }

    /// Subscribes the integration to `events` at the receiver's `path`; returns {id, secret}.
    std::pair<std::int64_t, std::string> subscribe(const std::string &path, const std::string &eventsJson)
    {
        auto created =
            m_desk->as("admin").post("/api/v1/integrations/" + str(m_integration) + "/webhooks",
                                     json("{\"url\":\"" + urlOf(path) + "\",\"events\":" + eventsJson + "}"));
        if (created.status != 201)
            qWarning("%s", created.raw.c_str());
        auto webhook = created.object("webhook");
        return {webhook->getValue<std::int64_t>("id"), webhook->getValue<std::string>("secret")};
    }

    int count(const std::string &sql) { return static_cast<int>(m_desk->scalar(sql)); }

    std::int64_t articleOn(std::int64_t ticket, const std::string &bodyJson)
    {
        auto r = m_desk->as("alphaFull").post("/api/v1/tickets/" + str(ticket) + "/articles", json(bodyJson));
        return r.status == 201 ? 1 : 0;
    }

private slots:
    void initTestCase()
    {
        // Few attempts, one second apart at first: a dead letter within seconds.
        m_desk = std::make_unique<Desk>([](helpdesk::app::ServerConfig &config) {
            config.webhookAllowedNetworks = {"127.0.0.0/8"};
            config.webhookAttempts = 3;
            config.webhookRetryBaseSeconds = 1;
        });
        m_receiver = std::make_unique<WebhookReceiver>();
        auto created = m_desk->as("admin").post("/api/v1/integrations", json(R"({"name":"Billing panel"})"));
        QVERIFY2(created.status == 201, created.raw.c_str());
        auto integration = created.object("integration");
        m_integration = integration->getValue<std::int64_t>("id");
        QCOMPARE(integration->getValue<int>("log_retention_days"), 14);
        QCOMPARE(integration->getValue<bool>("active"), true);
    }

    void cleanupTestCase()
    {
        m_receiver.reset();
        m_desk.reset();
    }

    void anAgentReplyArrivesSignedWithTheSecret()
    {
        const auto [id, secret] = subscribe("/reply", R"(["article.agent_reply"])");
        QVERIFY(secret.rfind("whsec_", 0) == 0);
        // The secret is shown once: the list does not carry it.
        auto listed = m_desk->as("admin").get("/api/v1/integrations/" + str(m_integration) + "/webhooks");
        QCOMPARE(listed.status, 200);
        QVERIFY(listed.raw.find(secret) == std::string::npos);

        const auto ticket = m_desk->openTicket("Alpha", "carol", "Webhook reply");
        QCOMPARE(articleOn(ticket, R"({"channel":"note","internal":true,"body_text":"only for us"})"), 1);
        QCOMPARE(articleOn(ticket, R"({"channel":"email","body_text":"Fixed it for you"})"), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->countOn("/reply"), std::size_t(1), 20000);

        const auto got = m_receiver->receivedOn("/reply").front();
        QCOMPARE(got.event, std::string("article.agent_reply"));
        QCOMPARE(got.signature, webhookSignature(secret, got.timestamp, got.body));
        QVERIFY(got.signature != webhookSignature(secret + "x", got.timestamp, got.body));
        QVERIFY(got.signature != webhookSignature(secret, str(std::stoll(got.timestamp) + 1), got.body));
        const auto age = std::abs(std::time(nullptr) - std::stoll(got.timestamp));
        QVERIFY2(age < 60, got.timestamp.c_str());
        auto body = json(got.body);
        QCOMPARE(body->getValue<std::string>("id"), got.delivery);
        QCOMPARE(body->getValue<std::string>("event"), std::string("article.agent_reply"));
        QVERIFY(!body->getValue<std::string>("created_at").empty());
        auto article = body->getObject("data")->getObject("article");
        QCOMPARE(article->getValue<std::string>("body_text"), std::string("Fixed it for you"));
        QCOMPARE(article->getValue<std::string>("sender"), std::string("agent"));
        QVERIFY(!body->getObject("data")->has("customer_article")); // the customers' copy is theirs alone
        QCOMPARE(article->getValue<std::int64_t>("ticket_id"), ticket);
        // The note was not subscribed to: only the reply was delivered.
        QCOMPARE(count("SELECT count(*) FROM webhook_deliveries WHERE subscription_id = " + str(id)), 1);
    }

    void aReceiverDownThenUpGetsEachDeliveryOnceInOrder()
    {
        const auto [id, secret] = subscribe("/order", R"(["article.note"])");
        m_receiver->setDown("/order", true);
        const auto ticket = m_desk->openTicket("Alpha", "carol", "Webhook order");
        for (const char *text : {"first", "second", "third"})
            QCOMPARE(articleOn(ticket,
                               std::string("{\"channel\":\"note\",\"internal\":true,\"body_text\":\"") + text + "\"}"),
                     1);
        const auto failedCalls =
            "SELECT count(*) FROM integration_log WHERE subscription_id = " + str(id) + " AND status = 503";
        QTRY_VERIFY_WITH_TIMEOUT(count(failedCalls) >= 1, 20000);
        m_receiver->setDown("/order", false);
        const auto deliveredRows =
            "SELECT count(*) FROM webhook_deliveries WHERE state = 'delivered' AND subscription_id = " + str(id);
        QTRY_COMPARE_WITH_TIMEOUT(count(deliveredRows), 3, 30000);

        const auto got = m_receiver->receivedOn("/order");
        QCOMPARE(got.size(), std::size_t(3));
        std::vector<std::string> texts;
        std::set<std::string> ids;
        for (const auto &r : got) {
            QCOMPARE(r.signature, webhookSignature(secret, r.timestamp, r.body));
            texts.push_back(json(r.body)->getObject("data")->getObject("article")->getValue<std::string>("body_text"));
            ids.insert(r.delivery);
        }
        QCOMPARE(texts, (std::vector<std::string>{"first", "second", "third"}));
        QCOMPARE(ids.size(), std::size_t(3));
    }

    void aDeliveryDiesAfterItsAttemptsAndAnAdminRedeliversIt()
    {
        const auto [id, secret] = subscribe("/dead", R"(["ticket.created"])");
        m_receiver->setDown("/dead", true);
        const auto ticket = m_desk->openTicket("Alpha", "dave", "Webhook dead letter");
        auto admin = m_desk->as("admin");
        const auto dead =
            "SELECT count(*) FROM webhook_deliveries WHERE state = 'dead' AND subscription_id = " + str(id);
        QTRY_COMPARE_WITH_TIMEOUT(count(dead), 1, 30000);

        auto listed = admin.get("/api/v1/webhooks/" + str(id) + "/deliveries?state=dead");
        QCOMPARE(listed.status, 200);
        auto deliveries = listed.array("deliveries");
        QCOMPARE(deliveries->size(), std::size_t(1));
        auto delivery = deliveries->getObject(0);
        QCOMPARE(delivery->getValue<int>("attempts"), 3);
        QCOMPARE(delivery->getValue<int>("last_status"), 503);
        QCOMPARE(delivery->getValue<std::int64_t>("ticket_id"), ticket);
        QCOMPARE(count("SELECT count(*) FROM integration_log WHERE subscription_id = " + str(id)), 3);
        QCOMPARE(m_receiver->countOn("/dead"), std::size_t(0));

        m_receiver->setDown("/dead", false);
        auto redelivered = admin.post(
            "/api/v1/webhook_deliveries/" + str(delivery->getValue<std::int64_t>("id")) + "/redeliver", json("{}"));
        QCOMPARE(redelivered.status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->countOn("/dead"), std::size_t(1), 20000);
        const auto got = m_receiver->receivedOn("/dead").front();
        QCOMPARE(got.delivery, delivery->getValue<std::string>("uuid"));
        QCOMPARE(got.event, std::string("ticket.created"));
        QCOMPARE(json(got.body)->getObject("data")->getObject("ticket")->getValue<std::int64_t>("id"), ticket);
        QTRY_COMPARE_WITH_TIMEOUT(count("SELECT count(*) FROM webhook_deliveries WHERE state = 'delivered' AND "
                                        "subscription_id = " +
                                        str(id)),
                                  1, 10000);
    }

    void aReceiverDownIsCalledOncePerBackoffAndATestEventThatGetsThroughReleasesTheBacklog()
    {
        const auto [id, secret] = subscribe("/held", R"(["ticket.created"])");
        // Down, asking for an hour: the first delivery fails, and the subscription is held.
        m_receiver->setDown("/held", true, "3600");
        const auto failedCalls = "SELECT count(*) FROM integration_log WHERE subscription_id = " + str(id);
        std::vector<std::int64_t> tickets{m_desk->openTicket("Alpha", "carol", "Held one")};
        QTRY_COMPARE_WITH_TIMEOUT(count(failedCalls), 1, 20000);
        tickets.push_back(m_desk->openTicket("Alpha", "dave", "Held two"));
        tickets.push_back(m_desk->openTicket("Beta", "erin", "Held three"));
        const auto deliveries = "SELECT count(*) FROM webhook_deliveries WHERE subscription_id = " + str(id);
        QTRY_COMPARE_WITH_TIMEOUT(count(deliveries), 3, 20000); // the fan-out follows the events' commit
        // The new deliveries woke the subscription's job, which found it held and now sleeps
        // until the hold ends: none was sent.
        const auto jobOf = "queue = 'webhooks.deliver' AND payload->>'subscription_id' = '" + str(id) + "'";
        QTRY_VERIFY_WITH_TIMEOUT(count("SELECT count(*) FROM jobs WHERE " + jobOf +
                                       " AND state = 'pending' AND run_at > now() + interval '50 minutes'") == 1 &&
                                     count("SELECT count(*) FROM jobs WHERE " + jobOf +
                                           " AND (state = 'running' OR (state = 'pending' AND run_at < now() + "
                                           "interval '50 minutes'))") == 0,
                                 20000);
        QCOMPARE(count(failedCalls), 1);
        auto admin = m_desk->as("admin");
        auto listed = admin.get("/api/v1/integrations/" + str(m_integration) + "/webhooks");
        bool held = false;
        for (std::size_t i = 0; i < listed.array("webhooks")->size(); ++i) {
            auto webhook = listed.array("webhooks")->getObject(i);
            if (webhook->getValue<std::int64_t>("id") == id) {
                held = !webhook->isNull("held_until");
                QCOMPARE(webhook->getValue<int>("pending"), 3);
            }
        }
        QVERIFY(held);

        // Back up; the admin's test event goes through the hold and releases the rest at once.
        m_receiver->setDown("/held", false);
        QCOMPARE(admin.post("/api/v1/webhooks/" + str(id) + "/test", json("{}")).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->countOn("/held"), std::size_t(4), 20000);
        const auto got = m_receiver->receivedOn("/held");
        QCOMPARE(got.front().event, std::string("ping"));
        std::vector<std::int64_t> created;
        for (std::size_t i = 1; i < got.size(); ++i) {
            QCOMPARE(got[i].signature, webhookSignature(secret, got[i].timestamp, got[i].body));
            created.push_back(json(got[i].body)->getObject("data")->getObject("ticket")->getValue<std::int64_t>("id"));
        }
        QCOMPARE(created, tickets);
        QCOMPARE(count("SELECT count(*) FROM integration_log WHERE status = 503 AND subscription_id = " + str(id)), 1);
    }

    void theTestEventIsAPing()
    {
        const auto [id, secret] = subscribe("/ping", R"(["ticket.rated"])");
        auto sent = m_desk->as("admin").post("/api/v1/webhooks/" + str(id) + "/test", json("{}"));
        QCOMPARE(sent.status, 202);
        const auto uuid = sent.body->getValue<std::string>("delivery");
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->countOn("/ping"), std::size_t(1), 20000);
        const auto got = m_receiver->receivedOn("/ping").front();
        QCOMPARE(got.event, std::string("ping"));
        QCOMPARE(got.delivery, uuid);
        QCOMPARE(got.signature, webhookSignature(secret, got.timestamp, got.body));
        QCOMPARE(json(got.body)->getObject("data")->getValue<std::int64_t>("webhook_id"), id);
    }

    void theLogShowsEveryCallOfTheIntegration()
    {
        const auto [id, secret] = subscribe("/logged", R"(["ticket.rated"])");
        auto admin = m_desk->as("admin");
        QCOMPARE(admin.post("/api/v1/webhooks/" + str(id) + "/test", json("{}")).status, 202);
        const auto logged = "SELECT count(*) FROM integration_log WHERE status = 200 AND subscription_id = " + str(id);
        QTRY_COMPARE_WITH_TIMEOUT(count(logged), 1, 20000);

        auto log = admin.get("/api/v1/integration_log?integration_id=" + str(m_integration) + "&limit=200");
        QCOMPARE(log.status, 200);
        auto lines = log.array("log");
        QVERIFY(lines->size() >= 1);
        auto newest = lines->getObject(0);
        QCOMPARE(newest->getValue<std::string>("direction"), std::string("out"));
        QCOMPARE(newest->getValue<std::string>("endpoint"), urlOf("/logged"));
        QCOMPARE(newest->getValue<int>("status"), 200);
        QVERIFY(newest->getValue<int>("latency_ms") >= 0);
        QVERIFY(newest->getValue<std::string>("payload_excerpt").find("\"event\":\"ping\"") != std::string::npos);
        // The failures of the earlier tests are there too, with their errors.
        bool sawFailure = false;
        for (std::size_t i = 0; i < lines->size(); ++i)
            if (!lines->getObject(i)->isNull("error") &&
                lines->getObject(i)->getValue<std::string>("error").find("HTTP 503") != std::string::npos)
                sawFailure = true;
        QVERIFY(sawFailure);

        // Another integration's log has none of them; paging goes on from the oldest line shown.
        auto other = admin.post("/api/v1/integrations", json(R"({"name":"Quiet system","log_retention_days":3})"));
        QCOMPARE(other.status, 201);
        const auto otherId = other.object("integration")->getValue<std::int64_t>("id");
        QCOMPARE(admin.get("/api/v1/integration_log?integration_id=" + str(otherId)).array("log")->size(),
                 std::size_t(0));
        auto page = admin.get("/api/v1/integration_log?integration_id=" + str(m_integration) +
                              "&limit=1&before=" + str(newest->getValue<std::int64_t>("id")));
        QCOMPARE(page.array("log")->size(), std::size_t(1));
        QVERIFY(page.array("log")->getObject(0)->getValue<std::int64_t>("id") < newest->getValue<std::int64_t>("id"));
    }

    void aNewSecretSignsFromThenOnAndADeletedWebhookGetsNothing()
    {
        const auto [id, oldSecret] = subscribe("/rotated", R"(["ticket.rated"])");
        auto admin = m_desk->as("admin");
        auto rotated = admin.post("/api/v1/webhooks/" + str(id) + "/secret", json("{}"));
        QCOMPARE(rotated.status, 200);
        const auto newSecret = rotated.object("webhook")->getValue<std::string>("secret");
        QVERIFY(newSecret != oldSecret);
        QCOMPARE(admin.post("/api/v1/webhooks/" + str(id) + "/test", json("{}")).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->countOn("/rotated"), std::size_t(1), 20000);
        const auto got = m_receiver->receivedOn("/rotated").front();
        QCOMPARE(got.signature, webhookSignature(newSecret, got.timestamp, got.body));
        QVERIFY(got.signature != webhookSignature(oldSecret, got.timestamp, got.body));

        QCOMPARE(admin.del("/api/v1/webhooks/" + str(id)).status, 200);
        QCOMPARE(admin.post("/api/v1/webhooks/" + str(id) + "/test", json("{}")).status, 404);
        QCOMPARE(count("SELECT count(*) FROM webhook_deliveries WHERE subscription_id = " + str(id)), 0);
        // Its calls stay in the log.
        QCOMPARE(count("SELECT count(*) FROM integration_log WHERE endpoint = '" + urlOf("/rotated") + "'"), 1);
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE object_kind = 'webhook' AND object_id = " + str(id)), 3);
    }

    void theLogAndFinishedDeliveriesGoAfterTheRetention()
    {
        // A line and a delivered delivery of 15 days ago, past the integration's 14 days; and one
        // of 13 days ago, within them.
        const auto [id, secret] = subscribe("/old", R"(["ticket.rated"])");
        for (const char *age : {"15", "13"}) {
            m_desk->exec(
                "INSERT INTO integration_log (integration_id, at, direction, method, endpoint, status) VALUES (" +
                str(m_integration) + ", now() - interval '" + age + " days', 'out', 'POST', 'aged " + age + "', 200)");
            m_desk->exec("INSERT INTO webhook_deliveries (subscription_id, event, body, state, delivered_at, "
                         "finished_at) VALUES (" +
                         str(id) + ", 'aged " + age +
                         "', '{}', 'delivered', now() - "
                         "interval '" +
                         age + " days', now() - interval '" + age + " days')");
        }
        // The pruning job runs hourly; make its next run due now.
        QCOMPARE(count("SELECT count(*) FROM jobs WHERE queue = 'integrations.prune_log' AND state = 'pending'"), 1);
        m_desk->exec("UPDATE jobs SET run_at = now() WHERE queue = 'integrations.prune_log' AND state = 'pending'");
        QTRY_COMPARE_WITH_TIMEOUT(count("SELECT count(*) FROM integration_log WHERE endpoint = 'aged 15'"), 0, 20000);
        QCOMPARE(count("SELECT count(*) FROM webhook_deliveries WHERE event = 'aged 15'"), 0);
        QCOMPARE(count("SELECT count(*) FROM integration_log WHERE endpoint = 'aged 13'"), 1);
        QCOMPARE(count("SELECT count(*) FROM webhook_deliveries WHERE event = 'aged 13'"), 1);
        // It queued its next run an hour on.
        QTRY_COMPARE_WITH_TIMEOUT(count("SELECT count(*) FROM jobs WHERE queue = 'integrations.prune_log' AND state "
                                        "= 'pending' AND run_at > now() + interval '50 minutes'"),
                                  1, 10000);
    }

    void aCustomersRatingOfAReplyReachesTheWebhook()
    {
        const auto [id, secret] = subscribe("/rated", R"(["rating.created", "rating.updated"])");
        const auto ticket = m_desk->openTicket("Alpha", "carol", "Rated reply");
        auto reply = m_desk->as("alphaFull")
                         .post("/api/v1/tickets/" + str(ticket) + "/articles",
                               json(R"({"channel":"email","body_text":"Here is your answer"})"));
        QCOMPARE(reply.status, 201);
        const auto article = reply.object("article")->getValue<std::int64_t>("id");
        auto carol = m_desk->as("carol");
        const auto rate = [&](int score) {
            return carol
                .send("PUT", "/api/v1/tickets/" + str(ticket) + "/rating",
                      "{\"score\":" + std::to_string(score) + ",\"article_id\":" + str(article) + "}")
                .status;
        };
        QCOMPARE(rate(4), 200);
        QCOMPARE(rate(5), 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->countOn("/rated"), std::size_t(2), 20000);
        const auto got = m_receiver->receivedOn("/rated");
        QCOMPARE(got[0].event, std::string("rating.created"));
        QCOMPARE(got[1].event, std::string("rating.updated"));
        for (const auto &r : got)
            QCOMPARE(r.signature, webhookSignature(secret, r.timestamp, r.body));
        auto rating = json(got[1].body)->getObject("data")->getObject("rating");
        QCOMPARE(rating->getValue<std::int64_t>("article_id"), article);
        QCOMPARE(rating->getValue<int>("score"), 5);
        QCOMPARE(rating->getValue<std::int64_t>("agent_id"), m_desk->userId("alphaFull"));
    }

    void anIntegrationTurnedOffQueuesNothingButItsTestEvent()
    {
        auto admin = m_desk->as("admin");
        auto created = admin.post("/api/v1/integrations", json(R"({"name":"Sleeping system","active":false})"));
        QCOMPARE(created.status, 201);
        const auto integration = created.object("integration")->getValue<std::int64_t>("id");
        auto hook = admin.post("/api/v1/integrations/" + str(integration) + "/webhooks",
                               json("{\"url\":\"" + urlOf("/sleeping") + "\",\"events\":[\"ticket.created\"]}"));
        QCOMPARE(hook.status, 201);
        const auto id = hook.object("webhook")->getValue<std::int64_t>("id");
        const auto secret = hook.object("webhook")->getValue<std::string>("secret");

        // Its events are not queued: once the ticket's event reached another subscription, this
        // one has nothing of it; an admin's test event goes all the same.
        const auto asleep = m_desk->openTicket("Alpha", "carol", "While it was off");
        QTRY_VERIFY_WITH_TIMEOUT(count("SELECT count(*) FROM webhook_deliveries WHERE ticket_id = " + str(asleep)) >= 1,
                                 20000);
        QCOMPARE(count("SELECT count(*) FROM webhook_deliveries WHERE subscription_id = " + str(id)), 0);
        QCOMPARE(admin.post("/api/v1/webhooks/" + str(id) + "/test", json("{}")).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->countOn("/sleeping"), std::size_t(1), 20000);
        QCOMPARE(m_receiver->receivedOn("/sleeping").front().event, std::string("ping"));

        // Turned on, it gets the next ticket.
        QCOMPARE(admin.patch("/api/v1/integrations/" + str(integration), json(R"({"active":true})")).status, 200);
        const auto awake = m_desk->openTicket("Alpha", "carol", "Once it was on");
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->countOn("/sleeping"), std::size_t(2), 20000);
        const auto got = m_receiver->receivedOn("/sleeping").back();
        QCOMPARE(got.signature, webhookSignature(secret, got.timestamp, got.body));
        QCOMPARE(json(got.body)->getObject("data")->getObject("ticket")->getValue<std::int64_t>("id"), awake);
    }

    void aTargetIsChecked_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("status");
        QTest::newRow("a private address is refused") << QStringLiteral("http://10.1.2.3/hook") << 422;
        QTest::newRow("a link-local address is refused") << QStringLiteral("http://169.254.169.254/latest") << 422;
        QTest::newRow("IPv6 loopback, outside the allowed network, is refused")
            << QStringLiteral("http://[::1]:9/hook") << 422;
        QTest::newRow("not http is refused") << QStringLiteral("ftp://127.0.0.1/hook") << 422;
        QTest::newRow("loopback, allowed by the server's webhook networks, is taken")
            << QStringLiteral("http://127.0.0.1:9/hook") << 201;
    }

    void aTargetIsChecked()
    {
        QFETCH(QString, url);
        QFETCH(int, status);
        auto created = m_desk->as("admin").post(
            "/api/v1/integrations/" + str(m_integration) + "/webhooks",
            json("{\"url\":\"" + url.toStdString() + "\",\"events\":[\"ticket.created\"],\"active\":false}"));
        QVERIFY2(created.status == status, created.raw.c_str());
        if (status == 422)
            QCOMPARE(created.errorField(), std::string("url"));
    }

    void onlyAdminsManageIntegrations_data()
    {
        QTest::addColumn<QString>("who");
        QTest::newRow("an agent") << QStringLiteral("alphaFull");
        QTest::newRow("a supervisor") << QStringLiteral("supervisor");
        QTest::newRow("a customer") << QStringLiteral("carol");
    }

    void onlyAdminsManageIntegrations()
    {
        QFETCH(QString, who);
        auto caller = m_desk->as(who.toStdString());
        const auto integration = "/api/v1/integrations/" + str(m_integration);
        QCOMPARE(caller.get("/api/v1/integrations").status, 403);
        QCOMPARE(caller.get(integration + "/webhooks").status, 403);
        const auto subscribeBody = json("{\"url\":\"http://127.0.0.1:9/x\",\"events\":[\"ticket.created\"]}");
        QCOMPARE(caller.post(integration + "/webhooks", subscribeBody).status, 403);
        QCOMPARE(caller.get("/api/v1/integration_log").status, 403);
        QCOMPARE(count("SELECT count(*) FROM webhook_subscriptions WHERE url = 'http://127.0.0.1:9/x'"), 0);
    }
};

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
