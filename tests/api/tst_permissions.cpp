// The permissions matrix: every API route tried by every role, against tickets in a group the
// caller may or may not access. A customer never reaches another customer's ticket, an agent
// never reaches a group they lack, a read-only member never writes.

#include "support/Desk.h"

#include <QtTest>

#include <memory>

using namespace helpdesk::test;
using helpdesk::protocol::JsonObject;

namespace {
const char *kRoles[] = {"anonymous", "admin", "supervisor", "alphaFull", "alphaRead",
                        "betaFull",  "carol", "dave",       "erin"};
}

class TestPermissions : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    std::int64_t m_alphaTicket = 0; // Alpha, customer carol (organization Acme, shared)
    std::int64_t m_betaTicket = 0;  // Beta, customer erin
    std::string m_internalSha;      // an attachment on an internal note of the Alpha ticket

    std::string substitute(std::string path)
    {
        auto replace = [&](const std::string &key, std::int64_t value) {
            for (auto pos = path.find(key); pos != std::string::npos; pos = path.find(key))
                path.replace(pos, key.size(), std::to_string(value));
        };
        replace("{A}", m_alphaTicket);
        replace("{B}", m_betaTicket);
        replace("{alpha}", m_desk->alpha());
        replace("{carol}", m_desk->userId("carol"));
        replace("{alphaRead}", m_desk->userId("alphaRead"));
        auto pos = path.find("{sha}");
        if (pos != std::string::npos)
            path.replace(pos, 5, m_internalSha);
        return path;
    }

private slots:
    void initTestCase()
    {
        m_desk = std::make_unique<Desk>();
        m_alphaTicket = m_desk->openTicket("Alpha", "carol", "Printer jam");
        m_betaTicket = m_desk->openTicket("Beta", "erin", "VPN down");
        auto agent = m_desk->as("alphaFull");
        auto upload = agent.send("POST", "/api/v1/attachments?filename=secret.txt", "internal only", "text/plain");
        QCOMPARE(upload.status, 201);
        m_internalSha = upload.object("attachment")->getValue<std::string>("sha256");
        auto note = helpdesk::protocol::newObject();
        note->set("channel", "note");
        note->set("body_text", "Customer's password is on the sticky note");
        auto attachments = helpdesk::protocol::newArray();
        attachments->add(upload.object("attachment"));
        note->set("attachments", attachments);
        QCOMPARE(agent.post("/api/v1/tickets/" + std::to_string(m_alphaTicket) + "/articles", note).status, 201);
    }

    void cleanupTestCase() { m_desk.reset(); }

    void everyRouteForEveryRole_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QList<int>>("expected"); // in the order of kRoles

        auto row = [](const char *verb, const char *path, const char *body, const QList<int> &expected) {
            //                                   anon admin sup  aFull aRead bFull carol dave erin
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(verb), QLatin1String(path))))
                << QString::fromLatin1(verb) << QString::fromLatin1(path) << QString::fromLatin1(body) << expected;
        };
        row("GET", "/api/v1/tickets/{A}", "", {401, 200, 200, 200, 200, 404, 200, 200, 404});
        row("GET", "/api/v1/tickets/{B}", "", {401, 200, 200, 404, 404, 200, 404, 404, 200});
        row("PATCH", "/api/v1/tickets/{A}", R"({"priority_id":3})", {401, 200, 403, 200, 403, 404, 403, 403, 404});
        row("GET", "/api/v1/tickets/{A}/articles", "", {401, 200, 200, 200, 200, 404, 200, 200, 404});
        row("POST", "/api/v1/tickets/{A}/articles", R"({"channel":"note","body_text":"hi"})",
            {401, 201, 403, 201, 403, 404, 201, 201, 404});
        row("GET", "/api/v1/tickets/{A}/history", "", {401, 200, 200, 200, 200, 404, 200, 200, 404});
        row("GET", "/api/v1/tickets/{A}/rating", "", {401, 200, 200, 200, 200, 404, 200, 200, 404});
        row("PUT", "/api/v1/tickets/{A}/rating", R"({"score":5})", {401, 403, 403, 403, 403, 404, 409, 403, 404});
        row("GET", "/api/v1/tickets/{A}/links", "", {401, 200, 200, 200, 200, 404, 200, 200, 404});
        row("POST", "/api/v1/tickets/{A}/links", R"({"target_id":{B},"kind":"related"})",
            {401, 200, 403, 404, 403, 404, 403, 403, 404});
        row("POST", "/api/v1/tickets/{B}/merge", R"({"into_id":{A}})", {401, 0, 403, 404, 404, 404, 404, 404, 403});
        row("GET", "/api/v1/attachments/{sha}", "", {401, 200, 200, 200, 200, 404, 404, 404, 404});
        row("GET", "/api/v1/tickets", "", {401, 200, 200, 200, 200, 200, 200, 200, 200});
        row("POST", "/api/v1/tickets", R"({"title":"New","group_id":{alpha},"customer_id":{carol}})",
            {401, 201, 403, 201, 403, 403, 403, 403, 403});
        row("POST", "/api/v1/tickets",
            R"({"title":"Web form","group_id":{alpha},"article":{"body_text":"please help"}})",
            {401, 422, 422, 422, 422, 422, 201, 201, 201});
        row("GET", "/api/v1/events", "", {401, 200, 200, 200, 200, 200, 200, 200, 200});
        row("GET", "/api/v1/me", "", {401, 200, 200, 200, 200, 200, 200, 200, 200});
        row("GET", "/api/v1/users", "", {401, 200, 200, 200, 200, 200, 403, 403, 403});
        row("GET", "/api/v1/users/{carol}", "", {401, 200, 200, 200, 200, 200, 200, 404, 404});
        row("PATCH", "/api/v1/users/{carol}", R"({"language":"pl"})", {401, 200, 200, 200, 200, 200, 200, 404, 404});
        row("PATCH", "/api/v1/users/{carol}", R"({"role":"customer"})", {401, 200, 403, 403, 403, 403, 403, 404, 404});
        row("PATCH", "/api/v1/users/{alphaRead}", R"({"name":"Renamed"})",
            {401, 200, 403, 403, 200, 403, 404, 404, 404});
        row("POST", "/api/v1/users", R"({"email":"new-agent-%R@test.example","name":"N","role":"agent"})",
            {401, 201, 403, 403, 403, 403, 403, 403, 403});
        row("POST", "/api/v1/users", R"({"email":"new-customer-%R@test.example","name":"N"})",
            {401, 201, 201, 201, 201, 201, 403, 403, 403});
        row("GET", "/api/v1/groups", "", {401, 200, 200, 200, 200, 200, 200, 200, 200});
        row("POST", "/api/v1/groups", R"({"name":"Group %R"})", {401, 201, 403, 403, 403, 403, 403, 403, 403});
        row("PATCH", "/api/v1/groups/{alpha}", R"({"active":true})", {401, 200, 403, 403, 403, 403, 403, 403, 403});
        row("GET", "/api/v1/groups/{alpha}/members", "", {401, 200, 200, 200, 200, 403, 403, 403, 403});
        row("PUT", "/api/v1/groups/{alpha}/members/{alphaRead}", R"({"access":"read"})",
            {401, 200, 403, 403, 403, 403, 403, 403, 403});
        row("GET", "/api/v1/states", "", {401, 200, 200, 200, 200, 200, 403, 403, 403});
        row("POST", "/api/v1/states", R"({"name":"waiting %R","state_type":"pending_reminder"})",
            {401, 201, 403, 403, 403, 403, 403, 403, 403});
        row("GET", "/api/v1/priorities", "", {401, 200, 200, 200, 200, 200, 403, 403, 403});
        row("POST", "/api/v1/priorities", R"({"name":"p %R","rank":9})", {401, 201, 403, 403, 403, 403, 403, 403, 403});
        row("GET", "/api/v1/types", "", {401, 200, 200, 200, 200, 200, 200, 200, 200});
        row("POST", "/api/v1/types", R"({"name":"t %R"})", {401, 201, 403, 403, 403, 403, 403, 403, 403});
        row("GET", "/api/v1/organizations", "", {401, 200, 200, 200, 200, 200, 403, 403, 403});
        row("POST", "/api/v1/organizations", R"({"name":"Org %R"})", {401, 201, 403, 403, 403, 403, 403, 403, 403});
        row("GET", "/api/v1/custom_fields", "", {401, 200, 200, 200, 200, 200, 403, 403, 403});
        row("POST", "/api/v1/custom_fields", R"({"object_kind":"ticket","name":"f%R","label":"F","field_type":"text"})",
            {401, 201, 403, 403, 403, 403, 403, 403, 403});
        row("GET", "/api/v1/tags", "", {401, 200, 200, 200, 200, 200, 403, 403, 403});
        row("GET", "/api/v1/tokens", "", {401, 200, 200, 200, 200, 200, 200, 200, 200});
        row("GET", "/api/v1/tokens?all=true", "", {401, 200, 403, 403, 403, 403, 403, 403, 403});
        row("POST", "/api/v1/tags/rename", R"({"from":"no-such-tag","to":"other"})",
            {401, 200, 403, 403, 403, 403, 403, 403, 403});
        row("POST", "/api/v1/tags/remove", R"({"tag":"no-such-tag"})", {401, 200, 403, 403, 403, 403, 403, 403, 403});
        row("GET", "/api/v1/audit", "", {401, 200, 403, 403, 403, 403, 403, 403, 403});
        row("GET", "/api/v1/jobs?state=failed", "", {401, 200, 403, 403, 403, 403, 403, 403, 403});
        row("POST", "/api/v1/jobs/999999/retry", "", {401, 404, 403, 403, 403, 403, 403, 403, 403});
    }

    void everyRouteForEveryRole()
    {
        QFETCH(QString, verb);
        QFETCH(QString, path);
        QFETCH(QString, body);
        QFETCH(QList<int>, expected);
        static int unique = 0;
        for (std::size_t i = 0; i < std::size(kRoles); ++i) {
            if (expected[int(i)] == 0)
                continue; // destructive for this role's fixture; covered elsewhere
            std::string who = kRoles[i];
            auto client = m_desk->as(who == "anonymous" ? std::string() : who);
            auto text = substitute(body.toStdString());
            for (auto pos = text.find("%R"); pos != std::string::npos; pos = text.find("%R"))
                text.replace(pos, 2, std::to_string(++unique));
            auto response = client.send(verb.toStdString(), substitute(path.toStdString()), text);
            if (response.status != expected[int(i)])
                qWarning("%s: %s", who.c_str(), response.raw.c_str());
            QVERIFY2(response.status == expected[int(i)], qPrintable(QStringLiteral("%1 got %2, expected %3")
                                                                         .arg(QString::fromStdString(who))
                                                                         .arg(response.status)
                                                                         .arg(expected[int(i)])));
        }
    }

    void ticketListsShowOnlyWhatTheCallerMaySee_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("seesAlpha");
        QTest::addColumn<bool>("seesBeta");
        QTest::newRow("an Alpha agent sees Alpha only") << "alphaFull" << true << false;
        QTest::newRow("a read-only Alpha member sees Alpha only") << "alphaRead" << true << false;
        QTest::newRow("a Beta agent sees Beta only") << "betaFull" << false << true;
        QTest::newRow("a supervisor sees both") << "supervisor" << true << true;
        QTest::newRow("carol sees her own ticket only") << "carol" << true << false;
        QTest::newRow("dave sees his organization's ticket") << "dave" << true << false;
        QTest::newRow("erin sees her own ticket only") << "erin" << false << true;
    }

    void ticketListsShowOnlyWhatTheCallerMaySee()
    {
        QFETCH(QString, who);
        QFETCH(bool, seesAlpha);
        QFETCH(bool, seesBeta);
        auto client = m_desk->as(who.toStdString());
        auto list = client.get("/api/v1/tickets?limit=1000");
        QCOMPARE(list.status, 200);
        bool alpha = false, beta = false;
        auto tickets = list.array("tickets");
        for (unsigned i = 0; i < tickets->size(); ++i) {
            auto id = tickets->getObject(i)->getValue<std::int64_t>("id");
            alpha |= id == m_alphaTicket;
            beta |= id == m_betaTicket;
        }
        QCOMPARE(alpha, seesAlpha);
        QCOMPARE(beta, seesBeta);
    }

    void customersNeverSeeInternalArticles()
    {
        auto carol = m_desk->as("carol");
        auto articles = carol.get("/api/v1/tickets/" + std::to_string(m_alphaTicket) + "/articles");
        QCOMPARE(articles.status, 200);
        auto list = articles.array("articles");
        QVERIFY(list->size() >= 1);
        for (unsigned i = 0; i < list->size(); ++i)
            QCOMPARE(list->getObject(i)->getValue<bool>("internal"), false);
        auto agent = m_desk->as("alphaFull");
        auto all = agent.get("/api/v1/tickets/" + std::to_string(m_alphaTicket) + "/articles").array("articles");
        QVERIFY(all->size() > list->size());
    }

    void eventsAreFilteredByWhatTheCallerMaySee_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("seesAlphaEvents");
        QTest::addColumn<bool>("seesInternalNote");
        QTest::newRow("the Alpha agent sees Alpha's events and internal notes") << "alphaFull" << true << true;
        QTest::newRow("the Beta agent sees none of Alpha's events") << "betaFull" << false << false;
        QTest::newRow("carol sees her ticket's public events only") << "carol" << true << false;
        QTest::newRow("erin sees none of carol's events") << "erin" << false << false;
    }

    void eventsAreFilteredByWhatTheCallerMaySee()
    {
        QFETCH(QString, who);
        QFETCH(bool, seesAlphaEvents);
        QFETCH(bool, seesInternalNote);
        QVERIFY(m_desk->waitUntilEventsSettled());
        auto client = m_desk->as(who.toStdString());
        bool alpha = false, internal = false;
        std::int64_t after = 0;
        for (int page = 0; page < 100; ++page) {
            auto r = client.get("/api/v1/events?after=" + std::to_string(after) + "&limit=5000");
            QCOMPARE(r.status, 200);
            auto events = r.array("events");
            for (unsigned i = 0; i < events->size(); ++i) {
                auto e = events->getObject(i);
                if (!e->isNull("ticket_id") && e->getValue<std::int64_t>("ticket_id") == m_alphaTicket) {
                    alpha = true;
                    auto data = e->getObject("data");
                    if (data->has("article") && data->getObject("article")->getValue<bool>("internal"))
                        internal = true;
                }
            }
            auto next = r.body->getValue<std::int64_t>("next_after");
            if (next == after)
                break;
            after = next;
        }
        QCOMPARE(alpha, seesAlphaEvents);
        QCOMPARE(internal, seesInternalNote);
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
