// The mail grabber against a real Dovecot (IMAP and POP3): processed and failed messages go to
// their folders (or are marked seen), POP3 deletes or keeps, one message in two mailboxes makes
// one article, unknown senders follow the mailbox's rule, opening and reply state and priority,
// the original .eml kept, every run logged, and ten failed connections disable a mailbox.

#include "support/Desk.h"
#include "support/DovecotServer.h"
#include "support/SmtpSink.h"

#include <Poco/Net/ServerSocket.h>

#include <QtTest>

#include <memory>

using namespace helpdesk::test;
using helpdesk::protocol::JsonObject;
using helpdesk::protocol::newObject;

namespace {
int g_serial = 0;

std::string mailFrom(const std::string &from, const std::string &subject, std::string messageId = {})
{
    if (messageId.empty())
        messageId = "grab-" + std::to_string(++g_serial) + "@customer.example";
    return "From: " + from + "\r\nTo: support@desk.example\r\nSubject: " + subject + "\r\nMessage-ID: <" + messageId
           + ">\r\nDate: Tue, 24 Nov 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBody of "
           + subject + "\r\n";
}
} // namespace

class TestMailboxes : public QObject
{
    Q_OBJECT

    std::unique_ptr<DovecotServer> m_dovecot;
    std::unique_ptr<SmtpSink> m_sink;
    std::unique_ptr<Desk> m_desk;

    std::int64_t createMailbox(const std::string &name, const std::string &protocol, const std::string &user,
                               const std::string &extraJson = "{}")
    {
        auto body = json(extraJson);
        body->set("name", name);
        body->set("protocol", protocol);
        body->set("host", "127.0.0.1");
        body->set("port", protocol == "imap" ? m_dovecot->imapPort() : m_dovecot->pop3Port());
        body->set("security", "none");
        body->set("username", user);
        body->set("password", "secret");
        if (!body->has("group_id"))
            body->set("group_id", m_desk->alpha());
        auto r = m_desk->as("admin").post("/api/v1/mailboxes", body);
        if (r.status != 201)
            qWarning("%s", r.raw.c_str());
        return r.status == 201 ? r.object("mailbox")->getValue<std::int64_t>("id") : 0;
    }

    JsonObject poll(std::int64_t mailbox)
    {
        auto r = m_desk->as("admin").post("/api/v1/mailboxes/" + std::to_string(mailbox) + "/poll", newObject());
        if (r.status != 200)
            qWarning("%s", r.raw.c_str());
        return r.object("run");
    }

    JsonObject ticketOf(const JsonObject &run, unsigned index)
    {
        auto id = run->getArray("details")->getObject(index)->getValue<std::int64_t>("ticket_id");
        return m_desk->as("admin").get("/api/v1/tickets/" + std::to_string(id)).object("ticket");
    }

    std::int64_t stateId(const std::string &type)
    {
        auto states = m_desk->as("admin").get("/api/v1/states").array("states");
        for (unsigned i = 0; i < states->size(); ++i)
            if (states->getObject(i)->getValue<std::string>("state_type") == type)
                return states->getObject(i)->getValue<std::int64_t>("id");
        return 0;
    }

private slots:
    void initTestCase()
    {
        m_dovecot = std::make_unique<DovecotServer>();
        for (const char *user : {"support", "sales", "pop", "popkeep", "strict", "plain", "eml", "thread"})
            m_dovecot->addUser(user);
        m_dovecot->start();
        m_sink = std::make_unique<SmtpSink>();
        m_sink->start();
        m_desk = std::make_unique<Desk>();
        m_desk->useSmtp(m_sink->port());
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_sink.reset();
        m_dovecot.reset();
    }

    void imapMovesProcessedAndFailedMessagesToTheirFolders()
    {
        auto mailbox = createMailbox("IMAP support", "imap", "support",
                                     R"({"imap_processed_folder":"Processed","imap_error_folder":"Errors","open_priority_id":3})");
        QVERIFY(mailbox);
        m_dovecot->deliver("support", mailFrom("Anna <anna@customer.example>", "Screen flickers"));
        m_dovecot->deliver("support", mailFrom("bert@customer.example", "Keyboard sticky"));
        m_dovecot->deliver("support", std::string("\x01\x02\x03 not mail at all", 21));
        auto run = poll(mailbox);
        QVERIFY(run);
        QCOMPARE(run->getValue<int>("fetched"), 3);
        QCOMPARE(run->getValue<int>("created"), 2);
        QCOMPARE(run->getValue<int>("failed"), 1);
        QVERIFY(run->isNull("error"));
        QCOMPARE(m_dovecot->count("support"), 0);
        QCOMPARE(m_dovecot->count("support", "Processed"), 2);
        QCOMPARE(m_dovecot->count("support", "Errors"), 1);
        QCOMPARE(ticketOf(run, 0)->getValue<std::int64_t>("priority_id"), std::int64_t(3));  // the mailbox's opening priority
        // The run is in the log, with the failed message's error.
        auto runs = m_desk->as("admin").get("/api/v1/mailboxes/" + std::to_string(mailbox) + "/runs").array("runs");
        QCOMPARE(runs->size(), 1u);
        auto details = runs->getObject(0)->getArray("details");
        bool sawError = false;
        for (unsigned i = 0; i < details->size(); ++i)
            sawError |= details->getObject(i)->has("error");
        QVERIFY(sawError);
        // Nothing left to fetch.
        QCOMPARE(poll(mailbox)->getValue<int>("fetched"), 0);
    }

    void withoutFoldersMessagesAreMarkedSeen()
    {
        auto mailbox = createMailbox("IMAP plain", "imap", "plain");
        m_dovecot->deliver("plain", mailFrom("cleo@customer.example", "Seen only"));
        QCOMPARE(poll(mailbox)->getValue<int>("created"), 1);
        QCOMPARE(m_dovecot->count("plain"), 1);  // still there, flagged seen
        QCOMPARE(poll(mailbox)->getValue<int>("fetched"), 0);
    }

    void pop3DeletesOrKeepsProcessedMail_data()
    {
        QTest::addColumn<bool>("deleteProcessed");
        QTest::newRow("a POP3 mailbox set to delete empties the mailbox") << true;
        QTest::newRow("a POP3 mailbox set to keep leaves the mail and makes no duplicates") << false;
    }

    void pop3DeletesOrKeepsProcessedMail()
    {
        QFETCH(bool, deleteProcessed);
        std::string user = deleteProcessed ? "pop" : "popkeep";
        auto mailbox = createMailbox("POP3 " + user, "pop3", user,
                                     deleteProcessed ? R"({"pop3_delete":true})" : R"({"pop3_delete":false})");
        m_dovecot->deliver(user, mailFrom("dora@customer.example", "POP one " + user));
        m_dovecot->deliver(user, mailFrom("dora@customer.example", "POP two " + user));
        auto first = poll(mailbox);
        QCOMPARE(first->getValue<int>("created"), 2);
        QCOMPARE(m_dovecot->count(user), deleteProcessed ? 0 : 2);
        auto second = poll(mailbox);
        QCOMPARE(second->getValue<int>("created"), 0);
        QCOMPARE(second->getValue<int>("fetched"), deleteProcessed ? 0 : 2);
    }

    void aFollowUpFetchedInTheSamePollAsItsOriginalJoinsItsTicket()
    {
        auto mailbox = createMailbox("IMAP thread", "imap", "thread");
        m_dovecot->deliver("thread", mailFrom("yuri@customer.example", "VPN down", "vpn-original@customer.example"));
        for (int i = 0; i < 6; ++i)  // unrelated mail between them, interpreted meanwhile
            m_dovecot->deliver("thread", mailFrom("other" + std::to_string(i) + "@customer.example", "Other " + std::to_string(i)));
        auto followUp = mailFrom("yuri@customer.example", "Re: VPN down", "vpn-followup@customer.example");
        followUp.insert(0, "In-Reply-To: <vpn-original@customer.example>\r\nReferences: <vpn-original@customer.example>\r\n");
        m_dovecot->deliver("thread", followUp);
        auto run = poll(mailbox);
        QVERIFY(run);
        QCOMPARE(run->getValue<int>("fetched"), 8);
        QCOMPARE(run->getValue<int>("created"), 7);
        QCOMPARE(run->getValue<int>("appended"), 1);
        auto details = run->getArray("details");
        QCOMPARE(details->getObject(7)->getValue<std::int64_t>("ticket_id"), details->getObject(0)->getValue<std::int64_t>("ticket_id"));
    }

    void testingAConnectionSaysWhetherTheMailboxAnswers()
    {
        auto good = createMailbox("Test good", "imap", "plain");
        auto bad = createMailbox("Test bad", "pop3", "plain");
        QCOMPARE(m_desk->as("admin").patch("/api/v1/mailboxes/" + std::to_string(bad), json(R"({"password":"wrong"})")).status, 200);
        auto r = m_desk->as("admin").post("/api/v1/mailboxes/" + std::to_string(good) + "/test", newObject());
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body->getValue<bool>("ok"), r.raw.c_str());
        auto failed = m_desk->as("admin").post("/api/v1/mailboxes/" + std::to_string(bad) + "/test", newObject());
        QCOMPARE(failed.status, 200);
        QVERIFY(!failed.body->getValue<bool>("ok"));
        QVERIFY2(!failed.body->getValue<std::string>("message").empty(), failed.raw.c_str());
        // Testing fetches nothing and logs no run.
        QCOMPARE(m_desk->as("admin").get("/api/v1/mailboxes/" + std::to_string(good) + "/runs").array("runs")->size(), 0u);
        QCOMPARE(m_desk->as("alphaFull").post("/api/v1/mailboxes/" + std::to_string(good) + "/test", newObject()).status, 403);
    }

    void oneMessageInTwoMailboxesMakesOneArticle()
    {
        auto support = createMailbox("IMAP support twice", "imap", "support");
        auto sales = createMailbox("IMAP sales", "imap", "sales");
        auto raw = mailFrom("eve@customer.example", "Sent to both", "both-1@customer.example");
        m_dovecot->deliver("support", raw);
        m_dovecot->deliver("sales", "Delivered-To: sales@desk.example\r\n" + raw);
        auto a = poll(support);
        auto b = poll(sales);
        QCOMPARE(a->getValue<int>("created") + b->getValue<int>("created"), 1);
        auto ticket = ticketOf(a, 0);
        QCOMPARE(ticket->getValue<int>("article_count"), 1);
    }

    void unknownSendersFollowTheMailboxRule()
    {
        auto mailbox = createMailbox("IMAP strict", "imap", "strict",
                                     R"({"allow_unknown_senders":false,"imap_error_folder":"Errors","imap_processed_folder":"Done"})");
        m_dovecot->deliver("strict", mailFrom("nobody-known@elsewhere.example", "Let me in"));
        m_dovecot->deliver("strict", mailFrom("carol@test.example", "Known customer"));
        auto run = poll(mailbox);
        QCOMPARE(run->getValue<int>("created"), 1);
        QCOMPARE(run->getValue<int>("failed"), 1);
        QCOMPARE(m_dovecot->count("strict", "Errors"), 1);
        QCOMPARE(m_dovecot->count("strict", "Done"), 1);
        auto rejected = m_desk->as("admin").get("/api/v1/mail/inbound?state=rejected").array("messages");
        QCOMPARE(rejected->size(), 1u);
        QVERIFY(rejected->getObject(0)->getValue<std::string>("error").find("unknown sender") != std::string::npos);
    }

    void aCustomerReplySetsTheMailboxsReplyStateAndPriorityAndTheEmlIsKept()
    {
        auto closed = stateId("closed");
        auto pendingClose = stateId("pending_close");
        auto extra = newObject();
        extra->set("keep_eml", true);
        extra->set("reply_state_id", pendingClose);  // an unusual choice, so the test sees it was honoured
        extra->set("reply_priority_id", 4);
        auto mailbox = createMailbox("IMAP eml", "imap", "eml", helpdesk::protocol::toJsonText(extra));
        m_dovecot->deliver("eml", mailFrom("fred@customer.example", "Keep the original", "orig-1@customer.example"));
        auto run = poll(mailbox);
        auto ticket = ticketOf(run, 0);
        auto id = ticket->getValue<std::int64_t>("id");
        auto agent = m_desk->as("alphaFull");
        auto articles = agent.get("/api/v1/tickets/" + std::to_string(id) + "/articles").array("articles");
        auto attachments = articles->getObject(0)->getArray("attachments");
        QCOMPARE(attachments->size(), 1u);
        QCOMPARE(attachments->getObject(0)->getValue<std::string>("filename"), std::string("original.eml"));
        auto patch = newObject();
        patch->set("state_id", closed);
        QCOMPARE(agent.patch("/api/v1/tickets/" + std::to_string(id), patch).status, 200);
        m_dovecot->deliver("eml", "In-Reply-To: <orig-1@customer.example>\r\n"
                                      + mailFrom("fred@customer.example", "Re: Keep the original"));
        QCOMPARE(poll(mailbox)->getValue<int>("appended"), 1);
        auto after = agent.get("/api/v1/tickets/" + std::to_string(id)).object("ticket");
        QCOMPARE(after->getValue<std::int64_t>("state_id"), pendingClose);
        QCOMPARE(after->getValue<std::int64_t>("priority_id"), std::int64_t(4));
    }

    void tenFailedConnectionsDisableTheMailbox_data()
    {
        QTest::addColumn<int>("disableAfter");
        QTest::addColumn<bool>("enabledAfterTwelve");
        QTest::newRow("the default disables after ten failures") << 10 << false;
        QTest::newRow("never disabling keeps it enabled") << 0 << true;
    }

    void tenFailedConnectionsDisableTheMailbox()
    {
        QFETCH(int, disableAfter);
        QFETCH(bool, enabledAfterTwelve);
        Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
        int closedPort = probe.address().port();
        probe.close();
        auto extra = newObject();
        extra->set("disable_after_failures", disableAfter);
        auto mailbox = createMailbox("Down " + std::to_string(disableAfter), "imap", "support", helpdesk::protocol::toJsonText(extra));
        QCOMPARE(m_desk->as("admin").patch("/api/v1/mailboxes/" + std::to_string(mailbox),
                                           json("{\"port\":" + std::to_string(closedPort) + "}")).status, 200);
        JsonObject run;
        for (int i = 1; i <= 12; ++i) {
            run = poll(mailbox);
            QVERIFY(!run->isNull("error"));
            if (disableAfter && i == 9)
                QCOMPARE(run->getValue<bool>("enabled"), true);
        }
        QCOMPARE(run->getValue<bool>("enabled"), enabledAfterTwelve);
        auto list = m_desk->as("admin").get("/api/v1/mailboxes").array("mailboxes");
        for (unsigned i = 0; i < list->size(); ++i) {
            auto m = list->getObject(i);
            if (m->getValue<std::int64_t>("id") != mailbox)
                continue;
            QCOMPARE(m->getValue<bool>("enabled"), enabledAfterTwelve);
            QCOMPARE(m->has("password"), false);  // write-only
            if (!enabledAfterTwelve)
                QVERIFY(m->getValue<std::string>("disabled_reason").find("10 failed connections") != std::string::npos);
        }
        auto runs = m_desk->as("admin").get("/api/v1/mailboxes/" + std::to_string(mailbox) + "/runs").array("runs");
        QCOMPARE(runs->size(), 12u);
    }
};

QTEST_GUILESS_MAIN(TestMailboxes)
#include "tst_mailboxes.moc"
