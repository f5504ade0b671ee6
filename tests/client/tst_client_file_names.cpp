// Attachment file names come from strangers' mail: before the agent saves one, its name is made
// safe to use in a folder of the agent's choosing (no way out of it, no device, no characters
// that hide or disguise part of the name), while an ordinary name stays as it was.

#include "core/SafeFileName.h"

#include <QtTest>

using namespace helpdesk::client;

class TestClientFileNames : public QObject
{
    Q_OBJECT

private slots:
    void aNameFromMailIsSafeToSave_data()
    {
        QTest::addColumn<QString>("offered");
        QTest::addColumn<QString>("saved");
        QTest::newRow("an ordinary name stays as it is") << "report 2024-03.pdf"
                                                         << "report 2024-03.pdf";
        QTest::newRow("letters of any language stay")
            << QStringLiteral("Zażółć gęślą jaźń — 報告.txt") << QStringLiteral("Zażółć gęślą jaźń — 報告.txt");
        QTest::newRow("a relative path climbing out keeps only its last part") << "../../.bashrc"
                                                                               << "bashrc";
        QTest::newRow("an absolute path keeps only its last part") << "/etc/cron.d/evil"
                                                                   << "evil";
        QTest::newRow("a Windows path keeps only its last part") << "C:\\x"
                                                                 << "x";
        QTest::newRow("a network path keeps only its last part") << "\\\\server\\share\\setup.exe"
                                                                 << "setup.exe";
        QTest::newRow("a path mixing both separators keeps only its last part") << "a/b\\..\\c/d.txt"
                                                                                << "d.txt";
        QTest::newRow("a drive letter alone is no path") << "C:"
                                                         << "C_";
        QTest::newRow("no alternate data stream is addressed") << "notes.txt:hidden"
                                                               << "notes.txt_hidden";
        QTest::newRow("a reserved device name is not opened as the device") << "con"
                                                                            << "_con";
        QTest::newRow("a reserved device name with an extension is not either") << "CON.txt"
                                                                                << "_CON.txt";
        QTest::newRow("a printer port in any case is not either") << "Lpt1.log"
                                                                  << "_Lpt1.log";
        QTest::newRow("the null device is not either") << "nul"
                                                       << "_nul";
        QTest::newRow("a name merely starting like a device stays") << "console.log"
                                                                    << "console.log";
        QTest::newRow("a NUL cannot cut the name short to hide its end")
            << QString::fromUtf8("invoice.pdf\0.exe", 16) << "invoice.pdf_.exe";
        QTest::newRow("line breaks and tabs become underscores") << "a\nb\r\tc.txt"
                                                                 << "a_b__c.txt";
        QTest::newRow("a right-to-left override cannot show the extension backwards")
            << QStringLiteral("invoice\u202Efdp.exe") << "invoice_fdp.exe";
        QTest::newRow("a zero-width space cannot hide in the name")
            << QStringLiteral("pay\u200Bpal.html") << "pay_pal.html";
        QTest::newRow("characters Windows refuses become underscores") << "a<b>c\"d|e?f*g.txt"
                                                                       << "a_b_c_d_e_f_g.txt";
        QTest::newRow("dots and spaces at either end are dropped") << " .. name.txt. . "
                                                                   << "name.txt";
        QTest::newRow("an empty name gets a neutral one") << ""
                                                          << "attachment";
        QTest::newRow("a name of dots only gets a neutral one") << ".."
                                                                << "attachment";
        QTest::newRow("a trailing separator leaves the folder's name") << "/tmp/"
                                                                       << "tmp";
        QTest::newRow("a separator alone gets a neutral one") << "\\"
                                                              << "attachment";
    }

    void aNameFromMailIsSafeToSave()
    {
        QFETCH(QString, offered);
        QFETCH(QString, saved);
        QCOMPARE(safeFileName(offered), saved);
    }

    void aLongNameIsCutToWhatAFileSystemTakesKeepingItsExtension_data()
    {
        QTest::addColumn<QString>("stemUnit");
        QTest::addColumn<QString>("extension");
        QTest::newRow("ASCII") << "x"
                               << ".pdf";
        QTest::newRow("two-byte letters") << QStringLiteral("ż") << ".txt";
        QTest::newRow("four-byte emoji, never split in half") << QStringLiteral("\U0001F600") << ".png";
        QTest::newRow("an overlong extension is no extension")
            << "x" << QStringLiteral(".") + QString(40, QLatin1Char('e'));
    }

    void aLongNameIsCutToWhatAFileSystemTakesKeepingItsExtension()
    {
        QFETCH(QString, stemUnit);
        QFETCH(QString, extension);
        const QString offered = stemUnit.repeated(100000) + extension;
        const QString saved = safeFileName(offered);
        QVERIFY2(saved.toUtf8().size() <= 255, qPrintable(QString::number(saved.toUtf8().size())));
        QVERIFY(saved.toUtf8().size() > 200); // cut, not emptied
        QVERIFY(saved.startsWith(stemUnit));
        if (extension.size() <= 16)
            QVERIFY(saved.endsWith(extension));
        // Whole characters only: the name survives a round trip through UTF-8 unchanged.
        QCOMPARE(QString::fromUtf8(saved.toUtf8()), saved);
        QVERIFY(!saved.contains(QChar::ReplacementCharacter));
    }
};

QTEST_MAIN(TestClientFileNames)
#include "tst_client_file_names.moc"
