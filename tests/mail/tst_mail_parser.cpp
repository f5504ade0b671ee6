// Mail parsing with GMime, through the same entry point the pipeline and `helpdesk-server
// parse-mail` use: charsets (declared, mislabelled, broken), encoded words and file names,
// alternatives, inline images, attachments, forwarded messages, HTML reduced to text and
// sanitized, automatic mail and delivery reports.

#include "mail/MailParser.h"
#include "mail/MailPreflight.h"

#include <Poco/File.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>

#include <QtTest>

#include <fstream>
#include <iterator>

using namespace helpdesk::mail;

namespace {
std::string message(const std::string &headers, const std::string &body)
{
    return "From: Carol <carol@acme.example>\r\nTo: support@desk.example\r\nSubject: Test\r\n"
           "Message-ID: <t1@acme.example>\r\nDate: Tue, 24 Nov 2026 10:00:00 +0000\r\n" +
           headers + "\r\n" + body;
}
} // namespace

class TestMailParser : public QObject
{
    Q_OBJECT

private slots:
    void bodiesAreDecodedToUtf8_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");
        QTest::newRow("UTF-8 quoted-printable")
            << QByteArray("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n")
            << QByteArray("Za=C5=BC=C3=B3=C5=82=C4=87") << QStringLiteral("Zażółć");
        QTest::newRow("ISO-8859-2 declared correctly") << QByteArray("Content-Type: text/plain; charset=iso-8859-2\r\n")
                                                       << QByteArray("\xbf\xf3\xb3\xe6") << QStringLiteral("żółć");
        QTest::newRow("KOI8-R Cyrillic") << QByteArray("Content-Type: text/plain; charset=koi8-r\r\n")
                                         << QByteArray("\xf0\xd2\xc9\xd7\xc5\xd4") << QStringLiteral("Привет");
        QTest::newRow("windows-1252 mislabelled as US-ASCII")
            << QByteArray("Content-Type: text/plain; charset=us-ascii\r\n") << QByteArray("caf\xe9")
            << QStringLiteral("café");
        QTest::newRow("an unknown charset name")
            << QByteArray("Content-Type: text/plain; charset=x-no-such-charset\r\n") << QByteArray("plain words")
            << QStringLiteral("plain words");
        QTest::newRow("base64 UTF-8")
            << QByteArray("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n")
            << QByteArray("0JfQtNGA0LDQstGB0YLQstGD0LnRgtC1") << QStringLiteral("Здравствуйте");
    }

    void bodiesAreDecodedToUtf8()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        auto parsed = MailParser::parse(message(headers.toStdString(), body.toStdString()));
        QCOMPARE(QString::fromStdString(parsed.text).trimmed(), text);
    }

    void encodedWordsAndFileNamesAreDecoded()
    {
        auto raw = "From: =?UTF-8?B?0JDQvdC90LA=?= <anna@example.ru>\r\nTo: support@desk.example\r\n"
                   "Subject: =?KOI8-R?B?8NLJ18XU?= and =?ISO-8859-1?Q?caf=E9?=\r\nMessage-ID: <e@x>\r\n"
                   "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
                   "Content-Type: text/plain\r\n\r\nhello\r\n--b\r\nContent-Type: application/octet-stream\r\n"
                   "Content-Disposition: attachment; filename*=UTF-8''%D0%BE%D1%82%D1%87%D0%B5%D1%82.pdf\r\n\r\nxx\r\n"
                   "--b\r\nContent-Type: application/octet-stream; name=\"=?UTF-8?Q?r=C3=A9sum=C3=A9.doc?=\"\r\n"
                   "Content-Disposition: attachment\r\n\r\nyy\r\n--b--\r\n";
        auto parsed = MailParser::parse(raw);
        QCOMPARE(QString::fromStdString(parsed.from->name), QStringLiteral("Анна"));
        QCOMPARE(QString::fromStdString(parsed.subject), QStringLiteral("Привет and café"));
        QCOMPARE(parsed.attachments.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(parsed.attachments[0].filename), QStringLiteral("отчет.pdf"));
        QCOMPARE(QString::fromStdString(parsed.attachments[1].filename), QStringLiteral("résumé.doc"));
    }

    void htmlOnlyMailIsReducedToTextAndSanitized()
    {
        auto parsed = MailParser::parse(message(
            "Content-Type: text/html; charset=utf-8\r\n",
            "<html><head><style>.x{}</style><script>steal()</script></head><body>"
            "<p>Hello&nbsp;<b>Bob</b>,</p><div>the <a href=\"javascript:alert(1)\" onclick=\"bad()\">link</a> &amp; "
            "<img src=\"https://tracker.example/pixel.gif\" onerror=\"x()\"></div><iframe "
            "src=\"https://evil\"></iframe></body></html>"));
        QVERIFY(parsed.html.has_value());
        QCOMPARE(QString::fromStdString(parsed.text), QStringLiteral("Hello Bob,\nthe link &"));
        const auto &html = *parsed.html;
        QVERIFY(html.find("script") == std::string::npos);
        QVERIFY(html.find("steal") == std::string::npos);
        QVERIFY(html.find("onclick") == std::string::npos);
        QVERIFY(html.find("onerror") == std::string::npos);
        QVERIFY(html.find("javascript:") == std::string::npos);
        QVERIFY(html.find("iframe") == std::string::npos);
        QVERIFY(html.find("tracker.example") != std::string::npos); // kept; the client blocks remote images
    }

    void forwardedMessagesAndWinmailDatAreKeptAsFiles()
    {
        auto raw = message(
            "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n",
            "--b\r\nContent-Type: text/plain\r\n\r\nsee below\r\n"
            "--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: a@b.example\r\nSubject: Original question\r\n\r\nbody\r\n"
            "--b\r\nContent-Type: application/ms-tnef; name=winmail.dat\r\nContent-Transfer-Encoding: "
            "base64\r\n\r\neJ8+IgAAAA==\r\n"
            "--b--\r\n");
        auto parsed = MailParser::parse(raw);
        QCOMPARE(parsed.text, std::string("see below"));
        QCOMPARE(parsed.attachments.size(), std::size_t(2));
        QCOMPARE(parsed.attachments[0].filename, std::string("Original question.eml"));
        QCOMPARE(parsed.attachments[0].contentType, std::string("message/rfc822"));
        QCOMPARE(parsed.attachments[1].filename, std::string("winmail.dat"));
        QCOMPARE(parsed.attachments[1].content.size(), std::size_t(7));
    }

    void automaticMailIsRecognised_data()
    {
        QTest::addColumn<QString>("headers");
        QTest::addColumn<bool>("automatic");
        QTest::newRow("Auto-Submitted: no is a person") << "Auto-Submitted: no\r\n" << false;
        QTest::newRow("Auto-Submitted: auto-generated") << "Auto-Submitted: auto-generated\r\n" << true;
        QTest::newRow("Precedence: junk") << "Precedence: junk\r\n" << true;
        QTest::newRow("List-Unsubscribe") << "List-Unsubscribe: <mailto:x@y>\r\n" << true;
        QTest::newRow("X-Loop") << "X-Loop: other-desk@example.org\r\n" << true;
        QTest::newRow("a null Return-Path") << "Return-Path: <>\r\n" << true;
        QTest::newRow("a plain message") << "" << false;
    }

    void automaticMailIsRecognised()
    {
        QFETCH(QString, headers);
        QFETCH(bool, automatic);
        auto parsed = MailParser::parse(message(headers.toStdString() + "Content-Type: text/plain\r\n", "hi\r\n"));
        QCOMPARE(parsed.autoGenerated, automatic);
        if (automatic)
            QVERIFY(!parsed.autoGeneratedReason.empty());
    }

    void notMailIsRefused_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("whitespace") << QByteArray(" \r\n\r\n");
        QTest::newRow("binary garbage") << QByteArray("\x00\x01\x02\xff\xfe garbage", 14);
        QTest::newRow("a sentence") << QByteArray("hello, this is not mail");
    }

    void notMailIsRefused()
    {
        QFETCH(QByteArray, raw);
        QVERIFY_THROWS_EXCEPTION(MailParseError, MailParser::parse(raw.toStdString()));
    }

    void inputsTheFuzzerFoundStillParseOrFailCleanly()
    {
        Poco::File dir(std::string(HELPDESK_TEST_DATA) + "/mail/fuzz-regressions");
        std::vector<std::string> names;
        dir.list(names);
        int checked = 0;
        for (const auto &name : names) {
            if (name == "README.md")
                continue;
            std::ifstream in(dir.path() + "/" + name, std::ios::binary);
            std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            try {
                MailParser::parse(raw).toJson();
            } catch (const MailParseError &) {
            }
            ++checked;
        }
        QVERIFY(checked >= 1);
    }

    void mailWithinTheLimitsReachesGMimeUnchanged_data()
    {
        QTest::addColumn<QByteArray>("raw");
        std::ifstream in(std::string(HELPDESK_TEST_DATA) + "/mail/corpus/multipart-alternative.eml", std::ios::binary);
        QTest::newRow("the corpus message") << QByteArray::fromStdString(
            std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()));
        QTest::newRow("a forwarded message") << QByteArray::fromStdString(
            message("Content-Type: multipart/mixed; boundary=b\r\n",
                    "--b\r\nContent-Type: text/plain\r\n\r\nsee below\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n"
                    "From: a@b.example\r\nSubject: Original\r\n\r\nbody\r\n--b--\r\n"));
        QTest::newRow("folded fields and LF line ends")
            << QByteArray("From: a@b.example\nTo: x@y.example,\n  z@y.example\nSubject: folded\n  subject\n\nbody\n");
    }

    void mailWithinTheLimitsReachesGMimeUnchanged()
    {
        QFETCH(QByteArray, raw);
        auto result = MailPreflight::check(raw.toStdString());
        QVERIFY(!result.reduced);
        QVERIFY(result.notes.empty());
    }

    void deepNestingIsCutHoweverTheBoundaryIsWritten_data()
    {
        QTest::addColumn<QString>("contentType"); // %1: the level's boundary
        QTest::newRow("quoted") << QStringLiteral("multipart/mixed; boundary=\"%1\"");
        QTest::newRow("a token, upper case") << QStringLiteral("MULTIPART/MIXED; BOUNDARY=%1");
        QTest::newRow("with comments") << QStringLiteral("multipart/mixed (outer); boundary=\"%1\" (the boundary)");
        QTest::newRow("RFC 2231 encoded") << QStringLiteral("multipart/mixed; boundary*=us-ascii''%1");
        QTest::newRow("RFC 2231 continued") << QStringLiteral("multipart/mixed; boundary*0=\"%1\"; boundary*1=x");
        QTest::newRow("folded over lines") << QStringLiteral("multipart/mixed;\r\n\tboundary=\"%1\"");
    }

    void deepNestingIsCutHoweverTheBoundaryIsWritten()
    {
        QFETCH(QString, contentType);
        bool continued = contentType.contains(QStringLiteral("boundary*1"));
        // A line GMime skips and a blank-looking line it reads as folding must not fool the count.
        auto fields = [&](int level) {
            return "Content-Type: " + contentType.arg(QStringLiteral("level%1").arg(level)).toStdString() +
                   "\r\nnot a header field\r\nX-Folded: a\r\n   \r\n";
        };
        auto boundary = [&](int level) { return "--level" + std::to_string(level) + (continued ? "x" : ""); };
        std::string body = boundary(0) + "\r\n", closing = boundary(0) + "--\r\n";
        for (int i = 1; i < 100; ++i) {
            body += fields(i) + "\r\n" + boundary(i) + "\r\n";
            closing = boundary(i) + "--\r\n" + closing;
        }
        auto raw = message(fields(0), body + "Content-Type: text/plain\r\n\r\nbottom\r\n" + closing);
        auto parsed = MailParser::parse(raw);
        QCOMPARE(parsed.limitNotes.size(), std::size_t(1));
        QVERIFY2(parsed.limitNotes[0].find("nests deeper than 64 levels") != std::string::npos,
                 parsed.limitNotes[0].c_str());
        QVERIFY(parsed.text.find("bottom") == std::string::npos);
    }

    void overlongFieldsKeepWhatThreadsAndAddresses()
    {
        std::string cc, references;
        for (int i = 0; i < 10000; ++i) {
            cc += (i ? ", r" : "r") + std::to_string(i) + "@example.org";
            references += " <id" + std::to_string(i) + "@example.org>";
        }
        auto parsed = MailParser::parse(message("Cc: " + cc + "\r\nReferences:" + references + "\r\n", "hi\r\n"));
        QCOMPARE(parsed.cc.size(), std::size_t(1000));
        QCOMPARE(parsed.cc.front().address, std::string("r0@example.org"));
        QCOMPARE(parsed.references.size(), std::size_t(50));
        QCOMPARE(parsed.references.back(), std::string("id9999@example.org"));
        QCOMPARE(parsed.from->address, std::string("carol@acme.example"));
        QCOMPARE(parsed.text, std::string("hi\n"));
    }

    void parseMailPrintsTheDocumentedJson()
    {
        Poco::Pipe out;
        auto handle = Poco::Process::launch(
            std::string(HELPDESK_BIN_DIR) + "/helpdesk-server",
            {"parse-mail", std::string(HELPDESK_TEST_DATA) + "/mail/corpus/multipart-alternative.eml"}, nullptr, &out,
            nullptr);
        Poco::PipeInputStream in(out);
        std::string text;
        Poco::StreamCopier::copyToString(in, text);
        QCOMPARE(handle.wait(), 0);
        auto json = helpdesk::protocol::parseJsonObject(text);
        for (const char *key : {"from", "to", "cc", "reply_to", "subject", "date", "message_id", "in_reply_to",
                                "references", "text", "html", "attachments", "auto_generated", "bounce"})
            QVERIFY2(json->has(key), key);
        // As the sender wrote it (<Carol@Acme.Example>): users are matched case-insensitively.
        QCOMPARE(json->getObject("from")->getValue<std::string>("address"), std::string("Carol@Acme.Example"));
        QCOMPARE(QString::fromStdString(json->getValue<std::string>("subject")), QStringLiteral("Drukarka nie działa"));
        QCOMPARE(json->getValue<std::string>("date"), std::string("2026-11-24T09:15:00Z"));
        auto attachments = json->getArray("attachments");
        QCOMPARE(attachments->size(), 2u);
        QCOMPARE(attachments->getObject(0)->getValue<std::string>("content_id"), std::string("logo1"));
        QCOMPARE(attachments->getObject(0)->getValue<bool>("inline"), true);
        QCOMPARE(QString::fromStdString(attachments->getObject(1)->getValue<std::string>("filename")),
                 QStringLiteral("faktura żółta.pdf"));
    }
};

QTEST_GUILESS_MAIN(TestMailParser)
#include "tst_mail_parser.moc"
