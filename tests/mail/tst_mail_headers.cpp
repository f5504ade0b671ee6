// The header fields of real-world mail: who sent a message when From has no address (Reply-To,
// Sender, Return-Path, the mbox From line), text before the header block, addresses as the
// sender wrote them (and matched to people case-insensitively), encoded words, and the rule
// `parse-mail --explain` names for each field.

#include "mail/MailParser.h"
#include "support/Desk.h"
#include "support/MailScenario.h"
#include "support/SmtpSink.h"

#include <QProcess>
#include <QtTest>

#include <memory>

using namespace helpdesk::mail;
using namespace helpdesk::test;

namespace {
/// A message with `headers` (and a Subject and Message-ID) after `prelude`.
std::string mailWith(const std::string &prelude, const std::string &headers, const std::string &subject = "Printer")
{
    return prelude + headers + "Subject: " + subject +
           "\r\nMessage-ID: <h1@customer.example>\r\nContent-Type: text/plain\r\n\r\nbody\r\n";
}

/// The first rule the parser recorded for `field` ("" when none).
QString ruleFor(const ParsedMail &mail, const std::string &field)
{
    for (const auto &[name, rule] : mail.explanation)
        if (name == field)
            return QString::fromStdString(rule);
    return {};
}

/// `name <address>` per mailbox, `|` between them: what a reader of the list sees.
QString written(const std::vector<MailAddress> &list)
{
    QStringList out;
    for (const auto &a : list)
        out << QString::fromStdString((a.name.empty() ? "" : a.name + " ") + "<" + a.address + ">");
    return out.join(QLatin1Char('|'));
}
} // namespace

class TestMailHeaders : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<SmtpSink> m_sink; // not started: acknowledgements wait in the outbox
    std::string m_mailgateToken;

private slots:
    void initTestCase()
    {
        m_sink = std::make_unique<SmtpSink>();
        m_desk = std::make_unique<Desk>();
        auto token = m_desk->as("admin").post("/api/v1/tokens", json(R"({"name":"mailgate"})"));
        QCOMPARE(token.status, 201);
        m_mailgateToken = token.body->getValue<std::string>("token");
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_sink.reset();
    }

    void theSenderFallsBackInTheStatedOrder_data()
    {
        QTest::addColumn<QByteArray>("prelude");
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QString>("sender"); // "name <address>", "" for none
        QTest::addColumn<QString>("rule");
        QTest::newRow("a From with an address is the sender, whatever else there is")
            << QByteArray() << QByteArray("From: Anna <anna@example.com>\r\nReply-To: desk@example.com\r\n")
            << "Anna <anna@example.com>"
            << "From header";
        QTest::newRow("a From with a name and no address keeps its name with Reply-To's address")
            << QByteArray()
            << QByteArray("From: \"Anna Nowak\" <>\r\nReply-To: Robot <anna.nowak@example.com>\r\n"
                          "Sender: sec@example.com\r\n")
            << "Anna Nowak <anna.nowak@example.com>"
            << "Reply-To (From had no address; the name is From's)";
        QTest::newRow("no From: Reply-To with its own name")
            << QByteArray() << QByteArray("Reply-To: Bob <bob@example.com>\r\nSender: sec@example.com\r\n")
            << "Bob <bob@example.com>"
            << "Reply-To (no From header)";
        QTest::newRow("an empty From and no Reply-To: Sender")
            << QByteArray()
            << QByteArray("From: \r\nSender: Secretary <sec@example.com>\r\nReturn-Path: <rp@example.com>\r\n")
            << "Secretary <sec@example.com>"
            << "Sender (From had no address)";
        QTest::newRow("a From that is no address: Return-Path")
            << QByteArray() << QByteArray("From: not an address\r\nReturn-Path: <bounce@example.com>\r\n")
            << "<bounce@example.com>"
            << "Return-Path (From had no address)";
        QTest::newRow("no From and a null Return-Path: the mbox From line")
            << QByteArray("From carol@example.org Thu Jan  8 01:25:25 2015\r\n") << QByteArray("Return-Path: <>\r\n")
            << "<carol@example.org>"
            << "the mbox From line (no From header)";
        QTest::newRow("no address anywhere: no sender")
            << QByteArray("From MAILER-DAEMON Thu Jan  8 01:25:25 2015\r\n")
            << QByteArray("From: \"Nobody\" <>\r\nReturn-Path: <>\r\n") << QString()
            << "no sender: From had no address, and no Reply-To, Sender, Return-Path or mbox From line with an address";
    }

    void theSenderFallsBackInTheStatedOrder()
    {
        QFETCH(QByteArray, prelude);
        QFETCH(QByteArray, headers);
        QFETCH(QString, sender);
        QFETCH(QString, rule);
        auto mail = MailParser::parse(mailWith(prelude.toStdString(), headers.toStdString()));
        QCOMPARE(mail.from ? written({*mail.from}) : QString(), sender);
        QCOMPARE(ruleFor(mail, "from"), rule);
    }

    void parseMailExplainsTheSenderFallback()
    {
        QProcess process;
        process.start(QStringLiteral(HELPDESK_BIN_DIR "/helpdesk-server"),
                      {QStringLiteral("parse-mail"), QStringLiteral("--explain"),
                       QStringLiteral(HELPDESK_TEST_DATA "/mail/corpus/headers-from-without-address.eml")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        auto json = helpdesk::protocol::parseJsonObject(process.readAllStandardOutput().toStdString());
        QCOMPARE(QString::fromStdString(json->getObject("from")->getValue<std::string>("address")),
                 QStringLiteral("anna.nowak@example.com"));
        QCOMPARE(QString::fromStdString(json->getObject("from")->getValue<std::string>("name")),
                 QStringLiteral("Anna Nowak"));
        auto explain = json->getObject("explain");
        QCOMPARE(QString::fromStdString(explain->getArray("from")->getElement<std::string>(0)),
                 QStringLiteral("Reply-To (From had no address; the name is From's)"));
        for (const char *field :
             {"header_block", "to", "cc", "reply_to", "subject", "date", "message_id", "in_reply_to", "references"})
            QVERIFY2(explain->has(field), field);
    }

    void textBeforeTheHeaderBlockIsSkipped_data()
    {
        QTest::addColumn<QByteArray>("prelude");
        QTest::addColumn<QString>("rule");
        QTest::newRow("nothing before") << QByteArray() << "the header block starts at line 1";
        QTest::newRow("a forwarding client's banner")
            << QByteArray("---- Original email message ----\r\n") << "skipped 1 line before the first header block";
        QTest::newRow("an mbox separator")
            << QByteArray("From MAILER-DAEMON Fri Jul  8 12:08:34 2011\r\n")
            << "skipped 1 line before the first header block (an mbox From line among them)";
        QTest::newRow("blank lines") << QByteArray("\r\n\r\n \r\n") << "skipped 3 lines before the first header block";
        QTest::newRow("a banner, a blank line and a sentence with a colon")
            << QByteArray("-----Original Message-----\r\n\r\nPlease see: below\r\n")
            << "skipped 3 lines before the first header block";
        QTest::newRow("a UTF-8 byte-order mark")
            << QByteArray("\xEF\xBB\xBF") << "the header block starts after a byte-order mark";
        QTest::newRow("LF line ends") << QByteArray("---- Original email message ----\n\n")
                                      << "skipped 2 lines before the first header block";
    }

    void textBeforeTheHeaderBlockIsSkipped()
    {
        QFETCH(QByteArray, prelude);
        QFETCH(QString, rule);
        auto mail = MailParser::parse(mailWith(prelude.toStdString(), "From: Carol <carol@customer.example>\r\n"));
        QCOMPARE(written({*mail.from}), QStringLiteral("Carol <carol@customer.example>"));
        QCOMPARE(mail.subject, std::string("Printer"));
        QCOMPARE(mail.messageId.value_or(""), std::string("h1@customer.example"));
        QCOMPARE(mail.text, std::string("body\n"));
        QCOMPARE(ruleFor(mail, "header_block"), rule);
    }

    void textWithoutAHeaderBlockIsRefused_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("prose") << QByteArray("Hello,\r\nthis is not mail.\r\n");
        QTest::newRow("a banner and prose") << QByteArray("---- Original email message ----\r\nno headers here\r\n");
        QTest::newRow("one unknown field and prose") << QByteArray("Note: call me\r\n\r\nthanks\r\n");
    }

    void textWithoutAHeaderBlockIsRefused()
    {
        QFETCH(QByteArray, raw);
        QVERIFY_THROWS_EXCEPTION(MailParseError, MailParser::parse(raw.toStdString()));
    }

    void addressesAreReadAsWritten_data()
    {
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("read");
        QTest::newRow("case kept") << QByteArray("John.Doe@Example.COM") << "<John.Doe@Example.COM>";
        QTest::newRow("a trailing dot in the domain") << QByteArray("john@example.com.") << "<john@example.com.>";
        QTest::newRow("a quoted local part") << QByteArray("\"john doe\"@example.com") << "<\"john doe\"@example.com>";
        QTest::newRow("unusual but legal characters")
            << QByteArray("o'brien+tag/x=y{z}~!#$%&*^_`|@example.com") << "<o'brien+tag/x=y{z}~!#$%&*^_`|@example.com>";
        QTest::newRow("a group without members") << QByteArray("undisclosed-recipients:;") << "";
        QTest::newRow("a group with members, then an address")
            << QByteArray("Team: a@example.com, B <b@example.com>;, c@example.com")
            << "<a@example.com>|B <b@example.com>|<c@example.com>";
        QTest::newRow("no angle brackets")
            << QByteArray("a@example.com, b@example.com") << "<a@example.com>|<b@example.com>";
        QTest::newRow("a semicolon between addresses")
            << QByteArray("a@example.com; b@example.com") << "<a@example.com>|<b@example.com>";
        QTest::newRow("a comment names the mailbox")
            << QByteArray("john@example.com (John Doe)") << "John Doe <john@example.com>";
        QTest::newRow("a comment after angle brackets names it too")
            << QByteArray("<john@example.com> (John Doe)") << "John Doe <john@example.com>";
        QTest::newRow("an encoded display name")
            << QByteArray("=?UTF-8?Q?J=C3=B6rg_M=C3=BCller?= <joerg@example.de>") << "Jörg Müller <joerg@example.de>";
        QTest::newRow("adjacent encoded words join without the space between them")
            << QByteArray("=?UTF-8?Q?Zu?= =?UTF-8?Q?zanna?= <z@example.pl>") << "Zuzanna <z@example.pl>";
        QTest::newRow("base64 words with padding, folded")
            << QByteArray("=?UTF-8?B?SsO2cmc=?=\r\n =?UTF-8?B?IE3DvGxsZXI=?= <joerg@example.de>")
            << "Jörg Müller <joerg@example.de>";
        QTest::newRow("an encoded word holding a comma")
            << QByteArray("=?UTF-8?Q?Doe,_Jane?= <jane@example.com>") << "Doe, Jane <jane@example.com>";
        QTest::newRow("a name with specials left unquoted") << QByteArray("Max Kohl | [example.com] <kohl@example.com>")
                                                            << "Max Kohl | [example.com] <kohl@example.com>";
        QTest::newRow("an unquoted comma in a name")
            << QByteArray("Doe, John <j@example.com>, x@example.com") << "Doe, John <j@example.com>|<x@example.com>";
        QTest::newRow("a quoted name with escapes")
            << QByteArray("\"Smith, \\\"Bob\\\"\" <bob@example.com>") << "Smith, \"Bob\" <bob@example.com>";
        QTest::newRow("a name that is an address")
            << QByteArray("\"a@example.com\" <b@example.com>") << "a@example.com <b@example.com>";
        QTest::newRow("words that are no address are left out")
            << QByteArray("not-an-address, c@example.com") << "<c@example.com>";
        QTest::newRow("a source route and mailto: are dropped")
            << QByteArray("<@relay.example:x@example.com>, <mailto:y@example.com>")
            << "<x@example.com>|<y@example.com>";
        QTest::newRow("blanks inside angle brackets")
            << QByteArray("Ann < ann@example.com >") << "Ann <ann@example.com>";
        QTest::newRow("blanks beside @ and dots") << QByteArray("<ann @ example . com>") << "<ann@example.com>";
        QTest::newRow("blanks between words of a local part are kept")
            << QByteArray("\"your secret past\" <power quadrant  system@example.com>")
            << "your secret past <power quadrant system@example.com>";
        QTest::newRow("an encoded word as the local part is decoded")
            << QByteArray("=?utf-8?Q?agent?=@example.com, =?utf-8?Q?attacker?Q?agent?=@victim.example")
            << "<agent@example.com>|<attacker?Q?agent@victim.example>";
        QTest::newRow("an encoded local part that would change the domain stays encoded")
            << QByteArray("=?utf-8?Q?boss=40other.example?=@example.com")
            << "<=?utf-8?Q?boss=40other.example?=@example.com>";
        QTest::newRow("an unclosed quote") << QByteArray("\"Ann <ann@example.com>") << "\"Ann <ann@example.com>";
        QTest::newRow("a domain literal") << QByteArray("root@[IPv6:2001:db8::1]") << "<root@[IPv6:2001:db8::1]>";
    }

    void addressesAreReadAsWritten()
    {
        QFETCH(QByteArray, to);
        QFETCH(QString, read);
        auto mail = MailParser::parse(mailWith("", "From: a@example.com\r\nTo: " + to.toStdString() + "\r\n"));
        QCOMPARE(written(mail.to), read);
        QCOMPARE(ruleFor(mail, "to"), read.isEmpty() ? QStringLiteral("To header: no usable address (a group or an "
                                                                      "empty list)")
                                                     : QStringLiteral("To header"));
    }

    void hostileAddressFieldsAreReadInLinearTime_data()
    {
        QTest::addColumn<QByteArray>("unit"); // repeated to fill a 100 KB To field, then a real address
        QTest::newRow("comments that never close") << QByteArray("(\"");
        QTest::newRow("quotes and comments that never close") << QByteArray("\"a\" (b ");
        QTest::newRow("domain literals that never close") << QByteArray("[");
        QTest::newRow("encoded-word openings") << QByteArray("=?");
        QTest::newRow("empty encoded words back to back") << QByteArray("=?utf-8?q?");
    }

    void hostileAddressFieldsAreReadInLinearTime()
    {
        QFETCH(QByteArray, unit);
        std::string field;
        while (field.size() < 100000)
            field += unit.toStdString();
        QElapsedTimer timer;
        timer.start();
        auto mail = MailParser::parse(mailWith("", "From: a@example.com\r\nTo: " + field + " <x@example.com>\r\n"));
        // Rescanning the field from each opening would take seconds; a linear read takes milliseconds.
        QVERIFY2(timer.elapsed() < 1000, std::to_string(timer.elapsed()).c_str());
        QCOMPARE(mail.to.size(), std::size_t(1));
        QCOMPARE(mail.to.front().address, std::string("x@example.com"));
    }

    void encodedWordsAreDecoded_data()
    {
        QTest::addColumn<QByteArray>("subject");
        QTest::addColumn<QString>("read");
        QTest::addColumn<QString>("rule");
        QTest::newRow("plain text") << QByteArray("Printer  on fire") << "Printer  on fire"
                                    << "Subject header";
        QTest::newRow("a word in the middle of text")
            << QByteArray("Re: =?UTF-8?Q?caf=C3=A9?= order") << "Re: café order"
            << "Subject header, encoded words decoded";
        QTest::newRow("adjacent words lose the space between them")
            << QByteArray("=?UTF-8?Q?Dru?= =?UTF-8?Q?karka?=") << "Drukarka"
            << "Subject header, encoded words decoded";
        QTest::newRow("a word glued to text") << QByteArray("Invoice=?UTF-8?Q?_n=C2=BA?=42") << "Invoice nº42"
                                              << "Subject header, encoded words decoded";
        QTest::newRow("base64 words with padding, folded")
            << QByteArray("=?UTF-8?B?YWI=?=\r\n =?UTF-8?B?Y2Q=?=") << "abcd"
            << "Subject header, encoded words decoded";
        QTest::newRow("an encoded line break becomes a space")
            << QByteArray("=?UTF-8?Q?first_line=0D=0Asecond?=") << "first line second"
            << "Subject header, encoded words decoded, encoded line breaks read as spaces";
        QTest::newRow("a first word that starts with a line break keeps the words after it")
            << QByteArray("=?UTF-8?B?DQpIZWxsbw==?=\r\n =?UTF-8?B?IHdvcmxk?=") << "Hello world"
            << "Subject header, encoded words decoded, encoded line breaks read as spaces";
        QTest::newRow("words of two charsets")
            << QByteArray("=?ISO-8859-2?Q?dzia=B3a?= =?UTF-8?Q?_=C5=BC?=") << "działa ż"
            << "Subject header, encoded words decoded";
    }

    void encodedWordsAreDecoded()
    {
        QFETCH(QByteArray, subject);
        QFETCH(QString, read);
        QFETCH(QString, rule);
        auto mail = MailParser::parse(mailWith("", "From: a@example.com\r\n", subject.toStdString()));
        QCOMPARE(QString::fromStdString(mail.subject), read);
        QCOMPARE(ruleFor(mail, "subject"), rule);
    }

    void anAddressInAnotherCaseIsTheSameCustomer()
    {
        MailScenario mail(*m_desk, *m_sink, m_mailgateToken);
        auto first = uniqueMessageId("case-first");
        QCOMPARE(mail.deliver(plainMail("Frank Upper <Frank.Upper@Customer.Example>", "alpha@desk.example",
                                        "Printer broken", "It prints nothing.", first)),
                 0);
        auto opened = mail.inboundFor(first);
        QVERIFY(opened);
        QCOMPARE(opened->getValue<std::string>("state"), std::string("processed"));
        auto reply = uniqueMessageId("case-reply");
        QCOMPARE(mail.deliver(plainMail("frank.upper@customer.example", "alpha@desk.example", "Re: Printer broken",
                                        "Still nothing.", reply, "In-Reply-To: <" + first + ">\r\n")),
                 0);
        auto answered = mail.inboundFor(reply);
        QVERIFY(answered);
        QCOMPARE(answered->getValue<std::int64_t>("ticket_id"), opened->getValue<std::int64_t>("ticket_id"));
        // One person, keyed by the lower-cased address; the article shows the address as written.
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM users WHERE lower(email) = 'frank.upper@customer.example'"), 1LL);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM users WHERE email = 'frank.upper@customer.example'"), 1LL);
        auto articles =
            m_desk->as("alphaFull")
                .get("/api/v1/tickets/" + std::to_string(opened->getValue<std::int64_t>("ticket_id")) + "/articles")
                .array("articles");
        QCOMPARE(articles->getObject(0)->getValue<std::string>("from"),
                 std::string("Frank Upper <Frank.Upper@Customer.Example>"));
    }

    void mailWithoutAFromAddressOpensATicketForTheFallbackSender()
    {
        MailScenario mail(*m_desk, *m_sink, m_mailgateToken);
        auto id = uniqueMessageId("no-from");
        QCOMPARE(mail.deliver("---- Original email message ----\r\n\r\nFrom: \"Gina Ferro\" <>\r\n"
                              "Reply-To: gina@customer.example\r\nTo: alpha@desk.example\r\nSubject: Scanner\r\n"
                              "Message-ID: <" +
                              id + ">\r\n\r\nThe scanner jams.\r\n"),
                 0);
        auto inbound = mail.inboundFor(id);
        QVERIFY(inbound);
        QCOMPARE(inbound->getValue<std::string>("state"), std::string("processed"));
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM tickets t JOIN users u ON u.id = t.customer_id WHERE t.id = " +
                                std::to_string(inbound->getValue<std::int64_t>("ticket_id")) +
                                " AND u.email = 'gina@customer.example' AND u.name = 'Gina Ferro'"),
                 1LL);
    }
};

QTEST_GUILESS_MAIN(TestMailHeaders)
#include "tst_mail_headers.moc"
