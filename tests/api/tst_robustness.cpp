// Bad input gets a precise error and breaks nothing; a restarted database loses no acknowledged
// write, the server reconnects by itself, and connected clients are told of the outage.

#include "api/MethodTable.h"
#include "db/Migrator.h"
#include "support/Desk.h"
#include "support/WsClient.h"

#include <QtTest>

#include <pqxx/pqxx>

#include <atomic>
#include <fstream>
#include <iterator>
#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

using namespace helpdesk::test;
using helpdesk::protocol::newObject;

class TestRobustness : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;

private slots:
    void initTestCase() { m_desk = std::make_unique<Desk>(); }
    void cleanupTestCase() { m_desk.reset(); }

    void badRequestsGetPreciseErrors_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("malformed JSON is a 400") << "POST"
                                                 << "/api/v1/tickets"
                                                 << "{\"title\": \"x\"," << 400 << "bad_request"
                                                 << "";
        QTest::newRow("a JSON array instead of an object is a 400") << "POST"
                                                                    << "/api/v1/tickets"
                                                                    << "[1]" << 400 << "bad_request"
                                                                    << "";
        QTest::newRow("an unknown field is named")
            << "POST"
            << "/api/v1/tickets"
            << R"({"title":"x","group_id":1,"customer_id":1,"urgency":"high"})" << 400 << "bad_request"
            << "urgency";
        QTest::newRow("an unknown query parameter is named") << "GET"
                                                             << "/api/v1/tickets?colour=red"
                                                             << "" << 400 << "bad_request"
                                                             << "colour";
        QTest::newRow("a wrong type is named") << "PATCH"
                                               << "/api/v1/tickets/1"
                                               << R"({"priority_id":"high"})" << 400 << "bad_request"
                                               << "priority_id";
        QTest::newRow("an empty title is a 422")
            << "POST"
            << "/api/v1/tickets"
            << R"({"title":"","group_id":1,"customer_email":"a@b.example"})" << 422 << "validation_failed"
            << "title";
        QTest::newRow("an unknown group is a 422")
            << "POST"
            << "/api/v1/tickets"
            << R"({"title":"x","group_id":999999,"customer_email":"a@b.example"})" << 422 << "validation_failed"
            << "group_id";
        QTest::newRow("an invalid e-mail is a 422")
            << "POST"
            << "/api/v1/tickets"
            << R"({"title":"x","group_id":1,"customer_email":"not-an-address"})" << 422 << "validation_failed"
            << "customer_email";
        QTest::newRow("a missing ticket is a 404") << "GET"
                                                   << "/api/v1/tickets/987654"
                                                   << "" << 404 << "not_found"
                                                   << "id";
        QTest::newRow("an unknown route is a 404") << "GET"
                                                   << "/api/v1/teapots"
                                                   << "" << 404 << "not_found"
                                                   << "";
        QTest::newRow("a duplicate group name is a 409") << "POST"
                                                         << "/api/v1/groups"
                                                         << R"({"name":"alpha"})" << 409 << "conflict"
                                                         << "";
        QTest::newRow("a body differing from the path is a 400") << "PATCH"
                                                                 << "/api/v1/tickets/1"
                                                                 << R"({"id":2})" << 400 << "bad_request"
                                                                 << "id";
    }

    void badRequestsGetPreciseErrors()
    {
        QFETCH(QString, verb);
        QFETCH(QString, path);
        QFETCH(QString, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        auto admin = m_desk->as("admin");
        auto r = admin.send(verb.toStdString(), path.toStdString(), body.toStdString());
        QVERIFY2(r.status == status, r.raw.c_str());
        QVERIFY(r.body && r.body->has("error"));
        QCOMPARE(QString::fromStdString(r.errorCode()), code);
        QCOMPARE(QString::fromStdString(r.errorField()), field);
        QVERIFY(!r.body->getObject("error")->getValue<std::string>("message").empty());
    }

    void everyMethodIsDocumented()
    {
        std::ifstream in(std::string(HELPDESK_TEST_DATA) + "/../docs/api.md");
        std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        QVERIFY(!doc.empty());
        for (const auto &method : helpdesk::api::MethodTable::instance().all())
            QVERIFY2(doc.find("`" + method.name + "`") != std::string::npos, method.name.c_str());
    }

    void oversizedBodiesAreRefusedWith413()
    {
        auto admin = m_desk->as("admin");
        std::string huge = "{\"title\":\"" + std::string(5 * 1024 * 1024, 'a') + "\",\"group_id\":1}";
        auto r = admin.send("POST", "/api/v1/tickets", huge);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), std::string("payload_too_large"));
        auto attachment =
            admin.send("POST", "/api/v1/attachments", std::string(26 * 1024 * 1024, 'z'), "application/octet-stream");
        QCOMPARE(attachment.status, 413);
        // The server is fine afterwards.
        QCOMPARE(admin.get("/api/v1/me").status, 200);
    }

    void aBadSocketMessageGetsAnErrorAndTheSessionGoesOn()
    {
        WsClient ws(m_desk->port(), m_desk->as("alphaFull").token());
        QVERIFY(ws.accepted());
        auto broken = ws.sendRaw("{not json");
        QVERIFY(broken);
        QCOMPARE(broken->getObject("error")->getValue<std::string>("code"), std::string("bad_request"));
        auto unknown = ws.sendRaw(R"({"type":"request","id":"x1","method":"auth.me","params":{},"extra":1})");
        QCOMPARE(unknown->getObject("error")->getValue<std::string>("field"), std::string("extra"));
        auto fine = ws.request("auth.me", newObject());
        QVERIFY(fine && fine->has("result"));
    }

    void aSchemaNewerThanTheServerIsRefused()
    {
        auto conninfo = m_desk->database().createDatabase("from_the_future");
        helpdesk::db::Migrator(conninfo).migrate();
        {
            pqxx::connection c(conninfo);
            pqxx::work tx(c);
            tx.exec("INSERT INTO schema_migrations (version, name) VALUES (9999, '9999_future')");
            tx.commit();
        }
        try {
            TestServer server(conninfo);
            QFAIL("the server started on a newer schema");
        } catch (const std::exception &e) {
            QVERIFY2(std::string(e.what()).find("newer than this server knows") != std::string::npos, e.what());
        }
    }

    void migrationsAreAppliedOnce()
    {
        auto conninfo = m_desk->database().createDatabase("migrated_twice");
        QVERIFY(helpdesk::db::Migrator(conninfo).migrate() > 0);
        QCOMPARE(helpdesk::db::Migrator(conninfo).migrate(), 0);
    }

    // Runs last: restarts the database under the server's feet.
    void aDatabaseRestartUnderLoadLosesNoAcknowledgedWrite()
    {
        WsClient watcher(m_desk->port(), m_desk->as("supervisor").token());
        auto watermark = watcher.hello()->getValue<std::int64_t>("watermark");
        watcher.request("event.subscribe", [&] {
            auto p = newObject();
            p->set("after", watermark);
            return p;
        }());

        std::atomic<bool> stop{false};
        std::mutex mutex;
        std::set<std::int64_t> acknowledged;
        std::atomic<int> unavailable{0};
        std::vector<std::thread> writers;
        // Stops and joins the writers however this test function ends.
        auto joinWriters = [&] {
            stop = true;
            for (auto &t : writers)
                if (t.joinable())
                    t.join();
        };
        struct Guard {
            std::function<void()> onExit;
            ~Guard() { onExit(); }
        } guard{joinWriters};
        for (int w = 0; w < 4; ++w)
            writers.emplace_back([&, w] {
                auto client = m_desk->as("alphaFull");
                for (int i = 0; !stop; ++i) {
                    auto body = newObject();
                    body->set("title", "restart-load " + std::to_string(w) + "-" + std::to_string(i));
                    body->set("group_id", m_desk->alpha());
                    body->set("customer_id", m_desk->userId("carol"));
                    std::map<std::string, std::string> key{
                        {"Idempotency-Key", "restart-" + std::to_string(w) + "-" + std::to_string(i)}};
                    // A client retries with the same key until the server acknowledges.
                    for (int attempt = 0; attempt < 400 && !stop; ++attempt) {
                        ApiResponse r;
                        try {
                            r = client.post("/api/v1/tickets", body, key);
                        } catch (const std::exception &) {
                            QThread::msleep(25);
                            continue;
                        }
                        if (r.status == 201) {
                            std::lock_guard lock(mutex);
                            acknowledged.insert(r.object("ticket")->getValue<std::int64_t>("id"));
                            break;
                        }
                        if (r.status == 503)
                            ++unavailable;
                        QThread::msleep(25);
                    }
                }
            });
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                std::lock_guard l(mutex);
                return acknowledged.size() >= 20;
            }(),
            30000);
        m_desk->database().restart();
        std::size_t atRestart;
        {
            std::lock_guard lock(mutex);
            atRestart = acknowledged.size();
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                std::lock_guard l(mutex);
                return acknowledged.size() >= atRestart + 20;
            }(),
            60000);
        joinWriters();

        // Every acknowledged ticket is in the database, and no retried one was created twice.
        pqxx::connection c(m_desk->database().conninfo());
        pqxx::read_transaction tx(c);
        std::set<std::int64_t> stored;
        for (const auto &row : tx.exec("SELECT id FROM tickets WHERE title LIKE 'restart-load %'"))
            stored.insert(row[0].as<std::int64_t>());
        for (auto id : acknowledged)
            QVERIFY2(stored.count(id), "an acknowledged ticket is missing");
        auto duplicates =
            tx.exec1("SELECT count(*) - count(DISTINCT title) FROM tickets WHERE title LIKE 'restart-load %'")[0]
                .as<int>();
        QCOMPARE(duplicates, 0);

        // The connected client was told of the outage and of the recovery.
        QVERIFY(watcher.waitForEvents(
            [&](const auto &) {
                bool down = false, up = false;
                for (const auto &s : watcher.statuses()) {
                    if (!s->getValue<bool>("database_available"))
                        down = true;
                    else if (down)
                        up = true;
                }
                return down && up;
            },
            std::chrono::seconds(30)));
        qInfo("acknowledged %zu tickets across the restart; %d answers were 503", acknowledged.size(),
              unavailable.load());
    }
};

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
