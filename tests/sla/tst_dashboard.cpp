// Dashboard panels through the API: counts that match what was done, the agent's view limited to
// their groups, customers refused, and bad requests answered with the field.

#include "support/Desk.h"

#include <pqxx/pqxx>

#include <QtTest>

#include <memory>

using namespace helpdesk::test;
using helpdesk::protocol::JsonArray;
using helpdesk::protocol::newObject;

class TestDashboard : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;

    JsonArray rows(const std::string &who, const std::string &panel, const std::string &query = {})
    {
        auto r = m_desk->as(who).get("/api/v1/dashboard/" + panel + (query.empty() ? "" : "?" + query));
        if (r.status != 200)
            qWarning("%s", r.raw.c_str());
        return r.status == 200 ? r.body->getArray("rows") : nullptr;
    }

    long long sumOf(const JsonArray &list, const std::string &key)
    {
        long long total = 0;
        for (unsigned i = 0; list && i < list->size(); ++i)
            total += list->getObject(i)->getValue<long long>(key);
        return total;
    }

private slots:
    void initTestCase()
    {
        m_desk = std::make_unique<Desk>();
        for (int i = 0; i < 6; ++i)
            m_desk->openTicket("Alpha", "carol", "Alpha " + std::to_string(i));
        for (int i = 0; i < 3; ++i)
            m_desk->openTicket("Beta", "dave", "Beta " + std::to_string(i));
        // Two Alpha tickets closed today.
        pqxx::connection c(m_desk->database().conninfo());
        pqxx::read_transaction tx(c);
        auto closed = tx.exec1("SELECT id FROM ticket_states WHERE state_type = 'closed' LIMIT 1")[0].as<long long>();
        auto ids = tx.exec_params("SELECT id FROM tickets WHERE group_id = $1 ORDER BY id LIMIT 2", m_desk->alpha());
        for (const auto &row : ids) {
            auto patch = newObject();
            patch->set("state_id", closed);
            QCOMPARE(m_desk->as("alphaFull").patch("/api/v1/tickets/" + std::string(row[0].c_str()), patch).status, 200);
        }
    }

    void cleanupTestCase() { m_desk.reset(); }

    void thePanelsCountWhatHappened()
    {
        QCOMPARE(sumOf(rows("supervisor", "open_by_group_state"), "tickets"), 7LL);
        auto today = rows("supervisor", "new_vs_closed", "from=2020-01-01&to=2999-01-01");
        QCOMPARE(sumOf(today, "created"), 9LL);
        QCOMPARE(sumOf(today, "closed"), 2LL);
        QCOMPARE(sumOf(rows("supervisor", "backlog_age"), "tickets"), 7LL);
        QCOMPARE(sumOf(rows("supervisor", "workload"), "open_tickets"), 7LL);
        auto times = m_desk->as("supervisor").get("/api/v1/dashboard/response_times?from=2020-01-01");
        QCOMPARE(times.status, 200);
        QCOMPARE(times.body->getObject("rows")->getValue<long long>("tickets"), 9LL);
    }

    void anAgentSeesOnlyTheirGroups()
    {
        QCOMPARE(sumOf(rows("betaFull", "open_by_group_state"), "tickets"), 3LL);
        QCOMPARE(sumOf(rows("betaFull", "new_vs_closed", "from=2020-01-01"), "created"), 3LL);
        QCOMPARE(m_desk->as("carol").get("/api/v1/dashboard/workload").status, 403);
    }

    void badRequestsNameTheField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("field");
        QTest::newRow("an unknown panel") << "/api/v1/dashboard/horoscope" << "panel";
        QTest::newRow("a period that is no date") << "/api/v1/dashboard/new_vs_closed?from=yesterday" << "from";
    }

    void badRequestsNameTheField()
    {
        QFETCH(QString, path);
        QFETCH(QString, field);
        auto r = m_desk->as("supervisor").get(path.toStdString());
        QCOMPARE(r.status, 422);
        QCOMPARE(QString::fromStdString(r.body->getObject("error")->optValue<std::string>("field", "")), field);
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
