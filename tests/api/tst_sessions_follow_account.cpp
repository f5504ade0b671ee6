// Open WebSocket sessions follow their account on every server instance: a sign-out, a revoked
// token, a new password (changed or reset), a deactivation and a new role made through instance A
// close the session open on instance B within a second (4001, sign in again), after which the
// socket serves nothing; a change of group access keeps the session open and what it shows and
// sends is judged with the new rights at once.

#include "support/Desk.h"
#include "support/MailLinks.h"
#include "support/SmtpSink.h"
#include "support/WaitUntil.h"
#include "support/WsClient.h"

#include <QtTest>

#include <algorithm>
#include <chrono>
#include <memory>

using namespace helpdesk::test;
using helpdesk::protocol::JsonObject;
using helpdesk::protocol::newObject;
using Clock = std::chrono::steady_clock;

namespace {
constexpr double kFollowWithinMs = 1000;

/// A person created for one row, signed in on instance A.
struct Person {
    std::int64_t id = 0;
    std::string email;
    std::string token; // a session made on instance A
};

JsonObject resultOf(const JsonObject &response)
{
    return response && response->has("result") ? response->getObject("result") : nullptr;
}

std::string errorOf(const JsonObject &response)
{
    return response && response->has("error") ? response->getObject("error")->getValue<std::string>("code")
                                              : std::string();
}

/// Whether `method` sent over the socket gets no answer with a result (the socket is closed).
bool socketRefuses(WsClient &socket, const std::string &method)
{
    try {
        return !resultOf(socket.request(method, newObject()));
    } catch (const std::exception &) {
        return true; // the closed socket would not even take the frame
    }
}

bool listsTicket(const JsonObject &listResult, std::int64_t ticketId)
{
    auto tickets = listResult->getArray("tickets");
    for (unsigned i = 0; i < tickets->size(); ++i)
        if (tickets->getObject(i)->getValue<std::int64_t>("id") == ticketId)
            return true;
    return false;
}

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}
} // namespace

class TestSessionsFollowAccount : public QObject
{
    Q_OBJECT

    std::unique_ptr<SmtpSink> m_sink;
    std::unique_ptr<Desk> m_desk;           // instance A, where every change is made
    std::unique_ptr<TestServer> m_otherOne; // instance B on the same database, where the sessions are open
    int m_people = 0;

    /// A new agent with full access to Alpha, signed in on instance A.
    Person newAgent()
    {
        Person p;
        p.email = "follower" + std::to_string(++m_people) + "@test.example";
        p.id = m_desk->addPerson(p.email, "agent");
        grant(p.id, m_desk->alpha(), "full");
        p.token = m_desk->signIn(p.email);
        if (p.token.empty())
            qFatal("the new agent cannot sign in");
        return p;
    }

    void grant(std::int64_t userId, std::int64_t groupId, const std::string &access)
    {
        auto body = json(access.empty() ? std::string(R"({"access":null})") : "{\"access\":\"" + access + "\"}");
        auto r = m_desk->as("admin").put(
            "/api/v1/groups/" + std::to_string(groupId) + "/members/" + std::to_string(userId), body);
        if (r.status != 200)
            qFatal("changing group access answered %d: %s", r.status, r.raw.c_str());
    }

    ApiClient onA(const std::string &token)
    {
        ApiClient client(m_desk->port());
        client.setToken(token);
        return client;
    }

private slots:
    void initTestCase()
    {
        m_sink = std::make_unique<SmtpSink>();
        m_sink->start();
        m_desk = std::make_unique<Desk>();
        m_desk->useSmtp(m_sink->port());
        m_otherOne = std::make_unique<TestServer>(m_desk->database().conninfo());
    }

    void cleanupTestCase()
    {
        m_otherOne.reset();
        m_desk.reset();
        m_sink.reset();
    }

    void aChangeOnOneInstanceEndsTheSessionOnTheOther_data()
    {
        QTest::addColumn<QString>("changeName");
        QTest::addColumn<bool>("tokenStillSignsIn");
        QTest::newRow("signing out ends the session") << QStringLiteral("sign out") << false;
        QTest::newRow("revoking the API token ends the session using it") << QStringLiteral("revoke token") << false;
        QTest::newRow("a new password ends the other sessions") << QStringLiteral("change password") << false;
        QTest::newRow("a password reset ends the sessions") << QStringLiteral("reset password") << false;
        QTest::newRow("deactivating the account ends its sessions") << QStringLiteral("deactivate") << false;
        QTest::newRow("a new role ends the session to start over with it") << QStringLiteral("demote") << true;
    }

    void aChangeOnOneInstanceEndsTheSessionOnTheOther()
    {
        QFETCH(QString, changeName);
        const auto change = changeName.toStdString();
        QFETCH(bool, tokenStillSignsIn);
        auto agent = newAgent();
        auto socketToken = agent.token;
        std::int64_t apiTokenId = 0;
        if (change == "revoke token") {
            auto issued = onA(agent.token).post("/api/v1/tokens", json(R"({"name":"a script"})"));
            QCOMPARE(issued.status, 201);
            socketToken = issued.body->getValue<std::string>("token");
            apiTokenId = issued.body->getValue<std::int64_t>("id");
        }
        // The one that changes the password has a session of its own, which goes on.
        ApiClient elsewhere(m_desk->port());
        QCOMPARE(elsewhere.login(agent.email, Desk::kPassword).status, 200);
        std::string resetToken;
        if (change == "reset password") {
            QCOMPARE(ApiClient(m_desk->port())
                         .post("/api/v1/auth/password_reset", json("{\"email\":\"" + agent.email + "\"}"))
                         .status,
                     200);
            QVERIFY(waitUntil([&] { return !mailsTo(*m_sink, agent.email).empty(); }, std::chrono::seconds(20),
                              "the reset mail arrived"));
            auto mails = mailsTo(*m_sink, agent.email);
            QCOMPARE(mails.size(), std::size_t(1));
            resetToken = linkTokenIn(mails.front());
            QVERIFY(!resetToken.empty());
        }

        WsClient onB(m_otherOne->port(), socketToken);
        QVERIFY(onB.accepted());
        QVERIFY(resultOf(onB.request("ticket.list", newObject())));

        ApiResponse answer;
        auto admin = m_desk->as("admin");
        const auto user = "/api/v1/users/" + std::to_string(agent.id);
        if (change == "sign out") {
            answer = onA(agent.token).post("/api/v1/auth/logout", newObject());
        } else if (change == "revoke token") {
            answer = onA(agent.token).del("/api/v1/tokens/" + std::to_string(apiTokenId));
        } else if (change == "change password") {
            answer = elsewhere.patch(user, json(R"({"password":"a new password of mine"})"));
        } else if (change == "reset password") {
            auto body = newObject();
            body->set("token", resetToken);
            body->set("password", "a password from the link");
            answer = ApiClient(m_desk->port()).post("/api/v1/auth/set_password", body);
        } else if (change == "deactivate") {
            answer = admin.patch(user, json(R"({"active":false})"));
        } else if (change == "demote") {
            answer = admin.patch(user, json(R"({"role":"customer"})"));
        }
        const auto changed = Clock::now();
        QVERIFY2(answer.status == 200, answer.raw.c_str());

        QVERIFY2(onB.waitUntilClosed(std::chrono::seconds(5)), "the session on the other instance stayed open");
        const auto followedMs = millisecondsSince(changed);
        qInfo("%s: the session on the other instance closed after %.0f ms", change.c_str(), followedMs);
        QCOMPARE(onB.closeCode(), 4001);
        QVERIFY2(followedMs <= kFollowWithinMs, qPrintable(QStringLiteral("closed after %1 ms").arg(followedMs)));
        QVERIFY(socketRefuses(onB, "ticket.list"));

        // Signing in again with the same token works only where the token is still good.
        WsClient again(m_otherOne->port(), socketToken);
        QCOMPARE(again.accepted(), tokenStillSignsIn);
        if (change == "demote")
            QCOMPARE(again.hello()->getValue<std::string>("role"), std::string("customer"));
        if (change == "change password")
            QCOMPARE(elsewhere.get("/api/v1/me").status, 200);
    }

    void aGroupChangeRecomputesWhatTheOpenSessionSees()
    {
        auto agent = newAgent();
        grant(agent.id, m_desk->beta(), "read");
        const auto alphaTicket = m_desk->openTicket("Alpha", "carol", "seen until the change");
        const auto betaTicket = m_desk->openTicket("Beta", "erin", "seen throughout");

        // One session listens to the event stream, the other only asks.
        WsClient onB(m_otherOne->port(), agent.token);
        WsClient askingOnB(m_otherOne->port(), agent.token);
        QVERIFY(onB.accepted() && askingOnB.accepted());
        auto subscribe = newObject();
        subscribe->set("after", onB.hello()->getValue<std::int64_t>("watermark"));
        QVERIFY(resultOf(onB.request("event.subscribe", subscribe)));
        auto getOn = [](WsClient &socket, std::int64_t id) {
            auto params = newObject();
            params->set("id", id);
            return socket.request("ticket.get", params);
        };
        auto get = [&](std::int64_t id) { return getOn(onB, id); };
        QVERIFY(resultOf(get(alphaTicket)));
        QVERIFY(resultOf(getOn(askingOnB, alphaTicket)));

        grant(agent.id, m_desk->alpha(), "");
        const auto changed = Clock::now();
        while ((errorOf(get(alphaTicket)) != "not_found" || errorOf(getOn(askingOnB, alphaTicket)) != "not_found") &&
               Clock::now() - changed < std::chrono::seconds(5))
            ;
        const auto followedMs = millisecondsSince(changed);
        qInfo("the sessions on the other instance lost the group after %.0f ms", followedMs);
        QCOMPARE(errorOf(get(alphaTicket)), std::string("not_found"));
        QCOMPARE(errorOf(getOn(askingOnB, alphaTicket)), std::string("not_found"));
        QVERIFY2(followedMs <= kFollowWithinMs,
                 qPrintable(QStringLiteral("the ticket stayed readable for %1 ms").arg(followedMs)));
        auto list = resultOf(onB.request("ticket.list", newObject()));
        QVERIFY(list);
        QVERIFY(!listsTicket(list, alphaTicket));
        QVERIFY(listsTicket(list, betaTicket));

        // Live events follow the new rights too: a new Alpha ticket is not sent, the Beta one after it is.
        const auto laterAlpha = m_desk->openTicket("Alpha", "carol", "not for the old member");
        const auto laterBeta = m_desk->openTicket("Beta", "erin", "still for the member");
        auto about = [](const JsonObject &event, std::int64_t ticketId) {
            return !event->isNull("ticket_id") && event->getValue<std::int64_t>("ticket_id") == ticketId;
        };
        QVERIFY(onB.waitForEvents([&](const auto &events) {
            return std::any_of(events.begin(), events.end(), [&](const auto &e) { return about(e, laterBeta); });
        }));
        for (const auto &event : onB.events())
            QVERIFY2(!about(event, laterAlpha), "an event of the group the member left was sent");
        QCOMPARE(onB.closeCode(), 0);
        QVERIFY(resultOf(getOn(askingOnB, betaTicket)));
        QCOMPARE(askingOnB.closeCode(), 0);
    }

    void turningSharingOffHidesColleaguesTicketsAtOnce()
    {
        auto setShared = [&](bool shared) {
            auto body = newObject();
            body->set("shared", shared);
            auto r = m_desk->as("admin").patch("/api/v1/organizations/" + std::to_string(m_desk->acme()), body);
            QCOMPARE(r.status, 200);
        };
        // Carol and Dave are both in Acme, which shares its tickets.
        WsClient carolOnB(m_otherOne->port(), m_desk->as("carol").token());
        QVERIFY(carolOnB.accepted());
        auto subscribe = newObject();
        subscribe->set("after", carolOnB.hello()->getValue<std::int64_t>("watermark"));
        QVERIFY(resultOf(carolOnB.request("event.subscribe", subscribe)));
        auto about = [](const JsonObject &event, std::int64_t ticketId) {
            return !event->isNull("ticket_id") && event->getValue<std::int64_t>("ticket_id") == ticketId;
        };
        auto received = [&](std::int64_t ticketId) {
            return carolOnB.waitForEvents([&](const auto &events) {
                return std::any_of(events.begin(), events.end(), [&](const auto &e) { return about(e, ticketId); });
            });
        };
        const auto davesShared = m_desk->openTicket("Alpha", "dave", "shared with the colleague");
        QVERIFY2(received(davesShared), "a colleague's ticket in a shared organization was not sent");
        auto get = [&](std::int64_t id) {
            auto params = newObject();
            params->set("id", id);
            return carolOnB.request("ticket.get", params);
        };
        QVERIFY(resultOf(get(davesShared)));

        setShared(false);
        const auto changed = Clock::now();
        while (errorOf(get(davesShared)) != "not_found" && Clock::now() - changed < std::chrono::seconds(5))
            ;
        const auto followedMs = millisecondsSince(changed);
        qInfo("the customer's session on the other instance stopped sharing after %.0f ms", followedMs);
        const auto davesPrivate = m_desk->openTicket("Alpha", "dave", "no longer shared");
        const auto carolsOwn = m_desk->openTicket("Alpha", "carol", "her own");
        const bool privateSent =
            received(carolsOwn) && std::any_of(carolOnB.events().begin(), carolOnB.events().end(),
                                               [&](const auto &e) { return about(e, davesPrivate); });
        const auto answerWhenHidden = errorOf(get(davesShared));
        setShared(true); // as the other tests expect
        QCOMPARE(answerWhenHidden, std::string("not_found"));
        QVERIFY2(followedMs <= kFollowWithinMs,
                 qPrintable(QStringLiteral("the colleague's ticket stayed readable for %1 ms").arg(followedMs)));
        QVERIFY2(received(carolsOwn), "the customer's own ticket was not sent");
        QVERIFY2(!privateSent, "a colleague's ticket was sent after sharing was turned off");
        QCOMPARE(carolOnB.closeCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSessionsFollowAccount)
#include "tst_sessions_follow_account.moc"
