// The live event stream: the hello handshake, events in sequence order without gaps or
// repeats, resume from a sequence number, delivery across two server instances on one
// database, and a transaction still in flight holding back later events until it settles.

#include "db/ConnectionPool.h"
#include "db/EventRepository.h"
#include "support/Desk.h"
#include "support/WsClient.h"

#include <QtTest>

#include <atomic>
#include <memory>
#include <set>
#include <thread>

using namespace helpdesk::test;
using helpdesk::protocol::JsonObject;
using helpdesk::protocol::newObject;

namespace {
std::int64_t seqOf(const JsonObject &e)
{
    return e->getValue<std::int64_t>("seq");
}

bool strictlyIncreasing(const std::vector<JsonObject> &events)
{
    for (std::size_t i = 1; i < events.size(); ++i)
        if (seqOf(events[i]) <= seqOf(events[i - 1]))
            return false;
    return true;
}

std::size_t countKind(const std::vector<JsonObject> &events, const std::string &kind, std::int64_t ticketId = 0)
{
    std::size_t n = 0;
    for (const auto &e : events)
        if (e->getValue<std::string>("kind") == kind &&
            (ticketId == 0 || (!e->isNull("ticket_id") && e->getValue<std::int64_t>("ticket_id") == ticketId)))
            ++n;
    return n;
}

JsonObject afterParams(std::int64_t after)
{
    auto p = newObject();
    p->set("after", after);
    return p;
}

/// A staff event written in a transaction of its own that stays open until commit() or abort():
/// its sequence number is taken, its row not yet visible to readers.
class UncommittedEvent
{
public:
    UncommittedEvent(const std::string &conninfo, const std::string &kind)
        : m_connection(conninfo), m_work(m_connection.connection)
    {
        helpdesk::db::Tx tx(m_connection, m_work);
        helpdesk::db::NewEvent event;
        event.kind = kind;
        event.audience = helpdesk::db::Audience::Staff;
        m_seq = helpdesk::db::EventRepository::append(tx, event);
    }
    std::int64_t seq() const { return m_seq; }
    void commit() { m_work.commit(); }
    void abort() { m_work.abort(); }

private:
    helpdesk::db::PooledConnection m_connection;
    pqxx::work m_work;
    std::int64_t m_seq = 0;
};
} // namespace

class TestEvents : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;

    std::string tokenOf(const std::string &who) { return m_desk->as(who).token(); }

private slots:
    void initTestCase() { m_desk = std::make_unique<Desk>(); }
    void cleanupTestCase() { m_desk.reset(); }

    void helloRefusesAnOldClientAndABadToken()
    {
        WsClient old(m_desk->port(), tokenOf("alphaFull"), -5);
        QVERIFY(!old.accepted());
        auto message = old.hello()->getObject("error")->getValue<std::string>("message");
        QVERIFY2(message.find("upgrade the client") != std::string::npos, message.c_str());
        WsClient future(m_desk->port(), tokenOf("alphaFull"), 99);
        QVERIFY(!future.accepted());
        auto futureMessage = future.hello()->getObject("error")->getValue<std::string>("message");
        QVERIFY2(futureMessage.find("the server") != std::string::npos, futureMessage.c_str());
        WsClient stranger(m_desk->port(), "hds_not-a-token");
        QVERIFY(!stranger.accepted());
        QCOMPARE(stranger.hello()->getObject("error")->getValue<std::string>("code"), std::string("unauthenticated"));
    }

    void requestsOverTheSocketGetTheirAnswers()
    {
        WsClient ws(m_desk->port(), tokenOf("alphaFull"));
        QVERIFY(ws.accepted());
        auto me = ws.request("auth.me", newObject());
        QVERIFY(me && me->has("result"));
        QCOMPARE(me->getObject("result")->getObject("user")->getValue<std::string>("email"),
                 std::string("alphaFull@test.example"));
        auto wrong = ws.request("ticket.get", json(R"({"id":999999})"));
        QCOMPARE(wrong->getObject("error")->getValue<std::string>("code"), std::string("not_found"));
        auto unknown = ws.request("ticket.fly", newObject());
        QCOMPARE(unknown->getObject("error")->getValue<std::string>("code"), std::string("not_found"));
        // A retried command with the same key creates one ticket.
        auto params = newObject();
        params->set("title", "Over the socket");
        params->set("group_id", m_desk->alpha());
        params->set("customer_id", m_desk->userId("carol"));
        auto first = ws.request("ticket.create", params, "ws-key-1");
        auto again = ws.request("ticket.create", params, "ws-key-1");
        QCOMPARE(again->getObject("result")->getObject("ticket")->getValue<std::int64_t>("id"),
                 first->getObject("result")->getObject("ticket")->getValue<std::int64_t>("id"));
    }

    void anotherAgentsChangeArrivesLive()
    {
        WsClient watcher(m_desk->port(), tokenOf("alphaRead"));
        QVERIFY(watcher.accepted());
        auto watermark = watcher.hello()->getValue<std::int64_t>("watermark");
        QVERIFY(watcher.request("event.subscribe", afterParams(watermark)));
        auto id = m_desk->openTicket("Alpha", "carol", "Live one");
        QVERIFY(
            watcher.waitForEvents([&](const auto &events) { return countKind(events, "ticket.created", id) == 1; }));
        auto patch = json(R"({"priority_id":4})");
        QCOMPARE(m_desk->as("alphaFull").patch("/api/v1/tickets/" + std::to_string(id), patch).status, 200);
        QVERIFY(
            watcher.waitForEvents([&](const auto &events) { return countKind(events, "ticket.updated", id) == 1; }));
        QVERIFY(strictlyIncreasing(watcher.events()));
    }

    void aCustomerSessionGetsOnlyHerPublicEvents()
    {
        WsClient erin(m_desk->port(), tokenOf("erin"));
        WsClient carol(m_desk->port(), tokenOf("carol"));
        auto watermark = carol.hello()->getValue<std::int64_t>("watermark");
        erin.request("event.subscribe", afterParams(watermark));
        carol.request("event.subscribe", afterParams(watermark));
        auto id = m_desk->openTicket("Alpha", "carol", "Carol's");
        auto agent = m_desk->as("alphaFull");
        QCOMPARE(agent
                     .post("/api/v1/tickets/" + std::to_string(id) + "/articles",
                           json(R"({"channel":"note","body_text":"internal musings"})"))
                     .status,
                 201);
        QCOMPARE(agent
                     .post("/api/v1/tickets/" + std::to_string(id) + "/articles",
                           json(R"({"channel":"email","body_text":"public answer"})"))
                     .status,
                 201);
        QVERIFY(carol.waitForEvents([&](const auto &events) { return countKind(events, "article.created", id) >= 2; }));
        for (const auto &e : carol.events())
            if (e->getObject("data")->has("article"))
                QCOMPARE(e->getObject("data")->getObject("article")->getValue<bool>("internal"), false);
        // Erin sees nothing of it. A ticket of her own, opened after, reaches her on the same stream in
        // sequence order: once it is here, anything of Carol's ticket would have come before it.
        auto own = m_desk->openTicket("Alpha", "erin", "Erin's own");
        QVERIFY(erin.waitForEvents([&](const auto &events) { return countKind(events, "ticket.created", own) == 1; }));
        QCOMPARE(countKind(erin.events(), "ticket.created", id), std::size_t(0));
        QCOMPARE(countKind(erin.events(), "article.created", id), std::size_t(0));
    }

    void resumeFromASequenceNumberGetsExactlyWhatWasMissed()
    {
        std::int64_t last = 0;
        {
            WsClient first(m_desk->port(), tokenOf("alphaFull"));
            auto watermark = first.hello()->getValue<std::int64_t>("watermark");
            first.request("event.subscribe", afterParams(watermark));
            auto id = m_desk->openTicket("Alpha", "carol", "Before the break");
            QVERIFY(
                first.waitForEvents([&](const auto &events) { return countKind(events, "ticket.created", id) == 1; }));
            last = seqOf(first.events().back());
            first.close();
        }
        std::vector<std::int64_t> missed;
        missed.reserve(5);
        for (int i = 0; i < 5; ++i)
            missed.push_back(m_desk->openTicket("Alpha", "dave", "While away " + std::to_string(i)));
        WsClient second(m_desk->port(), tokenOf("alphaFull"));
        second.request("event.subscribe", afterParams(last));
        QVERIFY(second.waitForEvents([&](const auto &events) {
            std::size_t n = 0;
            for (auto id : missed)
                n += countKind(events, "ticket.created", id);
            return n == missed.size();
        }));
        QVERIFY(strictlyIncreasing(second.events()));
        QVERIFY(seqOf(second.events().front()) > last);
        std::set<std::int64_t> seen;
        for (const auto &e : second.events())
            QVERIFY2(seen.insert(seqOf(e)).second, "an event was delivered twice");
    }

    void concurrentWritersAreDeliveredInOrderWithoutLoss()
    {
        WsClient watcher(m_desk->port(), tokenOf("supervisor"));
        auto watermark = watcher.hello()->getValue<std::int64_t>("watermark");
        watcher.request("event.subscribe", afterParams(watermark));
        constexpr int kWriters = 4, kEach = 25;
        std::atomic<int> created{0};
        std::vector<std::thread> writers;
        writers.reserve(kWriters);
        for (int w = 0; w < kWriters; ++w)
            writers.emplace_back([&, w] {
                for (int i = 0; i < kEach; ++i) {
                    m_desk->openTicket(w % 2 ? "Alpha" : "Beta", "erin", "burst");
                    ++created;
                }
            });
        for (auto &t : writers)
            t.join();
        QCOMPARE(created.load(), kWriters * kEach);
        QVERIFY(watcher.waitForEvents(
            [&](const auto &events) { return countKind(events, "ticket.created") == std::size_t(kWriters * kEach); },
            std::chrono::seconds(30)));
        QVERIFY(strictlyIncreasing(watcher.events()));
    }

    void aSecondInstanceDeliversTheFirstInstancesEvents()
    {
        TestServer second(m_desk->database().conninfo());
        QVERIFY(second.adminPassword().empty()); // the first admin exists already: not created twice
        WsClient onSecond(second.port(), tokenOf("alphaFull"));
        QVERIFY(onSecond.accepted());
        auto watermark = onSecond.hello()->getValue<std::int64_t>("watermark");
        onSecond.request("event.subscribe", afterParams(watermark));
        auto id = m_desk->openTicket("Alpha", "carol", "Made on instance one");
        QVERIFY(
            onSecond.waitForEvents([&](const auto &events) { return countKind(events, "ticket.created", id) == 1; }));
        // And the other way round.
        WsClient onFirst(m_desk->port(), tokenOf("alphaFull"));
        onFirst.request("event.subscribe", afterParams(onFirst.hello()->getValue<std::int64_t>("watermark")));
        ApiClient viaSecond(second.port());
        viaSecond.setToken(tokenOf("alphaFull"));
        auto patch = json(R"({"title":"Changed on instance two"})");
        QCOMPARE(viaSecond.patch("/api/v1/tickets/" + std::to_string(id), patch).status, 200);
        QVERIFY(
            onFirst.waitForEvents([&](const auto &events) { return countKind(events, "ticket.updated", id) == 1; }));
        onSecond.close();
    }

    void aTransactionInFlightHoldsBackLaterEventsUntilItSettles_data()
    {
        QTest::addColumn<bool>("commit");
        QTest::newRow("the slow transaction commits: its event comes first") << true;
        QTest::newRow("the slow transaction rolls back: the gap is skipped") << false;
    }

    void aTransactionInFlightHoldsBackLaterEventsUntilItSettles()
    {
        QFETCH(bool, commit);
        WsClient watcher(m_desk->port(), tokenOf("supervisor"));
        watcher.request("event.subscribe", afterParams(watcher.hello()->getValue<std::int64_t>("watermark")));
        // A marker writer that takes its sequence number first and commits later (below).
        UncommittedEvent marker(m_desk->database().conninfo(), "test.marker");
        // A writer that took its sequence number and has not committed yet.
        UncommittedEvent held(m_desk->database().conninfo(), "test.slow");
        auto id = m_desk->openTicket("Alpha", "carol", "Committed after the slow one began");
        // The later, committed event must wait for the slow one. The marker, committed now, can only
        // reach the watcher through a read of the log that also sees the ticket's event (committed
        // earlier): once the marker is here, that event was seen and held back, not just not read yet.
        // A request answered afterwards (one send queue per socket) flushes anything sent with the marker.
        marker.commit();
        QVERIFY(watcher.waitForEvents([&](const auto &events) { return countKind(events, "test.marker") == 1; }));
        QVERIFY(watcher.request("auth.me", newObject())->has("result"));
        QCOMPARE(seqOf(watcher.events().front()), marker.seq());
        QCOMPARE(countKind(watcher.events(), "ticket.created", id), std::size_t(0));
        if (commit)
            held.commit();
        else
            held.abort();
        QVERIFY(
            watcher.waitForEvents([&](const auto &events) { return countKind(events, "ticket.created", id) == 1; }));
        QCOMPARE(countKind(watcher.events(), "test.slow"), std::size_t(commit ? 1 : 0));
        if (commit)
            QCOMPARE(seqOf(watcher.events().at(1)), held.seq()); // right after the marker
        QVERIFY(strictlyIncreasing(watcher.events()));
    }

    void httpClientsPollEventsWithACursor()
    {
        auto agent = m_desk->as("alphaFull");
        auto start = agent.get("/api/v1/events?after=0&limit=1").body->getValue<std::int64_t>("watermark");
        auto id = m_desk->openTicket("Alpha", "carol", "Polled");
        int refusedPolls = 0;
        auto polledCreations = [&] {
            auto r = agent.get("/api/v1/events?after=" + std::to_string(start));
            if (r.status != 200) {
                ++refusedPolls;
                return std::size_t(0);
            }
            std::vector<JsonObject> v;
            auto list = r.array("events");
            for (unsigned i = 0; i < list->size(); ++i)
                v.push_back(list->getObject(i));
            return countKind(v, "ticket.created", id);
        };
        QTRY_COMPARE_WITH_TIMEOUT(polledCreations(), std::size_t(1), 10000);
        QCOMPARE(refusedPolls, 0);
    }
};

QTEST_GUILESS_MAIN(TestEvents)
#include "tst_events.moc"
