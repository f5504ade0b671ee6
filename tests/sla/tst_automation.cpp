// Triggers and macros on a running server: a trigger on new tickets sets fields, tags and a note;
// a customer's reply notifies the agents; an update trigger cannot loop and fires at most three
// times an hour; a trigger's mail obeys the automatic-mail rules; a time trigger fires once;
// macros apply several actions with the agent's rights; bad definitions are refused by field.

#include "jobs/SlaWatcher.h"
#include "support/Desk.h"
#include "support/SmtpSink.h"

#include <pqxx/pqxx>

#include <QtTest>

#include <memory>

using namespace helpdesk::test;
using helpdesk::protocol::JsonObject;
using helpdesk::protocol::newObject;

class TestAutomation : public QObject
{
    Q_OBJECT

    std::unique_ptr<SmtpSink> m_sink;
    std::unique_ptr<Desk> m_desk;

    std::int64_t createTrigger(const std::string &jsonText)
    {
        auto r = m_desk->as("admin").post("/api/v1/triggers", json(jsonText));
        if (r.status != 201)
            qWarning("%s", r.raw.c_str());
        return r.status == 201 ? r.object("trigger")->getValue<std::int64_t>("id") : 0;
    }

    void deactivate(std::int64_t trigger)
    {
        QCOMPARE(m_desk->as("admin")
                     .patch("/api/v1/triggers/" + std::to_string(trigger), json("{\"active\": false}"))
                     .status,
                 200);
    }

    JsonObject ticket(std::int64_t id)
    {
        return m_desk->as("admin").get("/api/v1/tickets/" + std::to_string(id)).object("ticket");
    }

private slots:
    void initTestCase()
    {
        m_sink = std::make_unique<SmtpSink>();
        m_sink->start();
        m_desk = std::make_unique<Desk>();
        m_desk->useSmtp(m_sink->port());
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_sink.reset();
    }

    void aTriggerOnNewTicketsSetsFieldsTagsAndANote()
    {
        auto urgent = m_desk->scalar("SELECT id FROM ticket_priorities WHERE rank = 4");
        auto trigger = createTrigger(
            "{\"name\": \"Urgent words\", \"event\": \"created\", \"conditions\": {\"title_contains\": \"urgent\"},"
            " \"actions\": {\"set\": {\"priority_id\": " +
            std::to_string(urgent) +
            "}, \"add_tags\": [\"Escalated\"],"
            " \"note\": \"Raised for {customer_name}\"}}");
        QVERIFY(trigger);
        auto hit = m_desk->openTicket("Alpha", "carol", "URGENT: printer jammed");
        auto miss = m_desk->openTicket("Alpha", "carol", "Printer jammed, no hurry");
        auto t = ticket(hit);
        QCOMPARE(t->getValue<std::int64_t>("priority_id"), static_cast<std::int64_t>(urgent));
        QCOMPARE(t->getArray("tags")->getElement<std::string>(0), std::string("escalated"));
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM articles WHERE internal AND ticket_id = " + std::to_string(hit) +
                                " AND body_text LIKE 'Raised for %'"),
                 1LL);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM history WHERE field = 'automation' AND ticket_id = " +
                                std::to_string(hit)),
                 1LL);
        QVERIFY(ticket(miss)->getValue<std::int64_t>("priority_id") != static_cast<std::int64_t>(urgent));
        deactivate(trigger);
    }

    void anUpdateTriggerDoesNotLoopAndFiresAtMostThreeTimesAnHour()
    {
        auto trigger =
            createTrigger("{\"name\": \"Touch\", \"event\": \"updated\", \"actions\": {\"add_tags\": [\"touched\"],"
                          " \"remove_tags\": [\"untouched\"]}}");
        auto id = m_desk->openTicket("Alpha", "dave", "Loop test");
        for (int i = 0; i < 5; ++i) {
            auto patch = newObject();
            patch->set("title", "Loop test " + std::to_string(i));
            QCOMPARE(m_desk->as("alphaFull").patch("/api/v1/tickets/" + std::to_string(id), patch).status, 200);
        }
        // Its own change ran no triggers; three firings, then the hourly limit.
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM trigger_runs WHERE ticket_id = " + std::to_string(id)), 3LL);
        deactivate(trigger);
    }

    void aCustomersReplyNotifiesTheAgents()
    {
        auto trigger = createTrigger(
            "{\"name\": \"VIP replies\", \"event\": \"customer_reply\", \"conditions\": {\"tags_include\": [\"vip\"]},"
            " \"actions\": {\"notify_agents\": \"A VIP wrote on ticket {ticket_number}.\"}}");
        auto id = m_desk->openTicket("Alpha", "carol", "VIP question");
        auto tags = newObject();
        auto list = helpdesk::protocol::newArray();
        list->add(std::string("vip"));
        tags->set("tags", list);
        QCOMPARE(m_desk->as("alphaFull").patch("/api/v1/tickets/" + std::to_string(id), tags).status, 200);
        auto before = m_sink->messages().size();
        auto reply = newObject();
        reply->set("body_text", std::string("Any news?"));
        QCOMPARE(m_desk->as("carol").post("/api/v1/tickets/" + std::to_string(id) + "/articles", reply).status, 201);
        QVERIFY(m_sink->waitForCount(before + 1));
        auto told = [&] {
            for (const auto &mail : m_sink->messages())
                if (mail.body().find("A VIP wrote on ticket") != std::string::npos)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(told(), 15000); // among the other mail the reply causes
        deactivate(trigger);
    }

    void aTriggersMailObeysTheAutomaticMailRules()
    {
        auto trigger = createTrigger(
            "{\"name\": \"Welcome\", \"event\": \"created\", \"actions\": {\"email\": {\"to\": \"customer\","
            " \"subject\": \"About {ticket_title}\", \"body\": \"Hello {customer_name}, we are on it.\"}}}");
        // Erin's address bounced earlier: nothing is sent to it.
        m_desk->exec("UPDATE users SET email_failing = true WHERE email = 'erin@test.example'");
        auto failing = m_desk->openTicket("Alpha", "erin", "Should not be mailed");
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM history WHERE field = 'automation.email' AND ticket_id = " +
                                std::to_string(failing)),
                 0LL);
        auto fine = m_desk->openTicket("Alpha", "dave", "Should be mailed");
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM history WHERE field = 'automation.email' AND ticket_id = " +
                                std::to_string(fine)),
                 1LL);
        auto found = [&] {
            for (const auto &mail : m_sink->messages())
                if (mail.header("Subject").find("About Should be mailed") != std::string::npos)
                    return mail.header("Auto-Submitted");
            return std::string();
        };
        QTRY_COMPARE_WITH_TIMEOUT(found(), std::string("auto-generated"), 15000);
        m_desk->exec("UPDATE users SET email_failing = false WHERE email = 'erin@test.example'");
        deactivate(trigger);
    }

    void aTimeTriggerFiresOnceWhenItsTimeComes()
    {
        auto trigger = createTrigger(
            "{\"name\": \"Reminder due\", \"event\": \"time\", \"conditions\": {\"pending_expired\": true},"
            " \"actions\": {\"set\": {\"state_id\": " +
            std::to_string(m_desk->stateOfType("open")) +
            "},"
            " \"note\": \"The reminder time has come.\"}}");
        auto id = m_desk->openTicket("Alpha", "carol", "Call back next week");
        auto pending = newObject();
        pending->set("state_id", m_desk->stateOfType("pending_reminder"));
        pending->set("pending_until", std::string("2030-01-01T00:00:00Z"));
        QCOMPARE(m_desk->as("alphaFull").patch("/api/v1/tickets/" + std::to_string(id), pending).status, 200);
        auto &watcher = m_desk->server().server().slaWatcher();
        watcher.checkNow();
        QCOMPARE(ticket(id)->getValue<std::string>("state_type"), std::string("pending_reminder")); // not yet
        m_desk->exec("UPDATE tickets SET pending_until = now() - interval '1 minute' WHERE id = " + std::to_string(id));
        QTRY_VERIFY_WITH_TIMEOUT((watcher.checkNow(), ticket(id)->getValue<std::string>("state_type") == "open"),
                                 10000);
        watcher.checkNow();
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM trigger_runs WHERE ticket_id = " + std::to_string(id)), 1LL);
        deactivate(trigger);
    }

    void aMacroAppliesSeveralActionsWithTheAgentsRights()
    {
        auto macro = m_desk->as("admin").post(
            "/api/v1/macros", json("{\"name\": \"Close as solved\", \"actions\": {\"set\": {\"state_id\": " +
                                   std::to_string(m_desk->stateOfType("closed")) +
                                   "}, \"add_tags\": [\"solved\"],"
                                   " \"note\": \"Closed with the macro.\"}}"));
        QCOMPARE(macro.status, 201);
        auto macroId = std::to_string(macro.object("macro")->getValue<std::int64_t>("id"));
        auto id = std::to_string(m_desk->openTicket("Alpha", "dave", "Solved on the phone"));
        QCOMPARE(m_desk->as("alphaRead").post("/api/v1/tickets/" + id + "/macros/" + macroId, newObject()).status, 403);
        auto applied = m_desk->as("alphaFull").post("/api/v1/tickets/" + id + "/macros/" + macroId, newObject());
        QCOMPARE(applied.status, 200);
        auto t = applied.object("ticket");
        QCOMPARE(t->getValue<std::string>("state_type"), std::string("closed"));
        QCOMPARE(t->getArray("tags")->getElement<std::string>(0), std::string("solved"));
        QCOMPARE(m_desk->scalar(
                     "SELECT count(*) FROM history WHERE field = 'automation' AND new_value = 'macro Close as solved'"
                     " AND actor_id IS NOT NULL AND ticket_id = " +
                     id),
                 1LL);
    }

    void badDefinitionsAreRefusedWithTheField_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("an unknown event") << "{\"name\": \"X1\", \"event\": \"sometimes\"}"
                                          << "event";
        QTest::newRow("an unknown condition")
            << "{\"name\": \"X2\", \"event\": \"created\", \"conditions\": {\"moon_phase\": \"full\"}}"
            << "conditions.moon_phase";
        QTest::newRow("a field a trigger cannot set")
            << "{\"name\": \"X3\", \"event\": \"created\", \"actions\": {\"set\": {\"number\": 1}}}"
            << "actions.set.number";
        QTest::newRow("a mail without a body")
            << "{\"name\": \"X4\", \"event\": \"created\", \"actions\": {\"email\": {\"to\": \"customer\"}}}"
            << "actions.email.body";
    }

    void badDefinitionsAreRefusedWithTheField()
    {
        QFETCH(QString, body);
        QFETCH(QString, field);
        auto r = m_desk->as("admin").post("/api/v1/triggers", json(body.toStdString()));
        QCOMPARE(r.status, 422);
        QCOMPARE(QString::fromStdString(r.body->getObject("error")->optValue<std::string>("field", "")), field);
    }
};

QTEST_GUILESS_MAIN(TestAutomation)
#include "tst_automation.moc"
