// What a customer, a stranger's mail or a careless agent writes cannot become code in a page or
// a line in someone else's mail: hostile body_html reads back sanitized for staff (API and mail),
// every address and header value we would emit is refused with 422 naming its field when it could
// break out of its line, and the SMTP sender, as the last line, fails a mail that still carries
// one instead of writing it into the dialogue, so the SMTP server never sees an injected RCPT.

#include "support/Desk.h"
#include "support/SmtpSink.h"
#include "support/WaitUntil.h"

#include <QtTest>

#include <memory>

using namespace helpdesk::test;
using helpdesk::protocol::JsonObject;

namespace {
int g_serial = 0;

std::string ticketPath(std::int64_t id, const std::string &rest = {})
{
    return "/api/v1/tickets/" + std::to_string(id) + rest;
}

/// Whether `html` holds anything a browser would run or that covers the page.
std::string scriptCapable(const std::string &html)
{
    std::string lower = html;
    for (auto &c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char *needle :
         {"<script", "<svg",   "<math",      "<iframe",  "<object", "<embed",      "<style",     "<base",
          "<meta",   "<form",  "onerror",    "onload",   "onclick", "onmouseover", "javascript", "vbscript",
          "data:",   "srcset", "formaction", "position", "z-index", "expression"})
        if (lower.find(needle) != std::string::npos)
            return needle;
    return {};
}

std::string strangerMail(const std::string &html)
{
    return "From: Mallory <mallory@stranger.example>\r\nTo: alpha@desk.example\r\nSubject: Look at this\r\n"
           "Date: Tue, 24 Nov 2026 10:00:00 +0000\r\nMessage-ID: <injection-" +
           std::to_string(++g_serial) +
           "@stranger.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n";
}
} // namespace

class TestInjection : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<SmtpSink> m_sink;
    std::int64_t m_ticket = 0;

    /// The article `id` of ticket `ticketId` as staff read it.
    JsonObject articleAsStaff(std::int64_t ticketId, std::int64_t id)
    {
        auto articles = m_desk->as("alphaFull").get(ticketPath(ticketId, "/articles")).array("articles");
        for (unsigned i = 0; articles && i < articles->size(); ++i)
            if (articles->getObject(i)->getValue<std::int64_t>("id") == id)
                return articles->getObject(i);
        return nullptr;
    }

    /// Messages the SMTP server received with an envelope recipient at evil.example.
    int injectedRecipientsSeen() const
    {
        int seen = 0;
        for (const auto &mail : m_sink->messages())
            if (mail.header("X-RcptTo").find("evil.example") != std::string::npos)
                ++seen;
        return seen;
    }

private slots:
    void initTestCase()
    {
        m_desk = std::make_unique<Desk>();
        m_sink = std::make_unique<SmtpSink>();
        m_sink->start();
        m_desk->useSmtp(m_sink->port());
        m_ticket = m_desk->openTicket("Alpha", "erin", "Printer");
    }
    void cleanupTestCase()
    {
        m_desk.reset();
        m_sink.reset();
    }

    void aCustomersHostileHtmlReadsBackSanitizedForStaff_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("kept"); // the customer's own words, which must survive
        QTest::newRow("a script after the text") << "<p>My printer is on fire</p><script>alert(1)</script>"
                                                 << "My printer is on fire";
        QTest::newRow("an image that runs onerror") << "<p>See</p><img src=x onerror=alert(document.cookie)>"
                                                    << "See";
        QTest::newRow("javascript&colon; in a link") << "<a href=\"javascript&colon;alert(1)\">the manual</a>"
                                                     << "the manual";
        QTest::newRow("an encoded scheme") << "<a href=\"&#x6A;avascript:alert(1)\">details</a>"
                                           << "details";
        QTest::newRow("svg onload") << "<svg onload=alert(1)><text>x</text></svg><p>Thanks</p>"
                                    << "Thanks";
        QTest::newRow("an overlay") << "<div style=\"position:fixed;z-index:9999;color:red\">Urgent</div>"
                                    << "Urgent";
        QTest::newRow("a data: link") << "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">log</a>"
                                      << "log";
        QTest::newRow("srcset and formaction")
            << "<img src=\"https://ok.example/a.png\" srcset=\"https://evil.example/x 2x\"><button "
               "formaction=\"javascript:alert(1)\">Go</button><p>Hello</p>"
            << "Hello";
    }

    void aCustomersHostileHtmlReadsBackSanitizedForStaff()
    {
        QFETCH(QString, html);
        QFETCH(QString, kept);
        auto body = helpdesk::protocol::newObject();
        body->set("body_text", "see the HTML");
        body->set("body_html", html.toStdString());
        auto created = m_desk->as("erin").post(ticketPath(m_ticket, "/articles"), body);
        QCOMPARE(created.status, 201);
        const auto id = created.object("article")->getValue<std::int64_t>("id");

        auto article = articleAsStaff(m_ticket, id);
        QVERIFY(article);
        const auto stored = article->getValue<std::string>("body_html");
        QVERIFY2(scriptCapable(stored).empty(), (scriptCapable(stored) + " in " + stored).c_str());
        QVERIFY2(stored.find(kept.toStdString()) != std::string::npos, stored.c_str());
        // The writer's own answer is the stored text, not what was sent.
        QCOMPARE(created.object("article")->getValue<std::string>("body_html"), stored);
    }

    void aStrangersHostileMailHtmlIsStoredSanitized()
    {
        auto answer = m_desk->as("admin").send(
            "POST", "/api/v1/mail/inbound?recipient=alpha@desk.example",
            strangerMail("<p>Invoice attached</p><img src=x onerror=alert(1)><svg><script>alert(2)</script></svg>"
                         "<a href=\"jav&#x09;ascript:alert(3)\">open</a>"),
            "message/rfc822");
        QCOMPARE(answer.status, 202);
        QCOMPARE(answer.body->getValue<std::string>("state"), std::string("processed"));
        const auto inboundId = answer.body->getValue<std::int64_t>("inbound_id");
        auto list = m_desk->as("admin").get("/api/v1/mail/inbound?limit=100").array("messages");
        JsonObject entry;
        for (unsigned i = 0; list && i < list->size(); ++i)
            if (list->getObject(i)->getValue<std::int64_t>("id") == inboundId)
                entry = list->getObject(i);
        QVERIFY(entry && !entry->isNull("ticket_id"));
        auto article =
            articleAsStaff(entry->getValue<std::int64_t>("ticket_id"), entry->getValue<std::int64_t>("article_id"));
        QVERIFY(article);
        const auto stored = article->getValue<std::string>("body_html");
        QVERIFY2(scriptCapable(stored).empty(), (scriptCapable(stored) + " in " + stored).c_str());
        QVERIFY2(stored.find("Invoice attached") != std::string::npos, stored.c_str());
        QVERIFY2(stored.find(">open</a>") != std::string::npos, stored.c_str());
    }

    void aValueThatCouldBreakItsLineIsRefusedNamingItsField_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("path");     // "{ticket}" stands for the test's ticket
        QTest::addColumn<QString>("document"); // the rest of the request, valid
        QTest::addColumn<QString>("field");    // set to `value` ("a.b" nested, "addresses" a list); named by the 422
        QTest::addColumn<QByteArray>("value");
        auto row = [](const char *name, const char *who, const char *verb, const char *path, const char *document,
                      const char *field, const QByteArray &value) {
            QTest::newRow(name) << QString::fromUtf8(who) << QString::fromUtf8(verb) << QString::fromUtf8(path)
                                << QString::fromUtf8(document) << QString::fromUtf8(field) << value;
        };
        const char *email = R"({"channel":"email","body_text":"x"})";
        const char *ticket = R"({"title":"Help","group_id":{alpha},"customer_id":{erin}})";
        auto reply = [&](const char *name, const char *field, const QByteArray &value) {
            row(name, "alphaFull", "POST", "{ticket}/articles", email, field, value);
        };
        reply("a reply whose to injects an RCPT", "to", "erin@test.example>\r\nRCPT TO:<x@evil.example");
        reply("a reply whose to adds a Bcc header", "to", "erin@test.example\r\nBcc: x@evil.example");
        reply("a reply whose to has a bare line feed", "to", "erin@test.example\nRCPT TO:<x@evil.example>");
        reply("a reply to a list with a bare word", "to", "erin@test.example, bob");
        reply("a reply to a name whose angle bracket is left open", "to", "Erin <erin@test.example");
        reply("a reply to a quoted local part", "to", "\"x>\\\"\"@evil.example");
        reply("a reply to an address with a space", "to", "erin @test.example");
        reply("a reply to an address with two at signs", "to", "erin@test.example@evil.example");
        reply("a reply whose cc injects an RCPT", "cc", "a@b.example\nRCPT TO:<x@evil.example>");
        reply("a reply with a NUL in its cc", "cc", QByteArray("a@b.example\0x@evil.example", 26));
        reply("a reply whose subject adds a header", "subject", "Hi\r\nBcc: x@evil.example");
        row("a note whose to holds a line break", "alphaFull", "POST", "{ticket}/articles",
            R"({"channel":"note","body_text":"x"})", "to", "a\r\nRCPT TO:<x@evil.example>");
        row("a ticket whose title adds a header", "alphaFull", "POST", "/api/v1/tickets", ticket, "title",
            "Help\r\nBcc: x@evil.example");
        row("a ticket for a customer address that injects an RCPT", "alphaFull", "POST", "/api/v1/tickets",
            R"({"title":"Help","group_id":{alpha}})", "customer_email", "x@evil.example>\r\nRCPT TO:<y@evil.example");
        row("a ticket whose first article's cc injects", "alphaFull", "POST", "/api/v1/tickets",
            R"({"title":"Help","group_id":{alpha},"customer_id":{erin},"article":{"channel":"email","body_text":"x"}})",
            "article.cc", "a@b.example\r\nRCPT TO:<x@evil.example>");
        row("a group address with a line break", "admin", "POST", "/api/v1/groups", R"({"name":"Gamma"})", "addresses",
            "gamma@desk.example\r\nBcc: x@evil.example");
        row("a group named across two lines", "admin", "POST", "/api/v1/groups", "{}", "name",
            "Gamma\r\nBcc: x@evil.example");
        row("a person named across two lines", "admin", "POST", "/api/v1/users", R"({"email":"eve@customer.example"})",
            "name", "Eve\r\nBcc: x@evil.example");
        row("a person's address that injects an RCPT", "admin", "POST", "/api/v1/users", R"({"name":"Eve"})", "email",
            "eve@customer.example>\r\nRCPT TO:<x@evil.example");
        row("a system address with a line break", "admin", "PATCH", "/api/v1/settings/mail", "{}", "system_address",
            "desk@desk.example\r\nBcc: x@evil.example");
        row("a no-reply address in angle brackets", "admin", "PATCH", "/api/v1/settings/mail", "{}", "noreply_address",
            "<noreply@desk.example>");
        row("a system name across two lines", "admin", "PATCH", "/api/v1/settings/mail", "{}", "system_name",
            "Desk\r\nBcc: x@evil.example");
        row("a ticket tag across two lines", "admin", "PATCH", "/api/v1/settings/mail", "{}", "ticket_tag",
            "Ticket#\r\nBcc: x@evil.example");
        row("a Message-ID domain that closes the id", "admin", "PATCH", "/api/v1/settings/mail", "{}",
            "message_id_domain", "desk.example> x");
    }

    void aValueThatCouldBreakItsLineIsRefusedNamingItsField()
    {
        QFETCH(QString, who);
        QFETCH(QString, verb);
        QFETCH(QString, path);
        QFETCH(QString, document);
        QFETCH(QString, field);
        QFETCH(QByteArray, value);
        auto text = document.toStdString();
        for (const auto &[placeholder, id] :
             {std::pair<std::string, std::int64_t>{"{alpha}", m_desk->alpha()}, {"{erin}", m_desk->userId("erin")}})
            if (auto at = text.find(placeholder); at != std::string::npos)
                text.replace(at, placeholder.size(), std::to_string(id));
        auto body = json(text);
        auto name = field.toStdString();
        auto target = body;
        if (auto dot = name.find('.'); dot != std::string::npos) {
            target = body->getObject(name.substr(0, dot));
            name = name.substr(dot + 1);
        }
        if (name == "addresses") {
            Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
            list->add(value.toStdString());
            target->set(name, list);
        } else {
            target->set(name, value.toStdString());
        }
        auto url = path.toStdString();
        if (url.rfind("{ticket}", 0) == 0)
            url = ticketPath(m_ticket, url.substr(8));
        auto answer = m_desk->as(who.toStdString()).send(verb.toStdString(), url, helpdesk::protocol::toJsonText(body));
        QVERIFY2(answer.status == 422, answer.raw.c_str());
        QCOMPARE(QString::fromStdString(answer.errorField()), field);
    }

    void aCleanReplyStillGoesOutToEveryRecipient()
    {
        auto before = m_sink->messages().size();
        auto body = json(R"({"channel":"email","body_text":"Fixed.","to":"Erin <erin@test.example>"})");
        body->set("cc", std::string("\"Doe, Jane\" <jane@customer.example>; o'brien+desk@customer.example"));
        auto reply = m_desk->as("alphaFull").post(ticketPath(m_ticket, "/articles"), body);
        QCOMPARE(reply.status, 201);
        QVERIFY(m_desk->waitUntilMailSettled());
        // The reply, not whatever else the desk mailed meanwhile (agents' notifications).
        std::string rcpt;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto messages = m_sink->messages();
                for (auto i = before; i < messages.size(); ++i)
                    if (messages[i].header("X-RcptTo").find("erin@test.example") != std::string::npos)
                        rcpt = messages[i].header("X-RcptTo");
                return !rcpt.empty();
            }(),
            10000);
        for (const char *address : {"erin@test.example", "jane@customer.example", "o'brien+desk@customer.example"})
            QVERIFY2(rcpt.find(address) != std::string::npos, rcpt.c_str());
    }

    void theSmtpSenderFailsAMailThatStillCarriesALineBreak_data()
    {
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("reason"); // in the outbox row's error
        QTest::newRow("a recipient that injects an RCPT") << "erin@test.example>\r\nRCPT TO:<x@evil.example"
                                                          << "Hello"
                                                          << "not sent: the recipient";
        QTest::newRow("a recipient with a bare line feed") << "erin@test.example\nRCPT TO:<x@evil.example>"
                                                           << "Hello"
                                                           << "not sent: the recipient";
        QTest::newRow("a subject that adds a Bcc header") << "erin@test.example"
                                                          << "Hello\r\nBcc: x@evil.example"
                                                          << "not sent: its Subject header";
    }

    void theSmtpSenderFailsAMailThatStillCarriesALineBreak()
    {
        // An outbox row from before the checks (or written by another system) with the bad value in
        // it, queued as the outbox queues mail.
        QFETCH(QString, recipient);
        QFETCH(QString, subject);
        QFETCH(QString, reason);
        auto quote = [](const QString &text) {
            auto escaped = text.toStdString();
            for (std::size_t at = escaped.find('\''); at != std::string::npos; at = escaped.find('\'', at + 2))
                escaped.insert(at, 1, '\'');
            return "'" + escaped + "'";
        };
        const auto messageId = "injected-" + std::to_string(++g_serial) + "@desk.example";
        m_desk->exec(
            "WITH m AS (INSERT INTO outbound_mail (kind, ticket_id, mail_from, recipients, subject, body_text, "
            "message_id) VALUES ('reply', " +
            std::to_string(m_ticket) + ", 'Alpha <alpha@desk.example>', ARRAY[" + quote(recipient) + "], " +
            quote(subject) + ", 'body', '" + messageId +
            "') RETURNING id) INSERT INTO jobs (queue, payload, max_attempts, dedupe_key) SELECT 'mail.send', "
            "jsonb_build_object('outbound_id', id), 32, 'mail.send:' || id FROM m");
        QVERIFY(m_desk->waitUntilMailSettled());
        const auto where = " FROM outbound_mail WHERE message_id = '" + messageId + "'";
        QCOMPARE(m_desk->scalar("SELECT count(*)" + where + " AND state = 'failed' AND attempts <= 1"), 1LL);
        QCOMPARE(m_desk->scalar("SELECT count(*)" + where + " AND position(" + quote(reason) + " in last_error) > 0"),
                 1LL);
        // The ticket's history says so, on one line.
        QVERIFY(m_desk->scalar("SELECT count(*) FROM history WHERE ticket_id = " + std::to_string(m_ticket) +
                               " AND field = 'mail.failed' AND new_value NOT LIKE E'%\\n%'") >= 1);
        QCOMPARE(injectedRecipientsSeen(), 0);
    }

    void noInjectedRecipientEverReachedTheSmtpServer()
    {
        QVERIFY(m_desk->waitUntilMailSettled());
        QVERIFY(!m_sink->messages().empty()); // the sink did receive mail: the check below is not vacuous
        QCOMPARE(injectedRecipientsSeen(), 0);
        for (const auto &mail : m_sink->messages())
            QVERIFY2(mail.raw.find("evil.example") == std::string::npos, mail.raw.c_str());
    }
};

QTEST_GUILESS_MAIN(TestInjection)
#include "tst_injection.moc"
