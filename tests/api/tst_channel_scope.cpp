// What an integration's token does not reach of another integration's custom channel, beyond the
// ticket methods (tst_custom_channels): presence on the WebSocket and the dashboard panels; and
// what a channel ticket's end user is not sent (a trigger's mail to the customer), the status a
// retried create answers, as a user of the API sees each. Two integrations, A and B, each with a
// channel into the group Gamma, where both tokens' account (the agent alphaFull) has full access.
#include "support/Desk.h"
#include "support/SmtpSink.h"
#include "support/WsClient.h"

#include <QtTest>

#include <functional>
#include <string>

using namespace helpdesk::test;
using helpdesk::protocol::JsonObject;

namespace {

std::string str(std::int64_t n)
{
    return std::to_string(n);
}

/// A day as the dashboard takes it, `days` from today (UTC).
std::string dayFromToday(int days)
{
    return QDateTime::currentDateTimeUtc().date().addDays(days).toString(Qt::ISODate).toStdString();
}

/// The sum of one column over a panel's rows (an array), or the column itself (a summary object).
long long total(const ApiResponse &answer, const std::string &column)
{
    if (!answer.body)
        return -1;
    if (auto summary = answer.body->getObject("rows"))
        return summary->isNull(column) ? 0 : summary->getValue<long long>(column);
    auto rows = answer.body->getArray("rows");
    if (!rows)
        return -1;
    long long sum = 0;
    for (unsigned i = 0; i < rows->size(); ++i)
        sum += rows->getObject(i)->getValue<long long>(column);
    return sum;
}

} // namespace

class TestChannelScope : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SmtpSink> m_smtp;
    std::unique_ptr<Desk> m_desk;
    std::int64_t m_gamma = 0;
    std::int64_t m_panelA = 0, m_panelB = 0;
    std::string m_tokenA, m_tokenB;
    std::int64_t m_channelA = 0, m_channelB = 0;
    // Gamma's tickets: panel A's cases (a2 closed), panel B's case, an ordinary ticket.
    std::int64_t m_a1 = 0, m_a2 = 0, m_a3 = 0, m_b1 = 0, m_plain = 0;

    ApiClient token(const std::string &value)
    {
        ApiClient c(m_desk->port());
        c.setToken(value);
        return c;
    }
    ApiClient panelA() { return token(m_tokenA); }
    ApiClient panelB() { return token(m_tokenB); }

    std::int64_t created(const ApiResponse &answer, const std::string &key)
    {
        if (answer.status != 201)
            qFatal("creating %s answered %d: %s", key.c_str(), answer.status, answer.raw.c_str());
        return answer.object(key)->getValue<std::int64_t>("id");
    }

    std::int64_t newChannel(std::int64_t integration, const std::string &name)
    {
        auto body = helpdesk::protocol::newObject();
        body->set("name", name);
        body->set("url", "http://127.0.0.1:9/" + name); // nobody answers: replies go dead, unseen
        body->set("group_id", m_gamma);
        return created(m_desk->as("admin").post("/api/v1/integrations/" + str(integration) + "/channels", body),
                       "channel");
    }

    ApiResponse openCase(ApiClient as, std::int64_t channel, const std::string &userJson, const std::string &title,
                         const std::map<std::string, std::string> &headers = {}, const std::string &caseId = {})
    {
        auto body = json(R"({"user":)" + userJson + "}");
        body->set("title", title);
        body->set("body_text", "Hello from the panel");
        if (!caseId.empty())
            body->set("external_id", caseId);
        return as.post("/api/v1/channels/" + str(channel) + "/tickets", body, headers);
    }

    /// The admin's public reply on a ticket; its id.
    std::int64_t replyTo(std::int64_t ticket)
    {
        return created(m_desk->as("admin").post("/api/v1/tickets/" + str(ticket) + "/articles",
                                                json(R"({"channel":"email","body_text":"Here you go"})")),
                       "article");
    }

    /// Sets a reply's rating as `as` (an integration's token or the admin) collected it.
    void rateReply(ApiClient as, std::int64_t ticket, std::int64_t article, int score)
    {
        auto rated = as.put("/api/v1/tickets/" + str(ticket) + "/articles/" + str(article) + "/rating",
                            json("{\"score\":" + std::to_string(score) + "}"));
        if (rated.status != 200)
            qFatal("rating answered %d: %s", rated.status, rated.raw.c_str());
    }

    std::string emailOf(const std::string &who)
    {
        return m_desk->text("SELECT email FROM users WHERE id = " + str(m_desk->userId(who)));
    }

    /// Reads presence notices on `ws` until `done` holds or ten seconds pass.
    static bool waitForPresence(WsClient &ws, const std::function<bool(const std::vector<JsonObject> &)> &done)
    {
        auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (!done(ws.presences()) && std::chrono::steady_clock::now() < deadline)
            ws.pump(std::chrono::milliseconds(500));
        return done(ws.presences());
    }

    static bool hasPresence(const std::vector<JsonObject> &notices, std::int64_t ticket, const std::string &activity)
    {
        for (const auto &n : notices)
            if (n->getValue<std::int64_t>("ticket_id") == ticket && n->getValue<std::string>("activity") == activity)
                return true;
        return false;
    }

private slots:
    void initTestCase()
    {
        m_smtp = std::make_unique<SmtpSink>();
        m_smtp->start();
        m_desk = std::make_unique<Desk>([](helpdesk::app::ServerConfig &config) {
            config.webhookAllowedNetworks = {"127.0.0.0/8"};
            config.webhookAttempts = 1;
        });
        m_desk->useSmtp(m_smtp->port());
        auto admin = m_desk->as("admin");
        m_gamma = created(admin.post("/api/v1/groups", json(R"({"name":"Gamma"})")), "group");
        auto member = admin.put("/api/v1/groups/" + str(m_gamma) + "/members/" + str(m_desk->userId("alphaFull")),
                                json(R"({"access":"full"})"));
        QVERIFY2(member.status == 200, member.raw.c_str());
        m_panelA = m_desk->addIntegration("Panel A");
        m_panelB = m_desk->addIntegration("Panel B");
        m_tokenA = m_desk->integrationToken(m_panelA);
        m_tokenB = m_desk->integrationToken(m_panelB);
        m_channelA = newChannel(m_panelA, "a");
        m_channelB = newChannel(m_panelB, "b");
        m_a1 = created(openCase(panelA(), m_channelA, R"({"external_id":"u-1"})", "A one"), "ticket");
        m_a2 = created(openCase(panelA(), m_channelA, R"({"external_id":"u-1"})", "A two"), "ticket");
        m_a3 = created(openCase(panelA(), m_channelA, R"({"external_id":"u-2"})", "A three"), "ticket");
        m_b1 = created(openCase(panelB(), m_channelB, R"({"external_id":"u-1"})", "B one"), "ticket");
        auto plain = json(R"({"title":"Ordinary","customer_id":)" + str(m_desk->userId("carol")) + R"(,"group_id":)" +
                          str(m_gamma) + "}");
        m_plain = created(admin.post("/api/v1/tickets", plain), "ticket");
        auto closed = admin.patch("/api/v1/tickets/" + str(m_a2),
                                  json(R"({"state_id":)" + str(m_desk->stateOfType("closed")) + "}"));
        QVERIFY2(closed.status == 200, closed.raw.c_str());
        // Ratings of replies: two on panel A's cases, one on panel B's, one on the ordinary ticket.
        rateReply(panelA(), m_a1, replyTo(m_a1), 5);
        rateReply(panelA(), m_a3, replyTo(m_a3), 4);
        rateReply(panelB(), m_b1, replyTo(m_b1), 2);
        rateReply(admin, m_plain, replyTo(m_plain), 3);
        // Every Gamma ticket missed its first response (what the breaches panel counts).
        m_desk->exec("UPDATE tickets SET sla_breached = '{first_response}' WHERE group_id = " + str(m_gamma));
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_smtp.reset();
    }

    void presenceOnAnotherIntegrationsCaseReachesNoSessionOfItsToken()
    {
        WsClient viewer(m_desk->port(), m_desk->as("alphaFull").token());
        WsClient sessionA(m_desk->port(), m_tokenA);
        WsClient sessionB(m_desk->port(), m_tokenB);
        QVERIFY(viewer.accepted() && sessionA.accepted() && sessionB.accepted());
        // Subscribed from now on (no backlog): a session is sent presence once it subscribed.
        for (auto *ws : {&sessionA, &sessionB}) {
            auto after = helpdesk::protocol::newObject();
            after->set("after", ws->hello()->getValue<std::int64_t>("watermark"));
            auto subscribed = ws->request("event.subscribe", after);
            QVERIFY(subscribed && subscribed->has("result"));
        }
        // An agent opens panel A's case, then the ordinary ticket (which leaves the case).
        for (auto ticket : {m_a1, m_plain}) {
            auto params = json(R"({"activity":"viewing"})");
            params->set("ticket_id", ticket);
            auto set = viewer.request("presence.set", params);
            QVERIFY2(set && set->has("result"), set ? helpdesk::protocol::toJsonText(set).c_str() : "no answer");
        }
        // Panel A's session hears of its own case; both hear of the ordinary ticket.
        QVERIFY(waitForPresence(sessionA, [&](const auto &n) {
            return hasPresence(n, m_a1, "viewing") && hasPresence(n, m_a1, "left") &&
                   hasPresence(n, m_plain, "viewing");
        }));
        QVERIFY(waitForPresence(sessionB, [&](const auto &n) { return hasPresence(n, m_plain, "viewing"); }));
        // Notices arrive in order: what panel B's session got before the ordinary ticket's is all
        // it was sent about panel A's case, and that is nothing.
        QVERIFY(!hasPresence(sessionB.presences(), m_a1, "viewing"));
        QVERIFY(!hasPresence(sessionB.presences(), m_a1, "left"));
        // Nor may panel B's token tell others it is on panel A's case.
        auto params = json(R"({"activity":"viewing"})");
        params->set("ticket_id", m_a1);
        auto refused = sessionB.request("presence.set", params);
        QVERIFY(refused && refused->has("error"));
        QCOMPARE(refused->getObject("error")->getValue<std::string>("code"), std::string("not_found"));
    }

    void dashboardPanelsCountNoTicketOfAnotherIntegrationsChannel_data()
    {
        QTest::addColumn<QString>("panel");
        QTest::addColumn<QString>("column");
        QTest::addColumn<long long>("seenByAdmin");
        QTest::addColumn<long long>("seenByPanelA");
        QTest::addColumn<long long>("seenByPanelB");
        // Open: a1, a3, b1, plain. Created: all five; closed: a2. Rated: a1, a3, b1, plain.
        QTest::newRow("open tickets by group and state") << "open_by_group_state"
                                                         << "tickets" << 4LL << 3LL << 2LL;
        QTest::newRow("new tickets per day") << "new_vs_closed"
                                             << "created" << 5LL << 4LL << 2LL;
        QTest::newRow("closed tickets per day") << "new_vs_closed"
                                                << "closed" << 1LL << 1LL << 0LL;
        QTest::newRow("response times over the tickets") << "response_times"
                                                         << "tickets" << 5LL << 4LL << 2LL;
        QTest::newRow("SLA breaches") << "breaches"
                                      << "tickets" << 5LL << 4LL << 2LL;
        QTest::newRow("workload of the owners") << "workload"
                                                << "open_tickets" << 4LL << 3LL << 2LL;
        QTest::newRow("age of the backlog") << "backlog_age"
                                            << "tickets" << 4LL << 3LL << 2LL;
        QTest::newRow("ratings") << "ratings"
                                 << "ratings" << 4LL << 3LL << 2LL;
        QTest::newRow("ratings per agent") << "ratings?by=agent"
                                           << "ratings" << 4LL << 3LL << 2LL;
    }

    void dashboardPanelsCountNoTicketOfAnotherIntegrationsChannel()
    {
        QFETCH(QString, panel);
        QFETCH(QString, column);
        QFETCH(long long, seenByAdmin);
        QFETCH(long long, seenByPanelA);
        QFETCH(long long, seenByPanelB);
        auto path = "/api/v1/dashboard/" + panel.toStdString();
        path += (path.find('?') == std::string::npos ? "?" : "&") + std::string("group_id=") + str(m_gamma) +
                "&from=" + dayFromToday(-1) + "&to=" + dayFromToday(2);
        const auto col = column.toStdString();
        auto admin = m_desk->as("admin").get(path);
        QVERIFY2(admin.status == 200, admin.raw.c_str());
        QCOMPARE(total(admin, col), seenByAdmin);
        auto a = panelA().get(path);
        QVERIFY2(a.status == 200, a.raw.c_str());
        QCOMPARE(total(a, col), seenByPanelA);
        auto b = panelB().get(path);
        QVERIFY2(b.status == 200, b.raw.c_str());
        QCOMPARE(total(b, col), seenByPanelB);
    }

    void aTriggersMailToAChannelCustomerIsNotSentAndTheHistorySaysWhy()
    {
        auto trigger = m_desk->as("admin").post(
            "/api/v1/triggers",
            json(R"({"name":"Greet","event":"created","conditions":{"title_contains":"Trigger probe"},)"
                 R"("actions":{"email":{"to":"customer","subject":"We got it","body":"Hello {customer_name}"},)"
                 R"("notify_agents":"Probe {ticket_number} opened","add_tags":["probed"]}})"));
        QVERIFY2(trigger.status == 201, trigger.raw.c_str());
        auto opened =
            openCase(panelA(), m_channelA, R"({"external_id":"ida","name":"Ida","email":"ida@panel.example"})",
                     "Trigger probe by channel");
        QVERIFY2(opened.status == 201, opened.raw.c_str());
        const auto channelTicket = opened.object("ticket")->getValue<std::int64_t>("id");
        const auto channelNumber = opened.object("ticket")->getValue<std::int64_t>("number");
        // The same trigger on an ordinary ticket mails its customer (erin, mailed nothing before).
        auto plain = m_desk->as("admin").post(
            "/api/v1/tickets", json(R"({"title":"Trigger probe by mail","customer_id":)" + str(m_desk->userId("erin")) +
                                    R"(,"group_id":)" + str(m_gamma) + "}"));
        QVERIFY2(plain.status == 201, plain.raw.c_str());
        const auto plainTicket = plain.object("ticket")->getValue<std::int64_t>("id");
        QVERIFY(m_desk->waitUntilMailSettled());

        bool erinGreeted = false, idaMailed = false, agentTold = false;
        for (const auto &mail : m_smtp->messages()) {
            const auto to = mail.header("X-RcptTo");
            erinGreeted |= to.find(emailOf("erin")) != std::string::npos &&
                           mail.header("Subject").find("We got it") != std::string::npos;
            idaMailed |= to.find("ida@panel.example") != std::string::npos;
            agentTold |= to.find(emailOf("alphaFull")) != std::string::npos &&
                         mail.body().find("Probe " + str(channelNumber) + " opened") != std::string::npos;
        }
        QVERIFY(erinGreeted);
        QVERIFY(!idaMailed);
        QVERIFY(agentTold);

        auto historyOf = [&](std::int64_t ticket) {
            auto h = m_desk->as("alphaFull").get("/api/v1/tickets/" + str(ticket) + "/history");
            std::map<std::string, std::string> fields;
            for (unsigned i = 0; h.status == 200 && i < h.array("history")->size(); ++i) {
                auto row = h.array("history")->getObject(i);
                fields[row->getValue<std::string>("field")] = row->optValue<std::string>("new_value", "");
            }
            return fields;
        };
        auto channelHistory = historyOf(channelTicket);
        QVERIFY(channelHistory.count("automation.email_not_sent") == 1);
        QVERIFY2(channelHistory["automation.email_not_sent"].find("ida@panel.example") != std::string::npos &&
                     channelHistory["automation.email_not_sent"].find("channel") != std::string::npos,
                 channelHistory["automation.email_not_sent"].c_str());
        QVERIFY(channelHistory.count("automation.email") == 0);
        QCOMPARE(historyOf(plainTicket).count("automation.email"), std::size_t(1));
        // The rest of the trigger ran on the channel's ticket.
        auto read = m_desk->as("alphaFull").get("/api/v1/tickets/" + str(channelTicket));
        QVERIFY(read.raw.find("\"probed\"") != std::string::npos);
    }

    void aRetriedCreateAnswersTheFirstStatusAndBody()
    {
        const std::map<std::string, std::string> first{{"Idempotency-Key", "retry-create-1"}};
        auto made = openCase(panelA(), m_channelA, R"({"external_id":"u-9"})", "Retried case", first, "case-9");
        QCOMPARE(made.status, 201);
        auto replay = openCase(panelA(), m_channelA, R"({"external_id":"u-9"})", "Retried case", first, "case-9");
        QCOMPARE(replay.status, 201);
        QCOMPARE(helpdesk::protocol::toJsonText(replay.body), helpdesk::protocol::toJsonText(made.body));
        // A second create of the same case under a new key finds it (200) and so does its retry.
        const std::map<std::string, std::string> second{{"Idempotency-Key", "retry-create-2"}};
        auto found = openCase(panelA(), m_channelA, R"({"external_id":"u-9"})", "Retried case", second, "case-9");
        QCOMPARE(found.status, 200);
        QCOMPARE(found.object("ticket")->getValue<std::int64_t>("id"),
                 made.object("ticket")->getValue<std::int64_t>("id"));
        auto again = openCase(panelA(), m_channelA, R"({"external_id":"u-9"})", "Retried case", second, "case-9");
        QCOMPARE(again.status, 200);
        QCOMPARE(helpdesk::protocol::toJsonText(again.body), helpdesk::protocol::toJsonText(found.body));
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM tickets WHERE title = 'Retried case'"), 1LL);
    }

    void agentsReadIntegrationsAndChannelsByNameOnly()
    {
        // What the client shows on a channel's ticket: the channel's and its integration's names.
        int addressesShown = 0;
        auto names = [&addressesShown](const ApiResponse &answer) {
            std::map<std::string, std::vector<std::string>> out;
            auto list = answer.array("integrations");
            for (unsigned i = 0; list && i < list->size(); ++i) {
                auto integration = list->getObject(i);
                auto &channels = out[integration->getValue<std::string>("name")];
                auto each = integration->getArray("channels");
                for (unsigned j = 0; j < each->size(); ++j) {
                    addressesShown += each->getObject(j)->has("url") ? 1 : 0;
                    channels.push_back(each->getObject(j)->getValue<std::string>("name"));
                }
            }
            return out;
        };
        auto forAgent = m_desk->as("betaFull").get("/api/v1/integration_directory");
        QCOMPARE(forAgent.status, 200);
        const auto agentSees = names(forAgent);
        QCOMPARE(agentSees.at("Panel A"), std::vector<std::string>{"a"});
        QCOMPARE(agentSees.at("Panel B"), std::vector<std::string>{"b"});
        QCOMPARE(addressesShown, 0); // no webhook address
        // An integration's token names its own integration only; customers get nothing.
        const auto panelSees = names(panelA().get("/api/v1/integration_directory"));
        QCOMPARE(panelSees.size(), std::size_t(1));
        QCOMPARE(panelSees.count("Panel A"), std::size_t(1));
        QCOMPARE(m_desk->as("carol").get("/api/v1/integration_directory").status, 403);
    }
};

QTEST_GUILESS_MAIN(TestChannelScope)
#include "tst_channel_scope.moc"
