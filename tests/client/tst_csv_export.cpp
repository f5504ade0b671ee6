// A dashboard panel exported as CSV and opened in a spreadsheet: what customers and agents wrote
// (ticket titles, names) arrives as text, never as a formula the spreadsheet runs.

#include "models/PanelModel.h"

#include <QtTest>

using helpdesk::client::PanelModel;

class TestCsvExport : public QObject
{
    Q_OBJECT

    /// The one data cell of a panel whose only row has `value` under "title", as exported.
    static QString exportedCell(const QString &value)
    {
        PanelModel panel(QStringLiteral("backlog_age"));
        panel.setRows({QVariantMap{{QStringLiteral("title"), value}}});
        auto lines = panel.toCsv();
        const QString header = QStringLiteral("title\n");
        if (!lines.startsWith(header) || !lines.endsWith(QLatin1Char('\n')))
            return QStringLiteral("<not one column: %1>").arg(lines);
        return lines.mid(header.size(), lines.size() - header.size() - 1);
    }

private slots:
    void cellsASpreadsheetWouldRunStartAsText_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("a formula") << "=HYPERLINK(\"http://evil.example\",\"Click\")"
                                   << "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"";
        QTest::newRow("a command through DDE") << "=cmd|' /C calc'!A0"
                                               << "'=cmd|' /C calc'!A0";
        QTest::newRow("a plus") << "+1+cmd|' /C calc'!A0"
                                << "'+1+cmd|' /C calc'!A0";
        QTest::newRow("a minus") << "-2+3+cmd|' /C calc'!A0"
                                 << "'-2+3+cmd|' /C calc'!A0";
        QTest::newRow("an at sign") << "@SUM(1+1)*cmd|' /C calc'!A0"
                                    << "'@SUM(1+1)*cmd|' /C calc'!A0";
        QTest::newRow("a tab before a formula") << "\t=1+1"
                                                << "'\t=1+1";
        QTest::newRow("a carriage return before a formula") << "\r=1+1"
                                                            << "\"'\r=1+1\"";
    }

    void cellsASpreadsheetWouldRunStartAsText()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(exportedCell(value), cell);
    }

    void plainTextAndNumbersStayAsTheyAre_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("a title") << "Printer jam"
                                 << "Printer jam";
        QTest::newRow("a sign inside the text") << "Cost = 5"
                                                << "Cost = 5";
        QTest::newRow("a negative number") << "-5"
                                           << "-5";
        QTest::newRow("a signed decimal") << "+3.25"
                                          << "+3.25";
        QTest::newRow("a comma is quoted") << "Jam, again"
                                           << "\"Jam, again\"";
    }

    void plainTextAndNumbersStayAsTheyAre()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(exportedCell(value), cell);
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csv_export.moc"
