// Charsets as senders really write them, through the parser the pipeline uses: raw 8-bit header
// text in legacy charsets (read with the declared charset, then a detector, then windows-1252),
// RFC 2231 and RFC 2047 as found in the wild, and bodies whose label lies, is unknown or is
// missing; each choice is recorded for `parse-mail --explain`.

#include "mail/LegacyCharset.h"
#include "mail/MailParser.h"

#include <glib.h>

#include <QtTest>

using namespace helpdesk::mail;

namespace {
/// `text` as a sender's client in `charset` writes it.
std::string encoded(const QString &text, const char *charset)
{
    QByteArray utf8 = text.toUtf8();
    gsize written = 0;
    gchar *out = g_convert(utf8.constData(), utf8.size(), charset, "UTF-8", nullptr, &written, nullptr);
    if (!out)
        qFatal("the test text cannot be written in %s", charset);
    std::string bytes(out, written);
    g_free(out);
    return bytes;
}

/// `text` in ISO-2022-JP as Japanese clients write it (CP50221: NEC and IBM characters in the
/// JIS X 0208 runs), built from its EUC-JP-MS bytes.
std::string jis(const QString &text)
{
    std::string euc = encoded(text, "EUC-JP-MS");
    std::string out;
    bool kanji = false;
    for (std::size_t i = 0; i < euc.size(); ++i) {
        auto c = static_cast<unsigned char>(euc[i]);
        if (c < 0x80) {
            if (kanji)
                out += "\x1b(B";
            kanji = false;
            out += static_cast<char>(c);
            continue;
        }
        if (!kanji)
            out += "\x1b$B";
        kanji = true;
        out += static_cast<char>(c & 0x7F);
        out += static_cast<char>(static_cast<unsigned char>(euc[++i]) & 0x7F);
    }
    return kanji ? out + "\x1b(B" : out;
}

std::string base64(const std::string &bytes)
{
    gchar *out = g_base64_encode(reinterpret_cast<const guchar *>(bytes.data()), bytes.size());
    std::string text(out);
    g_free(out);
    return text;
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

std::string message(const std::string &headers, const std::string &body)
{
    return "To: support@desk.example\r\nMessage-ID: <c1@charsets.example>\r\n"
           "Date: Tue, 24 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n" +
           headers + "\r\n" + body;
}

/// A message with a text part labelled `label` ("" for none) and one attachment, whose From
/// display name, Subject and attachment name are `sender`, `subject` and `filename` as given.
std::string withAttachment(const std::string &sender, const std::string &subject, const std::string &filename,
                           const std::string &label, const std::string &body)
{
    return message("From: " + sender + " <sender@charsets.example>\r\nSubject: " + subject +
                       "\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n",
                   "--b1\r\nContent-Type: text/plain" + (label.empty() ? "" : "; charset=" + label) +
                       "\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body +
                       "\r\n--b1\r\nContent-Type: application/octet-stream; name=\"" + filename +
                       "\"\r\nContent-Disposition: attachment; filename=\"" + filename +
                       "\"\r\nContent-Transfer-Encoding: base64\r\n\r\nMDEyMzQ1Njc4OQ==\r\n--b1--\r\n");
}

/// The charset rules recorded for `parse-mail --explain`, one per line.
QString charsetRules(const ParsedMail &mail)
{
    QStringList rules;
    for (const auto &[field, rule] : mail.explanation)
        if (field == "charset")
            rules << QString::fromStdString(rule);
    return rules.join(QLatin1Char('\n'));
}
} // namespace

class TestMailCharsets : public QObject
{
    Q_OBJECT

private slots:
    void rawHeaderTextIsReadInItsCharset_data()
    {
        QTest::addColumn<QByteArray>("charset"); // what the sender's client wrote
        QTest::addColumn<QByteArray>("label");   // what the text part declares; "" for nothing
        QTest::addColumn<QString>("sender");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("filename");
        QTest::addColumn<QString>("rule");
        QTest::newRow("GBK, declared by the text part")
            << QByteArray("GBK") << QByteArray("gbk") << QStringLiteral("张三") << QStringLiteral("绩效管理,究竟谁错了")
            << QStringLiteral("绩效管理,究竟谁错了.xls")
            << QStringLiteral("headers: unencoded text in From, Subject, Content-Type, Content-Disposition: read as "
                              "GB18030 (declared by a text part)");
        QTest::newRow("two GBK characters Shift_JIS would also read, declared GBK")
            << QByteArray("GBK") << QByteArray("gb2312") << QStringLiteral("李四") << QStringLiteral("测试")
            << QStringLiteral("测试.txt") << QStringLiteral("read as GB18030 (declared by a text part)");
        QTest::newRow("GBK-only characters under a GB2312 label")
            << QByteArray("GBK") << QByteArray("gb2312") << QStringLiteral("朱镕基") << QStringLiteral("镕的报告")
            << QStringLiteral("镕.doc") << QStringLiteral("GB18030 (declared by a text part)");
        QTest::newRow("Big5, declared") << QByteArray("BIG5") << QByteArray("big5") << QStringLiteral("王小明")
                                        << QStringLiteral("會議通知") << QStringLiteral("會議記錄.doc")
                                        << QStringLiteral("read as BIG5-HKSCS (declared by a text part)");
        QTest::newRow("Shift_JIS whose second bytes look like a backslash, declared")
            << QByteArray("SHIFT_JIS") << QByteArray("shift_jis") << QStringLiteral("山田表")
            << QStringLiteral("ソフトの表示について") << QStringLiteral("表示ソフト.xlsx")
            << QStringLiteral("read as Shift_JIS (windows-31j) (declared by a text part)");
        QTest::newRow("EUC-KR, declared")
            << QByteArray("EUC-KR") << QByteArray("euc-kr") << QStringLiteral("김철수") << QStringLiteral("회의 안내")
            << QStringLiteral("회의록.hwp") << QStringLiteral("read as EUC-KR (windows-949) (declared by a text part)");
        QTest::newRow("windows-1250, declared")
            << QByteArray("WINDOWS-1250") << QByteArray("windows-1250") << QStringLiteral("Łukasz Żółć")
            << QStringLiteral("Zażółć gęślą jaźń") << QStringLiteral("faktura_źródło.pdf")
            << QStringLiteral("read as windows-1250 (declared by a text part)");
        QTest::newRow("ISO-8859-2, declared")
            << QByteArray("ISO-8859-2") << QByteArray("iso-8859-2") << QStringLiteral("Jiří Novák")
            << QStringLiteral("Příliš žluťoučký kůň") << QStringLiteral("přílohy.zip")
            << QStringLiteral("read as ISO-8859-2 (declared by a text part)");
        QTest::newRow("KOI8-R, nothing declared")
            << QByteArray("KOI8-R") << QByteArray() << QStringLiteral("Иван Петров")
            << QStringLiteral("Привет, как дела с отчётом") << QStringLiteral("отчёт за квартал.doc")
            << QStringLiteral("read as KOI8-R (detected by uchardet in the headers)");
        QTest::newRow("windows-1251, nothing declared")
            << QByteArray("WINDOWS-1251") << QByteArray() << QStringLiteral("Иван Петров")
            << QStringLiteral("Привет, как дела с отчётом") << QStringLiteral("отчёт за квартал.doc")
            << QStringLiteral("read as windows-1251 (detected by uchardet in the headers)");
        QTest::newRow("GBK, nothing declared")
            << QByteArray("GBK") << QByteArray() << QStringLiteral("张三") << QStringLiteral("绩效管理,究竟谁错了")
            << QStringLiteral("绩效管理,究竟谁错了.xls")
            << QStringLiteral("read as GB18030 (detected by uchardet in the headers)");
        QTest::newRow("windows-1252, nothing declared")
            << QByteArray("WINDOWS-1252") << QByteArray() << QStringLiteral("Jürgen Müller")
            << QStringLiteral("Grüße aus Köln – Angebot") << QStringLiteral("Angebot für Café.pdf")
            << QStringLiteral("read as windows-1252");
        QTest::newRow("UTF-8 under a legacy label stays UTF-8")
            << QByteArray("UTF-8") << QByteArray("iso-8859-1") << QStringLiteral("Jürgen Müller")
            << QStringLiteral("Привет") << QStringLiteral("отчёт.doc") << QString();
    }

    void rawHeaderTextIsReadInItsCharset()
    {
        QFETCH(QByteArray, charset);
        QFETCH(QByteArray, label);
        QFETCH(QString, sender);
        QFETCH(QString, subject);
        QFETCH(QString, filename);
        QFETCH(QString, rule);
        const QString body = QStringLiteral("%1 / %2").arg(subject, sender);
        auto mail = MailParser::parse(withAttachment(
            "\"" + encoded(sender, charset.constData()) + "\"", encoded(subject, charset.constData()),
            encoded(filename, charset.constData()), label.toStdString(), encoded(body, charset.constData())));
        QVERIFY(mail.from.has_value());
        QCOMPARE(QString::fromStdString(mail.from->name), sender);
        QCOMPARE(QString::fromStdString(mail.from->address), QStringLiteral("sender@charsets.example"));
        QCOMPARE(QString::fromStdString(mail.subject), subject);
        QCOMPARE(mail.attachments.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(mail.attachments[0].filename), filename);
        QCOMPARE(mail.attachments[0].content, std::string("0123456789"));
        QVERIFY2(QString::fromStdString(mail.text).contains(body), mail.text.c_str());
        auto rules = charsetRules(mail);
        if (rule.isEmpty())
            QVERIFY2(!rules.contains(QStringLiteral("headers:")), qPrintable(rules));
        else
            QVERIFY2(rules.contains(rule), qPrintable(rules));
    }

    void encodedWordsAreReadAsSendersWriteThem_data()
    {
        QTest::addColumn<QByteArray>("subjectField");
        QTest::addColumn<QByteArray>("bodyLabel");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("rule"); // "none" when GMime reads it right as it is, "" when either will do
        // GMime joins base64 words before decoding them, which fails once a word ends in padding;
        // the cuts below leave padding where a character is split.
        const std::string chinese = utf8(QStringLiteral("中文标题"));
        QTest::newRow("UTF-8 base64 words split inside a character")
            << QByteArray::fromStdString("=?utf-8?B?" + base64(chinese.substr(0, 4)) + "?= =?utf-8?B?" +
                                         base64(chinese.substr(4)) + "?=")
            << QByteArray("utf-8") << QStringLiteral("中文标题")
            << QStringLiteral("headers: Subject: 2 =?utf-8?= words joined: a character spanned two");
        QTest::newRow("UTF-8 Q words split inside a character, folded")
            << QByteArray("=?UTF-8?Q?Gr=C3?=\r\n =?UTF-8?Q?=BC=C3=9Fe?=") << QByteArray("utf-8")
            << QStringLiteral("Grüße") << QString();
        const std::string gbk = encoded(QStringLiteral("绩效管理"), "GBK");
        QTest::newRow("GBK words split inside a character")
            << QByteArray::fromStdString("=?gbk?B?" + base64(gbk.substr(0, 5)) + "?= =?gbk?B?" + base64(gbk.substr(5)) +
                                         "?=")
            << QByteArray("gbk") << QStringLiteral("绩效管理") << QStringLiteral("2 =?gbk?= words joined");
        const std::string broken = utf8(QStringLiteral("\r\n蠭龕中層管理者如何避免"));
        QTest::newRow("a line break encoded at the start, a character split after it")
            << QByteArray::fromStdString("=?UTF-8?B?" + base64(broken.substr(0, 13)) + "?=\r\n =?UTF-8?B?" +
                                         base64(broken.substr(13)) + "?=")
            << QByteArray("utf-8") << QStringLiteral("蠭龕中層管理者如何避免") << QStringLiteral("words joined");
        QTest::newRow("a word in the middle of text")
            << QByteArray::fromStdString("Re: =?koi8-r?B?" + base64(encoded(QStringLiteral("Привет"), "KOI8-R")) +
                                         "?= (fwd)")
            << QByteArray("utf-8") << QStringLiteral("Re: Привет (fwd)") << QStringLiteral("none");
        QTest::newRow("words in two charsets side by side")
            << QByteArray::fromStdString("=?iso-8859-2?Q?Zg=B3oszenie?= =?koi8-r?B?" +
                                         base64(encoded(QStringLiteral(" Заявка"), "KOI8-R")) + "?=")
            << QByteArray("utf-8") << QStringLiteral("Zgłoszenie Заявка") << QStringLiteral("none");
        QTest::newRow("an unknown charset, read with the body's")
            << QByteArray::fromStdString("=?x-unknown?B?" +
                                         base64(encoded(QStringLiteral("关于绩效管理的问题"), "GBK")) + "?=")
            << QByteArray("gb2312") << QStringLiteral("关于绩效管理的问题")
            << QStringLiteral("=?x-unknown?= declared x-unknown, unknown to iconv, read as GB18030 (declared by a "
                              "text part)");
        QTest::newRow("an unknown charset, nothing declared: detected")
            << QByteArray::fromStdString(
                   "=?x-unknown?B?" +
                   base64(encoded(QStringLiteral("Привет, как дела с отчётом за квартал"), "WINDOWS-1251")) + "?=")
            << QByteArray() << QStringLiteral("Привет, как дела с отчётом за квартал")
            << QStringLiteral("read as windows-1251 (detected by uchardet in the headers)");
        QTest::newRow("labelled UTF-8, written in Latin-1")
            << QByteArray("=?utf-8?Q?Gr=FC=DFe_aus_K=F6ln?=") << QByteArray("utf-8") << QStringLiteral("Grüße aus Köln")
            << QStringLiteral("declared utf-8 but not valid UTF-8");
        QTest::newRow("labelled ISO-8859-1, written in UTF-8")
            << QByteArray("=?iso-8859-1?Q?Gr=C3=BC=C3=9Fe?=") << QByteArray("utf-8") << QStringLiteral("Grüße")
            << QStringLiteral("declared iso-8859-1 but valid UTF-8, read as UTF-8");
        QTest::newRow("labelled ISO-8859-1, with windows-1252 quotes")
            << QByteArray("=?iso-8859-1?Q?=93Hallo=94_=80_5?=") << QByteArray("utf-8") << QStringLiteral("“Hallo” € 5")
            << QStringLiteral("declared iso-8859-1, read as windows-1252");
        QTest::newRow("a windows-1258 word keeps its last letter")
            << QByteArray("=?windows-1258?Q?Val=E9rie_Oury?=") << QByteArray("utf-8") << QStringLiteral("Valérie Oury")
            << QString();
        QTest::newRow("an ISO-2022-JP word with NEC circled digits")
            << QByteArray::fromStdString("=?iso-2022-jp?B?" + base64(jis(QStringLiteral("①会議のお知らせ"))) + "?=")
            << QByteArray("utf-8") << QStringLiteral("①会議のお知らせ")
            << QStringLiteral("=?iso-2022-jp?= declared iso-2022-jp");
        QTest::newRow("raw ISO-2022-JP, nothing declared")
            << QByteArray::fromStdString(jis(QStringLiteral("会議のお知らせ"))) << QByteArray()
            << QStringLiteral("会議のお知らせ")
            << QStringLiteral("headers: unencoded text in Subject: ISO-2022-JP escapes found, read as ISO-2022-JP");
        QTest::newRow("a well-formed word is left to GMime")
            << QByteArray("=?ISO-8859-2?Q?Drukarka_nie_dzia=B3a?=") << QByteArray("utf-8")
            << QStringLiteral("Drukarka nie działa") << QStringLiteral("none");
    }

    void encodedWordsAreReadAsSendersWriteThem()
    {
        QFETCH(QByteArray, subjectField);
        QFETCH(QByteArray, bodyLabel);
        QFETCH(QString, subject);
        QFETCH(QString, rule);
        std::string label = bodyLabel.isEmpty() ? std::string() : "; charset=" + bodyLabel.toStdString();
        auto mail =
            MailParser::parse(message("From: Anna <anna@charsets.example>\r\nSubject: " + subjectField.toStdString() +
                                          "\r\nContent-Type: text/plain" + label + "\r\n",
                                      "body\r\n"));
        QCOMPARE(QString::fromStdString(mail.subject).simplified(), subject);
        auto rules = charsetRules(mail);
        if (rule == QStringLiteral("none"))
            QVERIFY2(!rules.contains(QStringLiteral("headers:")), qPrintable(rules));
        else if (!rule.isEmpty())
            QVERIFY2(rules.contains(rule), qPrintable(rules));
    }

    void displayNamesAndFileNamesInSplitWordsAreJoined()
    {
        const std::string name = utf8(QStringLiteral("Zhang 张三丰"));
        const std::string file = utf8(QStringLiteral("季度报告.pdf"));
        auto mail = MailParser::parse(message(
            "From: =?utf-8?B?" + base64(name.substr(0, 8)) + "?= =?utf-8?B?" + base64(name.substr(8)) +
                "?= <zhang@charsets.example>\r\nSubject: split\r\nContent-Type: multipart/mixed; boundary=b\r\n",
            "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nhi\r\n--b\r\n"
            "Content-Type: application/pdf; name=\"=?utf-8?B?" +
                base64(file.substr(0, 5)) + "?= =?utf-8?B?" + base64(file.substr(5)) +
                "?=\"\r\nContent-Disposition: attachment\r\n\r\nx\r\n--b--\r\n"));
        QCOMPARE(QString::fromStdString(mail.from->name), QStringLiteral("Zhang 张三丰"));
        QCOMPARE(QString::fromStdString(mail.from->address), QStringLiteral("zhang@charsets.example"));
        QCOMPARE(mail.attachments.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(mail.attachments[0].filename), QStringLiteral("季度报告.pdf"));
    }

    void rfc2231FileNamesAreRead_data()
    {
        QTest::addColumn<QByteArray>("disposition");
        QTest::addColumn<QByteArray>("bodyLabel");
        QTest::addColumn<QString>("filename");
        QTest::addColumn<QString>("rule"); // "" when GMime reads it right as it is
        QTest::newRow("continuations, the charset on the first section only")
            << QByteArray("attachment;\r\n filename*0*=utf-8''%E4%B8%AD%E6%96;\r\n filename*1*=%87%E6%96%87%E4%BB%B6;"
                          "\r\n filename*2=.txt")
            << QByteArray() << QStringLiteral("中文文件.txt") << QString();
        QTest::newRow("percent-encoded GBK with its charset")
            << QByteArray("attachment; filename*=gbk''%BC%A8%D0%A7%B9%DC%C0%ED.xls") << QByteArray()
            << QStringLiteral("绩效管理.xls") << QString();
        QTest::newRow("a language between the quotes")
            << QByteArray("attachment; filename*=iso-8859-1'de'Gr%FC%DFe.txt") << QByteArray()
            << QStringLiteral("Grüße.txt") << QString();
        QTest::newRow("quoted continuations without a charset")
            << QByteArray("attachment; filename*0=\"a long \"; filename*1=\"file name.pdf\"") << QByteArray()
            << QStringLiteral("a long file name.pdf") << QString();
        QTest::newRow("an unknown charset, read with the body's")
            << QByteArray(
                   "attachment; size=12;\r\n filename*0*=x-unknown''%BC%A8%D0%A7;\r\n filename*1*=%B9%DC%C0%ED.xls")
            << QByteArray("gbk") << QStringLiteral("绩效管理.xls")
            << QStringLiteral("headers: Content-Disposition: filename*=x-unknown'': declared x-unknown, unknown to "
                              "iconv, read as GB18030 (declared by a text part)");
        QTest::newRow("labelled ISO-8859-1, written in UTF-8")
            << QByteArray("attachment; filename*=iso-8859-1''Gr%C3%BC%C3%9Fe.txt") << QByteArray()
            << QStringLiteral("Grüße.txt") << QStringLiteral("declared iso-8859-1 but valid UTF-8, read as UTF-8");
        QTest::newRow("labelled UTF-8, written in Latin-1") << QByteArray("attachment; filename*=utf-8''Gr%FC%DFe.txt")
                                                            << QByteArray() << QStringLiteral("Grüße.txt") << QString();
    }

    void rfc2231FileNamesAreRead()
    {
        QFETCH(QByteArray, disposition);
        QFETCH(QByteArray, bodyLabel);
        QFETCH(QString, filename);
        QFETCH(QString, rule);
        std::string label = bodyLabel.isEmpty() ? std::string() : "; charset=" + bodyLabel.toStdString();
        auto mail = MailParser::parse(
            message("From: a@charsets.example\r\nSubject: files\r\nContent-Type: multipart/mixed; boundary=b\r\n",
                    "--b\r\nContent-Type: text/plain" + label +
                        "\r\n\r\nhi\r\n--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: " +
                        disposition.toStdString() + "\r\n\r\nx\r\n--b--\r\n"));
        QCOMPARE(mail.attachments.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(mail.attachments[0].filename), filename);
        auto rules = charsetRules(mail);
        QVERIFY2(rule.isEmpty() || rules.contains(rule), qPrintable(rules));
    }

    void bodiesAreReadWhateverTheirLabelSays_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rule");
        QTest::newRow("ISO-8859-1 label, UTF-8 text")
            << QByteArray("text/plain; charset=iso-8859-1")
            << QByteArray::fromStdString(utf8(QStringLiteral("Grüße – “quoted”"))) << QStringLiteral("Grüße – “quoted”")
            << QStringLiteral("text part: declared iso-8859-1 but valid UTF-8, read as UTF-8");
        QTest::newRow("US-ASCII label, UTF-8 text")
            << QByteArray("text/plain; charset=us-ascii") << QByteArray::fromStdString(utf8(QStringLiteral("Привет")))
            << QStringLiteral("Привет") << QStringLiteral("declared us-ascii but valid UTF-8, read as UTF-8");
        QTest::newRow("windows-1251 label, UTF-8 text")
            << QByteArray("text/plain; charset=windows-1251")
            << QByteArray::fromStdString(utf8(QStringLiteral("Привет, как дела"))) << QStringLiteral("Привет, как дела")
            << QStringLiteral("declared windows-1251 but valid UTF-8, read as UTF-8");
        QTest::newRow("ISO-8859-1 label, windows-1252 quotes")
            << QByteArray("text/plain; charset=ISO-8859-1") << QByteArray("\x93Hallo\x94 \x80 5")
            << QStringLiteral("“Hallo” € 5") << QStringLiteral("declared iso-8859-1, read as windows-1252");
        QTest::newRow("a UTF-7 label GMime does not know")
            << QByteArray("text/plain; charset=\"unicode-1-1-utf-7\"") << QByteArray("Hi Mom -+Jjo--!")
            << QStringLiteral("Hi Mom -☺-!") << QStringLiteral("declared unicode-1-1-utf-7, read as UTF-7");
        QTest::newRow("cp-850") << QByteArray("text/plain; charset=cp-850")
                                << QByteArray::fromStdString(encoded(QStringLiteral("Grüße aus Köln"), "CP850"))
                                << QStringLiteral("Grüße aus Köln") << QStringLiteral("text part: declared cp-850");
        QTest::newRow("ANSI_X3.4-1968 over Latin-1 bytes")
            << QByteArray("text/plain; charset=ANSI_X3.4-1968") << QByteArray("caf\xe9") << QStringLiteral("café")
            << QStringLiteral("declared ansi_x3.4-1968, read as windows-1252");
        QTest::newRow("x-user-defined over windows-1251 text")
            << QByteArray("text/plain; charset=x-user-defined")
            << QByteArray::fromStdString(
                   encoded(QStringLiteral("Привет, как дела? Отчёт за квартал во вложении, посмотрите пожалуйста."),
                           "WINDOWS-1251"))
            << QStringLiteral("Привет, как дела? Отчёт за квартал во вложении, посмотрите пожалуйста.")
            << QStringLiteral("declared x-user-defined, unknown to iconv, read as windows-1251 (detected by uchardet)");
        QTest::newRow("no label over GBK text")
            << QByteArray("text/plain")
            << QByteArray::fromStdString(
                   encoded(QStringLiteral("您好，附件是本月的销售报告，请查收。如有问题请随时联系我。"), "GBK"))
            << QStringLiteral("您好，附件是本月的销售报告，请查收。如有问题请随时联系我。")
            << QStringLiteral("no charset declared, read as GB18030 (detected by uchardet)");
        QTest::newRow("no label over UTF-8 text")
            << QByteArray("text/plain") << QByteArray::fromStdString(utf8(QStringLiteral("Zażółć")))
            << QStringLiteral("Zażółć") << QStringLiteral("no charset declared, valid UTF-8");
        QTest::newRow("UTF-8 with a Latin-1 signature")
            << QByteArray("text/plain; charset=utf-8")
            << QByteArray::fromStdString(utf8(QStringLiteral("Zażółć gęślą jaźń\n-- \n")) + "J\xfcrgen M\xfcller")
            << QStringLiteral("Zażółć gęślą jaźń\n-- \nJürgen Müller")
            << QStringLiteral("declared utf-8 but not valid UTF-8, read as UTF-8 with the stray bytes as windows-1252");
        QTest::newRow("GB2312 label, GBK-only characters")
            << QByteArray("text/plain; charset=gb2312")
            << QByteArray::fromStdString(encoded(QStringLiteral("朱镕基的报告"), "GBK"))
            << QStringLiteral("朱镕基的报告") << QStringLiteral("declared gb2312, read as GB18030");
        QTest::newRow("Shift_JIS label, NEC circled digits")
            << QByteArray("text/plain; charset=Shift_JIS")
            << QByteArray::fromStdString(encoded(QStringLiteral("①会議室"), "CP932")) << QStringLiteral("①会議室")
            << QStringLiteral("declared shift_jis, read as Shift_JIS (windows-31j)");
        QTest::newRow("ks_c_5601-1987 label, a syllable only UHC has")
            << QByteArray("text/plain; charset=ks_c_5601-1987")
            << QByteArray::fromStdString(encoded(QStringLiteral("똠방각하"), "CP949")) << QStringLiteral("똠방각하")
            << QStringLiteral("declared ks_c_5601-1987, read as EUC-KR (windows-949)");
        QTest::newRow("ISO-2022-JP, seven bits")
            << QByteArray("text/plain; charset=iso-2022-jp")
            << QByteArray::fromStdString(encoded(QStringLiteral("会議のお知らせ"), "ISO-2022-JP"))
            << QStringLiteral("会議のお知らせ") << QStringLiteral("declared iso-2022-jp");
        QTest::newRow("ISO-2022-JP with NEC circled digits")
            << QByteArray("text/plain; charset=iso-2022-jp")
            << QByteArray::fromStdString(jis(QStringLiteral("①１都３県の鯵と、㈱テスト")))
            << QStringLiteral("①１都３県の鯵と、㈱テスト") << QStringLiteral("text part: declared iso-2022-jp");
        QTest::newRow("no label over ISO-2022-JP")
            << QByteArray("text/plain")
            << QByteArray::fromStdString(jis(QStringLiteral("これはテストメールです。\n田中")))
            << QStringLiteral("これはテストメールです。\n田中")
            << QStringLiteral("no charset declared, ISO-2022-JP escapes found, read as ISO-2022-JP");
        QTest::newRow("windows-1258 keeps its last letter")
            << QByteArray("text/plain; charset=windows-1258") << QByteArray("Val\xe9rie Oury")
            << QStringLiteral("Valérie Oury") << QStringLiteral("text part: declared windows-1258");
        QTest::newRow("HTML that declares its charset in <meta>")
            << QByteArray("text/html")
            << QByteArray::fromStdString("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                                         "charset=gb2312\"></head><body><p>" +
                                         encoded(QStringLiteral("您好，请查收附件。"), "GBK") + "</p></body></html>")
            << QStringLiteral("您好，请查收附件。")
            << QStringLiteral("text/html part: its <meta> declared gb2312, read as GB18030");
    }

    void bodiesAreReadWhateverTheirLabelSays()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        QFETCH(QString, rule);
        auto mail = MailParser::parse(
            message("From: a@charsets.example\r\nSubject: body\r\nContent-Type: " + contentType.toStdString() + "\r\n",
                    body.toStdString()));
        QCOMPARE(QString::fromStdString(mail.text).trimmed(), text);
        auto rules = charsetRules(mail);
        QVERIFY2(rules.contains(rule), qPrintable(rules));
    }

    void headerTextQuotedFromAnAttachedMessageReadsInItsCharset()
    {
        // A spam report: its own text is Latin-1, the From it copies is raw GB2312 from the
        // message it attaches.
        const std::string name = encoded(QStringLiteral("武兰成"), "GB2312");
        auto mail = MailParser::parse(message(
            "From: \"" + name +
                "\" <sender@charsets.example>\r\nSubject: report\r\n"
                "Content-Type: multipart/mixed; boundary=r\r\n",
            "--r\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            "M\xf6gliche Spam-Nachricht.\r\n--r\r\nContent-Type: message/rfc822\r\n\r\nFrom: \"" +
                name +
                "\" <sender@charsets.example>\r\nSubject: hi\r\nContent-Type: text/plain; charset=gb2312\r\n\r\n" +
                encoded(QStringLiteral("你好"), "GB2312") + "\r\n--r--\r\n"));
        QCOMPARE(QString::fromStdString(mail.from->name), QStringLiteral("武兰成"));
        QVERIFY(QString::fromStdString(mail.text).contains(QStringLiteral("Mögliche Spam-Nachricht.")));
        QVERIFY2(charsetRules(mail).contains(QStringLiteral("read as GB18030 (declared by an attached message)")),
                 qPrintable(charsetRules(mail)));
    }

    void plainHeadersAreLeftAsTheyAre()
    {
        auto mail = MailParser::parse(message("From: Carol <carol@charsets.example>\r\nSubject: Printer broken\r\n"
                                              "Content-Type: text/plain; charset=utf-8\r\n",
                                              "hello\r\n"));
        QCOMPARE(mail.subject, std::string("Printer broken"));
        QCOMPARE(charsetRules(mail), QStringLiteral("text part: declared utf-8"));
    }

    void charsetLabelsAreReadAsMailClientsReadThem_data()
    {
        QTest::addColumn<QByteArray>("label");
        QTest::addColumn<QString>("decoder"); // "" when nothing can read it
        QTest::newRow("quoted, upper case") << QByteArray("\"UTF-8\"") << QStringLiteral("UTF-8");
        QTest::newRow("a trailing semicolon") << QByteArray("iso-8859-2;") << QStringLiteral("ISO-8859-2");
        QTest::newRow("Latin-1 is windows-1252") << QByteArray("ISO-8859-1") << QStringLiteral("CP1252");
        QTest::newRow("ISO-8859-9 is windows-1254") << QByteArray("iso-8859-9") << QStringLiteral("CP1254");
        QTest::newRow("iso8859_15") << QByteArray("iso8859_15") << QStringLiteral("ISO-8859-15");
        QTest::newRow("x-cp1251") << QByteArray("x-cp1251") << QStringLiteral("CP1251");
        QTest::newRow("win-1251") << QByteArray("win-1251") << QStringLiteral("CP1251");
        QTest::newRow("ibm866") << QByteArray("ibm866") << QStringLiteral("CP866");
        QTest::newRow("x-gbk") << QByteArray("x-gbk") << QStringLiteral("GB18030");
        QTest::newRow("x-sjis") << QByteArray("x-sjis") << QStringLiteral("CP932");
        QTest::newRow("cp936") << QByteArray("cp936") << QStringLiteral("GB18030");
        QTest::newRow("x-mac-cyrillic") << QByteArray("x-mac-cyrillic") << QStringLiteral("MAC-CYRILLIC");
        QTest::newRow("x-user-defined") << QByteArray("x-user-defined") << QString();
        QTest::newRow("unknown-8bit") << QByteArray("unknown-8bit") << QString();
        QTest::newRow("empty") << QByteArray("\"\"") << QString();
    }

    void charsetLabelsAreReadAsMailClientsReadThem()
    {
        QFETCH(QByteArray, label);
        QFETCH(QString, decoder);
        auto found = LegacyCharset::decoderFor(label.toStdString());
        QCOMPARE(found ? QString::fromStdString(*found) : QString(), decoder);
        if (found) // iconv reads the name given
            QVERIFY(LegacyCharset::decode("abc", *found).has_value() || !LegacyCharset::isAsciiCompatible(*found));
    }
};

QTEST_GUILESS_MAIN(TestMailCharsets)
#include "tst_mail_charsets.moc"
