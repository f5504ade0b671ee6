// Business-hours arithmetic in PostgreSQL: weekly hours, lunch breaks, holidays, time zones and
// daylight-saving changes, checked against instants worked out by hand.

#include "db/Migrator.h"
#include "support/TestDatabase.h"

#include <pqxx/pqxx>

#include <QtTest>

#include <memory>

using namespace helpdesk::test;

namespace {
const char *kOffice =
    R"json({"mon": [["08:00", "12:00"], ["13:00", "17:00"]], "tue": [["08:00", "12:00"], ["13:00", "17:00"]],
 "wed": [["08:00", "12:00"], ["13:00", "17:00"]], "thu": [["08:00", "12:00"], ["13:00", "17:00"]], "fri": [["08:00", "12:00"], ["13:00", "17:00"]]})json";
const char *kHolidays = R"json(["2026-12-25", "2026-12-26", "2027-01-01"])json";
} // namespace

class TestSlaCalendar : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_database;

    std::string add(const std::string &start, int minutes, const std::string &tz)
    {
        pqxx::connection c(m_database->conninfo());
        pqxx::work tx(c);
        tx.exec("SET TIME ZONE 'UTC'");
        auto r =
            tx.exec_params1("SELECT to_char(sla_add_business_minutes($1::timestamptz, $2, $3, $4::jsonb, $5::jsonb),"
                            " 'YYYY-MM-DD HH24:MI')",
                            start, minutes, tz, std::string(kOffice), std::string(kHolidays));
        return r[0].c_str();
    }

    int between(const std::string &a, const std::string &b, const std::string &tz)
    {
        pqxx::connection c(m_database->conninfo());
        pqxx::work tx(c);
        return tx
            .exec_params1(
                "SELECT sla_business_minutes_between($1::timestamptz, $2::timestamptz, $3, $4::jsonb, $5::jsonb)", a, b,
                tz, std::string(kOffice), std::string(kHolidays))[0]
            .as<int>();
    }

private slots:
    void initTestCase()
    {
        m_database = std::make_unique<TestDatabase>();
        m_database->start();
        helpdesk::db::Migrator(m_database->conninfo()).migrate();
    }

    void addingBusinessMinutes_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("tz");
        QTest::addColumn<QString>("dueUtc");
        // Berlin is UTC+1 in winter, UTC+2 in summer.
        QTest::newRow("within the morning") << "2026-11-24 09:00+01" << 60 << "Europe/Berlin"
                                            << "2026-11-24 09:00";
        QTest::newRow("across the lunch break") << "2026-11-24 11:30+01" << 60 << "Europe/Berlin"
                                                << "2026-11-24 12:30";
        QTest::newRow("from the evening into the next morning") << "2026-11-24 16:30+01" << 60 << "Europe/Berlin"
                                                                << "2026-11-25 07:30";
        QTest::newRow("from Saturday to Monday") << "2026-11-28 10:00+01" << 30 << "Europe/Berlin"
                                                 << "2026-11-30 07:30";
        QTest::newRow("over Christmas and a weekend") << "2026-12-24 16:00+01" << 120 << "Europe/Berlin"
                                                      << "2026-12-28 08:00";
        QTest::newRow("over New Year's Day") << "2026-12-31 16:30+01" << 60 << "Europe/Berlin"
                                             << "2027-01-04 07:30";
        QTest::newRow("over the spring change to summer time") << "2026-03-27 16:00+01" << 120 << "Europe/Berlin"
                                                               << "2026-03-30 07:00";
        QTest::newRow("over the autumn change to winter time") << "2026-10-23 16:00+02" << 120 << "Europe/Berlin"
                                                               << "2026-10-26 08:00";
        QTest::newRow("a day of business in New York across the November change")
            << "2026-10-30 13:00-04" << 480 << "America/New_York"
            << "2026-11-02 17:00";
        QTest::newRow("zero minutes is now") << "2026-11-24 20:00+01" << 0 << "Europe/Berlin"
                                             << "2026-11-24 19:00";
    }

    void addingBusinessMinutes()
    {
        QFETCH(QString, start);
        QFETCH(int, minutes);
        QFETCH(QString, tz);
        QFETCH(QString, dueUtc);
        QCOMPARE(QString::fromStdString(add(start.toStdString(), minutes, tz.toStdString())), dueUtc);
    }

    void countingBusinessMinutes_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("minutes");
        QTest::newRow("a whole working day") << "2026-11-24 00:00+01"
                                             << "2026-11-25 00:00+01" << 480;
        QTest::newRow("a weekend counts nothing") << "2026-11-28 00:00+01"
                                                  << "2026-11-30 00:00+01" << 0;
        QTest::newRow("Christmas week: Mon-Thu only") << "2026-12-21 00:00+01"
                                                      << "2026-12-28 00:00+01" << 4 * 480;
        QTest::newRow("the short night of the spring change") << "2026-03-27 16:00+01"
                                                              << "2026-03-30 09:00+02" << 60 + 60;
        QTest::newRow("backwards is nothing") << "2026-11-25 00:00+01"
                                              << "2026-11-24 00:00+01" << 0;
    }

    void countingBusinessMinutes()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, minutes);
        QCOMPARE(between(from.toStdString(), to.toStdString(), "Europe/Berlin"), minutes);
    }
};

QTEST_GUILESS_MAIN(TestSlaCalendar)
#include "tst_sla_calendar.moc"
