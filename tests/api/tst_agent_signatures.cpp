// Agents' own signatures: the reply mail carries the agent's, the group's or both as the desk's
// rule says, placeholders filled; an agent edits only their own, admins anyone's. Also the
// folder of text modules through the configuration API.

#include "mail/MailParser.h"
#include "support/Desk.h"
#include "support/SmtpSink.h"

#include <QtTest>

#include <memory>

using namespace helpdesk::test;
using helpdesk::protocol::newObject;

class TestAgentSignatures : public QObject
{
    Q_OBJECT

    std::unique_ptr<SmtpSink> m_sink;
    std::unique_ptr<Desk> m_desk;
    std::int64_t m_ticket = 0;

    std::string signaturePath(const std::string &who)
    {
        return "/api/v1/users/" + std::to_string(m_desk->userId(who)) + "/signature";
    }

    static helpdesk::protocol::JsonObject signatureBody(const std::string &text)
    {
        auto body = newObject();
        body->set("signature", text);
        return body;
    }

    /// The text of the reply alphaFull mails to `address` on the test's ticket, as a mail client shows it.
    std::string replyTextTo(const std::string &address)
    {
        auto article = json(R"({"channel":"email","body_text":"Here it is."})");
        article->set("to", address);
        auto posted =
            m_desk->as("alphaFull").post("/api/v1/tickets/" + std::to_string(m_ticket) + "/articles", article);
        if (posted.status != 201)
            return "(reply refused: " + std::to_string(posted.status) + ")";
        if (!m_desk->waitUntilMailSettled())
            return "(mail not settled)";
        for (const auto &mail : m_sink->messages())
            if (mail.header("X-RcptTo").find(address) != std::string::npos)
                return helpdesk::mail::MailParser::parse(mail.raw).text;
        return "(no mail to " + address + ")";
    }

private slots:
    void initTestCase()
    {
        m_sink = std::make_unique<SmtpSink>();
        m_sink->start();
        m_desk = std::make_unique<Desk>();
        m_desk->useSmtp(m_sink->port());
        auto admin = m_desk->as("admin");
        QCOMPARE(admin
                     .patch("/api/v1/groups/" + std::to_string(m_desk->alpha()),
                            json(R"({"signature":"{group_name} team, ticket {ticket_number}"})"))
                     .status,
                 200);
        m_ticket = m_desk->openTicket("Alpha", "carol", "Printer");
        auto own =
            m_desk->as("alphaFull").put(signaturePath("alphaFull"), signatureBody("{agent_name} for {customer_name}"));
        QCOMPARE(own.status, 200);
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_sink.reset();
    }

    void theReplyCarriesTheSignaturesTheRuleNames_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("agents");
        QTest::addColumn<bool>("groups");
        QTest::newRow("group only (the default)") << "group" << false << true;
        QTest::newRow("agent only") << "agent" << true << false;
        QTest::newRow("both: the agent's, then the group's") << "both" << true << true;
    }

    void theReplyCarriesTheSignaturesTheRuleNames()
    {
        QFETCH(QString, rule);
        QFETCH(bool, agents);
        QFETCH(bool, groups);
        auto settings = newObject();
        settings->set("rule", rule.toStdString());
        auto changed = m_desk->as("admin").patch("/api/v1/settings/signatures", settings);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.object("settings")->getValue<std::string>("rule"), rule.toStdString());

        const auto text = replyTextTo("sig-" + rule.toStdString() + "@customer.example");
        const auto number =
            std::to_string(m_desk->scalar("SELECT number FROM tickets WHERE id = " + std::to_string(m_ticket)));
        const auto carol = m_desk->text("SELECT name FROM users WHERE id = " + std::to_string(m_desk->userId("carol")));
        const auto alphaFull =
            m_desk->text("SELECT name FROM users WHERE id = " + std::to_string(m_desk->userId("alphaFull")));
        const std::string agentLine = alphaFull + " for " + carol;
        const std::string groupLine = "Alpha team, ticket " + number;
        QVERIFY2(text.find("Here it is.\n\n-- \n") != std::string::npos, text.c_str());
        QCOMPARE(text.find(agentLine) != std::string::npos, agents);
        QCOMPARE(text.find(groupLine) != std::string::npos, groups);
        QVERIFY2(text.find('{') == std::string::npos, text.c_str()); // every placeholder filled
        if (agents && groups)
            QVERIFY2(text.find(agentLine + "\n\n" + groupLine) != std::string::npos, text.c_str());
    }

    void anUnknownRuleIsRefused()
    {
        auto r = m_desk->as("admin").patch("/api/v1/settings/signatures", json(R"({"rule":"agent_then_group"})"));
        QCOMPARE(r.status, 422);
        QCOMPARE(m_desk->as("alphaFull").get("/api/v1/settings/signatures").status, 403);
    }

    void whoMayChangeWhoseSignature_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("whose");
        QTest::addColumn<int>("status");
        QTest::newRow("an agent their own") << "betaFull"
                                            << "betaFull" << 200;
        QTest::newRow("an agent another agent's") << "betaFull"
                                                  << "alphaFull" << 403;
        QTest::newRow("a supervisor an agent's") << "supervisor"
                                                 << "alphaFull" << 403;
        QTest::newRow("an admin an agent's") << "admin"
                                             << "alphaRead" << 200;
        QTest::newRow("a customer their own") << "carol"
                                              << "carol" << 403;
        QTest::newRow("an admin a customer's (customers sign nothing)") << "admin"
                                                                        << "carol" << 404;
    }

    void whoMayChangeWhoseSignature()
    {
        QFETCH(QString, who);
        QFETCH(QString, whose);
        QFETCH(int, status);
        const std::string text = "Signed by " + who.toStdString() + " for " + whose.toStdString();
        auto caller = m_desk->as(who.toStdString());
        QCOMPARE(caller.put(signaturePath(whose.toStdString()), signatureBody(text)).status, status);
        const auto stored = m_desk->text("SELECT signature FROM users WHERE id = " +
                                         std::to_string(m_desk->userId(whose.toStdString())));
        QCOMPARE(stored == text, status == 200);
        if (status == 200) {
            auto read = caller.get(signaturePath(whose.toStdString()));
            QCOMPARE(read.status, 200);
            QCOMPARE(read.object("signature")->getValue<std::string>("signature"), text);
        }
    }

    void aTextModulesFolderRoundTrips()
    {
        auto admin = m_desk->as("admin");
        auto created = admin.post("/api/v1/text_modules",
                                  json(R"({"keyword":"toner","name":"Toner","body":"New toner","folder":"Hardware"})"));
        QCOMPARE(created.status, 201);
        const auto id = created.object("text_module")->getValue<std::int64_t>("id");
        QCOMPARE(created.object("text_module")->getValue<std::string>("folder"), std::string("Hardware"));
        const auto path = "/api/v1/text_modules/" + std::to_string(id);
        QCOMPARE(admin.patch(path, json(R"({"folder":"Printers/Toner"})")).status, 200);
        // Agents read it where the composer's picker does: the list of text modules.
        auto modules = m_desk->as("alphaFull").get("/api/v1/text_modules").array("text_modules");
        QVERIFY(modules);
        std::string folder = "(not listed)";
        for (unsigned i = 0; i < modules->size(); ++i)
            if (modules->getObject(i)->getValue<std::int64_t>("id") == id)
                folder = modules->getObject(i)->getValue<std::string>("folder");
        QCOMPARE(folder, std::string("Printers/Toner"));
        QCOMPARE(admin.patch(path, json(R"({"folder":")" + std::string(201, 'x') + R"("})")).status, 422);
    }
};

QTEST_GUILESS_MAIN(TestAgentSignatures)
#include "tst_agent_signatures.moc"
