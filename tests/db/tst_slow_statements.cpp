// What an operator finds in the log when the database is slow: every named statement that takes
// longer than db::Tx::slowStatementThreshold (200 ms) is logged under helpdesk.server.db with its
// name and duration, whether it was prepared or planned afresh; a fast one is not logged.

#include "db/ConnectionPool.h"
#include "support/TestDatabase.h"

#include <Poco/Channel.h>
#include <Poco/Logger.h>
#include <Poco/Message.h>

#include <QtTest>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

using namespace helpdesk;

namespace {
/// Keeps the text of every message logged through it.
class RecordingChannel : public Poco::Channel
{
public:
    void log(const Poco::Message &message) override
    {
        std::lock_guard lock(m_mutex);
        m_lines.push_back(message.getText());
    }
    std::vector<std::string> lines()
    {
        std::lock_guard lock(m_mutex);
        return m_lines;
    }

private:
    std::mutex m_mutex;
    std::vector<std::string> m_lines;
};
} // namespace

class TestSlowStatements : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<db::ConnectionPool> m_pool;
    Poco::AutoPtr<RecordingChannel> m_channel;

private slots:
    void initTestCase()
    {
        m_database = std::make_unique<test::TestDatabase>();
        m_database->start();
        m_pool = std::make_unique<db::ConnectionPool>(m_database->conninfo(), 1);
        m_channel = new RecordingChannel;
        auto &logger = Poco::Logger::get("helpdesk.server.db");
        logger.setChannel(m_channel);
        logger.setLevel(Poco::Message::PRIO_INFORMATION);
    }

    void cleanupTestCase()
    {
        Poco::Logger::get("helpdesk.server.db").setChannel(nullptr);
        m_pool.reset();
        m_database.reset();
    }

    void aSlowStatementIsLoggedWithItsName_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("prepared");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<bool>("logged");
        QTest::newRow("a prepared statement of 250 ms is logged")
            << QByteArray("tst_sleep_prepared_slow") << true << 0.25 << true;
        QTest::newRow("an unprepared statement of 250 ms is logged")
            << QByteArray("tst_sleep_unprepared_slow") << false << 0.25 << true;
        QTest::newRow("a prepared statement of 10 ms is not logged")
            << QByteArray("tst_sleep_prepared_fast") << true << 0.01 << false;
        QTest::newRow("an unprepared statement of 10 ms is not logged")
            << QByteArray("tst_sleep_unprepared_fast") << false << 0.01 << false;
    }

    void aSlowStatementIsLoggedWithItsName()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, prepared);
        QFETCH(double, seconds);
        QFETCH(bool, logged);
        const db::Statement sleep{name.constData(), "SELECT pg_sleep($1)"};
        m_pool->read([&](db::Tx &tx) {
            if (prepared)
                tx.exec(sleep, seconds);
            else
                tx.execUnprepared(sleep, seconds);
        });

        // "slow statement <name>: <milliseconds> ms"
        const std::string prefix = "slow statement " + name.toStdString() + ": ";
        std::vector<std::string> mentions;
        for (const auto &line : m_channel->lines())
            if (line.find(name.toStdString()) != std::string::npos)
                mentions.push_back(line);
        QCOMPARE(mentions.size(), std::size_t(logged ? 1 : 0));
        if (logged) {
            const auto &line = mentions.front();
            QVERIFY2(line.rfind(prefix, 0) == 0, line.c_str());
            const auto milliseconds = std::stoll(line.substr(prefix.size()));
            QVERIFY2(milliseconds >= 250 && milliseconds < 10000, line.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestSlowStatements)
#include "tst_slow_statements.moc"
