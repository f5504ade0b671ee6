// The mail grabber against a real Dovecot (IMAP and POP3): processed and failed messages go to
// their folders (or are marked seen), POP3 deletes or keeps, one message in two mailboxes makes
// one article, unknown senders follow the mailbox's rule, opening and reply state and priority,
// the original .eml kept, every run logged, and ten failed connections disable a mailbox.
// Faults: another client reading the mailbox, a renumbered folder (UIDVALIDITY), the mail server
// down and back, and a message over the size limit (refused, its headers kept, never truncated).

#include "support/Desk.h"
#include "support/DovecotServer.h"
#include "support/SmtpSink.h"

#include "domain/MailSettings.h"
#include "mail/ImapClient.h"

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
    return "From: " + from + "\r\nTo: support@desk.example\r\nSubject: " + subject + "\r\nMessage-ID: <" + messageId +
           ">\r\nDate: Tue, 24 Nov 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBody of " +
           subject + "\r\n";
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

    /// Another mail client (a colleague's Thunderbird) reads every unread message of the inbox;
    /// returns how many it read.
    std::size_t readWithAnotherClient(const std::string &user)
    {
        helpdesk::mail::ImapClient other("127.0.0.1", m_dovecot->imapPort(), "none");
        other.login(user, "secret");
        other.select("INBOX");
        auto unread = other.unseen();
        other.markSeen(unread);
        auto left = other.unseen().size();
        other.logout();
        return left == 0 ? unread.size() : 0;
    }

    /// Sets the mail size limit, in force at once in this process.
    void setMessageLimit(std::int64_t bytes)
    {
        auto body = newObject();
        body->set("max_message_bytes", bytes);
        QCOMPARE(m_desk->as("admin").patch("/api/v1/settings/mail", body).status, 200);
        helpdesk::domain::MailSettings::invalidateCache();
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
        for (const char *user : {"support", "sales", "pop", "popkeep", "strict", "plain", "eml", "thread", "reader1",
                                 "reader2", "renumber", "outimap", "outpop", "bigimap", "bigpop"})
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
        auto mailbox =
            createMailbox("IMAP support", "imap", "support",
                          R"({"imap_processed_folder":"Processed","imap_error_folder":"Errors","open_priority_id":3})");
        QVERIFY(mailbox);
        m_dovecot->deliver("support", mailFrom("Anna <anna@customer.example>", "Screen flickers"));
        m_dovecot->deliver("support", mailFrom("bert@customer.example", "Keyboard sticky"));
        m_dovecot->deliver("support", std::string("\x01\x02\x03 not mail at all"));
        auto run = poll(mailbox);
        QVERIFY(run);
        QCOMPARE(run->getValue<int>("fetched"), 3);
        QCOMPARE(run->getValue<int>("created"), 2);
        QCOMPARE(run->getValue<int>("failed"), 1);
        QVERIFY(run->isNull("error"));
        QCOMPARE(m_dovecot->count("support"), 0);
        QCOMPARE(m_dovecot->count("support", "Processed"), 2);
        QCOMPARE(m_dovecot->count("support", "Errors"), 1);
        QCOMPARE(ticketOf(run, 0)->getValue<std::int64_t>("priority_id"),
                 std::int64_t(3)); // the mailbox's opening priority
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
        QCOMPARE(m_dovecot->count("plain"), 1); // still there, flagged seen
        QCOMPARE(poll(mailbox)->getValue<int>("fetched"), 0);
    }

    void pop3DeletesOrKeepsProcessedMail_data()
    {
        QTest::addColumn<bool>("deleteProcessed");
        QTest::newRow("a POP3 mailbox set to delete empties the mailbox") << true;
        QTest::newRow("a POP3 mailbox set to keep leaves the mail and does not fetch it again") << false;
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
        // Kept mail is known by its UIDL: not downloaded again, let alone filed twice.
        m_dovecot->deliver(user, mailFrom("dora@customer.example", "POP three " + user));
        auto second = poll(mailbox);
        QCOMPARE(second->getValue<int>("fetched"), 1);
        QCOMPARE(second->getValue<int>("created"), 1);
        QCOMPARE(m_dovecot->count(user), deleteProcessed ? 0 : 3);
        QCOMPARE(poll(mailbox)->getValue<int>("fetched"), 0);
    }

    void aFollowUpFetchedInTheSamePollAsItsOriginalJoinsItsTicket()
    {
        auto mailbox = createMailbox("IMAP thread", "imap", "thread");
        m_dovecot->deliver("thread", mailFrom("yuri@customer.example", "VPN down", "vpn-original@customer.example"));
        for (int i = 0; i < 6; ++i) // unrelated mail between them, interpreted meanwhile
            m_dovecot->deliver(
                "thread", mailFrom("other" + std::to_string(i) + "@customer.example", "Other " + std::to_string(i)));
        auto followUp = mailFrom("yuri@customer.example", "Re: VPN down", "vpn-followup@customer.example");
        followUp.insert(
            0, "In-Reply-To: <vpn-original@customer.example>\r\nReferences: <vpn-original@customer.example>\r\n");
        m_dovecot->deliver("thread", followUp);
        auto run = poll(mailbox);
        QVERIFY(run);
        QCOMPARE(run->getValue<int>("fetched"), 8);
        QCOMPARE(run->getValue<int>("created"), 7);
        QCOMPARE(run->getValue<int>("appended"), 1);
        auto details = run->getArray("details");
        QCOMPARE(details->getObject(7)->getValue<std::int64_t>("ticket_id"),
                 details->getObject(0)->getValue<std::int64_t>("ticket_id"));
    }

    void testingAConnectionSaysWhetherTheMailboxAnswers()
    {
        auto good = createMailbox("Test good", "imap", "plain");
        auto bad = createMailbox("Test bad", "pop3", "plain");
        QCOMPARE(m_desk->as("admin")
                     .patch("/api/v1/mailboxes/" + std::to_string(bad), json(R"({"password":"wrong"})"))
                     .status,
                 200);
        auto r = m_desk->as("admin").post("/api/v1/mailboxes/" + std::to_string(good) + "/test", newObject());
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body->getValue<bool>("ok"), r.raw.c_str());
        auto failed = m_desk->as("admin").post("/api/v1/mailboxes/" + std::to_string(bad) + "/test", newObject());
        QCOMPARE(failed.status, 200);
        QVERIFY(!failed.body->getValue<bool>("ok"));
        QVERIFY2(!failed.body->getValue<std::string>("message").empty(), failed.raw.c_str());
        // Testing fetches nothing and logs no run.
        QCOMPARE(m_desk->as("admin").get("/api/v1/mailboxes/" + std::to_string(good) + "/runs").array("runs")->size(),
                 0u);
        QCOMPARE(
            m_desk->as("alphaFull").post("/api/v1/mailboxes/" + std::to_string(good) + "/test", newObject()).status,
            403);
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
        auto mailbox = createMailbox(
            "IMAP strict", "imap", "strict",
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
        extra->set("reply_state_id", pendingClose); // an unusual choice, so the test sees it was honoured
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
        m_dovecot->deliver("eml", "In-Reply-To: <orig-1@customer.example>\r\n" +
                                      mailFrom("fred@customer.example", "Re: Keep the original"));
        QCOMPARE(poll(mailbox)->getValue<int>("appended"), 1);
        auto after = agent.get("/api/v1/tickets/" + std::to_string(id)).object("ticket");
        QCOMPARE(after->getValue<std::int64_t>("state_id"), pendingClose);
        QCOMPARE(after->getValue<std::int64_t>("priority_id"), std::int64_t(4));
    }

    void anotherClientReadingTheMailboxDoesNotMakeMailVanish_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("options");
        QTest::newRow("a mailbox that flags what it took still takes mail read elsewhere") << "reader1"
                                                                                           << "{}";
        QTest::newRow("a mailbox that moves what it took still takes mail read elsewhere")
            << "reader2"
            << R"({"imap_processed_folder":"Done","imap_error_folder":"Errors"})";
    }

    void anotherClientReadingTheMailboxDoesNotMakeMailVanish()
    {
        QFETCH(QString, user);
        QFETCH(QString, options);
        auto mailbox =
            createMailbox("Read elsewhere " + user.toStdString(), "imap", user.toStdString(), options.toStdString());
        QCOMPARE(poll(mailbox)->getValue<int>("fetched"), 0);
        m_dovecot->deliver(user.toStdString(),
                           mailFrom("gina@customer.example", "Read by a colleague " + user.toStdString()));
        m_dovecot->deliver(user.toStdString(), mailFrom("hugo@customer.example", "Also read " + user.toStdString()));
        QCOMPARE(readWithAnotherClient(user.toStdString()), std::size_t(2)); // both flagged \Seen before the desk polls
        auto run = poll(mailbox);
        QCOMPARE(run->getValue<int>("fetched"), 2);
        QCOMPARE(run->getValue<int>("created"), 2);
        QCOMPARE(poll(mailbox)->getValue<int>("fetched"), 0); // and only once
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM tickets WHERE title = 'Read by a colleague " +
                                user.toStdString() + "'"),
                 1LL);
    }

    void aRenumberedFolderIsReadAgainWithoutDuplicates()
    {
        auto mailbox = createMailbox("IMAP renumbered", "imap", "renumber");
        QCOMPARE(poll(mailbox)->getValue<int>("fetched"), 0);
        m_dovecot->deliver("renumber", mailFrom("ivy@customer.example", "Before the rebuild"));
        QCOMPARE(poll(mailbox)->getValue<int>("created"), 1);
        // The server's mailbox is rebuilt: new UIDVALIDITY, UIDs from 1 again, so the new message
        // gets a UID the desk has seen before.
        m_dovecot->stop();
        m_dovecot->renumberFolder("renumber");
        m_dovecot->deliver("renumber", mailFrom("jack@customer.example", "After the rebuild"));
        m_dovecot->start();
        auto run = poll(mailbox);
        QVERIFY2(run->isNull("error"), helpdesk::protocol::toJsonText(run).c_str());
        QCOMPARE(run->getValue<int>("fetched"), 2); // the whole folder again
        QCOMPARE(run->getValue<int>("created"), 1); // the old message is the same entry
        auto details = run->getArray("details");
        bool noted = false, sawAlreadyStored = false;
        for (unsigned i = 0; i < details->size(); ++i) {
            auto d = details->getObject(i);
            noted |= d->has("note") && d->getValue<std::string>("note").find("UIDVALIDITY") != std::string::npos;
            sawAlreadyStored |= d->has("already_stored");
        }
        QVERIFY(noted);
        QVERIFY(sawAlreadyStored);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM tickets WHERE title = 'Before the rebuild'"), 1LL);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM tickets WHERE title = 'After the rebuild'"), 1LL);
        QCOMPARE(poll(mailbox)->getValue<int>("fetched"), 0);
    }

    void pollingResumesWhenTheMailServerComesBack_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("user");
        QTest::newRow("IMAP") << "imap"
                              << "outimap";
        QTest::newRow("POP3") << "pop3"
                              << "outpop";
    }

    void pollingResumesWhenTheMailServerComesBack()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, user);
        auto mailbox = createMailbox("Outage " + protocol.toStdString(), protocol.toStdString(), user.toStdString(),
                                     protocol == QLatin1String("pop3") ? R"({"pop3_delete":true})" : "{}");
        QCOMPARE(poll(mailbox)->getValue<int>("fetched"), 0);
        m_dovecot->stop();
        m_dovecot->deliver(user.toStdString(),
                           mailFrom("kim@customer.example", "Sent during the outage " + protocol.toStdString()));
        auto down = poll(mailbox);
        QVERIFY(!down->isNull("error"));
        QCOMPARE(down->getValue<int>("consecutive_failures"), 1);
        QCOMPARE(down->getValue<bool>("enabled"), true);
        m_dovecot->start();
        auto up = poll(mailbox);
        QVERIFY2(up->isNull("error"), helpdesk::protocol::toJsonText(up).c_str());
        QCOMPARE(up->getValue<int>("created"), 1);
        QCOMPARE(up->getValue<int>("consecutive_failures"), 0);
        QCOMPARE(poll(mailbox)->getValue<int>("fetched"), 0);
    }

    void anOversizedMessageIsRefusedWithItsHeadersKept_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("user");
        QTest::newRow("IMAP moves it to the error folder") << "imap"
                                                           << "bigimap";
        QTest::newRow("POP3 leaves it on the server and does not fetch it again") << "pop3"
                                                                                  << "bigpop";
    }

    void anOversizedMessageIsRefusedWithItsHeadersKept()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, user);
        const auto proto = protocol.toStdString(), account = user.toStdString();
        setMessageLimit(65536);
        struct Restore {
            TestMailboxes *test;
            ~Restore() { test->setMessageLimit(25 * 1024 * 1024); }
        } restore{this};
        auto mailbox =
            createMailbox("Oversized " + proto, proto, account,
                          proto == "imap" ? R"({"imap_processed_folder":"Done","imap_error_folder":"Errors"})"
                                          : R"({"pop3_delete":true})");
        QCOMPARE(poll(mailbox)->getValue<int>("fetched"), 0);
        auto subject = "Scan of the whole archive " + proto;
        m_dovecot->deliver(account, mailFrom("lena@customer.example", subject, "big-" + proto + "@customer.example") +
                                        std::string(100000, 'B') + "BODY-END-MARKER\r\n");
        m_dovecot->deliver(account, mailFrom("lena@customer.example", "A small one " + proto));
        auto run = poll(mailbox);
        QCOMPARE(run->getValue<int>("fetched"), 2);
        QCOMPARE(run->getValue<int>("created"), 1);
        QCOMPARE(run->getValue<int>("failed"), 1);
        if (proto == "imap") {
            QCOMPARE(m_dovecot->count(account, "Errors"), 1);
            QCOMPARE(m_dovecot->count(account, "Done"), 1);
        } else {
            QCOMPARE(m_dovecot->count(account), 1); // the refused one stays for its owner to fetch
        }
        QCOMPARE(poll(mailbox)->getValue<int>("fetched"), 0); // refused once, not every poll
        // The record: state refused, the sender and subject readable, the reason, the real size.
        auto refused = m_desk->as("admin").get("/api/v1/mail/inbound?state=refused&limit=1000").array("messages");
        JsonObject entry;
        for (unsigned i = 0; i < refused->size(); ++i)
            if (!refused->getObject(i)->isNull("mailbox_id") &&
                refused->getObject(i)->getValue<std::int64_t>("mailbox_id") == mailbox)
                entry = refused->getObject(i);
        QVERIFY(entry);
        QVERIFY(entry->getValue<std::string>("headers").find("Subject: " + subject) != std::string::npos);
        QVERIFY(entry->getValue<std::string>("headers").find("From: lena@customer.example") != std::string::npos);
        QVERIFY(entry->getValue<std::string>("error").find("the limit is 65536") != std::string::npos);
        QVERIFY(entry->getValue<std::int64_t>("size") > 100000);
        // Nothing of the body was kept: refused, not truncated.
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM inbound_messages WHERE position('\\x424242'::bytea IN raw) > 0"
                                " AND mailbox_id = " +
                                std::to_string(mailbox)),
                 0LL);
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
        auto mailbox = createMailbox("Down " + std::to_string(disableAfter), "imap", "support",
                                     helpdesk::protocol::toJsonText(extra));
        QCOMPARE(m_desk->as("admin")
                     .patch("/api/v1/mailboxes/" + std::to_string(mailbox),
                            json("{\"port\":" + std::to_string(closedPort) + ",\"password\":\"secret\"}"))
                     .status,
                 200);
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
            QCOMPARE(m->has("password"), false); // write-only
            if (!enabledAfterTwelve)
                QVERIFY(m->getValue<std::string>("disabled_reason").find("10 failed connections") != std::string::npos);
        }
        auto runs = m_desk->as("admin").get("/api/v1/mailboxes/" + std::to_string(mailbox) + "/runs").array("runs");
        QCOMPARE(runs->size(), 12u);
    }
};

QTEST_GUILESS_MAIN(TestMailboxes)
#include "tst_mailboxes.moc"
