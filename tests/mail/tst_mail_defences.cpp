// Mail cannot be turned against the desk, its senders or its recipients, end to end through the
// real mailgate and a real SMTP server (aiosmtpd): a staff From counts only when our MTA's
// Authentication-Results vouch for it; forged mail gets no acknowledgement (no backscatter) and
// no acknowledgement echoes a stranger's subject; only a bounce of mail we sent marks an address
// failing, and the address recovers; floods are held for an admin; out-of-office answers leave
// their ticket as it was. The Authentication-Results reader itself is checked first.

#include "mail/AuthenticationResults.h"
#include "mail/MailParser.h"
#include "support/Desk.h"
#include "support/MailScenario.h"
#include "support/SmtpSink.h"
#include "support/WaitUntil.h"

#include <QtTest>

#include <memory>

using namespace helpdesk::test;
using helpdesk::mail::AuthenticationResults;
using helpdesk::protocol::JsonObject;

namespace {
int g_serial = 0; // numbers the addresses each row writes from

std::string uniqueId(const std::string &what)
{
    return uniqueMessageId(what, "sender.example");
}

/// A message as our MTA hands it over: `trace` (its Authentication-Results, Received) on top.
std::string inboundMail(const std::string &trace, const std::string &from, const std::string &to,
                        const std::string &subject, const std::string &messageId, const std::string &extra = {})
{
    return plainMail(from, to, subject, "Hello.", messageId, extra, trace);
}

/// A delivery status notification (RFC 3464) saying mail to `failed` bounced; it quotes the
/// headers of the bounced mail (its Message-ID `original`) unless `original` is empty.
std::string deliveryReport(const std::string &messageId, const std::string &failed, const std::string &original)
{
    return "From: MAILER-DAEMON@mx.sender.example\r\nTo: helpdesk@desk.example\r\nSubject: Undelivered Mail\r\n"
           "Message-ID: <" +
           messageId +
           ">\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
           "--b\r\nContent-Type: text/plain\r\n\r\nThe mail could not be delivered.\r\n"
           "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.sender.example\r\n\r\n"
           "Final-Recipient: rfc822; " +
           failed + "\r\nAction: failed\r\nStatus: 5.1.1\r\n" +
           (original.empty()
                ? std::string()
                : "--b\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: " + original + "\r\nSubject: x\r\n") +
           "--b--\r\n";
}

std::string authResults(const std::string &value)
{
    return "Authentication-Results: " + value + "\r\n";
}

std::vector<std::string> strings(const QStringList &list)
{
    std::vector<std::string> out;
    for (const auto &s : list)
        out.push_back(s.toStdString());
    return out;
}
} // namespace

class TestMailDefences : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<SmtpSink> m_sink;
    std::unique_ptr<MailScenario> m_mail;

    long long acknowledgementsTo(const std::string &address)
    {
        return m_desk->scalar("SELECT count(*) FROM outbound_mail WHERE kind = 'acknowledgement' AND '" + address +
                              "' = ANY (recipients)");
    }

    bool isFailing(const std::string &address)
    {
        return m_desk->scalar("SELECT email_failing::int FROM users WHERE email = '" + address + "'") == 1;
    }

    JsonObject lastArticle(std::int64_t ticketId)
    {
        auto list =
            m_desk->as("alphaFull").get("/api/v1/tickets/" + std::to_string(ticketId) + "/articles").array("articles");
        return list->getObject(list->size() - 1);
    }

    std::int64_t ticketNumber(std::int64_t ticketId)
    {
        return m_desk->scalar("SELECT number FROM tickets WHERE id = " + std::to_string(ticketId));
    }

    void setDefences(const std::string &defences)
    {
        auto r = m_desk->as("admin").patch("/api/v1/settings/mail", json(R"({"defences":)" + defences + "}"));
        QCOMPARE(r.status, 200);
    }

    std::int64_t addGroup(const std::string &name, const std::string &extra = {})
    {
        auto admin = m_desk->as("admin");
        auto r = admin.post("/api/v1/groups", json(R"({"name":")" + name + R"(","addresses":[")" + name +
                                                   R"(@desk.example"])" + extra + "}"));
        if (r.status != 201)
            qWarning("%s", r.raw.c_str());
        return r.status == 201 ? r.object("group")->getValue<std::int64_t>("id") : 0;
    }

private slots:
    void initTestCase()
    {
        m_sink = std::make_unique<SmtpSink>();
        m_sink->start();
        m_desk = std::make_unique<Desk>();
        auto settings = json(R"({"system_address":"helpdesk@desk.example","message_id_domain":"desk.example",
                                 "defences":{"trusted_authserv_ids":["mx.desk.example"]}})");
        QCOMPARE(m_desk->as("admin").patch("/api/v1/settings/mail", settings).status, 200);
        m_desk->useSmtp(m_sink->port());
        auto token = m_desk->as("admin").post("/api/v1/tokens", json(R"({"name":"mailgate"})"));
        QCOMPARE(token.status, 201);
        m_mail = std::make_unique<MailScenario>(*m_desk, *m_sink, token.body->getValue<std::string>("token"));
    }

    void cleanupTestCase()
    {
        m_mail.reset();
        m_desk.reset();
        m_sink.reset();
    }

    void authenticationResultsAreReadStrictly_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("read");
        QTest::addColumn<int>("results");
        QTest::addColumn<QString>("first");
        QTest::newRow("a typical field with SPF, DKIM and DMARC is read")
            << "mx.desk.example; spf=pass smtp.mailfrom=a@b.example; dkim=pass header.d=b.example header.s=s1;"
               " dmarc=pass (p=reject dis=none) header.from=b.example"
            << true << 3 << "spf=pass";
        QTest::newRow("a version, comments and a reason are read")
            << "MX.Desk.Example 1 (our relay); (checked) DKIM = fail (bad signature) reason=\"body hash\" "
               "header.d=b.example"
            << true << 1 << "dkim=fail";
        QTest::newRow("a field saying no checks ran is read") << "mx.desk.example; none" << true << 0 << "";
        QTest::newRow("a quoted authserv-id is read")
            << "\"mx.desk.example\"; spf=pass smtp.mailfrom=b.example" << true << 1 << "spf=pass";
        QTest::newRow("an authserv-id alone is refused") << "mx.desk.example" << false << 0 << "";
        QTest::newRow("a property without a type is refused")
            << "mx.desk.example; spf=pass mailfrom=b.example" << false << 0 << "";
        QTest::newRow("a method without a result is refused") << "mx.desk.example; spf=" << false << 0 << "";
        QTest::newRow("an unterminated comment is refused") << "mx.desk.example; spf=pass (oops" << false << 0 << "";
        QTest::newRow("an unterminated quoted string is refused")
            << "mx.desk.example; spf=pass smtp.mailfrom=\"b.example" << false << 0 << "";
        QTest::newRow("comments nested nine deep are refused")
            << "mx.desk.example; spf=pass (((((((((x)))))))))" << false << 0 << "";
        QString many = QStringLiteral("mx.desk.example");
        for (int i = 0; i < 33; ++i)
            many += QStringLiteral("; spf=pass");
        QTest::newRow("more than 32 results are refused") << many << false << 0 << "";
        QTest::newRow("a field over 8 KiB is refused")
            << QStringLiteral("mx.desk.example; spf=pass smtp.mailfrom=") + QString(9000, QLatin1Char('a')) << false
            << 0 << "";
    }

    void authenticationResultsAreReadStrictly()
    {
        QFETCH(QString, value);
        QFETCH(bool, read);
        QFETCH(int, results);
        QFETCH(QString, first);
        auto parsed = AuthenticationResults::parse(value.toStdString());
        QCOMPARE(parsed.has_value(), read);
        if (!parsed)
            return;
        QCOMPARE(parsed->authservId, std::string("mx.desk.example"));
        QCOMPARE(int(parsed->results.size()), results);
        if (results > 0)
            QCOMPARE(QString::fromStdString(parsed->results[0].method + "=" + parsed->results[0].result), first);
    }

    void onlyOurTrustedServersVouchForASender_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<bool>("vouched");
        QTest::addColumn<bool>("failed");
        QTest::newRow("DMARC pass from our MTA vouches")
            << QStringList{QStringLiteral("mx.desk.example; dmarc=pass header.from=test.example")} << true << false;
        QTest::newRow("SPF pass for the From domain vouches")
            << QStringList{QStringLiteral("mx.desk.example; spf=pass smtp.mailfrom=bounce@test.example")} << true
            << false;
        QTest::newRow("DKIM pass for the From domain vouches")
            << QStringList{QStringLiteral("mx.desk.example; dkim=pass header.d=test.example")} << true << false;
        QTest::newRow("DKIM pass for another domain does not")
            << QStringList{QStringLiteral("mx.desk.example; dkim=pass header.d=evil.example")} << false << false;
        QTest::newRow("DMARC pass judged for another domain does not")
            << QStringList{QStringLiteral("mx.desk.example; dmarc=pass header.from=evil.example")} << false << false;
        QTest::newRow("a pass from a server we do not trust does not")
            << QStringList{QStringLiteral("mx.evil.example; dmarc=pass header.from=test.example")} << false << false;
        QTest::newRow("our MTA's SPF fail outranks a pass beside it")
            << QStringList{QStringLiteral("mx.desk.example; spf=fail smtp.mailfrom=test.example"),
                           QStringLiteral("mx.desk.example; dkim=pass header.d=test.example")}
            << false << true;
        QTest::newRow("DMARC fail is a failure")
            << QStringList{QStringLiteral("mx.desk.example; dmarc=fail header.from=test.example")} << false << true;
        QTest::newRow("no field at all neither vouches nor fails") << QStringList{} << false << false;
    }

    void onlyOurTrustedServersVouchForASender()
    {
        QFETCH(QStringList, fields);
        QFETCH(bool, vouched);
        QFETCH(bool, failed);
        auto verdict = helpdesk::mail::judgeSender(strings(fields), {"mx.desk.example"}, "sue@test.example");
        QCOMPARE(verdict.vouched, vouched);
        QCOMPARE(verdict.spfOrDmarcFailed, failed);
        QVERIFY(!verdict.summary.empty());
    }

    void onlyTheTopmostAuthenticationResultsAreKept()
    {
        // Our MTA's field on top; one the sender wrote further down, under a Received field.
        auto raw = inboundMail(authResults("mx.desk.example; spf=none smtp.mailfrom=evil.example") +
                                   "Received: from evil.example by mx.desk.example\r\n" +
                                   authResults("mx.desk.example; dmarc=pass header.from=test.example"),
                               "sue@test.example", "alpha@desk.example", "Hi", uniqueId("topmost"));
        auto parsed = helpdesk::mail::MailParser::parse(raw);
        QCOMPARE(parsed.authenticationResults.size(), std::size_t(1));
        QVERIFY(parsed.authenticationResults.front().find("spf=none") != std::string::npos);
    }

    void aStaffFromCountsOnlyWhenOurMtaVouchesForIt_data()
    {
        QTest::addColumn<QString>("trace");
        QTest::addColumn<bool>("staff");
        QTest::newRow("our MTA's DMARC pass makes it the supervisor's")
            << QString::fromStdString(authResults("mx.desk.example; dmarc=pass header.from=test.example")) << true;
        QTest::newRow("without Authentication-Results it is an unverified outsider's") << QString() << false;
        QTest::newRow("a pass from a server we do not trust is unverified")
            << QString::fromStdString(authResults("mx.evil.example; dmarc=pass header.from=test.example")) << false;
        QTest::newRow("SPF pass for another domain is unverified")
            << QString::fromStdString(authResults("mx.desk.example; spf=pass smtp.mailfrom=evil.example")) << false;
        QTest::newRow("a pass the sender wrote below our MTA's fields is unverified")
            << QString::fromStdString(authResults("mx.desk.example; spf=none smtp.mailfrom=evil.example") +
                                      "Received: from evil.example\r\n" +
                                      authResults("mx.desk.example; dmarc=pass header.from=test.example"))
            << false;
    }

    void aStaffFromCountsOnlyWhenOurMtaVouchesForIt()
    {
        QFETCH(QString, trace);
        QFETCH(bool, staff);
        auto id = uniqueId("staff");
        QCOMPARE(m_mail->deliver(inboundMail(trace.toStdString(), "Sue <supervisor@test.example>", "alpha@desk.example",
                                             "Please refund order 7", id)),
                 0);
        auto inbound = m_mail->inboundFor(id);
        QVERIFY(inbound);
        QCOMPARE(inbound->getValue<std::string>("state"), std::string("processed"));
        auto ticketId = inbound->getValue<std::int64_t>("ticket_id");
        auto article = lastArticle(ticketId);
        QCOMPARE(article->getValue<std::string>("sender"), std::string(staff ? "agent" : "customer"));
        QCOMPARE(article->getValue<bool>("sender_unverified"), !staff);
        auto warning = "[Ticket#" + std::to_string(ticketNumber(ticketId)) + "] Unverified sender";
        if (staff) {
            QVERIFY(m_desk->waitUntilMailSettled());
            QCOMPARE(m_mail->mailTo("alphaFull@test.example", warning).size(), std::size_t(0));
        } else {
            // The group's agent (nobody owns the new ticket) is told whose name was used.
            QVERIFY(m_mail->waitForMailTo("alphaFull@test.example", 1, warning));
            auto text =
                helpdesk::mail::MailParser::parse(m_mail->mailTo("alphaFull@test.example", warning).front().raw).text;
            QVERIFY2(text.find("supervisor@test.example") != std::string::npos, text.c_str());
        }
    }

    void anUnverifiedStaffFromCannotJoinAnyTicketByItsNumber_data()
    {
        QTest::addColumn<bool>("vouched");
        QTest::newRow("vouched for, the supervisor's mail joins the customer's ticket") << true;
        QTest::newRow("unverified, it opens a ticket of its own") << false;
    }

    void anUnverifiedStaffFromCannotJoinAnyTicketByItsNumber()
    {
        QFETCH(bool, vouched);
        auto carols = m_desk->openTicket("Alpha", "carol", "Carol's private matter");
        auto id = uniqueId("join");
        auto trace = vouched ? authResults("mx.desk.example; dkim=pass header.d=test.example") : std::string();
        QCOMPARE(m_mail->deliver(
                     inboundMail(trace, "supervisor@test.example", "alpha@desk.example",
                                 "[Ticket#" + std::to_string(ticketNumber(carols)) + "] Send me the details", id)),
                 0);
        auto inbound = m_mail->inboundFor(id);
        QVERIFY(inbound);
        QCOMPARE(inbound->getValue<std::int64_t>("ticket_id") == carols, vouched);
    }

    void forgedMailGetsNoAcknowledgement_data()
    {
        QTest::addColumn<QString>("result");
        QTest::addColumn<bool>("acknowledged");
        QTest::newRow("SPF fail: no acknowledgement to the forged sender")
            << "mx.desk.example; spf=fail smtp.mailfrom=victim.example" << false;
        QTest::newRow("DMARC fail: no acknowledgement to the forged sender")
            << "mx.desk.example; dmarc=fail header.from=victim.example" << false;
        QTest::newRow("SPF pass: acknowledged") << "mx.desk.example; spf=pass smtp.mailfrom=victim.example" << true;
        QTest::newRow("a fail from a server we do not trust changes nothing")
            << "mx.evil.example; spf=fail smtp.mailfrom=victim.example" << true;
    }

    void forgedMailGetsNoAcknowledgement()
    {
        QFETCH(QString, result);
        QFETCH(bool, acknowledged);
        auto from = "victim" + std::to_string(++g_serial) + "@victim.example";
        auto id = uniqueId("forged");
        QCOMPARE(m_mail->deliver(inboundMail(authResults(result.toStdString()), from, "alpha@desk.example",
                                             "Cheap pills at spam.example", id)),
                 0);
        auto inbound = m_mail->inboundFor(id);
        QVERIFY(inbound);
        auto number = std::to_string(ticketNumber(inbound->getValue<std::int64_t>("ticket_id")));
        if (!acknowledged) {
            QVERIFY(m_desk->waitUntilMailSettled());
            QCOMPARE(acknowledgementsTo(from), 0LL);
            QCOMPARE(m_mail->mailTo(from).size(), std::size_t(0));
            return;
        }
        QVERIFY(m_mail->waitForMailTo(from));
        auto ack = m_mail->mailTo(from).front();
        // The stranger's words are not carried back: neither in the subject nor in the text.
        QCOMPARE(ack.header("Subject"), "[Ticket#" + number + "] We received your message");
        QVERIFY(helpdesk::mail::MailParser::parse(ack.raw).text.find("pills") == std::string::npos);
    }

    void anAdminMayLetTheAcknowledgementEchoTheSubject()
    {
        QVERIFY(addGroup("gamma", R"(,"acknowledgement_subject":"Re: {ticket_title}")"));
        auto id = uniqueId("echo");
        QCOMPARE(m_mail->deliver(inboundMail({}, "frank@sender.example", "gamma@desk.example", "Printer jam", id),
                                 "gamma@desk.example"),
                 0);
        QVERIFY(m_mail->inboundFor(id));
        QVERIFY(m_mail->waitForMailTo("frank@sender.example"));
        QVERIFY(m_mail->mailTo("frank@sender.example").front().header("Subject").find("] Re: Printer jam") !=
                std::string::npos);
    }

    void onlyABounceOfOurOwnMailMarksAnAddressFailing_data()
    {
        QTest::addColumn<QString>("reportedId"); // "ack": the acknowledgement's Message-ID
        QTest::addColumn<bool>("namesTheRecipient");
        QTest::addColumn<bool>("failing");
        QTest::newRow("a report about our acknowledgement to its recipient") << "ack" << true << true;
        QTest::newRow("a forged report with a made-up id") << "made-up-1@desk.example" << true << false;
        QTest::newRow("our real id, but naming someone the mail never went to") << "ack" << false << false;
    }

    void onlyABounceOfOurOwnMailMarksAnAddressFailing()
    {
        QFETCH(QString, reportedId);
        QFETCH(bool, namesTheRecipient);
        QFETCH(bool, failing);
        auto customer = "bounce" + std::to_string(++g_serial) + "@sender.example";
        auto bystander = "bystander" + std::to_string(g_serial) + "@sender.example";
        for (const auto &who : {customer, bystander}) {
            auto id = uniqueId("pre-bounce");
            QCOMPARE(m_mail->deliver(inboundMail({}, who, "alpha@desk.example", "Hello", id)), 0);
            QVERIFY(m_mail->inboundFor(id));
        }
        QVERIFY(m_mail->waitForMailTo(customer));
        auto ackId = m_mail->mailTo(customer).front().header("Message-ID");
        auto original = reportedId == QStringLiteral("ack") ? ackId : "<" + reportedId.toStdString() + ">";
        auto reported = namesTheRecipient ? customer : bystander;
        auto dsnId = uniqueId("dsn");
        QCOMPARE(m_mail->deliver(deliveryReport(dsnId, reported, original), "helpdesk@desk.example"), 0);
        auto inbound = m_mail->inboundFor(dsnId);
        QVERIFY(inbound);
        // A forged report is kept (raw, with the reason) and does nothing else.
        QCOMPARE(inbound->getValue<std::string>("state"), std::string(failing ? "processed" : "ignored"));
        QCOMPARE(isFailing(reported), failing);
        QCOMPARE(isFailing(customer) || isFailing(bystander), failing);
    }

    void aBounceToOurSignedReturnPathNamesTheMailItIsAbout_data()
    {
        QTest::addColumn<QString>("returnPath"); // "ours": the reply's own; else a forged one
        QTest::addColumn<bool>("namesTheRecipient");
        QTest::addColumn<bool>("failing");
        QTest::newRow("a report to the reply's return path, quoting nothing of it") << "ours" << true << true;
        QTest::newRow("a report to a return path with a forged signature")
            << "bounces+1.0123456789abcdef@desk.example" << true << false;
        QTest::newRow("a report to the reply's return path naming someone else") << "ours" << false << false;
    }

    void aBounceToOurSignedReturnPathNamesTheMailItIsAbout()
    {
        QFETCH(QString, returnPath);
        QFETCH(bool, namesTheRecipient);
        QFETCH(bool, failing);
        auto customer = "verp" + std::to_string(++g_serial) + "@sender.example";
        auto id = uniqueId("verp");
        QCOMPARE(m_mail->deliver(inboundMail({}, customer, "alpha@desk.example", "Hello", id)), 0);
        auto ticketId = m_mail->inboundFor(id)->getValue<std::int64_t>("ticket_id");
        QCOMPARE(m_desk->as("alphaFull")
                     .post("/api/v1/tickets/" + std::to_string(ticketId) + "/articles",
                           json(R"({"channel":"email","body_text":"Here is the answer."})"))
                     .status,
                 201);
        auto tag = "[Ticket#" + std::to_string(ticketNumber(ticketId)) + "]";
        QVERIFY(m_mail->waitForMailTo(customer, 2, tag)); // the acknowledgement and the reply
        auto reply = m_mail->mailTo(customer, tag).back();
        // The reply's envelope sender names it, signed, at the group address's domain.
        auto envelopeFrom = reply.header("X-MailFrom");
        QVERIFY2(envelopeFrom.rfind("bounces+", 0) == 0 && envelopeFrom.find("@desk.example") != std::string::npos,
                 envelopeFrom.c_str());

        auto dsnId = uniqueId("verp-dsn");
        auto to = returnPath == QStringLiteral("ours") ? envelopeFrom : returnPath.toStdString();
        QCOMPARE(m_mail->deliver(deliveryReport(dsnId, namesTheRecipient ? customer : "carol@test.example", {}), to),
                 0);
        auto inbound = m_mail->inboundFor(dsnId);
        QVERIFY(inbound);
        QCOMPARE(inbound->getValue<std::string>("state"), std::string(failing ? "processed" : "ignored"));
        QCOMPARE(isFailing(customer), failing);
        QVERIFY(!isFailing("carol@test.example"));
        if (failing) // the agents read on the ticket that their reply did not arrive
            QVERIFY(lastArticle(ticketId)->getValue<std::string>("body_text").find("5.1.1") != std::string::npos);
    }

    void aFailingAddressRecovers_data()
    {
        QTest::addColumn<bool>("ownerWrites"); // else an agent's mail to it is accepted
        QTest::newRow("when its owner writes again") << true;
        QTest::newRow("when mail to it is accepted by the SMTP server") << false;
    }

    void aFailingAddressRecovers()
    {
        QFETCH(bool, ownerWrites);
        auto customer = "recover" + std::to_string(++g_serial) + "@sender.example";
        auto id = uniqueId("recover");
        QCOMPARE(m_mail->deliver(inboundMail({}, customer, "alpha@desk.example", "Hello", id)), 0);
        auto ticketId = m_mail->inboundFor(id)->getValue<std::int64_t>("ticket_id");
        QVERIFY(m_desk->waitUntilMailSettled());
        m_desk->exec("UPDATE users SET email_failing = true, email_failure = 'bounce 5.2.2' WHERE email = '" +
                     customer + "'");
        QVERIFY(isFailing(customer));
        if (ownerWrites) {
            auto again = uniqueId("again");
            QCOMPARE(m_mail->deliver(inboundMail({}, customer, "alpha@desk.example", "Still there?", again)), 0);
            QVERIFY(m_mail->inboundFor(again));
        } else {
            QCOMPARE(m_desk->as("alphaFull")
                         .post("/api/v1/tickets/" + std::to_string(ticketId) + "/articles",
                               json(R"({"channel":"email","body_text":"We fixed it."})"))
                         .status,
                     201);
            QVERIFY(m_mail->waitForMailTo(customer, 1, "[Ticket#" + std::to_string(ticketNumber(ticketId)) + "]"));
            QVERIFY(m_desk->waitUntilMailSettled());
        }
        QVERIFY(!isFailing(customer));
    }

    void aFloodIsHeldForAnAdmin()
    {
        setDefences(R"({"new_tickets_per_sender_per_hour":2})");
        const std::string flooder = "flood@sender.example";
        std::vector<std::string> ids;
        for (int i = 0; i < 4; ++i) {
            ids.push_back(uniqueId("flood"));
            QCOMPARE(m_mail->deliver(
                         inboundMail({}, flooder, "alpha@desk.example", "Flood " + std::to_string(i), ids.back())),
                     0);
        }
        std::vector<JsonObject> inbound;
        inbound.reserve(ids.size());
        for (const auto &id : ids)
            inbound.push_back(m_mail->inboundFor(id));
        QCOMPARE(inbound[0]->getValue<std::string>("state"), std::string("processed"));
        QCOMPARE(inbound[1]->getValue<std::string>("state"), std::string("processed"));
        for (int i : {2, 3}) {
            QCOMPARE(inbound[i]->getValue<std::string>("state"), std::string("held"));
            QVERIFY(inbound[i]->isNull("ticket_id"));
            QVERIFY(inbound[i]->getValue<std::string>("error").find("held for review") != std::string::npos);
        }
        // Held: no ticket, no acknowledgement, no agent hears of it; admins find it in the list.
        QVERIFY(m_desk->waitUntilMailSettled());
        QCOMPARE(acknowledgementsTo(flooder), 2LL);
        QCOMPARE(m_mail->mailTo("alphaFull@test.example", "Flood 2").size(), std::size_t(0));
        auto admin = m_desk->as("admin");
        QCOMPARE(admin.get("/api/v1/mail/inbound?state=held").array("messages")->size(), 2u);

        auto held = std::to_string(inbound[2]->getValue<std::int64_t>("id"));
        auto released = admin.post("/api/v1/mail/inbound/" + held + "/release", json("{}"));
        QCOMPARE(released.status, 200);
        QCOMPARE(released.object("message")->getValue<std::string>("state"), std::string("pending"));
        QVERIFY(waitUntil(
            [&] {
                return m_desk->scalar("SELECT count(*) FROM inbound_messages WHERE id = " + held +
                                      " AND state = 'processed' AND ticket_id IS NOT NULL") == 1;
            },
            std::chrono::seconds(15), "the released mail opens its ticket"));
        QVERIFY(m_mail->waitForMailTo("alphaFull@test.example", 1, "Flood 2")); // processed as if it had just arrived
        QVERIFY(m_desk->waitUntilMailSettled());
        QCOMPARE(acknowledgementsTo(flooder), 3LL);

        auto other = std::to_string(inbound[3]->getValue<std::int64_t>("id"));
        QCOMPARE(admin.post("/api/v1/mail/inbound/" + other + "/discard", json("{}")).status, 200);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM inbound_messages WHERE id = " + other +
                                " AND state = 'ignored' AND ticket_id IS NULL AND length(raw) > 0"),
                 1LL);
        auto again = admin.post("/api/v1/mail/inbound/" + other + "/release", json("{}"));
        QCOMPARE(again.status, 409); // settled once
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM audit_log WHERE object_kind = 'inbound_message'"), 2LL);
        setDefences(R"({"new_tickets_per_sender_per_hour":20})");
    }

    void aFloodIntoOneGroupIsHeld()
    {
        QVERIFY(addGroup("delta"));
        setDefences(R"({"new_tickets_per_group_per_hour":1})");
        auto first = uniqueId("group-flood"), second = uniqueId("group-flood");
        QCOMPARE(m_mail->deliver(inboundMail({}, "one@sender.example", "delta@desk.example", "One", first),
                                 "delta@desk.example"),
                 0);
        QCOMPARE(m_mail->deliver(inboundMail({}, "two@sender.example", "delta@desk.example", "Two", second),
                                 "delta@desk.example"),
                 0);
        QCOMPARE(m_mail->inboundFor(first)->getValue<std::string>("state"), std::string("processed"));
        auto held = m_mail->inboundFor(second);
        QCOMPARE(held->getValue<std::string>("state"), std::string("held"));
        QVERIFY(held->getValue<std::string>("error").find("in this group") != std::string::npos);
        // The stranger behind the held mail did not become a customer.
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM users WHERE email = 'two@sender.example'"), 0LL);
        setDefences(R"({"new_tickets_per_group_per_hour":200})");
    }

    void outOfOfficeRepliesLeaveTheTicketAsItWas_data()
    {
        QTest::addColumn<QString>("subjectPrefix");
        QTest::addColumn<QString>("headers");
        QTest::addColumn<bool>("automatic");
        QTest::newRow("Auto-Submitted: auto-replied") << "Re: "
                                                      << "Auto-Submitted: auto-replied\r\n"
                                                      << true;
        QTest::newRow("X-Autoreply") << "Re: "
                                     << "X-Autoreply: yes\r\n"
                                     << true;
        QTest::newRow("Precedence: auto_reply") << "Re: "
                                                << "Precedence: auto_reply\r\n"
                                                << true;
        QTest::newRow("an out-of-office subject") << "Out of Office: "
                                                  << "" << true;
        QTest::newRow("a person's reply reopens it and runs the triggers") << "Re: "
                                                                           << "" << false;
    }

    void outOfOfficeRepliesLeaveTheTicketAsItWas()
    {
        QFETCH(QString, subjectPrefix);
        QFETCH(QString, headers);
        QFETCH(bool, automatic);
        auto admin = m_desk->as("admin");
        static std::int64_t closed = 0;
        if (!closed) {
            auto trigger = admin.post("/api/v1/triggers", json(R"({"name":"Replies","event":"customer_reply",
                                               "conditions":{"title_contains":"Away check"},
                                               "actions":{"add_tags":["replied"]}})"));
            QCOMPARE(trigger.status, 201);
            auto states = admin.get("/api/v1/states").array("states");
            for (unsigned i = 0; i < states->size(); ++i)
                if (states->getObject(i)->getValue<std::string>("state_type") == "closed")
                    closed = states->getObject(i)->getValue<std::int64_t>("id");
            QVERIFY(closed);
        }
        auto customer = "away" + std::to_string(++g_serial) + "@sender.example";
        auto id = uniqueId("away");
        QCOMPARE(m_mail->deliver(inboundMail({}, customer, "alpha@desk.example", "Away check", id)), 0);
        auto ticketId = m_mail->inboundFor(id)->getValue<std::int64_t>("ticket_id");
        auto path = "/api/v1/tickets/" + std::to_string(ticketId);
        QCOMPARE(m_desk->as("alphaFull").patch(path, json(R"({"state_id":)" + std::to_string(closed) + "}")).status,
                 200);

        auto reply = uniqueId("away-reply");
        QCOMPARE(m_mail->deliver(inboundMail({}, customer, "alpha@desk.example",
                                             subjectPrefix.toStdString() + "[Ticket#" +
                                                 std::to_string(ticketNumber(ticketId)) + "] Away check",
                                             reply, headers.toStdString())),
                 0);
        auto inbound = m_mail->inboundFor(reply);
        QCOMPARE(inbound->getValue<std::int64_t>("ticket_id"), ticketId);
        auto article = lastArticle(ticketId);
        QCOMPARE(article->getValue<std::string>("from"), customer); // on the ticket for all to read
        // "system": not the customer's message, so it sets no SLA due time either.
        QCOMPARE(article->getValue<std::string>("sender"), std::string(automatic ? "system" : "customer"));
        auto ticket = m_desk->as("alphaFull").get(path).object("ticket");
        QCOMPARE(ticket->getValue<std::int64_t>("state_id") == closed, automatic);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM trigger_runs WHERE ticket_id = " + std::to_string(ticketId)),
                 automatic ? 0LL : 1LL);
    }

    void anOutOfOfficeReplySetsNoSlaDueTime_data()
    {
        QTest::addColumn<bool>("automatic");
        QTest::newRow("an out-of-office answer leaves the ticket without an update due") << true;
        QTest::newRow("a person's reply sets the next update due") << false;
    }

    void anOutOfOfficeReplySetsNoSlaDueTime()
    {
        QFETCH(bool, automatic);
        auto admin = m_desk->as("admin");
        static bool slaReady = false;
        if (!slaReady) {
            auto calendar = admin.post("/api/v1/calendars", json(R"({"name":"Always","time_zone":"UTC","hours":{
                "mon":[["00:00","24:00"]],"tue":[["00:00","24:00"]],"wed":[["00:00","24:00"]],
                "thu":[["00:00","24:00"]],"fri":[["00:00","24:00"]],"sat":[["00:00","24:00"]],
                "sun":[["00:00","24:00"]]}})"));
            QCOMPARE(calendar.status, 201);
            auto sla = admin.post("/api/v1/slas",
                                  json(R"({"name":"Alpha updates","update_minutes":30,"calendar_id":)" +
                                       std::to_string(calendar.object("calendar")->getValue<std::int64_t>("id")) +
                                       R"(,"condition":{"group_ids":[)" + std::to_string(m_desk->alpha()) + "]}}"));
            QCOMPARE(sla.status, 201);
            slaReady = true;
        }
        auto customer = "sla" + std::to_string(++g_serial) + "@sender.example";
        auto id = uniqueId("sla");
        QCOMPARE(m_mail->deliver(inboundMail({}, customer, "alpha@desk.example", "Due check", id)), 0);
        auto ticketId = m_mail->inboundFor(id)->getValue<std::int64_t>("ticket_id");
        auto path = "/api/v1/tickets/" + std::to_string(ticketId);
        auto agent = m_desk->as("alphaFull");
        QCOMPARE(agent.post(path + "/articles", json(R"({"channel":"email","body_text":"On it."})")).status, 201);
        QVERIFY(agent.get(path).object("ticket")->isNull("update_due_at")); // answered: nothing due

        auto reply = uniqueId("sla-reply");
        QCOMPARE(m_mail->deliver(inboundMail({}, customer, "alpha@desk.example",
                                             "Re: [Ticket#" + std::to_string(ticketNumber(ticketId)) + "] Due check",
                                             reply, automatic ? "Auto-Submitted: auto-replied\r\n" : "")),
                 0);
        QCOMPARE(m_mail->inboundFor(reply)->getValue<std::int64_t>("ticket_id"), ticketId);
        QCOMPARE(agent.get(path).object("ticket")->isNull("update_due_at"), automatic);
    }

    void theDefenceSettingsAreChecked_data()
    {
        QTest::addColumn<QString>("defences");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("an authserv-id with a space is refused")
            << R"({"trusted_authserv_ids":["mx desk"]})" << 422 << "defences.trusted_authserv_ids";
        QTest::newRow("a negative limit is refused")
            << R"({"new_tickets_per_sender_per_hour":-1})" << 422 << "defences.new_tickets_per_sender_per_hour";
        QTest::newRow("an unknown key is refused") << R"({"dmarc":true})" << 400 << "defences.dmarc";
    }

    void theDefenceSettingsAreChecked()
    {
        QFETCH(QString, defences);
        QFETCH(int, status);
        QFETCH(QString, field);
        auto r =
            m_desk->as("admin").patch("/api/v1/settings/mail", json(R"({"defences":)" + defences.toStdString() + "}"));
        QCOMPARE(r.status, status);
        QCOMPARE(QString::fromStdString(r.errorField()), field);
        auto settings = m_desk->as("admin").get("/api/v1/settings/mail").object("settings")->getObject("defences");
        QCOMPARE(settings->getArray("trusted_authserv_ids")->getElement<std::string>(0),
                 std::string("mx.desk.example"));
    }
};

QTEST_GUILESS_MAIN(TestMailDefences)
#include "tst_mail_defences.moc"
