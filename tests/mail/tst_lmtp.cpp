// The LMTP listener (RFC 2033) against a real client: Python's smtplib.LMTP for what an MTA does
// (LHLO, a transaction with several recipients, SIZE), and a socket of our own where smtplib cannot
// be made to do it (pipelined commands, a message with no declared size, a line without end).
// Each accepted recipient gets its own reply; 250 means the raw message is stored (and here
// interpreted into a ticket with its acknowledgement queued); a message over the size limit is
// refused with 552; with the database away every recipient hears 451 and nothing is lost.

#include "support/Desk.h"

#include <Poco/JSON/Parser.h>
#include <Poco/Net/DialogSocket.h>
#include <Poco/Net/SocketAddress.h>

#include <QProcess>
#include <QTemporaryFile>
#include <QtTest>

#include <chrono>
#include <memory>

using namespace helpdesk::test;

namespace {
/// The LMTP client of Python's standard library, driven as an MTA would: LHLO, then either
/// `sendmail` (MAIL with SIZE, RCPT, DATA in one call) or the steps one by one, reading the one
/// reply per recipient after DATA that smtplib's sendmail does not read (bpo-32803).
const char *kClient = R"PY(
import json, smtplib, sys
host, port, mode, sender, recipients, path = sys.argv[1:7]
recipients = recipients.split(',')
message = open(path, 'rb').read()
out = {}
try:
    client = smtplib.LMTP(host, int(port), timeout=30)
    out['lhlo'] = client.ehlo()[0]
    out['features'] = sorted(client.esmtp_features.keys())
    out['size'] = client.esmtp_features.get('size', '')
    if mode == 'sendmail':
        try:
            client.sendmail(sender, recipients, message)
            out['sendmail'] = 'ok'
        except smtplib.SMTPSenderRefused as e:
            out['refused'] = [e.smtp_code, e.smtp_error.decode()]
    else:
        out['mail'] = client.mail(sender)[0]
        out['rcpt'] = [client.rcpt(r)[0] for r in recipients]
        code, text = client.data(message)
        replies = [[code, text.decode()]]
        for _ in recipients[1:]:
            code, text = client.getreply()
            replies.append([code, text.decode()])
        out['data'] = replies
    client.quit()
except Exception as e:
    out['error'] = repr(e)
print(json.dumps(out))
)PY";

std::string customerMail(const std::string &from, const std::string &subject, const std::string &messageId,
                         const std::string &body = "The printer is broken.")
{
    return "From: Customer <" + from + ">\r\nTo: alpha@desk.example\r\nSubject: " + subject +
           "\r\nDate: Tue, 24 Nov 2026 10:00:00 +0000\r\nMessage-ID: <" + messageId +
           ">\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n";
}

/// A reply after DATA: its code and its text.
struct Reply {
    int code = 0;
    std::string text;
};
} // namespace

class TestLmtp : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;

    int lmtpPort() { return m_desk->server().server().lmtpPort(); }

    /// Runs the smtplib client; its JSON answer.
    Poco::JSON::Object::Ptr smtplib(const std::string &mode, const std::string &sender, const std::string &recipients,
                                    const std::string &message)
    {
        QTemporaryFile file;
        if (!file.open())
            qFatal("no temporary file");
        file.write(message.data(), static_cast<qint64>(message.size()));
        file.flush();
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QString::fromUtf8(kClient), QStringLiteral("127.0.0.1"),
                      QString::number(lmtpPort()), QString::fromStdString(mode), QString::fromStdString(sender),
                      QString::fromStdString(recipients), file.fileName()});
        if (!python.waitForFinished(60000))
            qFatal("the smtplib client did not finish");
        auto output = python.readAllStandardOutput().toStdString();
        if (output.empty())
            qFatal("smtplib client: %s", python.readAllStandardError().constData());
        return Poco::JSON::Parser().parse(output).extract<Poco::JSON::Object::Ptr>();
    }

    static std::vector<Reply> dataReplies(const Poco::JSON::Object::Ptr &out)
    {
        std::vector<Reply> replies;
        if (auto list = out->getArray("data"))
            for (unsigned i = 0; i < list->size(); ++i)
                replies.push_back(
                    {list->getArray(i)->getElement<int>(0), list->getArray(i)->getElement<std::string>(1)});
        return replies;
    }

    /// A socket speaking LMTP by hand and the status of its greeting (220, or 421 when busy).
    std::pair<std::unique_ptr<Poco::Net::DialogSocket>, int> open()
    {
        auto socket = std::make_unique<Poco::Net::DialogSocket>(Poco::Net::SocketAddress("127.0.0.1", lmtpPort()));
        socket->setReceiveTimeout(Poco::Timespan(30, 0));
        std::string greeting;
        int status = socket->receiveStatusMessage(greeting);
        return {std::move(socket), status};
    }

    /// A socket past the greeting; the previous test's connections may take a moment to be gone.
    std::unique_ptr<Poco::Net::DialogSocket> connect()
    {
        for (int attempt = 0; attempt < 100; ++attempt) {
            auto [socket, status] = open();
            if (status == 220)
                return std::move(socket);
            QTest::qWait(50);
        }
        qFatal("no LMTP greeting");
    }

    /// The code of the first reply after DATA (0 when there was none).
    int firstDataReply(const Poco::JSON::Object::Ptr &out)
    {
        auto replies = dataReplies(out);
        return replies.empty() ? 0 : replies.front().code;
    }

private slots:
    void initTestCase()
    {
        m_desk = std::make_unique<Desk>([](helpdesk::app::ServerConfig &config) {
            config.lmtpListen = "127.0.0.1:0";
            config.lmtp.maxConnections = 4;
            config.lmtp.commandTimeout = std::chrono::seconds(3);
        });
        QVERIFY(lmtpPort() > 0);
    }

    void aNewCustomersMailOpensATicketForEachRecipientsReply()
    {
        auto out = smtplib("steps", "bounces@customer.example", "alpha@desk.example,beta@desk.example",
                           customerMail("new.customer@customer.example", "Printer broken", "lmtp-1@customer.example"));
        QVERIFY2(!out->has("error"), out->optValue<std::string>("error", "").c_str());
        QCOMPARE(out->getValue<int>("lhlo"), 250);
        auto features = out->getArray("features");
        for (const char *feature : {"8bitmime", "enhancedstatuscodes", "pipelining", "size"}) {
            bool found = false;
            for (unsigned i = 0; i < features->size(); ++i)
                found = found || features->getElement<std::string>(i) == feature;
            QVERIFY2(found, feature);
        }
        QCOMPARE(out->getValue<std::string>("size"), std::string("26214400"));
        QCOMPARE(out->getValue<int>("mail"), 250);
        auto replies = dataReplies(out);
        QCOMPARE(replies.size(), std::size_t(2)); // one per accepted recipient, in RCPT order
        QCOMPARE(replies[0].code, 250);
        QVERIFY2(replies[0].text.rfind("2.0.0 <alpha@desk.example>", 0) == 0, replies[0].text.c_str());
        QCOMPARE(replies[1].code, 250);
        QVERIFY2(replies[1].text.rfind("2.0.0 <beta@desk.example>", 0) == 0, replies[1].text.c_str());

        // Kept raw as delivered (with the envelope sender in front), once: both recipients name one message.
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM inbound_messages WHERE source = 'lmtp'"), 1LL);
        QCOMPARE(QString::fromStdString(m_desk->text("SELECT convert_from(substring(raw from 1 for 45), 'UTF8') "
                                                     "FROM inbound_messages WHERE source = 'lmtp'")),
                 QStringLiteral("Return-Path: <bounces@customer.example>\r\nFrom"));
        QCOMPARE(m_desk->text("SELECT envelope_recipient FROM inbound_messages WHERE source = 'lmtp'"),
                 std::string("alpha@desk.example"));
        QTRY_COMPARE(m_desk->text("SELECT state FROM inbound_messages WHERE source = 'lmtp'"),
                     std::string("processed"));
        // A ticket in the group of the address it went to, from a new customer, who is acknowledged.
        auto ticket = m_desk->scalar("SELECT ticket_id FROM inbound_messages WHERE source = 'lmtp'");
        QCOMPARE(m_desk->scalar("SELECT group_id FROM tickets WHERE id = " + std::to_string(ticket)),
                 static_cast<long long>(m_desk->alpha()));
        QCOMPARE(m_desk->text("SELECT title FROM tickets WHERE id = " + std::to_string(ticket)),
                 std::string("Printer broken"));
        QCOMPARE(m_desk->text("SELECT u.email FROM tickets t JOIN users u ON u.id = t.customer_id WHERE t.id = " +
                              std::to_string(ticket)),
                 std::string("new.customer@customer.example"));
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM outbound_mail WHERE kind = 'acknowledgement' AND ticket_id = " +
                                std::to_string(ticket)),
                 1LL);
    }

    void pipelinedCommandsGetTheirRepliesInOrder()
    {
        auto socket = connect();
        // One write with every command up to DATA (RFC 2920: DATA ends a group).
        socket->sendString("LHLO mta.example\r\nMAIL FROM:<a@customer.example> BODY=8BITMIME\r\n"
                           "RCPT TO:<alpha@desk.example>\r\nRCPT TO:<alpha@desk.example>\r\nNOOP\r\nDATA\r\n");
        std::string text;
        QCOMPARE(socket->receiveStatusMessage(text), 250); // LHLO (several lines)
        QCOMPARE(socket->receiveStatusMessage(text), 250); // MAIL
        QCOMPARE(socket->receiveStatusMessage(text), 250); // RCPT
        QCOMPARE(socket->receiveStatusMessage(text), 250); // the same RCPT again
        QCOMPARE(socket->receiveStatusMessage(text), 250); // NOOP
        QCOMPARE(socket->receiveStatusMessage(text), 354);
        // The end of the message and the next transaction in one write; a stuffed dot comes out single.
        socket->sendString(customerMail("pipelined@customer.example", "Pipelined", "lmtp-2@customer.example",
                                        "..a line starting with a dot") +
                           ".\r\nRSET\r\nQUIT\r\n");
        QCOMPARE(socket->receiveStatusMessage(text), 250); // one reply per successful RCPT, twice the same address
        QVERIFY2(text.find("2.0.0 <alpha@desk.example>") != std::string::npos, text.c_str());
        QCOMPARE(socket->receiveStatusMessage(text), 250);
        QCOMPARE(socket->receiveStatusMessage(text), 250); // RSET
        QCOMPARE(socket->receiveStatusMessage(text), 221);
        QTRY_COMPARE(QString::fromStdString(m_desk->text(
                         "SELECT a.body_text FROM articles a WHERE a.message_id = 'lmtp-2@customer.example'")),
                     QStringLiteral(".a line starting with a dot\n"));
    }

    void commandsOutOfOrderOrTooLongAreRefused()
    {
        auto socket = connect();
        std::string text;
        socket->sendMessage("MAIL FROM:<a@customer.example>");
        QCOMPARE(socket->receiveStatusMessage(text), 503); // LHLO first
        socket->sendMessage("EHLO mta.example");
        QCOMPARE(socket->receiveStatusMessage(text), 500); // this is LMTP
        socket->sendMessage("LHLO mta.example");
        QCOMPARE(socket->receiveStatusMessage(text), 250);
        socket->sendMessage("DATA");
        QCOMPARE(socket->receiveStatusMessage(text), 503); // no transaction
        socket->sendMessage("MAIL FROM:<a@customer.example>");
        QCOMPARE(socket->receiveStatusMessage(text), 250);
        socket->sendMessage("DATA");
        QCOMPARE(socket->receiveStatusMessage(text), 503); // no recipient
        socket->sendMessage("RCPT TO:<" + std::string(5000, 'x') + "@desk.example>");
        QCOMPARE(socket->receiveStatusMessage(text), 500);
        QVERIFY2(text.find("5.5.2") != std::string::npos, text.c_str());
        socket->sendMessage("QUIT");
        QCOMPARE(socket->receiveStatusMessage(text), 221);
    }

    void anIdleClientIsToldAndClosed()
    {
        auto socket = connect();
        std::string text;
        // The server's command time-out here is 3 s; the reply comes without any command.
        QCOMPARE(socket->receiveStatusMessage(text), 421);
        QVERIFY2(text.find("4.4.2") != std::string::npos, text.c_str());
    }

    void connectionsOverTheLimitAreToldToComeBack()
    {
        std::vector<std::unique_ptr<Poco::Net::DialogSocket>> held;
        held.reserve(4);
        for (int i = 0; i < 4; ++i)
            held.push_back(connect());
        Poco::Net::DialogSocket extra(Poco::Net::SocketAddress("127.0.0.1", lmtpPort()));
        extra.setReceiveTimeout(Poco::Timespan(30, 0));
        std::string text;
        QCOMPARE(extra.receiveStatusMessage(text), 421);
        QVERIFY2(text.find("4.3.2") != std::string::npos, text.c_str());
        held.clear();
        // Once they are gone, a new connection is served again.
        QTRY_COMPARE_WITH_TIMEOUT(open().second, 220, 10000);
    }

    void anOversizedMessageIsRefusedWithItsHeadersRecorded()
    {
        auto admin = m_desk->as("admin");
        admin.patch("/api/v1/settings/mail", json(R"({"max_message_bytes":4096})"));
        struct Restore {
            ApiClient &admin;
            ~Restore() { admin.patch("/api/v1/settings/mail", json(R"({"max_message_bytes":26214400})")); }
        } restore{admin};
        auto big = customerMail("big@customer.example", "Big", "lmtp-big@customer.example", std::string(20000, 'x'));

        // smtplib declares the size (SIZE=…) and is refused before sending the message.
        QTRY_COMPARE(smtplib("steps", "big@customer.example", "alpha@desk.example",
                             customerMail("x@customer.example", "x", "lmtp-probe@customer.example"))
                         ->getValue<std::string>("size"),
                     std::string("4096"));
        auto out = smtplib("sendmail", "big@customer.example", "alpha@desk.example", big);
        QVERIFY2(out->has("refused"), "the declared size was accepted");
        QCOMPARE(out->getArray("refused")->getElement<int>(0), 552);
        QVERIFY(out->getArray("refused")->getElement<std::string>(1).find("5.3.4") != std::string::npos);

        // A client that does not declare it hears 552 for each recipient after the message.
        auto socket = connect();
        std::string text;
        socket->sendString("LHLO mta.example\r\nMAIL FROM:<big@customer.example>\r\nRCPT TO:<alpha@desk.example>\r\n"
                           "RCPT TO:<beta@desk.example>\r\nDATA\r\n");
        for (int i = 0; i < 4; ++i)
            QCOMPARE(socket->receiveStatusMessage(text), 250);
        QCOMPARE(socket->receiveStatusMessage(text), 354);
        socket->sendString(big + ".\r\n");
        QCOMPARE(socket->receiveStatusMessage(text), 552);
        QVERIFY2(text.find("5.3.4 <alpha@desk.example>") != std::string::npos, text.c_str());
        QCOMPARE(socket->receiveStatusMessage(text), 552);
        QVERIFY2(text.find("5.3.4 <beta@desk.example>") != std::string::npos, text.c_str());
        // The connection goes on.
        socket->sendMessage("NOOP");
        QCOMPARE(socket->receiveStatusMessage(text), 250);
        // Recorded as refused with its headers, never as a ticket.
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM inbound_messages WHERE source = 'lmtp' AND state = 'refused' "
                                "AND convert_from(raw, 'UTF8') LIKE '%Subject: Big%'"),
                 1LL);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM articles WHERE message_id = 'lmtp-big@customer.example'"), 0LL);
    }

    // Last: it stops the database.
    void withTheDatabaseAwayEveryRecipientHearsATemporaryFailure()
    {
        m_desk->database().stop();
        struct Start {
            Desk &desk;
            bool done = false;
            void now()
            {
                desk.database().start();
                done = true;
            }
            ~Start()
            {
                if (!done)
                    now();
            }
        } start{*m_desk};
        auto message = customerMail("outage@customer.example", "During the outage", "lmtp-outage@customer.example");
        auto out = smtplib("steps", "outage@customer.example", "alpha@desk.example,beta@desk.example", message);
        QVERIFY2(!out->has("error"), out->optValue<std::string>("error", "").c_str());
        auto replies = dataReplies(out);
        QCOMPARE(replies.size(), std::size_t(2));
        for (const auto &reply : replies) {
            QCOMPARE(reply.code, 451); // the MTA keeps the message and retries
            QVERIFY2(reply.text.rfind("4.3.0", 0) == 0, reply.text.c_str());
        }
        start.now();
        // The MTA's retry is accepted and makes the ticket.
        QTRY_COMPARE_WITH_TIMEOUT(
            firstDataReply(smtplib("steps", "outage@customer.example", "alpha@desk.example", message)), 250, 30000);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM inbound_messages WHERE source = 'lmtp' AND "
                                "convert_from(raw, 'UTF8') LIKE '%lmtp-outage@customer.example%'"),
                 1LL);
        // Interpreted at once, or (while the job queue is still reconnecting) by its job: run that now
        // rather than within its minute.
        m_desk->exec("UPDATE jobs SET run_at = now() WHERE queue = 'mail.inbound' AND state = 'pending'");
        QTRY_COMPARE(m_desk->scalar("SELECT count(*) FROM articles WHERE message_id = 'lmtp-outage@customer.example'"),
                     1LL);
    }
};

QTEST_GUILESS_MAIN(TestLmtp)
#include "tst_lmtp.moc"
