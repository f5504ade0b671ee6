// The preview the inbox shows of a ticket is computed in C++ when an article is counted
// (TicketRepository::articlePreview) and in SQL when articles move to another ticket
// (article_preview(), migration 0043): both must give the same text for every kind of message.

#include "db/Migrator.h"
#include "db/TicketRepository.h"
#include "support/TestDatabase.h"

#include <pqxx/pqxx>

#include <QtTest>

#include <memory>
#include <string>

using namespace helpdesk;

class TestArticlePreview : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<pqxx::connection> m_connection;

private slots:
    void initTestCase()
    {
        m_database = std::make_unique<test::TestDatabase>();
        m_database->start();
        db::Migrator(m_database->conninfo()).migrate();
        m_connection = std::make_unique<pqxx::connection>(m_database->conninfo());
    }

    void previewIsWhatSqlGives_data()
    {
        QTest::addColumn<QByteArray>("body");
        auto row = [](const char *name, const std::string &body) {
            QTest::newRow(name) << QByteArray::fromStdString(body);
        };
        row("an empty body gives an empty preview", "");
        row("a one-line message is kept as written", "The printer jams again.");
        row("runs of white space become one space", "  Carol   called:\tthe printer\r\n\n jams  again.  ");
        row("quoted lines are left out",
            "Still broken, sorry.\n\nOn Mon, 7 Dec 2026, Alex wrote:\n> Try again\n> please");
        row("an indented quote is left out", "Thanks!\n   > old text\n\t>> older");
        row("the quote intro is found whatever its case", "Yes.\nON Tuesday Bob <b@x.example> WROTE:  \r\n> no");
        row("\"on wrote:\" with one space is no quote intro", "on wrote:\nsecond line");
        row("\"on  wrote:\" with two spaces is one", "on  wrote:\nsecond line");
        row("a line starting with \"online\" is kept", "online wrote: this stays\nnext");
        row("only quotes give an empty preview", "> a\n> b\n");
        row("a long message is cut at 200 characters", std::string(500, 'x'));
        row("a cut may end on a space", std::string(199, 'a') + " b");
        std::string accents = std::string(190, 'a') + " ";
        for (int i = 0; i < 20; ++i)
            accents += "\xc3\xa9";
        row("characters are counted, not bytes", accents);
        std::string umlauts;
        for (int i = 0; i < 300; ++i)
            umlauts += "\xc3\xbc";
        row("two-byte characters are never cut in half", umlauts);
        row("only the first 16 KiB characters are read",
            std::string(16383, ' ') + "visible" + std::string(10, ' ') + "hidden");
        row("a quote after the first 16 KiB no longer hides a line", std::string(16380, 'q') + "\n> x");
    }

    void previewIsWhatSqlGives()
    {
        QFETCH(QByteArray, body);
        pqxx::nontransaction tx(*m_connection);
        auto sql = tx.exec_params1("SELECT article_preview($1)", body.toStdString())[0].as<std::string>();
        QCOMPARE(QString::fromStdString(db::TicketRepository::articlePreview(body.toStdString())),
                 QString::fromStdString(sql));
    }
};

QTEST_GUILESS_MAIN(TestArticlePreview)
#include "tst_article_preview.moc"
