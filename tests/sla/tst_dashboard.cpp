// Dashboard panels through the API: counts that match what was done, the agent's view limited to
// their groups, customers refused, and bad requests answered with the field.

#include "support/Desk.h"

#include <pqxx/pqxx>

#include <QtTest>

#include <cmath>
#include <memory>
#include <vector>

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
            QCOMPARE(m_desk->as("alphaFull").patch("/api/v1/tickets/" + std::string(row[0].c_str()), patch).status,
                     200);
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

    void longPeriodsAreReadFromMonthlyHistogramsWithinFivePercent()
    {
        // A group of its own, with 600 tickets of known response times over half a year.
        auto group = m_desk->as("admin").post("/api/v1/groups", json(R"({"name":"Histogram"})"));
        QCOMPARE(group.status, 201);
        auto groupId = group.object("group")->getValue<long long>("id");
        pqxx::connection c(m_desk->database().conninfo());
        {
            pqxx::work tx(c);
            tx.exec_params(
                "INSERT INTO tickets (title, group_id, customer_id, state_id, priority_id, created_at, updated_at,"
                " first_response_at, closed_at)"
                " SELECT 'H ' || i, $1, $2, (SELECT id FROM ticket_states WHERE state_type = 'closed' LIMIT 1),"
                "  (SELECT id FROM ticket_priorities ORDER BY rank LIMIT 1),"
                "  timestamptz '2025-03-10 09:00Z' + (i % 180) * interval '1 day', now(),"
                "  timestamptz '2025-03-10 09:00Z' + (i % 180) * interval '1 day' + ((i * 37) % 900) * interval '1 "
                "minute',"
                "  timestamptz '2025-03-10 09:00Z' + (i % 180) * interval '1 day' + ((i * 53) % 9000 + 30) * interval "
                "'1 minute'"
                " FROM generate_series(1, 600) AS i",
                groupId, m_desk->userId("carol"));
            tx.commit();
        }
        auto exact = [&](const std::string &from, const std::string &to) {
            pqxx::read_transaction tx(c);
            auto row = tx.exec_params1(
                "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_response_at - created_at) "
                "/ 60),"
                " percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM first_response_at - created_at) / 60),"
                " percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM closed_at - created_at) / 60) FILTER "
                "(WHERE closed_at IS NOT NULL),"
                " percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM closed_at - created_at) / 60) FILTER "
                "(WHERE closed_at IS NOT NULL)"
                " FROM tickets WHERE group_id = $1 AND created_at >= $2::timestamptz AND created_at < $3::timestamptz",
                groupId, from, to);
            return std::vector<double>{row[0].as<double>(), row[1].as<double>(), row[2].as<double>(),
                                       row[3].as<double>()};
        };
        auto compare = [&](const std::string &from, const std::string &to) {
            auto r = m_desk->as("supervisor")
                         .get("/api/v1/dashboard/response_times?from=" + from + "&to=" + to +
                              "&group_id=" + std::to_string(groupId));
            QCOMPARE(r.status, 200);
            auto row = r.body->getObject("rows");
            QVERIFY(row->getValue<bool>("approximate"));
            auto expected = exact(from, to);
            const char *keys[] = {"first_response_median_minutes", "first_response_p90_minutes",
                                  "resolution_median_minutes", "resolution_p90_minutes"};
            for (int k = 0; k < 4; ++k) {
                auto got = row->getValue<double>(keys[k]);
                QVERIFY2(std::abs(got - expected[k]) <= 0.05 * expected[k] + 1,
                         qPrintable(QStringLiteral("%1 %2: %3 vs exact %4")
                                        .arg(QString::fromStdString(from), QLatin1String(keys[k]))
                                        .arg(got)
                                        .arg(expected[k])));
            }
        };
        compare("2025-01-01", "2026-01-01"); // whole months only
        compare("2025-03-15", "2025-08-20"); // partial months at both ends, from the tickets
        // Reopened and moved tickets leave the histograms they were counted in.
        {
            pqxx::work tx(c);
            tx.exec_params("UPDATE tickets SET closed_at = NULL WHERE group_id = $1 AND id % 4 = 0", groupId);
            tx.exec_params("UPDATE tickets SET first_response_at = first_response_at + interval '3 days' WHERE "
                           "group_id = $1 AND id % 5 = 0",
                           groupId);
            tx.commit();
        }
        compare("2025-01-01", "2026-01-01");
        // Folded by the SLA watcher's round: the same answer from the histogram table alone.
        m_desk->exec("SELECT ticket_time_histogram_fold()");
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM ticket_time_deltas"), 0LL);
        compare("2025-01-01", "2026-01-01");
        // A period inside one month is computed exactly.
        auto inside = m_desk->as("supervisor")
                          .get("/api/v1/dashboard/response_times?from=2025-04-02&to=2025-04-20&group_id=" +
                               std::to_string(groupId));
        QVERIFY(!inside.body->getObject("rows")->getValue<bool>("approximate"));
    }

    void customersRateSolvedTicketsAndTheDashboardShowsTheRatings()
    {
        auto ids = [&](const std::string &where) {
            pqxx::connection c(m_desk->database().conninfo());
            pqxx::read_transaction tx(c);
            std::vector<std::string> out;
            for (const auto &row : tx.exec_params("SELECT t.id FROM tickets t JOIN ticket_states s ON s.id = t.state_id"
                                                  " WHERE t.group_id = $1 AND t.title LIKE 'Alpha %' AND " +
                                                      where + " ORDER BY t.id",
                                                  m_desk->alpha()))
                out.emplace_back(row[0].c_str());
            return out;
        };
        auto closed = ids("s.state_type = 'closed'");
        auto open = ids("s.state_type <> 'closed'");
        QCOMPARE(closed.size(), std::size_t(2));
        auto carol = m_desk->as("carol");
        auto path = [](const std::string &id) { return "/api/v1/tickets/" + id + "/rating"; };
        QCOMPARE(carol.put(path(closed[0]), json(R"({"score":5,"comment":"Quick and kind."})")).status, 200);
        // Changing one's mind replaces the rating; the history keeps both.
        auto again = carol.put(path(closed[0]), json(R"({"score":4})"));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.object("rating")->getValue<int>("score"), 4);
        QCOMPARE(carol.put(path(closed[1]), json(R"({"score":2,"comment":"Took a week."})")).status, 200);
        QCOMPARE(m_desk->as("alphaFull").get(path(closed[1])).object("rating")->getValue<std::string>("comment"),
                 std::string("Took a week."));
        auto history = m_desk->as("alphaFull").get("/api/v1/tickets/" + closed[0] + "/history").array("history");
        auto last = history->getObject(history->size() - 1);
        QCOMPARE(last->getValue<std::string>("field"), std::string("rating"));
        QCOMPARE(last->getValue<std::string>("old_value"), std::string("5"));
        QCOMPARE(last->getValue<std::string>("new_value"), std::string("4"));
        // Refusals: not solved yet, a score out of range, staff, another customer, no access.
        QCOMPARE(carol.put(path(open[0]), json(R"({"score":5})")).status, 409);
        auto bad = carol.put(path(closed[0]), json(R"({"score":9})"));
        QCOMPARE(bad.status, 422);
        QCOMPARE(bad.errorField(), std::string("score"));
        QCOMPARE(m_desk->as("alphaFull").put(path(closed[0]), json(R"({"score":5})")).status, 403);
        QCOMPARE(m_desk->as("dave").put(path(closed[0]), json(R"({"score":1})")).status, 403);
        QCOMPARE(m_desk->as("erin").get(path(closed[0])).status, 404);
        // The panel: two ratings in Alpha, none in Beta's view.
        auto r = m_desk->as("supervisor").get("/api/v1/dashboard/ratings?from=2020-01-01");
        QCOMPARE(r.status, 200);
        auto row = r.body->getObject("rows");
        QCOMPARE(row->getValue<long long>("ratings"), 2LL);
        QCOMPARE(row->getValue<double>("average"), 3.0);
        QCOMPARE(row->getValue<double>("satisfied_percent"), 50.0);
        QCOMPARE(row->getValue<long long>("score_4"), 1LL);
        QCOMPARE(row->getValue<long long>("score_2"), 1LL);
        QCOMPARE(m_desk->as("betaFull")
                     .get("/api/v1/dashboard/ratings?from=2020-01-01")
                     .body->getObject("rows")
                     ->getValue<long long>("ratings"),
                 0LL);
    }

    void badRequestsNameTheField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("field");
        QTest::newRow("an unknown panel") << "/api/v1/dashboard/horoscope"
                                          << "panel";
        QTest::newRow("a period that is no date") << "/api/v1/dashboard/new_vs_closed?from=yesterday"
                                                  << "from";
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
