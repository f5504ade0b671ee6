// Tickets and articles through the HTTP API as an agent and a customer would use them:
// creation with a first article, field changes recorded in history, custom fields of every
// type validated, tags, merge and link, attachments stored once, search, idempotent retries.

#include "support/Desk.h"

#include <QtTest>

#include <pqxx/pqxx>

#include <memory>

using namespace helpdesk::test;
using helpdesk::protocol::JsonObject;
using helpdesk::protocol::newObject;

class TestTickets : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;

    std::string ticketPath(std::int64_t id, const std::string &rest = {})
    {
        return "/api/v1/tickets/" + std::to_string(id) + rest;
    }

private slots:
    void initTestCase()
    {
        m_desk = std::make_unique<Desk>();
        auto admin = m_desk->as("admin");
        const char *fields[] = {
            R"({"object_kind":"ticket","name":"contract","label":"Contract","field_type":"select","options":["gold","silver"]})",
            R"({"object_kind":"ticket","name":"seats","label":"Seats","field_type":"integer"})",
            R"({"object_kind":"ticket","name":"onsite","label":"On site","field_type":"boolean","default_value":false})",
            R"({"object_kind":"ticket","name":"due","label":"Due","field_type":"date"})",
            R"({"object_kind":"ticket","name":"seen","label":"Seen","field_type":"datetime"})",
            R"({"object_kind":"ticket","name":"note","label":"Note","field_type":"text"})",
            R"({"object_kind":"ticket","name":"areas","label":"Areas","field_type":"multiselect","options":["lan","wifi","vpn"]})",
        };
        for (const char *f : fields)
            QCOMPARE(admin.post("/api/v1/custom_fields", json(f)).status, 201);
    }

    void cleanupTestCase() { m_desk.reset(); }

    void phoneTicketOpensWithItsArticleAndHistory()
    {
        auto agent = m_desk->as("alphaFull");
        auto body =
            json(R"({"title":"Phone: printer","customer_email":"frank@customer.example","tags":["printer","vip"],
                              "article":{"channel":"phone_in","body_text":"Frank called about the printer"}})");
        body->set("group_id", m_desk->alpha());
        auto r = agent.post("/api/v1/tickets", body);
        QCOMPARE(r.status, 201);
        auto ticket = r.object("ticket");
        QVERIFY(ticket->getValue<std::int64_t>("number") >= 10001);
        QCOMPARE(ticket->getValue<std::string>("state_type"), std::string("new"));
        QCOMPARE(ticket->getValue<int>("article_count"), 1);
        QCOMPARE(ticket->getArray("tags")->size(), 2u);
        QCOMPARE(ticket->getObject("custom")->getValue<bool>("onsite"), false); // default applied
        auto article = r.object("article");
        QCOMPARE(article->getValue<std::string>("sender"), std::string("agent"));
        QCOMPARE(article->getValue<std::string>("channel"), std::string("phone_in"));
        QCOMPARE(article->getValue<bool>("internal"), false);
        // The new customer exists now and can be found.
        auto users = agent.get("/api/v1/users?query=frank%40customer");
        QCOMPARE(users.array("users")->size(), 1u);
        auto history = agent.get(ticketPath(ticket->getValue<std::int64_t>("id"), "/history"));
        QCOMPARE(history.array("history")->getObject(0)->getValue<std::string>("field"), std::string("created"));
        QCOMPARE(history.array("history")->getObject(0)->getValue<std::string>("new_value"),
                 std::to_string(ticket->getValue<std::int64_t>("number")));
        // The answer shows the ticket as reading it does: counted, previewed, shared with no one.
        auto read = agent.get(ticketPath(ticket->getValue<std::int64_t>("id")));
        auto field = [](const JsonObject &object, const std::string &name) {
            auto one = newObject();
            one->set(name, object->get(name));
            return QString::fromStdString(helpdesk::protocol::toJsonText(one));
        };
        std::vector<std::string> names;
        ticket->getNames(names);
        for (const auto &name : names)
            QCOMPARE(field(read.object("ticket"), name), field(ticket, name));
        QCOMPARE(ticket->getValue<std::string>("preview"), std::string("Frank called about the printer"));
        QCOMPARE(ticket->getValue<std::string>("created_via"), std::string("phone_in"));
        QCOMPARE(ticket->getArray("shared_with")->size(), 0u);
        QCOMPARE(ticket->getArray("external_ids")->size(), 0u);
    }

    void fieldChangesAreRecordedOneHistoryRowEach()
    {
        auto id = m_desk->openTicket("Alpha", "carol", "Monitor flickers");
        auto agent = m_desk->as("alphaFull");
        auto states = agent.get("/api/v1/states").array("states");
        std::int64_t open = 0;
        for (unsigned i = 0; i < states->size(); ++i)
            if (states->getObject(i)->getValue<std::string>("state_type") == "open")
                open = states->getObject(i)->getValue<std::int64_t>("id");
        auto patch = newObject();
        patch->set("state_id", open);
        patch->set("priority_id", 3);
        patch->set("owner_id", m_desk->userId("alphaFull"));
        patch->set("title", "Monitor flickers on desk 4");
        auto r = agent.patch(ticketPath(id), patch);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object("ticket")->getValue<std::string>("state_type"), std::string("open"));
        QCOMPARE(r.object("ticket")->getValue<std::int64_t>("owner_id"), m_desk->userId("alphaFull"));
        auto history = agent.get(ticketPath(id, "/history")).array("history");
        QStringList fields;
        for (unsigned i = 0; i < history->size(); ++i)
            fields << QString::fromStdString(history->getObject(i)->getValue<std::string>("field"));
        QVERIFY(fields.contains(QStringLiteral("state_id")));
        QVERIFY(fields.contains(QStringLiteral("priority_id")));
        QVERIFY(fields.contains(QStringLiteral("owner_id")));
        QVERIFY(fields.contains(QStringLiteral("title")));
        // The same patch again changes nothing and records nothing.
        QCOMPARE(agent.patch(ticketPath(id), patch).status, 200);
        QCOMPARE(agent.get(ticketPath(id, "/history")).array("history")->size(), history->size());
        // Clearing the owner with an explicit null.
        QCOMPARE(agent.patch(ticketPath(id), json(R"({"owner_id":null})")).object("ticket")->isNull("owner_id"), true);
    }

    void ownerMustBeAnAgentWithFullAccess_data()
    {
        QTest::addColumn<QString>("owner");
        QTest::addColumn<int>("status");
        QTest::newRow("an agent with full access may own it") << "alphaFull" << 200;
        QTest::newRow("a read-only member may not") << "alphaRead" << 422;
        QTest::newRow("an agent of another group may not") << "betaFull" << 422;
        QTest::newRow("a customer may not") << "carol" << 422;
    }

    void ownerMustBeAnAgentWithFullAccess()
    {
        QFETCH(QString, owner);
        QFETCH(int, status);
        auto id = m_desk->openTicket("Alpha", "carol");
        auto patch = newObject();
        patch->set("owner_id", m_desk->userId(owner.toStdString()));
        auto r = m_desk->as("alphaFull").patch(ticketPath(id), patch);
        QCOMPARE(r.status, status);
        if (status == 422)
            QCOMPARE(r.errorField(), std::string("owner_id"));
    }

    void customFieldsAreValidatedByType_data()
    {
        QTest::addColumn<QString>("custom");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("a select option is accepted") << R"({"contract":"gold"})" << 200 << "";
        QTest::newRow("an unknown select option is refused") << R"({"contract":"bronze"})" << 422 << "custom.contract";
        QTest::newRow("an integer is accepted") << R"({"seats":25})" << 200 << "";
        QTest::newRow("text in an integer field is refused") << R"({"seats":"many"})" << 422 << "custom.seats";
        QTest::newRow("a boolean is accepted") << R"({"onsite":true})" << 200 << "";
        QTest::newRow("a number in a boolean field is refused") << R"({"onsite":1})" << 422 << "custom.onsite";
        QTest::newRow("a date is accepted") << R"({"due":"2026-12-31"})" << 200 << "";
        QTest::newRow("a malformed date is refused") << R"({"due":"31/12/2026"})" << 422 << "custom.due";
        QTest::newRow("a datetime is accepted") << R"({"seen":"2026-12-31T10:00:00Z"})" << 200 << "";
        QTest::newRow("a date in a datetime field is refused") << R"({"seen":"tomorrow"})" << 422 << "custom.seen";
        QTest::newRow("text is accepted") << R"({"note":"call before noon"})" << 200 << "";
        QTest::newRow("a multiselect list is accepted") << R"({"areas":["lan","vpn"]})" << 200 << "";
        QTest::newRow("a multiselect with an unknown option is refused")
            << R"({"areas":["lan","dsl"]})" << 422 << "custom.areas";
        QTest::newRow("an undefined field is refused") << R"({"colour":"red"})" << 422 << "custom.colour";
        QTest::newRow("null removes a value") << R"({"note":null})" << 200 << "";
    }

    void customFieldsAreValidatedByType()
    {
        QFETCH(QString, custom);
        QFETCH(int, status);
        QFETCH(QString, field);
        auto id = m_desk->openTicket("Alpha", "carol");
        auto patch = newObject();
        patch->set("custom", json(custom.toStdString()));
        auto r = m_desk->as("alphaFull").patch(ticketPath(id), patch);
        QCOMPARE(r.status, status);
        QCOMPARE(QString::fromStdString(r.errorField()), field);
    }

    void userAndOrganizationCustomFieldsAreValidatedToo()
    {
        auto admin = m_desk->as("admin");
        QCOMPARE(
            admin
                .post(
                    "/api/v1/custom_fields",
                    json(
                        R"({"object_kind":"organization","name":"tier","label":"Tier","field_type":"select","options":["a","b"],"required":true})"))
                .status,
            201);
        QCOMPARE(admin
                     .post("/api/v1/custom_fields",
                           json(R"({"object_kind":"user","name":"phone","label":"Phone","field_type":"text"})"))
                     .status,
                 201);
        auto missing = admin.post("/api/v1/organizations", json(R"({"name":"No tier"})"));
        QCOMPARE(missing.status, 422);
        QCOMPARE(missing.errorField(), std::string("custom.tier"));
        auto bad = admin.post("/api/v1/organizations", json(R"({"name":"Bad tier","custom":{"tier":"z"}})"));
        QCOMPARE(bad.errorField(), std::string("custom.tier"));
        QCOMPARE(admin.post("/api/v1/organizations", json(R"({"name":"Tier A","custom":{"tier":"a"}})")).status, 201);
        auto user =
            admin.post("/api/v1/users", json(R"({"email":"phone@test.example","name":"P","custom":{"phone":42}})"));
        QCOMPARE(user.status, 422);
        QCOMPARE(user.errorField(), std::string("custom.phone"));
        QCOMPARE(admin
                     .post("/api/v1/users",
                           json(R"({"email":"phone@test.example","name":"P","custom":{"phone":"+48 12 345"}})"))
                     .status,
                 201);
    }

    void pendingStateNeedsAReminderTime()
    {
        auto id = m_desk->openTicket("Alpha", "carol");
        auto agent = m_desk->as("alphaFull");
        std::int64_t pending = 0;
        auto states = agent.get("/api/v1/states").array("states");
        for (unsigned i = 0; i < states->size(); ++i)
            if (states->getObject(i)->getValue<std::string>("state_type") == "pending_reminder")
                pending = states->getObject(i)->getValue<std::int64_t>("id");
        auto patch = newObject();
        patch->set("state_id", pending);
        auto refused = agent.patch(ticketPath(id), patch);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorField(), std::string("pending_until"));
        patch->set("pending_until", "2030-01-01T09:00:00Z");
        QCOMPARE(agent.patch(ticketPath(id), patch).status, 200);
    }

    void customerReplyReopensAClosedTicket()
    {
        auto id = m_desk->openTicket("Alpha", "carol");
        auto agent = m_desk->as("alphaFull");
        std::int64_t closed = 0;
        auto states = agent.get("/api/v1/states").array("states");
        for (unsigned i = 0; i < states->size(); ++i)
            if (states->getObject(i)->getValue<std::string>("state_type") == "closed")
                closed = states->getObject(i)->getValue<std::int64_t>("id");
        auto patch = newObject();
        patch->set("state_id", closed);
        auto closedTicket = agent.patch(ticketPath(id), patch).object("ticket");
        QVERIFY(!closedTicket->isNull("closed_at"));
        auto carol = m_desk->as("carol");
        QCOMPARE(carol.post(ticketPath(id, "/articles"), json(R"({"body_text":"It is broken again"})")).status, 201);
        auto reopened = agent.get(ticketPath(id)).object("ticket");
        QCOMPARE(reopened->getValue<std::string>("state_type"), std::string("open"));
        QVERIFY(reopened->isNull("closed_at"));
    }

    void firstResponseIsTheFirstPublicAgentReply()
    {
        auto id = m_desk->openTicket("Alpha", "carol");
        auto agent = m_desk->as("alphaFull");
        // The phone-in article at creation was written by the agent, so the ticket has one.
        auto before = agent.get(ticketPath(id)).object("ticket");
        QVERIFY(!before->isNull("first_response_at"));
        auto carol = m_desk->as("carol");
        auto web = newObject();
        web->set("title", "Web request");
        web->set("group_id", m_desk->alpha());
        web->set("article", json(R"({"body_text":"Please reset my password"})"));
        auto created = carol.post("/api/v1/tickets", web);
        QCOMPARE(created.status, 201);
        auto webId = created.object("ticket")->getValue<std::int64_t>("id");
        QVERIFY(created.object("ticket")->isNull("first_response_at"));
        QCOMPARE(created.object("article")->getValue<std::string>("sender"), std::string("customer"));
        QCOMPARE(
            agent.post(ticketPath(webId, "/articles"), json(R"({"channel":"note","body_text":"checking"})")).status,
            201);
        QVERIFY(agent.get(ticketPath(webId)).object("ticket")->isNull("first_response_at"));
        QCOMPARE(agent.post(ticketPath(webId, "/articles"), json(R"({"channel":"email","body_text":"Done!"})")).status,
                 201);
        QVERIFY(!agent.get(ticketPath(webId)).object("ticket")->isNull("first_response_at"));
    }

    void mergeMovesArticlesAndClosesTheSource()
    {
        auto source = m_desk->openTicket("Alpha", "carol", "Duplicate");
        auto target = m_desk->openTicket("Alpha", "carol", "Original");
        auto agent = m_desk->as("alphaFull");
        auto body = newObject();
        body->set("into_id", target);
        auto r = agent.post(ticketPath(source, "/merge"), body);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object("ticket")->getValue<std::string>("state_type"), std::string("merged"));
        QCOMPARE(r.object("ticket")->getValue<std::int64_t>("merged_into_id"), target);
        QCOMPARE(agent.get(ticketPath(target, "/articles")).array("articles")->size(), 2u);
        QCOMPARE(agent.get(ticketPath(source, "/articles")).array("articles")->size(), 0u);
        // Writing on a merged ticket is refused with a pointer to where it went.
        auto late = agent.post(ticketPath(source, "/articles"), json(R"({"channel":"note","body_text":"late"})"));
        QCOMPARE(late.status, 409);
        // Merging again is a conflict.
        QCOMPARE(agent.post(ticketPath(source, "/merge"), body).status, 409);
    }

    void linksAreVisibleFromBothSides()
    {
        auto a = m_desk->openTicket("Alpha", "carol", "Parent");
        auto b = m_desk->openTicket("Alpha", "dave", "Child");
        auto agent = m_desk->as("alphaFull");
        auto body = newObject();
        body->set("target_id", b);
        body->set("kind", "parent");
        QCOMPARE(agent.post(ticketPath(a, "/links"), body).status, 200);
        QCOMPARE(agent.get(ticketPath(b, "/links")).array("links")->size(), 1u);
        body->set("kind", "cousin");
        auto bad = agent.post(ticketPath(a, "/links"), body);
        QCOMPARE(bad.status, 422);
        QCOMPARE(bad.errorField(), std::string("kind"));
    }

    void attachmentsAreStoredOnceAndDownloadedIntact()
    {
        auto agent = m_desk->as("alphaFull");
        std::string content("binary\x00\x01\x02 content", 17);
        content += std::string(100000, 'x');
        auto first = agent.send("POST", "/api/v1/attachments?filename=log.bin", content, "application/octet-stream");
        auto second = agent.send("POST", "/api/v1/attachments?filename=copy.bin", content, "application/octet-stream");
        QCOMPARE(first.status, 201);
        QCOMPARE(second.status, 201);
        auto sha = first.object("attachment")->getValue<std::string>("sha256");
        QCOMPARE(second.object("attachment")->getValue<std::string>("sha256"), sha);
        auto id = m_desk->openTicket("Alpha", "carol");
        auto article = json(R"({"channel":"email","body_text":"see attached"})");
        auto list = helpdesk::protocol::newArray();
        list->add(first.object("attachment"));
        article->set("attachments", list);
        QCOMPARE(agent.post(ticketPath(id, "/articles"), article).status, 201);
        auto download = m_desk->as("carol").get("/api/v1/attachments/" + sha);
        QCOMPARE(download.status, 200);
        QCOMPARE(download.raw, content);
        // An attachment nobody uploaded cannot be attached.
        auto fake = json(
            R"({"channel":"email","body_text":"x","attachments":[{"sha256":"0000000000000000000000000000000000000000000000000000000000000000"}]})");
        QCOMPARE(agent.post(ticketPath(id, "/articles"), fake).status, 422);
    }

    void searchFindsArticleTextTitlesAndNumbers()
    {
        auto agent = m_desk->as("alphaFull");
        auto body = json(R"({"title":"Toner empty","customer_id":0,
                             "article":{"channel":"phone_in","body_text":"The xylophonic widget squeaks"}})");
        body->set("group_id", m_desk->alpha());
        body->set("customer_id", m_desk->userId("carol"));
        auto created = agent.post("/api/v1/tickets", body);
        QCOMPARE(created.status, 201);
        auto number = created.object("ticket")->getValue<std::int64_t>("number");
        QCOMPARE(agent.get("/api/v1/tickets?query=xylophonic").array("tickets")->size(), 1u);
        QCOMPARE(agent.get("/api/v1/tickets?query=toner").array("tickets")->size(), 1u);
        QCOMPARE(agent.get("/api/v1/tickets?query=" + std::to_string(number)).array("tickets")->size(), 1u);
        // The Beta agent cannot find it.
        QCOMPARE(m_desk->as("betaFull").get("/api/v1/tickets?query=xylophonic").array("tickets")->size(), 0u);
    }

    void aRetriedCommandIsAppliedOnce()
    {
        auto agent = m_desk->as("alphaFull");
        auto body = newObject();
        body->set("title", "Retried over a flaky link");
        body->set("group_id", m_desk->alpha());
        body->set("customer_id", m_desk->userId("carol"));
        std::map<std::string, std::string> headers{{"Idempotency-Key", "3a1f6c2e-retry-test"}};
        auto first = agent.post("/api/v1/tickets", body, headers);
        auto second = agent.post("/api/v1/tickets", body, headers);
        QCOMPARE(first.status, 201);
        QCOMPARE(second.status, 201);
        QCOMPARE(second.object("ticket")->getValue<std::int64_t>("id"),
                 first.object("ticket")->getValue<std::int64_t>("id"));
        auto found = agent.get("/api/v1/tickets?query=flaky").array("tickets");
        QCOMPARE(found->size(), 1u);
        // The same key on another method is a conflict, not a silent replay.
        auto other = agent.post("/api/v1/tickets/" +
                                    std::to_string(first.object("ticket")->getValue<std::int64_t>("id")) + "/articles",
                                json(R"({"channel":"note","body_text":"x"})"), headers);
        QCOMPARE(other.status, 409);
    }

    void apiTokensWorkUntilRevoked()
    {
        auto agent = m_desk->as("alphaFull");
        auto created = agent.post("/api/v1/tokens", json(R"({"name":"billing sync"})"));
        QCOMPARE(created.status, 201);
        auto token = created.body->getValue<std::string>("token");
        auto id = created.body->getValue<std::int64_t>("id");
        ApiClient script(m_desk->port());
        script.setToken(token);
        QCOMPARE(script.get("/api/v1/me").status, 200);
        // The token is never shown again.
        auto listed = agent.get("/api/v1/tokens").raw;
        QVERIFY(listed.find(token) == std::string::npos);
        QCOMPARE(agent.del("/api/v1/tokens/" + std::to_string(id)).status, 200);
        QCOMPARE(script.get("/api/v1/me").status, 401);
    }

    void logoutEndsTheSession()
    {
        ApiClient client(m_desk->port());
        QCOMPARE(client.login("erin@test.example", Desk::kPassword).status, 200);
        QCOMPARE(client.get("/api/v1/me").status, 200);
        QCOMPARE(client.post("/api/v1/auth/logout", newObject()).status, 200);
        QCOMPARE(client.get("/api/v1/me").status, 401);
    }

    void wrongPasswordsAreRefusedAlike()
    {
        ApiClient client(m_desk->port());
        auto wrong = client.login("erin@test.example", "not her password");
        auto unknown = client.login("nobody@test.example", "whatever it is");
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.body->getObject("error")->getValue<std::string>("message"),
                 unknown.body->getObject("error")->getValue<std::string>("message"));
    }

    void passwordsAreStoredAsArgon2idHashes()
    {
        pqxx::connection c(m_desk->database().conninfo());
        pqxx::read_transaction tx(c);
        auto hash = tx.exec1("SELECT password_hash FROM users WHERE email = 'erin@test.example'")[0].as<std::string>();
        QVERIFY(hash.rfind("$argon2id$", 0) == 0);
        auto tokens =
            tx.exec1("SELECT count(*) FROM sessions WHERE encode(token_hash, 'escape') LIKE 'hds_%'")[0].as<int>();
        QCOMPARE(tokens, 0); // only hashes of tokens are stored
    }
};

QTEST_GUILESS_MAIN(TestTickets)
#include "tst_tickets.moc"
