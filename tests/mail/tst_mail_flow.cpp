// The mail channel end to end, against a real SMTP server (aiosmtpd) and the real mailgate
// executable: the acceptance list of a real migration (a customer e-mail opens a ticket and is
// acknowledged, the reply lands on its ticket, phone and outbound tickets mail the customer),
// duplicates, automatic mail and loops, an SMTP outage, strangers quoting a ticket number,
// bounces, bad messages, and who is told of customer mail.

#include "mail/MailParser.h"
#include "support/Desk.h"
#include "support/MailScenario.h"
#include "support/SmtpSink.h"
#include "support/WaitUntil.h"

#include <Poco/Net/ServerSocket.h>

#include <QtTest>

#include <pqxx/pqxx>

#include <memory>

using namespace helpdesk::test;
using helpdesk::protocol::JsonObject;
using helpdesk::protocol::newObject;

namespace {
std::string uniqueId(const std::string &what)
{
    return uniqueMessageId(what);
}

/// A plain customer message.
std::string customerMail(const std::string &from, const std::string &to, const std::string &subject,
                         const std::string &body, const std::string &messageId, const std::string &extraHeaders = {})
{
    return plainMail(from, to, subject, body, messageId, extraHeaders);
}
} // namespace

class TestMailFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<SmtpSink> m_sink;
    std::string m_mailgateToken;

    /// Pipes a message into helpdesk-mailgate as an MTA would; returns its exit code.
    int mailgate(const std::string &raw, const std::string &recipient = "alpha@desk.example", int port = 0,
                 const std::string &token = {})
    {
        return MailScenario(*m_desk, *m_sink, m_mailgateToken).deliver(raw, recipient, port, token);
    }

    /// The inbound entry of a Message-ID once processing has finished (null after 10 s).
    JsonObject inboundFor(const std::string &messageId)
    {
        return MailScenario(*m_desk, *m_sink, m_mailgateToken).inboundFor(messageId);
    }

    std::vector<ReceivedMail> mailTo(const std::string &address)
    {
        return MailScenario(*m_desk, *m_sink, m_mailgateToken).mailTo(address);
    }

    bool waitForMailTo(const std::string &address, std::size_t count, int ms = 20000)
    {
        return MailScenario(*m_desk, *m_sink, m_mailgateToken)
            .waitForMailTo(address, count, {}, std::chrono::milliseconds(ms));
    }

    /// Outbound mail with `address` among its recipients as queued, sent or not: about one ticket
    /// (`ticketId` 0: any or none), of one kind (empty: any).
    long long queuedMailTo(std::int64_t ticketId, const std::string &address, const std::string &kind = {})
    {
        return m_desk->scalar("SELECT count(*) FROM outbound_mail WHERE array_to_string(recipients, ',') ILIKE '%" +
                              address + "%'" +
                              (ticketId ? " AND ticket_id = " + std::to_string(ticketId) : std::string()) +
                              (kind.empty() ? std::string() : " AND kind = '" + kind + "'"));
    }

    /// The text of a received mail as a mail client shows it (transfer encoding undone).
    static std::string decodedText(const ReceivedMail &mail)
    {
        return helpdesk::mail::MailParser::parse(mail.raw).text;
    }

    std::int64_t ticketIdOf(const JsonObject &inbound) { return inbound->getValue<std::int64_t>("ticket_id"); }

    JsonObject ticket(std::int64_t id)
    {
        return m_desk->as("alphaFull").get("/api/v1/tickets/" + std::to_string(id)).object("ticket");
    }

    unsigned articleCount(std::int64_t id)
    {
        return m_desk->as("alphaFull")
            .get("/api/v1/tickets/" + std::to_string(id) + "/articles")
            .array("articles")
            ->size();
    }

private slots:
    void initTestCase()
    {
        m_sink = std::make_unique<SmtpSink>();
        m_sink->start();
        m_desk = std::make_unique<Desk>();
        auto admin = m_desk->as("admin");
        auto settings = newObject();
        settings->set("system_address", "helpdesk@desk.example");
        settings->set("noreply_address", "noreply@desk.example");
        settings->set("message_id_domain", "desk.example");
        auto smtp = newObject();
        smtp->set("host", "127.0.0.1");
        smtp->set("port", m_sink->port());
        smtp->set("security", "none");
        settings->set("smtp", smtp);
        QCOMPARE(admin.patch("/api/v1/settings/mail", settings).status, 200);
        auto token = admin.post("/api/v1/tokens", json(R"({"name":"mailgate"})"));
        QCOMPARE(token.status, 201);
        m_mailgateToken = token.body->getValue<std::string>("token");
        auto signature = json(R"({"signature":"{agent_name}, {group_name} team"})");
        QCOMPARE(admin.patch("/api/v1/groups/" + std::to_string(m_desk->alpha()), signature).status, 200);
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_sink.reset();
    }

    void aCustomerMailOpensATicketAndIsAcknowledged()
    {
        auto id = uniqueId("first");
        QCOMPARE(mailgate(customerMail("Frank Client <frank@customer.example>", "alpha@desk.example", "Printer broken",
                                       "The printer prints nothing.", id)),
                 0);
        auto inbound = inboundFor(id);
        QVERIFY(inbound);
        QCOMPARE(inbound->getValue<std::string>("state"), std::string("processed"));
        auto t = ticket(ticketIdOf(inbound));
        QCOMPARE(t->getValue<std::string>("title"), std::string("Printer broken"));
        QCOMPARE(t->getValue<std::int64_t>("group_id"), m_desk->alpha());
        // The stranger's new account reaches the agents' user lists, as a customer typed in by staff does.
        auto announced = [&] {
            auto events = m_desk->as("alphaFull").get("/api/v1/events?after=0&limit=5000").array("events");
            for (unsigned i = 0; events && i < events->size(); ++i) {
                auto e = events->getObject(i);
                if (e->getValue<std::string>("kind") == "user.created" &&
                    helpdesk::protocol::toJsonText(e).find("frank@customer.example") != std::string::npos)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(announced()); // the feed shows an event once no earlier transaction is still open
        QVERIFY(waitForMailTo("frank@customer.example", 1));
        auto ack = mailTo("frank@customer.example").front();
        auto number = std::to_string(t->getValue<std::int64_t>("number"));
        QVERIFY2(ack.header("Subject").find("[Ticket#" + number + "]") != std::string::npos,
                 ack.header("Subject").c_str());
        QCOMPARE(ack.header("Auto-Submitted"), std::string("auto-replied"));
        QCOMPARE(ack.header("X-Auto-Response-Suppress"), std::string("All"));
        QCOMPARE(ack.header("X-Loop"), std::string("helpdesk@desk.example"));
        QCOMPARE(ack.header("In-Reply-To"), "<" + id + ">");
        QCOMPARE(ack.header("X-MailFrom"), std::string("<>")); // null envelope sender: bounces cannot loop
        // The group's agent with full access is told; the read-only member is not.
        QVERIFY(waitForMailTo("alphaFull@test.example", 1));
        QVERIFY(m_desk->waitUntilMailSettled()); // a mail to the read-only member would be out by now
        QCOMPARE(mailTo("alphaRead@test.example").size(), std::size_t(0));
        QCOMPARE(queuedMailTo(ticketIdOf(inbound), "alphaRead@test.example"), 0LL);
    }

    void theAcknowledgementSpeaksTheCustomersLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expectedSubject");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("an Austrian customer gets the group's German text") << "de-AT"
                                                                           << "Ihre Anfrage: Drucker"
                                                                           << "Vielen Dank";
        QTest::newRow("a French customer, with no French text of the group's, gets the French default, which does "
                      "not echo the subject")
            << "fr"
            << "] Nous avons bien reçu votre message"
            << "Merci pour votre message";
    }

    void theAcknowledgementSpeaksTheCustomersLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expectedSubject);
        QFETCH(QString, expectedText);
        auto admin = m_desk->as("admin");
        auto translations =
            json("{\"acknowledgement_translations\": {\"de\": {\"subject\": \"Ihre Anfrage: {ticket_title}\","
                 " \"body\": \"Vielen Dank, {customer_name}. Ticket {ticket_number} ist offen.\"}}}");
        QCOMPARE(admin.patch("/api/v1/groups/" + std::to_string(m_desk->alpha()), translations).status, 200);
        const std::string address = "lang-" + language.toStdString() + "@customer.example";
        auto user = newObject();
        user->set("email", address);
        user->set("name", std::string("Kunde ") + language.toStdString());
        user->set("language", language.toStdString());
        QCOMPARE(admin.post("/api/v1/users", user).status, 201);
        QCOMPARE(mailgate(customerMail(address, "alpha@desk.example", "Drucker", "Der Drucker druckt nicht.",
                                       uniqueId("lang"))),
                 0);
        QVERIFY(waitForMailTo(address, 1));
        auto ack = helpdesk::mail::MailParser::parse(mailTo(address).front().raw); // as a mail client shows it
        QVERIFY2(ack.subject.find(expectedSubject.toStdString()) != std::string::npos, ack.subject.c_str());
        QVERIFY2(ack.text.find(expectedText.toStdString()) != std::string::npos, ack.text.c_str());
    }

    void aMalformedTranslationIsRefusedWithTheFieldNamed()
    {
        auto r = m_desk->as("admin").patch(
            "/api/v1/groups/" + std::to_string(m_desk->alpha()),
            json("{\"acknowledgement_translations\": {\"de\": {\"subject\": \"Nur Betreff\"}}}"));
        QCOMPARE(r.status, 400);
        QVERIFY2(r.raw.find("acknowledgement_translations.de") != std::string::npos, r.raw.c_str());
    }

    void aTestMailShowsTheSmtpSettingsWork()
    {
        auto body = newObject();
        body->set("to", std::string("postmaster-check@example.org"));
        auto r = m_desk->as("admin").post("/api/v1/settings/mail/test", body);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body->getValue<bool>("sent"), r.raw.c_str());
        QVERIFY(waitForMailTo("postmaster-check@example.org", 1));
        QCOMPARE(mailTo("postmaster-check@example.org").front().header("Subject"), std::string("Helpdesk test mail"));
        body->set("to", std::string("not an address"));
        QCOMPARE(m_desk->as("admin").post("/api/v1/settings/mail/test", body).status, 422);
    }

    void theCustomersReplyLandsOnItsTicket_data()
    {
        QTest::addColumn<bool>("bySubjectTag");
        QTest::newRow("a reply that keeps the ticket tag in the subject") << true;
        QTest::newRow("a reply that only carries In-Reply-To our acknowledgement") << false;
    }

    void theCustomersReplyLandsOnItsTicket()
    {
        QFETCH(bool, bySubjectTag);
        std::string customer = bySubjectTag ? "grace@customer.example" : "heidi@customer.example";
        auto id = uniqueId("open");
        QCOMPARE(mailgate(customerMail(customer, "alpha@desk.example", "VPN down", "VPN is down.", id)), 0);
        auto ticketId = ticketIdOf(inboundFor(id));
        QVERIFY(waitForMailTo(customer, 1));
        auto ack = mailTo(customer).front();
        auto replyId = uniqueId("reply");
        std::string subject = bySubjectTag ? "Re: " + ack.header("Subject") : "Re: VPN down";
        std::string headers = bySubjectTag ? std::string() : "In-Reply-To: " + ack.header("Message-ID") + "\r\n";
        QCOMPARE(mailgate(customerMail(customer, "alpha@desk.example", subject, "Still down.", replyId, headers)), 0);
        auto inbound = inboundFor(replyId);
        QCOMPARE(ticketIdOf(inbound), ticketId);
        QCOMPARE(articleCount(ticketId), 2u);
        QVERIFY(m_desk->waitUntilMailSettled());           // the mail the follow-up caused is out
        QCOMPARE(mailTo(customer).size(), std::size_t(1)); // a follow-up is not acknowledged again
        QCOMPARE(queuedMailTo(ticketId, customer), 1LL);
    }

    void anAgentsReplyReachesTheCustomerOnceAndTheAnswerThreadsBack()
    {
        auto id = uniqueId("question");
        QCOMPARE(
            mailgate(customerMail("ivan@customer.example", "alpha@desk.example", "Invoice copy", "Please resend.", id)),
            0);
        auto ticketId = ticketIdOf(inboundFor(id));
        QVERIFY(waitForMailTo("ivan@customer.example", 1)); // the acknowledgement
        auto agent = m_desk->as("alphaFull");
        auto reply = agent.post("/api/v1/tickets/" + std::to_string(ticketId) + "/articles",
                                json(R"({"channel":"email","body_text":"Here it is."})"));
        QCOMPARE(reply.status, 201);
        QVERIFY(waitForMailTo("ivan@customer.example", 2));
        auto mail = mailTo("ivan@customer.example").back();
        QVERIFY(mail.header("From").find("alpha@desk.example") != std::string::npos);
        QVERIFY(mail.header("From").find("alphaFull") != std::string::npos);
        QCOMPARE(mail.header("Auto-Submitted"), std::string(""));
        QCOMPARE(mail.header("In-Reply-To"), "<" + id + ">");
        QVERIFY(mail.body().find("Here it is.") != std::string::npos);
        QVERIFY(mail.body().find("alphaFull, Alpha team") != std::string::npos); // the group's signature
        // The customer answers the agent's mail with a new subject: its Message-ID finds the ticket.
        auto answerId = uniqueId("answer");
        QCOMPARE(mailgate(customerMail("ivan@customer.example", "alpha@desk.example", "thanks", "Got it.", answerId,
                                       "In-Reply-To: " + mail.header("Message-ID") + "\r\n")),
                 0);
        QCOMPARE(ticketIdOf(inboundFor(answerId)), ticketId);
        QVERIFY(m_desk->waitUntilMailSettled()); // the mail the answer caused is out
        QCOMPARE(mailTo("ivan@customer.example").size(), std::size_t(2));
        QCOMPARE(queuedMailTo(ticketId, "ivan@customer.example"), 2LL);
        auto outbox = agent.get("/api/v1/tickets/" + std::to_string(ticketId) + "/mail").array("mail");
        for (unsigned i = 0; i < outbox->size(); ++i)
            QCOMPARE(outbox->getObject(i)->getValue<std::string>("state"), std::string("sent"));
    }

    void phoneAndOutboundTicketsMailTheCustomer_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("customer");
        QTest::addColumn<QString>("expectedText");
        // A phone ticket's acknowledgement speaks of the call, not of a message (issue 18).
        QTest::newRow("a phone-in ticket acknowledges the caller") << "phone_in"
                                                                   << "judy@customer.example"
                                                                   << "we noted your call as ticket";
        QTest::newRow("a phone-out ticket tells the called customer") << "phone_out"
                                                                      << "ken@customer.example"
                                                                      << "following our call, we opened ticket";
        QTest::newRow("an outbound e-mail ticket sends the agent's mail") << "email"
                                                                          << "leo@customer.example"
                                                                          << "Your new laptop is ready";
    }

    void phoneAndOutboundTicketsMailTheCustomer()
    {
        QFETCH(QString, channel);
        QFETCH(QString, customer);
        QFETCH(QString, expectedText);
        auto body = newObject();
        body->set("title", "Laptop");
        body->set("group_id", m_desk->alpha());
        body->set("customer_email", customer.toStdString());
        auto article = newObject();
        article->set("channel", channel.toStdString());
        article->set("body_text", std::string("Your new laptop is ready for pickup."));
        body->set("article", article);
        QCOMPARE(m_desk->as("alphaFull").post("/api/v1/tickets", body).status, 201);
        QVERIFY(waitForMailTo(customer.toStdString(), 1));
        auto mail = mailTo(customer.toStdString()).front();
        QVERIFY2(mail.body().find(expectedText.toStdString()) != std::string::npos, mail.body().c_str());
        QVERIFY(mail.header("Subject").find("[Ticket#") != std::string::npos);
    }

    void oneMessageTwiceMakesOneArticle()
    {
        auto id = uniqueId("twice");
        auto raw =
            customerMail("mallory@customer.example", "alpha@desk.example", "Twice", "Sent once, fetched twice.", id);
        QCOMPARE(mailgate(raw), 0);
        auto first = inboundFor(id);
        QCOMPARE(mailgate(raw), 0); // the very same bytes: stored once
        // A copy that reached a second mailbox with its own Received header.
        QCOMPARE(mailgate("Received: from mx2.desk.example by mx2\r\n" + raw, "alpha@desk.example"), 0);
        // Every stored copy (two: the same bytes are stored once) is interpreted before they are counted.
        const auto storedCopies = "FROM inbound_messages WHERE position('" + id + "'::bytea IN raw) > 0";
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->scalar("SELECT count(*) " + storedCopies + " AND state = 'pending'"), 0LL,
                                  10000);
        QCOMPARE(m_desk->scalar("SELECT count(*) " + storedCopies), 2LL);
        auto admin = m_desk->as("admin");
        auto list = admin.get("/api/v1/mail/inbound?limit=1000").array("messages");
        int copies = 0, processed = 0;
        for (unsigned i = 0; i < list->size(); ++i) {
            auto m = list->getObject(i);
            if (!m->isNull("message_id") && m->getValue<std::string>("message_id") == id) {
                ++copies;
                processed += m->getValue<std::string>("state") == "processed";
            }
        }
        QCOMPARE(copies, 2);
        QCOMPARE(processed, 1);
        QCOMPARE(articleCount(ticketIdOf(first)), 1u);
    }

    void automaticMailIsNeverAcknowledged_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("headers");
        QTest::newRow("Auto-Submitted: auto-replied") << "ooo1@customer.example"
                                                      << "Auto-Submitted: auto-replied\r\n";
        QTest::newRow("Precedence: bulk") << "news@customer.example"
                                          << "Precedence: bulk\r\n";
        QTest::newRow("a mailing list") << "list@customer.example"
                                        << "List-Id: <chat.customer.example>\r\n";
        QTest::newRow("an empty Return-Path") << "robot@customer.example"
                                              << "Return-Path: <>\r\n";
        QTest::newRow("mailer-daemon") << "MAILER-DAEMON@customer.example"
                                       << "";
        QTest::newRow("X-Auto-Response-Suppress") << "exchange@customer.example"
                                                  << "X-Auto-Response-Suppress: OOF\r\n";
    }

    void automaticMailIsNeverAcknowledged()
    {
        QFETCH(QString, from);
        QFETCH(QString, headers);
        auto id = uniqueId("auto");
        QCOMPARE(mailgate(customerMail(from.toStdString(), "alpha@desk.example", "Out of office", "I am away.", id,
                                       headers.toStdString())),
                 0);
        auto inbound = inboundFor(id);
        QCOMPARE(inbound->getValue<std::string>("state"), std::string("processed")); // the ticket is made…
        QVERIFY(m_desk->waitUntilMailSettled()); // an acknowledgement would be out by now
        std::string lowered = from.toLower().toStdString();
        QCOMPARE(mailTo(lowered).size(), std::size_t(0)); // …but nobody answers a robot
        QCOMPARE(queuedMailTo(ticketIdOf(inbound), lowered), 0LL);
    }

    void anAutoresponderWithoutHeadersStopsAtTheHourlyLimit()
    {
        auto admin = m_desk->as("admin");
        QCOMPARE(admin.patch("/api/v1/settings/mail", json(R"({"auto_reply_limit_per_hour":3})")).status, 200);
        for (int i = 0; i < 6; ++i) {
            auto id = uniqueId("bot");
            QCOMPARE(mailgate(customerMail("naive-bot@customer.example", "alpha@desk.example",
                                           "Thank you for your mail " + std::to_string(i), "Automatic answer.", id)),
                     0);
            QVERIFY(inboundFor(id));
        }
        QVERIFY(waitForMailTo("naive-bot@customer.example", 3));
        QVERIFY(m_desk->waitUntilMailSettled()); // all six were interpreted: a fourth answer would be out by now
        QCOMPARE(mailTo("naive-bot@customer.example").size(), std::size_t(3));
        QCOMPARE(queuedMailTo(0, "naive-bot@customer.example"), 3LL);
        QCOMPARE(admin.patch("/api/v1/settings/mail", json(R"({"auto_reply_limit_per_hour":10})")).status, 200);
    }

    void aReplyWrittenWhileSmtpIsDownIsDeliveredLaterOnce()
    {
        auto id = uniqueId("outage");
        QCOMPARE(mailgate(customerMail("olga@customer.example", "alpha@desk.example", "Outage", "Help.", id)), 0);
        auto ticketId = ticketIdOf(inboundFor(id));
        QVERIFY(waitForMailTo("olga@customer.example", 1));
        m_sink->stop();
        auto reply = m_desk->as("alphaFull")
                         .post("/api/v1/tickets/" + std::to_string(ticketId) + "/articles",
                               json(R"({"channel":"email","body_text":"Fixed while you slept."})"));
        QCOMPARE(reply.status, 201);
        // The sender tries, fails, and keeps the mail pending with the error.
        auto agent = m_desk->as("alphaFull");
        auto triedAndWaiting = [&] {
            auto outbox = agent.get("/api/v1/tickets/" + std::to_string(ticketId) + "/mail").array("mail");
            if (outbox->size() == 0)
                return false;
            auto last = outbox->getObject(outbox->size() - 1);
            return last->getValue<int>("attempts") >= 1 && last->getValue<std::string>("state") == "pending";
        };
        QTRY_VERIFY_WITH_TIMEOUT(triedAndWaiting(), 10000);
        m_sink->start();
        QVERIFY(waitForMailTo("olga@customer.example", 2, 30000));
        QVERIFY(m_desk->waitUntilMailSettled()); // every retry has run: a second copy would be out by now
        auto replies = mailTo("olga@customer.example");
        QCOMPARE(replies.size(), std::size_t(2));
        QCOMPARE(queuedMailTo(ticketId, "olga@customer.example"), 2LL);
        QVERIFY(replies.back().body().find("Fixed while you slept.") != std::string::npos);
    }

    void aStrangerQuotingATicketNumberDoesNotJoinIt()
    {
        auto id = uniqueId("owned");
        QCOMPARE(
            mailgate(customerMail("peggy@customer.example", "alpha@desk.example", "My private issue", "Secret.", id)),
            0);
        auto original = ticketIdOf(inboundFor(id));
        auto number = std::to_string(ticket(original)->getValue<std::int64_t>("number"));
        auto strangerId = uniqueId("stranger");
        QCOMPARE(mailgate(customerMail("trudy@elsewhere.example", "alpha@desk.example",
                                       "Re: [Ticket#" + number + "] hello", "Let me in.", strangerId)),
                 0);
        auto inbound = inboundFor(strangerId);
        QVERIFY(ticketIdOf(inbound) != original);
        QCOMPARE(articleCount(original), 1u);
        auto links = m_desk->as("alphaFull")
                         .get("/api/v1/tickets/" + std::to_string(ticketIdOf(inbound)) + "/links")
                         .array("links");
        QCOMPARE(links->size(), 1u);
        QCOMPARE(links->getObject(0)->getValue<std::int64_t>("target_id"), original);
    }

    void badMessagesAreRecordedAndTheNextOneGoesThrough()
    {
        auto admin = m_desk->as("admin");
        // Not mail at all.
        QCOMPARE(mailgate(std::string("\x01\x02 this is not a mail message \xff\xfe")), 0);
        // Declared US-ASCII, written in windows-1252.
        auto latinId = uniqueId("latin");
        std::string latin =
            "From: rene@customer.example\r\nTo: alpha@desk.example\r\nSubject: Caf\xe9\r\nMessage-ID: <" + latinId +
            ">\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nLe caf\xe9 est froid.\r\n";
        QCOMPARE(mailgate(latin), 0);
        auto latinInbound = inboundFor(latinId);
        QCOMPARE(latinInbound->getValue<std::string>("state"), std::string("processed"));
        auto articles = m_desk->as("alphaFull")
                            .get("/api/v1/tickets/" + std::to_string(ticketIdOf(latinInbound)) + "/articles")
                            .array("articles");
        QCOMPARE(QString::fromStdString(articles->getObject(0)->getValue<std::string>("body_text")).trimmed(),
                 QStringLiteral("Le café est froid."));
        QCOMPARE(ticket(ticketIdOf(latinInbound))->getValue<std::string>("title"), std::string("Café"));
        auto failed = admin.get("/api/v1/mail/inbound?state=failed").array("messages");
        bool sawGarbage = false;
        for (unsigned i = 0; i < failed->size(); ++i)
            sawGarbage |=
                failed->getObject(i)->getValue<std::string>("error").find("not a mail message") != std::string::npos;
        QVERIFY(sawGarbage);
        // The raw text of a failed message is kept.
        pqxx::connection c(m_desk->database().conninfo());
        pqxx::read_transaction tx(c);
        QCOMPARE(
            tx.exec1("SELECT count(*) FROM inbound_messages WHERE state = 'failed' AND length(raw) > 0")[0].as<int>(),
            int(failed->size()));
    }

    void aBounceNotesTheTicketAndOpensNone()
    {
        auto id = uniqueId("bounced");
        QCOMPARE(mailgate(customerMail("victor@customer.example", "alpha@desk.example", "Will bounce", "Hi.", id)), 0);
        auto ticketId = ticketIdOf(inboundFor(id));
        QVERIFY(waitForMailTo("victor@customer.example", 1));
        auto ack = mailTo("victor@customer.example").front();
        auto dsnId = uniqueId("dsn");
        std::string dsn =
            "From: MAILER-DAEMON@mx.customer.example\r\nTo: helpdesk@desk.example\r\nSubject: Undelivered Mail\r\n"
            "Message-ID: <" +
            dsnId +
            ">\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
            "--b\r\nContent-Type: text/plain\r\n\r\nThe mail could not be delivered.\r\n"
            "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.customer.example\r\n\r\n"
            "Final-Recipient: rfc822; victor@customer.example\r\nAction: failed\r\nStatus: 5.1.1\r\n"
            "--b\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: " +
            ack.header("Message-ID") +
            "\r\nSubject: x\r\n"
            "--b--\r\n";
        QCOMPARE(mailgate(dsn, "helpdesk@desk.example"), 0);
        auto inbound = inboundFor(dsnId);
        QCOMPARE(ticketIdOf(inbound), ticketId);
        auto articles =
            m_desk->as("alphaFull").get("/api/v1/tickets/" + std::to_string(ticketId) + "/articles").array("articles");
        auto note = articles->getObject(articles->size() - 1);
        QCOMPARE(note->getValue<bool>("internal"), true);
        QVERIFY(note->getValue<std::string>("body_text").find("5.1.1") != std::string::npos);
        pqxx::connection c(m_desk->database().conninfo());
        pqxx::read_transaction tx(c);
        QCOMPARE(tx.exec1("SELECT email_failing FROM users WHERE email = 'victor@customer.example'")[0].as<bool>(),
                 true);
        QCOMPARE(tx.exec1("SELECT count(*) FROM tickets t JOIN users u ON u.id = t.customer_id"
                          " WHERE lower(u.email) = 'mailer-daemon@mx.customer.example'")[0]
                     .as<int>(),
                 0);
    }

    void onceOwnedOnlyTheOwnerHearsOfFollowUps()
    {
        auto admin = m_desk->as("admin");
        // A second full agent in Alpha.
        auto grant = newObject();
        grant->set("access", "full");
        QCOMPARE(admin
                     .put("/api/v1/groups/" + std::to_string(m_desk->alpha()) + "/members/" +
                              std::to_string(m_desk->userId("betaFull")),
                          grant)
                     .status,
                 200);
        auto id = uniqueId("owner");
        QCOMPARE(mailgate(customerMail("wendy@customer.example", "alpha@desk.example", "Ownership", "First.", id)), 0);
        auto ticketId = ticketIdOf(inboundFor(id));
        auto before = mailTo("betaFull@test.example").size();
        QVERIFY(waitForMailTo("betaFull@test.example", before));
        auto patch = newObject();
        patch->set("owner_id", m_desk->userId("alphaFull"));
        QCOMPARE(m_desk->as("alphaFull").patch("/api/v1/tickets/" + std::to_string(ticketId), patch).status, 200);
        QVERIFY(m_desk->waitUntilMailSettled()); // the first message's notifications are out before counting
        auto ownerBefore = mailTo("alphaFull@test.example").size();
        auto betaBefore = mailTo("betaFull@test.example").size();
        auto betaQueued = queuedMailTo(ticketId, "betaFull@test.example");
        QCOMPARE(betaQueued, 1LL); // with no owner yet, betaFull heard of the first message: mail to it does arrive
        auto followId = uniqueId("follow");
        QCOMPARE(mailgate(customerMail("wendy@customer.example", "alpha@desk.example", "Re: Ownership", "Second.",
                                       followId, "In-Reply-To: <" + id + ">\r\n")),
                 0);
        QCOMPARE(ticketIdOf(inboundFor(followId)), ticketId);
        QVERIFY(waitForMailTo("alphaFull@test.example", ownerBefore + 1));
        QVERIFY(m_desk->waitUntilMailSettled()); // a notification to betaFull would be out by now
        QCOMPARE(mailTo("betaFull@test.example").size(), betaBefore);
        QCOMPARE(queuedMailTo(ticketId, "betaFull@test.example"), betaQueued);
    }

    void aWatcherHearsOfFollowUpsBesideTheOwner()
    {
        // betaFull has full access to Alpha since the previous test; alphaRead may only read.
        auto id = uniqueId("watched");
        QCOMPARE(mailgate(customerMail("xena@customer.example", "alpha@desk.example", "Watched", "First.", id)), 0);
        auto ticketId = std::to_string(ticketIdOf(inboundFor(id)));
        auto owner = newObject();
        owner->set("owner_id", m_desk->userId("alphaFull"));
        QCOMPARE(m_desk->as("alphaFull").patch("/api/v1/tickets/" + ticketId, owner).status, 200);
        // A read-only agent may watch, but not enrol a colleague; a customer may not watch.
        auto self = m_desk->as("alphaRead").post("/api/v1/tickets/" + ticketId + "/watchers", newObject());
        QCOMPARE(self.status, 200);
        QCOMPARE(self.array("watchers")->size(), 1u);
        auto other = newObject();
        other->set("user_id", m_desk->userId("betaFull"));
        QCOMPARE(m_desk->as("alphaRead").post("/api/v1/tickets/" + ticketId + "/watchers", other).status, 403);
        auto carol = newObject();
        carol->set("user_id", m_desk->userId("carol"));
        QCOMPARE(m_desk->as("alphaFull").post("/api/v1/tickets/" + ticketId + "/watchers", carol).status, 422);

        QVERIFY(m_desk->waitUntilMailSettled()); // the first message's notifications are out before counting
        auto watcherBefore = mailTo("alphaRead@test.example").size();
        auto betaBefore = mailTo("betaFull@test.example").size();
        auto ownerBefore = mailTo("alphaFull@test.example").size();
        auto betaQueued = queuedMailTo(std::stoll(ticketId), "betaFull@test.example");
        QCOMPARE(betaQueued, 1LL); // with no owner yet, betaFull heard of the first message: mail to it does arrive
        auto followId = uniqueId("watched-follow");
        QCOMPARE(mailgate(customerMail("xena@customer.example", "alpha@desk.example", "Re: Watched", "Second.",
                                       followId, "In-Reply-To: <" + id + ">\r\n")),
                 0);
        QVERIFY(waitForMailTo("alphaRead@test.example", watcherBefore + 1));
        QVERIFY(waitForMailTo("alphaFull@test.example", ownerBefore + 1));
        QVERIFY(m_desk->waitUntilMailSettled()); // a notification to betaFull would be out by now
        QCOMPARE(mailTo("betaFull@test.example").size(), betaBefore);
        QCOMPARE(queuedMailTo(std::stoll(ticketId), "betaFull@test.example"), betaQueued);

        // Unwatching stops it.
        auto removed =
            m_desk->as("alphaRead")
                .del("/api/v1/tickets/" + ticketId + "/watchers/" + std::to_string(m_desk->userId("alphaRead")));
        QCOMPARE(removed.status, 200);
        QCOMPARE(removed.array("watchers")->size(), 0u);
        auto history = m_desk->as("alphaFull").get("/api/v1/tickets/" + ticketId + "/history").array("history");
        int watcherRows = 0;
        for (unsigned i = 0; i < history->size(); ++i)
            watcherRows += history->getObject(i)->getValue<std::string>("field") == "watcher";
        QCOMPARE(watcherRows, 2);
    }

    void passwordResetWorksOnceAndRevealsNothing()
    {
        ApiClient anonymous(m_desk->port());
        QCOMPARE(anonymous.post("/api/v1/auth/password_reset", json(R"({"email":"nobody@nowhere.example"})")).status,
                 200);
        QCOMPARE(anonymous.post("/api/v1/auth/password_reset", json(R"({"email":"erin@test.example"})")).status, 200);
        QVERIFY(waitForMailTo("erin@test.example", 1));
        QVERIFY(m_desk->waitUntilMailSettled()); // a mail to the unknown address would be out by now
        QCOMPARE(mailTo("nobody@nowhere.example").size(), std::size_t(0));
        QCOMPARE(queuedMailTo(0, "nobody@nowhere.example"), 0LL);
        auto body = decodedText(mailTo("erin@test.example").back());
        auto at = body.find("token=");
        QVERIFY2(at != std::string::npos, body.c_str());
        auto token = body.substr(at + 6, body.find_first_of("\r\n ", at + 6) - at - 6);
        auto body2 = helpdesk::protocol::newObject();
        body2->set("token", token);
        body2->set("password", "a brand new password");
        auto set = anonymous.post("/api/v1/auth/set_password", body2);
        QVERIFY2(set.status == 200, set.raw.c_str());
        QCOMPARE(ApiClient(m_desk->port()).login("erin@test.example", "a brand new password").status, 200);
        QCOMPARE(ApiClient(m_desk->port()).login("erin@test.example", Desk::kPassword).status, 401);
        auto again = anonymous.post("/api/v1/auth/set_password", body2);
        QCOMPARE(again.status, 422);
        QCOMPARE(again.errorField(), std::string("token"));
    }

    void anAgentInvitationLetsTheNewAgentIn()
    {
        auto admin = m_desk->as("admin");
        auto created = admin.post(
            "/api/v1/users", json(R"({"email":"newbie@test.example","name":"Newbie","role":"agent","active":false})"));
        QCOMPARE(created.status, 201);
        auto id = created.object("user")->getValue<std::int64_t>("id");
        QCOMPARE(admin.post("/api/v1/users/" + std::to_string(id) + "/invite", newObject()).status, 200);
        QCOMPARE(m_desk->as("alphaFull").post("/api/v1/users/" + std::to_string(id) + "/invite", newObject()).status,
                 403);
        QVERIFY(waitForMailTo("newbie@test.example", 1));
        auto body = decodedText(mailTo("newbie@test.example").back());
        auto at = body.find("token=");
        QVERIFY(at != std::string::npos);
        auto request = newObject();
        request->set("token", body.substr(at + 6, body.find_first_of("\r\n ", at + 6) - at - 6));
        request->set("password", "newbie's own password");
        QCOMPARE(ApiClient(m_desk->port()).post("/api/v1/auth/set_password", request).status, 200);
        QCOMPARE(ApiClient(m_desk->port()).login("newbie@test.example", "newbie's own password").status, 200);
    }

    void theMailgateAsksTheMtaToRetryWhenTheServerCannotTakeTheMail()
    {
        Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
        int closedPort = probe.address().port();
        probe.close();
        QCOMPARE(mailgate(customerMail("x@customer.example", "alpha@desk.example", "x", "x", uniqueId("down")),
                          "alpha@desk.example", closedPort),
                 75);
        QCOMPARE(mailgate(customerMail("x@customer.example", "alpha@desk.example", "x", "x", uniqueId("badtoken")),
                          "alpha@desk.example", 0, "hdt_wrong"),
                 75);
    }
};

QTEST_GUILESS_MAIN(TestMailFlow)
#include "tst_mail_flow.moc"
