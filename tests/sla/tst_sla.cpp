// SLAs on a running server: which SLA applies, due times on the ticket (first response, update,
// solution), the pause while pending, warnings and breaches recorded once with a mail, the due
// times following a changed SLA, and settings refused with the field and the reason.

#include "jobs/SlaWatcher.h"
#include "support/Desk.h"
#include "support/SmtpSink.h"

#include <Poco/DateTimeParser.h>

#include <pqxx/pqxx>

#include <QtTest>

#include <memory>

using namespace helpdesk::test;
using helpdesk::protocol::JsonObject;
using helpdesk::protocol::newObject;

namespace {
/// Seconds between two ISO 8601 instants.
double secondsBetween(const std::string &a, const std::string &b)
{
    int tz = 0;
    auto ta = Poco::DateTimeParser::parse(Poco::DateTimeFormat::ISO8601_FRAC_FORMAT, a, tz).timestamp();
    auto tb = Poco::DateTimeParser::parse(Poco::DateTimeFormat::ISO8601_FRAC_FORMAT, b, tz).timestamp();
    return static_cast<double>(tb - ta) / 1e6;
}
} // namespace

class TestSla : public QObject
{
    Q_OBJECT

    std::unique_ptr<SmtpSink> m_sink;
    std::unique_ptr<Desk> m_desk;
    std::int64_t m_sla = 0;

    JsonObject ticket(std::int64_t id)
    {
        auto r = m_desk->as("admin").get("/api/v1/tickets/" + std::to_string(id));
        if (r.status != 200)
            qWarning("GET ticket %lld: %d %s", static_cast<long long>(id), r.status, r.raw.c_str());
        return r.object("ticket");
    }

    /// A ticket the customer opens on the web, so no agent has answered yet.
    std::int64_t customerTicket(const std::string &who, const std::string &title, std::int64_t group)
    {
        auto body = newObject();
        body->set("title", title);
        body->set("group_id", group);
        auto article = newObject();
        article->set("body_text", "Please help: " + title);
        body->set("article", article);
        auto r = m_desk->as(who).post("/api/v1/tickets", body);
        if (r.status != 201)
            qWarning("%s", r.raw.c_str());
        return r.status == 201 ? r.object("ticket")->getValue<std::int64_t>("id") : 0;
    }

private slots:
    void initTestCase()
    {
        m_sink = std::make_unique<SmtpSink>();
        m_sink->start();
        m_desk = std::make_unique<Desk>();
        m_desk->useSmtp(m_sink->port());
        // Around the clock in UTC: business minutes are wall-clock minutes, so due times are exact.
        auto calendar = json(
            "{\"name\": \"Always\", \"time_zone\": \"UTC\", \"hours\": {\"mon\": [[\"00:00\", \"24:00\"]],"
            " \"tue\": [[\"00:00\", \"24:00\"]], \"wed\": [[\"00:00\", \"24:00\"]], \"thu\": [[\"00:00\", \"24:00\"]],"
            " \"fri\": [[\"00:00\", \"24:00\"]], \"sat\": [[\"00:00\", \"24:00\"]], \"sun\": [[\"00:00\", "
            "\"24:00\"]]}}");
        auto c = m_desk->as("admin").post("/api/v1/calendars", calendar);
        QCOMPARE(c.status, 201);
        auto sla = newObject();
        sla->set("name", std::string("Alpha standard"));
        sla->set("calendar_id", c.object("calendar")->getValue<std::int64_t>("id"));
        sla->set("first_response_minutes", 60);
        sla->set("update_minutes", 30);
        sla->set("solution_minutes", 240);
        sla->set("warning_minutes", 20);
        auto condition = newObject();
        auto groups = helpdesk::protocol::newArray();
        groups->add(m_desk->alpha());
        condition->set("group_ids", groups);
        sla->set("condition", condition);
        auto s = m_desk->as("admin").post("/api/v1/slas", sla);
        QCOMPARE(s.status, 201);
        m_sla = s.object("sla")->getValue<std::int64_t>("id");
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_sink.reset();
    }

    void aNewTicketGetsItsDueTimes()
    {
        auto t = ticket(customerTicket("carol", "Screen is dark", m_desk->alpha()));
        QVERIFY2(t->has("sla_id") && !t->isNull("sla_id"), helpdesk::protocol::toJsonText(t).c_str());
        QCOMPARE(t->getValue<std::int64_t>("sla_id"), m_sla);
        auto created = t->getValue<std::string>("created_at");
        QCOMPARE(secondsBetween(created, t->getValue<std::string>("first_response_due_at")), 3600.0);
        QCOMPARE(secondsBetween(created, t->getValue<std::string>("solution_due_at")), 4 * 3600.0);
        QVERIFY(t->isNull("update_due_at"));
        // Another group's ticket has no SLA.
        auto other = ticket(customerTicket("dave", "Not covered", m_desk->beta()));
        QVERIFY(other->isNull("sla_id"));
        QVERIFY(other->isNull("solution_due_at"));
    }

    void aReplyMeetsTheFirstResponseAndTheCustomerSetsTheNextUpdate()
    {
        auto id = customerTicket("carol", "Mouse is slow", m_desk->alpha());
        auto reply = newObject();
        reply->set("channel", std::string("note"));
        reply->set("body_text", std::string("Internal notes do not count."));
        m_desk->as("alphaFull").post("/api/v1/tickets/" + std::to_string(id) + "/articles", reply);
        QVERIFY(!ticket(id)->isNull("first_response_due_at"));
        reply->set("channel", std::string("phone_out"));
        reply->set("body_text", std::string("Called back: new mouse on its way."));
        QCOMPARE(m_desk->as("alphaFull").post("/api/v1/tickets/" + std::to_string(id) + "/articles", reply).status,
                 201);
        QVERIFY(ticket(id)->isNull("first_response_due_at"));
        auto answer = newObject();
        answer->set("body_text", std::string("It has not arrived."));
        auto posted = m_desk->as("carol").post("/api/v1/tickets/" + std::to_string(id) + "/articles", answer);
        QCOMPARE(posted.status, 201);
        auto t = ticket(id);
        QCOMPARE(secondsBetween(posted.object("article")->getValue<std::string>("created_at"),
                                t->getValue<std::string>("update_due_at")),
                 1800.0);
    }

    void pendingPausesTheClock()
    {
        auto id = customerTicket("dave", "Waiting for the supplier", m_desk->alpha());
        auto before = ticket(id);
        auto patch = newObject();
        patch->set("state_id", m_desk->stateOfType("pending_reminder"));
        patch->set("pending_until", std::string("2030-01-01T00:00:00Z"));
        QCOMPARE(m_desk->as("alphaFull").patch("/api/v1/tickets/" + std::to_string(id), patch).status, 200);
        QVERIFY(ticket(id)->isNull("solution_due_at")); // paused
        // Two hours pass while it waits.
        m_desk->exec("UPDATE tickets SET sla_pending_since = sla_pending_since - interval '2 hours' WHERE id = " +
                     std::to_string(id));
        auto open = newObject();
        open->set("state_id", m_desk->stateOfType("open"));
        QCOMPARE(m_desk->as("alphaFull").patch("/api/v1/tickets/" + std::to_string(id), open).status, 200);
        auto after = ticket(id);
        QCOMPARE(secondsBetween(before->getValue<std::string>("solution_due_at"),
                                after->getValue<std::string>("solution_due_at")),
                 2 * 3600.0);
    }

    void warningsAndBreachesAreRecordedOnceAndMailed()
    {
        auto id = customerTicket("erin", "Printer on fire", m_desk->alpha());
        // The first response is due in ten minutes (inside the warning time), the solution is overdue.
        m_desk->exec("UPDATE tickets SET first_response_due_at = now() + interval '10 minutes', solution_due_at = "
                     "now() - interval '1 minute'"
                     " WHERE id = " +
                     std::to_string(id));
        auto before = m_sink->messages().size();
        auto &watcher = m_desk->server().server().slaWatcher();
        auto where = " FROM history WHERE ticket_id = " + std::to_string(id);
        // The watcher's own round may come first; either way each is recorded exactly once.
        watcher.checkNow();
        QTRY_COMPARE(m_desk->scalar("SELECT count(*)" + where +
                                    " AND field = 'sla.warning' AND new_value LIKE 'first_response%'"),
                     1LL);
        QTRY_COMPARE(
            m_desk->scalar("SELECT count(*)" + where + " AND field = 'sla.breach' AND new_value LIKE 'solution%'"),
            1LL);
        QCOMPARE(watcher.checkNow(), 0);
        QCOMPARE(m_desk->scalar("SELECT count(*)" + where + " AND field LIKE 'sla.%'"), 2LL);
        // Nobody owns it: the group's agents with full access are told.
        QVERIFY(m_sink->waitForCount(before + 2));
        auto breachMail = [&] {
            for (const auto &mail : m_sink->messages())
                if (mail.header("Subject").find("SLA breached: solution") != std::string::npos &&
                    mail.header("To").find("alphaFull@test.example") != std::string::npos)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(breachMail(), 15000); // among the acknowledgements of the same tickets
    }

    void theDueTimesFollowAChangedSla()
    {
        auto id = customerTicket("carol", "Keyboard sticky", m_desk->alpha());
        auto change = newObject();
        change->set("solution_minutes", 480);
        QCOMPARE(m_desk->as("admin").patch("/api/v1/slas/" + std::to_string(m_sla), change).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(secondsBetween(ticket(id)->getValue<std::string>("created_at"),
                                                 ticket(id)->getValue<std::string>("solution_due_at")),
                                  8 * 3600.0, 15000);
    }

    void badSettingsAreRefusedWithTheField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("an unknown time zone") << "/api/v1/calendars"
                                              << "{\"name\": \"Moon\", \"time_zone\": \"Moon/Base\"}"
                                              << "time_zone";
        QTest::newRow("an interval that ends before it starts")
            << "/api/v1/calendars"
            << "{\"name\": \"Odd\", \"hours\": {\"mon\": [[\"17:00\", \"08:00\"]]}}"
            << "hours.mon";
        QTest::newRow("a holiday that is no date") << "/api/v1/calendars"
                                                   << "{\"name\": \"Feast\", \"holidays\": [\"Christmas\"]}"
                                                   << "holidays";
        QTest::newRow("an SLA on a missing calendar") << "/api/v1/slas"
                                                      << "{\"name\": \"Ghost\", \"calendar_id\": 999999}"
                                                      << "calendar_id";
        QTest::newRow("a negative time") << "/api/v1/slas"
                                         << "{\"name\": \"Neg\", \"calendar_id\": 1, \"solution_minutes\": -5}"
                                         << "solution_minutes";
    }

    void badSettingsAreRefusedWithTheField()
    {
        QFETCH(QString, path);
        QFETCH(QString, body);
        QFETCH(QString, field);
        auto r = m_desk->as("admin").post(path.toStdString(), json(body.toStdString()));
        QCOMPARE(r.status, 422);
        auto error = r.body->getObject("error");
        QCOMPARE(QString::fromStdString(error->optValue<std::string>("field", "")), field);
    }
};

QTEST_GUILESS_MAIN(TestSla)
#include "tst_sla.moc"
