// The holes a code review found, each tried the way its abuser would: an agent choosing a
// customer's password, a customer moving their account to another mailbox, an agent replaying
// the events of a ticket that left their group, a hash quoted to attach someone else's file, a
// look-alike address joining a conversation, customers reading the desk's group settings,
// database text in an answer, customers setting the desk's custom fields, and a zip unpacked
// where another local user could reach it.

#include "integrations/freshdesk/ExportReader.h"
#include "mail/MailParser.h"
#include "support/Desk.h"
#include "support/FreshdeskExport.h"
#include "support/SmtpSink.h"
#include "support/WsClient.h"

#include <Poco/File.h>
#include <Poco/JSON/Stringifier.h>
#include <Poco/Path.h>
#include <Poco/Process.h>
#include <Poco/TemporaryFile.h>
#include <Poco/Zip/Compress.h>
#include <QtTest>

#include <algorithm>
#include <fstream>
#include <memory>
#include <regex>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace helpdesk::test;
using helpdesk::protocol::JsonArray;
using helpdesk::protocol::JsonObject;
using helpdesk::protocol::newArray;
using helpdesk::protocol::newObject;

namespace {
std::string str(std::int64_t value)
{
    return std::to_string(value);
}

/// Any JSON value as text.
std::string jsonText(const Poco::Dynamic::Var &value)
{
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(value, out);
    return out.str();
}

/// The token of the "…?token=…" link in a mail's decoded text; empty when there is none.
std::string linkToken(const ReceivedMail &mail)
{
    static const std::regex link("token=([A-Za-z0-9_-]+)");
    std::smatch match;
    auto text = helpdesk::mail::MailParser::parse(mail.raw).text;
    return std::regex_search(text, match, link) ? match[1].str() : std::string();
}
} // namespace

class TestAccessHoles : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<SmtpSink> m_sink;
    int m_unique = 0;

    std::string unique() { return str(++m_unique); }

    std::int64_t idOf(const ApiResponse &r, const std::string &key) const
    {
        return r.object(key) ? r.object(key)->getValue<std::int64_t>("id") : 0;
    }

    /// The mails the sink received for `address`, oldest first.
    std::vector<ReceivedMail> mailTo(const std::string &address) const
    {
        std::vector<ReceivedMail> out;
        for (const auto &mail : m_sink->messages())
            if (mail.header("X-RcptTo").find(address) != std::string::npos)
                out.push_back(mail);
        return out;
    }

    /// A customer the admin created with a password, signed in.
    ApiClient newCustomer(const std::string &email)
    {
        auto created = m_desk->as("admin").post(
            "/api/v1/users", json(R"({"email":")" + email + R"(","name":"New","password":"correct horse battery"})"));
        if (created.status != 201)
            qFatal("cannot create %s: %s", email.c_str(), created.raw.c_str());
        ApiClient client(m_desk->port());
        client.login(email, Desk::kPassword);
        return client;
    }

    /// The audit entries about a user, newest first.
    helpdesk::protocol::JsonArray auditOfUser(std::int64_t userId)
    {
        return m_desk->as("admin").get("/api/v1/audit?object_kind=user&object_id=" + str(userId)).array("entries");
    }

    /// The ticket ids of the events `client` gets when it replays the whole feed over HTTP.
    std::multiset<std::int64_t> replayedTicketIds(ApiClient &client)
    {
        std::multiset<std::int64_t> ids;
        std::int64_t after = 0;
        for (int page = 0; page < 1000; ++page) {
            auto r = client.get("/api/v1/events?after=" + str(after) + "&limit=5000");
            if (r.status != 200)
                break;
            auto events = r.array("events");
            for (unsigned i = 0; i < events->size(); ++i)
                if (!events->getObject(i)->isNull("ticket_id"))
                    ids.insert(events->getObject(i)->getValue<std::int64_t>("ticket_id"));
            auto next = r.body->getValue<std::int64_t>("next_after");
            if (next == after)
                break;
            after = next;
        }
        return ids;
    }

private slots:
    void initTestCase()
    {
        m_desk = std::make_unique<Desk>();
        m_sink = std::make_unique<SmtpSink>();
        m_sink->start();
        m_desk->useSmtp(m_sink->port());
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_sink.reset();
    }

    void agentsCreateCustomersWithoutAPasswordAndInviteThem()
    {
        auto agent = m_desk->as("alphaFull");
        auto withPassword = agent.post("/api/v1/users", json(R"({"email":"chosen-)" + unique() +
                                                             R"(@customer.example","name":"Chosen",
                                                             "password":"the agent knows this one"})"));
        QCOMPARE(withPassword.status, 403);
        QCOMPARE(withPassword.errorField(), std::string("password"));

        const std::string email = "invited-" + unique() + "@customer.example";
        auto created = agent.post("/api/v1/users", json(R"({"email":")" + email + R"(","name":"Invited"})"));
        QVERIFY2(created.status == 201, created.raw.c_str());
        const auto id = idOf(created, "user");
        QCOMPARE(ApiClient(m_desk->port()).login(email, "the agent knows this one").status, 401);

        // The customer chooses the password through the invitation the agent sends.
        QCOMPARE(agent.post("/api/v1/users/" + str(id) + "/invite", newObject()).status, 200);
        QVERIFY(m_desk->waitUntilMailSettled());
        auto invitations = mailTo(email);
        QCOMPARE(invitations.size(), std::size_t(1));
        auto token = linkToken(invitations.front());
        QVERIFY(!token.empty());
        auto set = ApiClient(m_desk->port())
                       .post("/api/v1/auth/set_password",
                             json(R"({"token":")" + token + R"(","password":"only the customer knows"})"));
        QVERIFY2(set.status == 200, set.raw.c_str());
        QCOMPARE(ApiClient(m_desk->port()).login(email, "only the customer knows").status, 200);

        // Agents invite customers, not staff; admins still set passwords.
        QCOMPARE(agent.post("/api/v1/users/" + str(m_desk->userId("alphaRead")) + "/invite", newObject()).status, 403);
        auto byAdmin = m_desk->as("admin").post("/api/v1/users", json(R"({"email":"by-admin-)" + unique() +
                                                                      R"(@customer.example","name":"A",
                                                                      "password":"an admin may set this"})"));
        QCOMPARE(byAdmin.status, 201);
    }

    void everyChangeAnAgentMakesToACustomerIsAudited_data()
    {
        QTest::addColumn<QString>("agent");
        QTest::newRow("an agent of the customer's group") << "alphaFull";
        QTest::newRow("an agent of another group") << "betaFull";
        QTest::newRow("a read-only member") << "alphaRead";
    }

    void everyChangeAnAgentMakesToACustomerIsAudited()
    {
        QFETCH(QString, agent);
        auto client = m_desk->as(agent.toStdString());
        const auto agentId = m_desk->userId(agent.toStdString());
        auto created = client.post("/api/v1/users",
                                   json(R"({"email":"audited-)" + unique() + R"(@customer.example","name":"Before"})"));
        QCOMPARE(created.status, 201);
        const auto id = idOf(created, "user");
        const std::string moved = "moved-" + unique() + "@customer.example";
        QCOMPARE(client
                     .patch("/api/v1/users/" + str(id),
                            json(R"({"name":"After","email":")" + moved + R"(","language":"de"})"))
                     .status,
                 200);
        auto entries = auditOfUser(id);
        QCOMPARE(entries->size(), 2u);
        auto update = entries->getObject(0), creation = entries->getObject(1);
        QCOMPARE(creation->getValue<std::string>("action"), std::string("user.created"));
        QCOMPARE(creation->getValue<std::int64_t>("actor_id"), agentId);
        QCOMPARE(update->getValue<std::string>("action"), std::string("user.updated"));
        QCOMPARE(update->getValue<std::int64_t>("actor_id"), agentId);
        auto changes = jsonText(update->get("changes"));
        for (const char *field : {"\"name\"", "\"email\"", "\"language\""})
            QVERIFY2(changes.find(field) != std::string::npos, changes.c_str());
        QVERIFY(changes.find(moved) != std::string::npos);
    }

    void aCustomersNewAddressCountsOnlyOnceConfirmedFromIt()
    {
        const std::string old = "owner-" + unique() + "@customer.example";
        const std::string wanted = "new-home-" + unique() + "@customer.example";
        auto customer = newCustomer(old);
        const auto id = customer.get("/api/v1/me").object("user")->getValue<std::int64_t>("id");

        auto asked = customer.patch("/api/v1/users/" + str(id), json(R"({"email":")" + wanted + R"("})"));
        QVERIFY2(asked.status == 200, asked.raw.c_str());
        QCOMPARE(asked.object("user")->getValue<std::string>("email"), old);
        QCOMPARE(customer.get("/api/v1/me").object("user")->getValue<std::string>("email"), old);
        QCOMPARE(ApiClient(m_desk->port()).login(wanted, Desk::kPassword).status, 401);

        QVERIFY(m_desk->waitUntilMailSettled());
        auto confirmations = mailTo(wanted);
        QCOMPARE(confirmations.size(), std::size_t(1));
        auto notices = mailTo(old);
        QCOMPARE(notices.size(), std::size_t(1));
        QCOMPARE(linkToken(notices.front()), std::string()); // the old address gets no link
        auto token = linkToken(confirmations.front());
        QVERIFY(token.rfind("hde_", 0) == 0);

        auto confirmed =
            ApiClient(m_desk->port()).post("/api/v1/users/confirm_email", json(R"({"token":")" + token + R"("})"));
        QVERIFY2(confirmed.status == 200, confirmed.raw.c_str());
        QCOMPARE(confirmed.object("user")->getValue<std::string>("email"), wanted);
        QCOMPARE(customer.get("/api/v1/me").object("user")->getValue<std::string>("email"), wanted);
        QCOMPARE(ApiClient(m_desk->port()).login(wanted, Desk::kPassword).status, 200);
        QCOMPARE(ApiClient(m_desk->port()).login(old, Desk::kPassword).status, 401);
        auto again =
            ApiClient(m_desk->port()).post("/api/v1/users/confirm_email", json(R"({"token":")" + token + R"("})"));
        QCOMPARE(again.status, 422);
        QCOMPARE(auditOfUser(id)->getObject(0)->getValue<std::string>("action"), std::string("user.email_confirmed"));
    }

    void anAddressChangeLinkDiesWithANewerOneAndWithTheAccount()
    {
        const std::string old = "fickle-" + unique() + "@customer.example";
        auto customer = newCustomer(old);
        const auto id = customer.get("/api/v1/me").object("user")->getValue<std::int64_t>("id");
        const std::string first = "first-" + unique() + "@customer.example";
        const std::string second = "second-" + unique() + "@customer.example";
        for (const auto &address : {first, second})
            QCOMPARE(customer.patch("/api/v1/users/" + str(id), json(R"({"email":")" + address + R"("})")).status, 200);
        QVERIFY(m_desk->waitUntilMailSettled());
        QCOMPARE(mailTo(first).size(), std::size_t(1));
        QCOMPARE(mailTo(second).size(), std::size_t(1));
        auto confirm = [&](const std::string &token) {
            return ApiClient(m_desk->port())
                .post("/api/v1/users/confirm_email", json(R"({"token":")" + token + R"("})"))
                .status;
        };
        QCOMPARE(confirm(linkToken(mailTo(first).front())), 422);

        // Deactivated before the newer link is opened: it changes nothing.
        QCOMPARE(m_desk->as("admin").patch("/api/v1/users/" + str(id), json(R"({"active":false})")).status, 200);
        QCOMPARE(confirm(linkToken(mailTo(second).front())), 422);
        auto user = m_desk->as("admin").get("/api/v1/users/" + str(id)).object("user");
        QCOMPARE(user->getValue<std::string>("email"), old);
        QCOMPARE(user->getValue<bool>("active"), false);
    }

    void staffMoveAnAddressOnlyWhereNoAccountCanBeTakenOver_data()
    {
        QTest::addColumn<QString>("staff");
        QTest::addColumn<bool>("customerHasPassword");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("toldWho");
        QTest::newRow("an agent moves a customer who never set a password")
            << "alphaFull" << false << 200 << "an agent";
        QTest::newRow("an administrator moves a customer who signs in") << "admin" << true << 200 << "an administrator";
        QTest::newRow("an agent cannot move a customer who signs in") << "alphaFull" << true << 403 << "";
        QTest::newRow("nor can a supervisor") << "supervisor" << true << 403 << "";
    }

    void staffMoveAnAddressOnlyWhereNoAccountCanBeTakenOver()
    {
        QFETCH(QString, staff);
        QFETCH(bool, customerHasPassword);
        QFETCH(int, status);
        QFETCH(QString, toldWho);
        const std::string old = "phoned-" + unique() + "@customer.example";
        std::int64_t id = 0;
        if (customerHasPassword) {
            id = newCustomer(old).get("/api/v1/me").object("user")->getValue<std::int64_t>("id");
        } else {
            auto invited =
                m_desk->as("alphaFull").post("/api/v1/users", json(R"({"email":")" + old + R"(","name":"Phoned"})"));
            QCOMPARE(invited.status, 201);
            id = idOf(invited, "user");
        }
        const std::string told = "told-" + unique() + "@attacker.example";
        auto changed =
            m_desk->as(staff.toStdString()).patch("/api/v1/users/" + str(id), json(R"({"email":")" + told + R"("})"));
        QVERIFY2(changed.status == status, changed.raw.c_str());
        auto now = m_desk->as("admin").get("/api/v1/users/" + str(id)).object("user")->getValue<std::string>("email");
        QVERIFY(m_desk->waitUntilMailSettled());
        if (status != 200) {
            QCOMPARE(changed.errorField(), std::string("email"));
            QCOMPARE(now, old);
            QCOMPARE(ApiClient(m_desk->port()).login(old, Desk::kPassword).status, 200);
            QVERIFY(mailTo(old).empty());
            return;
        }
        QCOMPARE(now, told); // at once: staff act on what the customer told them
        // The previous address hears of it, with the role of who did it but not their name.
        auto notices = mailTo(old);
        QCOMPARE(notices.size(), std::size_t(1));
        QCOMPARE(notices.front().header("Subject"), std::string("Your e-mail address was changed"));
        auto text = helpdesk::mail::MailParser::parse(notices.front().raw).text;
        QVERIFY2(text.find(told) != std::string::npos, text.c_str());
        QVERIFY2(text.find(toldWho.toStdString() + " ") != std::string::npos, text.c_str());
        for (const char *name : {"alphaFull", "Administrator", "admin@"})
            QVERIFY2(text.find(name) == std::string::npos, text.c_str());
        QCOMPARE(linkToken(notices.front()), std::string());
    }

    void anInvitationIsOnlyForAnAccountWithoutAPassword_data()
    {
        QTest::addColumn<QString>("staff");
        QTest::newRow("an agent") << "alphaFull";
        QTest::newRow("an administrator") << "admin";
    }

    void anInvitationIsOnlyForAnAccountWithoutAPassword()
    {
        QFETCH(QString, staff);
        const std::string email = "signs-in-" + unique() + "@customer.example";
        auto id = newCustomer(email).get("/api/v1/me").object("user")->getValue<std::int64_t>("id");
        auto invited = m_desk->as(staff.toStdString()).post("/api/v1/users/" + str(id) + "/invite", newObject());
        QCOMPARE(invited.status, 409);
        QVERIFY(invited.body->getObject("error")->getValue<std::string>("message").find("reset") != std::string::npos);
        QVERIFY(m_desk->waitUntilMailSettled());
        QVERIFY(mailTo(email).empty());        // no link to choose a password went anywhere
        QCOMPARE(auditOfUser(id)->size(), 1u); // the creation; no "user.invited"
    }

    void onlyAdministratorsSetOrganizationsAndActivation_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("creating a customer in an organization") << "create"
                                                                << R"({"organization_id":ACME})"
                                                                << "organization_id";
        QTest::newRow("creating an inactive customer") << "create"
                                                       << R"({"active":false})"
                                                       << "active";
        QTest::newRow("moving a customer into an organization") << "update"
                                                                << R"({"organization_id":ACME})"
                                                                << "organization_id";
        QTest::newRow("deactivating a customer") << "update"
                                                 << R"({"active":false})"
                                                 << "active";
    }

    void onlyAdministratorsSetOrganizationsAndActivation()
    {
        QFETCH(QString, method);
        QFETCH(QString, body);
        QFETCH(QString, field);
        auto fields = json(std::regex_replace(body.toStdString(), std::regex("ACME"), str(m_desk->acme())));
        auto attempt = [&](const std::string &who) {
            auto request = newObject();
            for (const auto &[key, value] : *fields)
                request->set(key, value);
            if (method.toStdString() == "update") {
                auto created = m_desk->as("alphaFull")
                                   .post("/api/v1/users",
                                         json(R"({"email":"org-)" + unique() + R"(@customer.example","name":"Org"})"));
                return m_desk->as(who).patch("/api/v1/users/" + str(idOf(created, "user")), request);
            }
            request->set("email", "org-" + unique() + "@customer.example");
            request->set("name", std::string("Org"));
            return m_desk->as(who).post("/api/v1/users", request);
        };
        const int done = method.toStdString() == "create" ? 201 : 200;
        for (const char *agent : {"alphaFull", "supervisor"}) {
            auto refused = attempt(agent);
            QCOMPARE(refused.status, 403);
            QCOMPARE(refused.errorField(), field.toStdString());
        }
        auto byAdmin = attempt("admin");
        QVERIFY2(byAdmin.status == done, byAdmin.raw.c_str());
        auto user = byAdmin.object("user");
        if (field.toStdString() == "active")
            QCOMPARE(user->getValue<bool>("active"), false);
        else
            QCOMPARE(user->getValue<std::int64_t>("organization_id"), m_desk->acme());
    }

    void aReplayShowsWhatTheCallerMaySeeNow()
    {
        auto moved = m_desk->openTicket("Alpha", "carol", "Moves to Beta");
        auto alphaAgent = m_desk->as("alphaFull");
        QCOMPARE(alphaAgent
                     .post("/api/v1/tickets/" + str(moved) + "/articles",
                           json(R"({"channel":"note","body_text":"written while in Alpha"})"))
                     .status,
                 201);
        QCOMPARE(m_desk->as("admin")
                     .patch("/api/v1/tickets/" + str(moved), json(R"({"group_id":)" + str(m_desk->beta()) + "}"))
                     .status,
                 200);
        auto stays = m_desk->openTicket("Alpha", "carol", "Stays in Alpha");

        auto betaAgent = m_desk->as("betaFull");
        auto carol = m_desk->as("carol");
        QVERIFY(m_desk->waitUntilEventsSettled());
        auto forAlpha = replayedTicketIds(alphaAgent);
        auto forBeta = replayedTicketIds(betaAgent);
        QCOMPARE(forAlpha.count(moved), std::size_t(0));
        QVERIFY(forAlpha.count(stays) > 0);
        // Beta's agent sees the whole ticket now, the time in Alpha too (created, the note, the move).
        QVERIFY(forBeta.count(moved) >= 3);
        QVERIFY(replayedTicketIds(carol).count(moved) > 0);

        // The same over a WebSocket subscription from the start.
        WsClient ws(m_desk->port(), alphaAgent.token());
        QVERIFY(ws.accepted());
        QVERIFY(ws.request("event.subscribe", json(R"({"after":0})"))->has("result"));
        auto marker = m_desk->openTicket("Alpha", "dave", "Marker after the replay");
        auto sawTicket = [](const std::vector<JsonObject> &events, std::int64_t id) {
            for (const auto &e : events)
                if (!e->isNull("ticket_id") && e->getValue<std::int64_t>("ticket_id") == id)
                    return true;
            return false;
        };
        QVERIFY(ws.waitForEvents([&](const auto &events) { return sawTicket(events, marker); }));
        QVERIFY(sawTicket(ws.events(), stays));
        QVERIFY(!sawTicket(ws.events(), moved));
    }

    void customersSeeLinksOnlyBetweenTicketsOfTheirOwn()
    {
        auto carolsFirst = m_desk->openTicket("Alpha", "carol", "Carol's printer");
        auto carolsSecond = m_desk->openTicket("Alpha", "carol", "Carol's printer again");
        auto erinsTicket = m_desk->openTicket("Alpha", "erin", "Erin's printer"); // Erin is in no organization
        auto agent = m_desk->as("alphaFull");
        auto linkTo = [&](std::int64_t from, std::int64_t to) {
            return agent
                .post("/api/v1/tickets/" + str(from) + "/links",
                      json(R"({"target_id":)" + str(to) + R"(,"kind":"related"})"))
                .status;
        };
        QCOMPARE(linkTo(carolsFirst, carolsSecond), 200);
        QCOMPARE(linkTo(carolsFirst, erinsTicket), 200);

        auto otherEnds = [&](ApiClient &client) {
            std::set<std::int64_t> ends;
            auto links = client.get("/api/v1/tickets/" + str(carolsFirst) + "/links").array("links");
            for (unsigned i = 0; links && i < links->size(); ++i)
                for (const char *key : {"source_id", "target_id"})
                    ends.insert(links->getObject(i)->getValue<std::int64_t>(key));
            ends.erase(carolsFirst);
            return ends;
        };
        QCOMPARE(otherEnds(agent), (std::set<std::int64_t>{carolsSecond, erinsTicket}));
        auto carol = m_desk->as("carol");
        QCOMPARE(otherEnds(carol), std::set<std::int64_t>{carolsSecond});

        // Nor does the feed name Erin's ticket to Carol.
        auto namesErinsTicket = [&](ApiClient &client) {
            auto feed = client.get("/api/v1/events?after=0&limit=5000");
            return feed.status == 200 && feed.raw.find("\"target_id\":" + str(erinsTicket)) != std::string::npos;
        };
        QTRY_VERIFY(namesErinsTicket(agent)); // once the feed has the link
        QVERIFY(!namesErinsTicket(carol));
    }

    void attachingAFileByItsHashNeedsTheFile()
    {
        auto agent = m_desk->as("alphaFull");
        auto secret = agent.send("POST", "/api/v1/attachments?filename=salaries.xlsx", "salaries of everyone",
                                 "application/octet-stream");
        QCOMPARE(secret.status, 201);
        auto ref = secret.object("attachment");
        const auto sha = ref->getValue<std::string>("sha256");
        auto alphaTicket = m_desk->openTicket("Alpha", "carol", "Has an internal file");
        auto note = json(R"({"channel":"note","body_text":"for staff"})");
        auto files = newArray();
        files->add(ref);
        note->set("attachments", files);
        QCOMPARE(agent.post("/api/v1/tickets/" + str(alphaTicket) + "/articles", note).status, 201);

        auto erinTicket = m_desk->openTicket("Beta", "erin", "Erin's own");
        auto betaTicket = m_desk->openTicket("Beta", "dave", "Beta's own");
        auto attach = [&](const std::string &who, std::int64_t ticket) {
            auto article = json(R"({"channel":"note","body_text":"see attached"})");
            auto list = newArray();
            list->add(json(R"({"sha256":")" + sha + R"(","filename":"got-it.xlsx"})"));
            article->set("attachments", list);
            return m_desk->as(who).post("/api/v1/tickets/" + str(ticket) + "/articles", article).status;
        };
        QCOMPARE(attach("erin", erinTicket), 422);       // a customer who only knows the hash
        QCOMPARE(attach("carol", alphaTicket), 422);     // a customer of the ticket, but the file is internal
        QCOMPARE(attach("betaFull", betaTicket), 422);   // an agent of another group
        QCOMPARE(attach("admin", betaTicket), 201);      // who may read the internal note
        QCOMPARE(attach("alphaFull", alphaTicket), 201); // its uploader
        // Erin got nothing she could download either.
        QCOMPARE(m_desk->as("erin").get("/api/v1/attachments/" + sha).status, 404);

        // A customer attaches what she uploaded herself.
        auto own =
            m_desk->as("erin").send("POST", "/api/v1/attachments?filename=photo.jpg", "erin's photo", "image/jpeg");
        QCOMPARE(own.status, 201);
        auto article = json(R"({"body_text":"my photo"})");
        auto list = newArray();
        list->add(own.object("attachment"));
        article->set("attachments", list);
        QCOMPARE(m_desk->as("erin").post("/api/v1/tickets/" + str(erinTicket) + "/articles", article).status, 201);
    }

    void aLookAlikeAddressDoesNotJoinAConversation()
    {
        // carol's ticket has bob in copy; "bob@corp.exampl" is a substring of bob's address.
        for (const char *email : {"bob@corp.example", "bob@corp.exampl"}) {
            auto person = newObject();
            person->set("email", std::string(email));
            person->set("name", std::string("Bob"));
            QCOMPARE(m_desk->as("admin").post("/api/v1/users", person).status, 201);
        }
        auto ticket = m_desk->openTicket("Alpha", "carol", "Copy to Bob");
        auto reply = json(R"({"channel":"email","body_text":"Copying Bob.","cc":"Bob <bob@corp.example>"})");
        QCOMPARE(m_desk->as("alphaFull").post("/api/v1/tickets/" + str(ticket) + "/articles", reply).status, 201);
        const auto number = str(m_desk->as("alphaFull")
                                    .get("/api/v1/tickets/" + str(ticket))
                                    .object("ticket")
                                    ->getValue<std::int64_t>("number"));
        auto articles = [&] {
            return m_desk->as("alphaFull")
                .get("/api/v1/tickets/" + str(ticket) + "/articles")
                .array("articles")
                ->size();
        };
        const auto before = articles();
        auto deliver = [&](const std::string &from) {
            auto raw = "From: " + from + "\r\nTo: alpha@desk.example\r\nSubject: Re: [Ticket#" + number +
                       "] Copy to Bob\r\nMessage-ID: <" + unique() + "-look-alike@corp.example>\r\n\r\nMe too.\r\n";
            return m_desk->as("admin")
                .send("POST", "/api/v1/mail/inbound?recipient=alpha@desk.example", raw, "message/rfc822")
                .status;
        };
        QCOMPARE(deliver("Not Bob <bob@corp.exampl>"), 202);
        QCOMPARE(articles(), before);
        QCOMPARE(deliver("Bob <bob@corp.example>"), 202);
        QCOMPARE(articles(), before + 1);
    }

    void customersListGroupsByNameIdAndPortalDescriptionOnly()
    {
        auto admin = m_desk->as("admin");
        QCOMPARE(admin
                     .patch("/api/v1/groups/" + str(m_desk->alpha()),
                            json(R"({"signature":"-- Alpha team, private signature"})"))
                     .status,
                 200);
        auto hidden = admin.post("/api/v1/groups", json(R"({"name":"Retired","active":false})"));
        QCOMPARE(hidden.status, 201);
        auto groups = m_desk->as("carol").get("/api/v1/groups");
        QCOMPARE(groups.status, 200);
        auto list = groups.array("groups");
        std::set<std::string> names;
        for (unsigned i = 0; i < list->size(); ++i) {
            std::set<std::string> keys;
            for (const auto &[key, value] : *list->getObject(i))
                keys.insert(key);
            QCOMPARE(keys, (std::set<std::string>{"id", "name", "offered_to_customers", "customer_description"}));
            names.insert(list->getObject(i)->getValue<std::string>("name"));
        }
        QVERIFY(names.count("Alpha") && names.count("Beta"));
        QVERIFY(!names.count("Retired")); // an inactive group is not offered
        // Staff still get the whole rows.
        auto staff = m_desk->as("alphaFull").get("/api/v1/groups").array("groups");
        QVERIFY(staff->size() > list->size());
        QVERIFY(jsonText(staff).find("private signature") != std::string::npos);
    }

    void databaseTextNeverReachesAClient_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("a duplicate name") << "/api/v1/types"
                                          << R"({"name":"Twice"})" << 409;
        QTest::newRow("a number too large for its column") << "/api/v1/priorities"
                                                           << R"({"name":"Huge","rank":99999999999})" << 422;
    }

    void databaseTextNeverReachesAClient()
    {
        QFETCH(QString, path);
        QFETCH(QString, body);
        QFETCH(int, status);
        auto admin = m_desk->as("admin");
        auto first = admin.post(path.toStdString(), json(body.toStdString()));
        auto r = first.status == 201 ? admin.post(path.toStdString(), json(body.toStdString())) : first;
        QVERIFY2(r.status == status, r.raw.c_str());
        const auto message = r.body->getObject("error")->getValue<std::string>("message");
        for (const char *leak : {"duplicate key", "constraint", "ERROR", "DETAIL", "ticket_", "integer", "range", "\""})
            QVERIFY2(message.find(leak) == std::string::npos, message.c_str());
    }

    void customersSetOnlyTheCustomFieldsMeantForThem()
    {
        auto admin = m_desk->as("admin");
        struct Field {
            const char *object, *name;
            bool customerEditable, required;
        };
        std::vector<std::int64_t> created;
        for (const Field &f : {Field{"ticket", "serial_no", true, false}, Field{"ticket", "discount", false, false},
                               Field{"ticket", "cost_centre", false, true}, Field{"user", "newsletter", true, false},
                               Field{"user", "vip", false, false}}) {
            auto field = newObject();
            field->set("object_kind", std::string(f.object));
            field->set("name", std::string(f.name));
            field->set("label", std::string("L"));
            field->set("field_type", std::string("text"));
            field->set("customer_editable", f.customerEditable);
            field->set("required", f.required);
            auto r = admin.post("/api/v1/custom_fields", field);
            QVERIFY2(r.status == 201, r.raw.c_str());
            QCOMPARE(r.object("custom_field")->getValue<bool>("customer_editable"), f.customerEditable);
            created.push_back(idOf(r, "custom_field"));
        }
        // Later tests open tickets without the required field.
        struct Retire {
            ApiClient admin;
            std::vector<std::int64_t> ids;
            ~Retire()
            {
                for (auto id : ids)
                    admin.patch("/api/v1/custom_fields/" + std::to_string(id), json(R"({"active":false})"));
            }
        } retire{admin, created};

        auto carol = m_desk->as("carol");
        auto open = [&](const std::string &custom) {
            return carol.post("/api/v1/tickets", json(R"({"title":"From the web","group_id":)" + str(m_desk->alpha()) +
                                                      R"(,"article":{"body_text":"please"},"custom":)" + custom + "}"));
        };
        auto allowed = open(R"({"serial_no":"SN-1"})");
        QVERIFY2(allowed.status == 201, allowed.raw.c_str()); // the required cost_centre is the desk's to fill
        auto discount = open(R"({"serial_no":"SN-2","discount":"100%"})");
        QCOMPARE(discount.status, 403);
        QCOMPARE(discount.errorField(), std::string("custom.discount"));
        auto unknown = open(R"({"no_such_field":"x"})");
        QCOMPARE(unknown.status, 403); // the same answer as a field that exists
        QCOMPARE(unknown.errorField(), std::string("custom.no_such_field"));

        const auto self = "/api/v1/users/" + str(m_desk->userId("carol"));
        QCOMPARE(carol.patch(self, json(R"({"custom":{"newsletter":"weekly"}})")).status, 200);
        auto vip = carol.patch(self, json(R"({"custom":{"vip":"yes"}})"));
        QCOMPARE(vip.status, 403);
        QCOMPARE(vip.errorField(), std::string("custom.vip"));
        // Staff set them all.
        QCOMPARE(m_desk->as("alphaFull").patch(self, json(R"({"custom":{"vip":"yes"}})")).status, 200);
        auto ticket = idOf(allowed, "ticket");
        QCOMPARE(m_desk->as("alphaFull")
                     .patch("/api/v1/tickets/" + str(ticket), json(R"({"custom":{"discount":"5%"}})"))
                     .status,
                 200);
    }

    void customersDoNotLearnWhoWatchesTheirTicket()
    {
        auto ticket = m_desk->openTicket("Alpha", "carol", "Watched by staff");
        auto agent = m_desk->as("alphaFull");
        QCOMPARE(agent.post("/api/v1/tickets/" + str(ticket) + "/watchers", newObject()).status, 200);
        QCOMPARE(agent.del("/api/v1/tickets/" + str(ticket) + "/watchers/" + str(m_desk->userId("alphaFull"))).status,
                 200);
        auto watcherEvents = [&](ApiClient &client) {
            int count = 0;
            auto events = client.get("/api/v1/events?after=0&limit=5000").array("events");
            for (unsigned i = 0; events && i < events->size(); ++i) {
                auto e = events->getObject(i);
                if (e->getValue<std::string>("kind") == "ticket.watchers_changed" &&
                    e->getValue<std::int64_t>("ticket_id") == ticket)
                    ++count;
            }
            return count;
        };
        QTRY_COMPARE(watcherEvents(agent), 2); // the watch and the unwatch, once the feed has them
        auto carol = m_desk->as("carol");
        QCOMPARE(watcherEvents(carol), 0);
        // Nor over a WebSocket.
        WsClient ws(m_desk->port(), carol.token());
        QVERIFY(ws.accepted());
        QVERIFY(ws.request("event.subscribe", json(R"({"after":0})"))->has("result"));
        auto marker = m_desk->openTicket("Alpha", "carol", "Marker after the watchers");
        auto sawMarker = [&](const std::vector<JsonObject> &events) {
            return std::any_of(events.begin(), events.end(), [&](const JsonObject &e) {
                return !e->isNull("ticket_id") && e->getValue<std::int64_t>("ticket_id") == marker;
            });
        };
        QVERIFY(ws.waitForEvents(sawMarker));
        for (const auto &e : ws.events()) {
            QVERIFY(e->getValue<std::string>("kind") != "ticket.watchers_changed");
            QVERIFY(!e->getObject("data") || !e->getObject("data")->has("watchers"));
        }
    }

    void customersSeeTheDeskAddressNotTheAgentsOwn_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::newRow("an e-mail reply") << "email";
        QTest::newRow("a reply on the web") << "web";
    }

    void customersSeeTheDeskAddressNotTheAgentsOwn()
    {
        QFETCH(QString, channel);
        const std::string agentsOwn = "@test.example"; // the agent's own domain (the group's is desk.example)
        auto ticket = m_desk->openTicket("Alpha", "carol", "Who answered?");
        auto carol = m_desk->as("carol");
        WsClient ws(m_desk->port(), carol.token());
        QVERIFY(ws.accepted());
        auto subscribe = newObject();
        subscribe->set("after", ws.hello()->getValue<std::int64_t>("watermark"));
        QVERIFY(ws.request("event.subscribe", subscribe)->has("result"));
        auto reply = newObject();
        reply->set("channel", channel.toStdString());
        reply->set("body_text", std::string("Here is your answer."));
        auto posted = m_desk->as("alphaFull").post("/api/v1/tickets/" + str(ticket) + "/articles", reply);
        QVERIFY2(posted.status == 201, posted.raw.c_str());
        const auto articleId = posted.object("article")->getValue<std::int64_t>("id");
        const auto staffFrom = posted.object("article")->getValue<std::string>("from");
        QVERIFY2(staffFrom.find(agentsOwn) != std::string::npos, staffFrom.c_str()); // staff still see who wrote it

        auto fromIn = [&](const JsonArray &articles) {
            for (unsigned i = 0; articles && i < articles->size(); ++i)
                if (articles->getObject(i)->getValue<std::int64_t>("id") == articleId)
                    return articles->getObject(i)->getValue<std::string>("from");
            return std::string("(missing)");
        };
        const auto listed = fromIn(carol.get("/api/v1/tickets/" + str(ticket) + "/articles").array("articles"));
        QVERIFY(ws.waitForEvents([&](const std::vector<JsonObject> &events) {
            return std::any_of(events.begin(), events.end(), [](const JsonObject &e) {
                return e->getValue<std::string>("kind") == "article.created";
            });
        }));
        std::string sent;
        for (const auto &e : ws.events())
            if (e->getValue<std::string>("kind") == "article.created")
                sent = e->getObject("data")->getObject("article")->getValue<std::string>("from");
        for (const auto &from : {listed, sent}) {
            QVERIFY2(from.find(agentsOwn) == std::string::npos, from.c_str());
            QVERIFY2(from.find("alpha@desk.example") != std::string::npos, from.c_str());
            QVERIFY2(from.find("alphaFull") != std::string::npos, from.c_str());
        }
    }

    void aTicketMovesOnlyToAGroupTheMoverWorksIn_data()
    {
        QTest::addColumn<QString>("mover");
        QTest::addColumn<int>("status");
        QTest::newRow("an agent with no access to the other group") << "alphaFull" << 403;
        QTest::newRow("an administrator") << "admin" << 200;
    }

    void aTicketMovesOnlyToAGroupTheMoverWorksIn()
    {
        QFETCH(QString, mover);
        QFETCH(int, status);
        auto ticket = m_desk->openTicket("Alpha", "carol", "Moved away?");
        auto moved = m_desk->as(mover.toStdString())
                         .patch("/api/v1/tickets/" + str(ticket), json(R"({"group_id":)" + str(m_desk->beta()) + "}"));
        QVERIFY2(moved.status == status, moved.raw.c_str());
        auto group = m_desk->as("admin")
                         .get("/api/v1/tickets/" + str(ticket))
                         .object("ticket")
                         ->getValue<std::int64_t>("group_id");
        QCOMPARE(group, status == 200 ? m_desk->beta() : m_desk->alpha());
        if (status != 200)
            QCOMPARE(moved.errorField(), std::string("group_id"));
    }

    void aTicketOneMayNotReadAnswersAsOneThatDoesNotExist_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("body");
        QTest::newRow("an agent reads") << "alphaFull"
                                        << "GET"
                                        << "/api/v1/tickets/ID"
                                        << "";
        QTest::newRow("an agent changes") << "alphaFull"
                                          << "PATCH"
                                          << "/api/v1/tickets/ID"
                                          << R"({"title":"x"})";
        QTest::newRow("an agent writes") << "alphaFull"
                                         << "POST"
                                         << "/api/v1/tickets/ID/articles"
                                         << R"({"body_text":"x"})";
        QTest::newRow("an agent links") << "alphaFull"
                                        << "POST"
                                        << "/api/v1/tickets/ID/links"
                                        << R"({"target_id":TARGET})";
        QTest::newRow("an agent merges") << "alphaFull"
                                         << "POST"
                                         << "/api/v1/tickets/ID/merge"
                                         << R"({"into_id":TARGET})";
        QTest::newRow("a customer reads the rating") << "carol"
                                                     << "GET"
                                                     << "/api/v1/tickets/ID/rating"
                                                     << "";
        QTest::newRow("a customer rates") << "carol"
                                          << "PUT"
                                          << "/api/v1/tickets/ID/rating"
                                          << R"({"score":5})";
        QTest::newRow("a customer writes") << "carol"
                                           << "POST"
                                           << "/api/v1/tickets/ID/articles"
                                           << R"({"body_text":"x"})";
    }

    void aTicketOneMayNotReadAnswersAsOneThatDoesNotExist()
    {
        QFETCH(QString, who);
        QFETCH(QString, verb);
        QFETCH(QString, path);
        QFETCH(QString, body);
        auto own = m_desk->openTicket("Alpha", "carol", "Readable");
        auto hidden = m_desk->openTicket("Beta", "erin", "Not for them");
        const std::int64_t missing = hidden + 100000;
        auto call = [&](std::int64_t id) {
            auto withIds = [&](std::string text) {
                text = std::regex_replace(text, std::regex("TARGET"), str(own));
                return std::regex_replace(text, std::regex("ID"), str(id));
            };
            return m_desk->as(who.toStdString())
                .send(verb.toStdString(), withIds(path.toStdString()), withIds(body.toStdString()), "application/json");
        };
        auto invisible = call(hidden), absent = call(missing);
        QCOMPARE(invisible.status, 404);
        QCOMPARE(absent.status, 404);
        auto message = [](const ApiResponse &r) {
            return r.body->getObject("error")->getValue<std::string>("message");
        };
        QCOMPARE(message(invisible), message(absent));
        QCOMPARE(invisible.errorField(), absent.errorField());
    }

    void oversizedListsAndTextsAreRefusedByName_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("status");
        QTest::newRow("100 attachments on an article are taken") << "attachments" << 100 << 201;
        QTest::newRow("101 are not") << "attachments" << 101 << 422;
        QTest::newRow("50 tags on a ticket are taken") << "tags" << 50 << 200;
        QTest::newRow("51 are not") << "tags" << 51 << 422;
        QTest::newRow("a subject of 1000 characters is taken") << "subject" << 1000 << 201;
        QTest::newRow("one of 1001 is not") << "subject" << 1001 << 422;
        QTest::newRow("a language tag of 35 characters is taken") << "language" << 35 << 200;
        QTest::newRow("one of 36 is not") << "language" << 36 << 422;
    }

    void oversizedListsAndTextsAreRefusedByName()
    {
        QFETCH(QString, field);
        QFETCH(int, size);
        QFETCH(int, status);
        auto agent = m_desk->as("alphaFull");
        auto ticket = m_desk->openTicket("Alpha", "dave", "Large things");
        const auto ticketPath = "/api/v1/tickets/" + str(ticket);
        ApiResponse r;
        if (field.toStdString() == "attachments") {
            auto upload = agent.send("POST", "/api/v1/attachments?filename=a.txt", "one file", "text/plain");
            QCOMPARE(upload.status, 201);
            auto list = newArray();
            for (int i = 0; i < size; ++i)
                list->add(upload.object("attachment"));
            auto note = json(R"({"channel":"note","body_text":"many"})");
            note->set("attachments", list);
            r = agent.post(ticketPath + "/articles", note);
        } else if (field.toStdString() == "tags") {
            auto tags = newArray();
            for (int i = 0; i < size; ++i)
                tags->add("tag-" + str(i));
            auto change = newObject();
            change->set("tags", tags);
            r = agent.patch(ticketPath, change);
        } else if (field.toStdString() == "subject") {
            auto note = json(R"({"channel":"note","body_text":"long subject"})");
            note->set("subject", std::string(static_cast<std::size_t>(size), 's'));
            r = agent.post(ticketPath + "/articles", note);
        } else {
            auto change = newObject();
            change->set("language", std::string(static_cast<std::size_t>(size), 'l'));
            r = m_desk->as("carol").patch("/api/v1/users/" + str(m_desk->userId("carol")), change);
        }
        QVERIFY2(r.status == status, r.raw.c_str());
        if (status == 422)
            QCOMPARE(r.errorField(), field.toStdString());
    }

    void customersCannotPutOthersInCopy()
    {
        auto ticket = m_desk->openTicket("Alpha", "carol", "Copies");
        auto articles = [&] {
            return m_desk->as("alphaFull")
                .get("/api/v1/tickets/" + str(ticket) + "/articles")
                .array("articles")
                ->size();
        };
        const auto before = articles();
        auto carol = m_desk->as("carol");
        auto withCopy = carol.post("/api/v1/tickets/" + str(ticket) + "/articles",
                                   json(R"({"body_text":"see you","cc":"Mallory <mallory@attacker.example>"})"));
        QCOMPARE(withCopy.status, 422);
        QCOMPARE(withCopy.errorField(), std::string("cc"));
        QCOMPARE(articles(), before);
        // Nor does the ticket's conversation take Mallory's mail in.
        const auto number = str(m_desk->as("alphaFull")
                                    .get("/api/v1/tickets/" + str(ticket))
                                    .object("ticket")
                                    ->getValue<std::int64_t>("number"));
        auto raw = "From: Mallory <mallory@attacker.example>\r\nTo: alpha@desk.example\r\nSubject: Re: [Ticket#" +
                   number + "] Copies\r\nMessage-ID: <" + unique() + "-copy@attacker.example>\r\n\r\nHello.\r\n";
        QCOMPARE(m_desk->as("admin")
                     .send("POST", "/api/v1/mail/inbound?recipient=alpha@desk.example", raw, "message/rfc822")
                     .status,
                 202);
        QCOMPARE(articles(), before);
        QCOMPARE(carol.post("/api/v1/tickets/" + str(ticket) + "/articles", json(R"({"body_text":"no copy"})")).status,
                 201);
    }

    void attachmentHeadersCannotCarryAnotherHeader_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("status");
        QTest::newRow("a file name with a line break") << "filename"
                                                       << "a.pdf\r\nBcc: x@attacker.example" << 422;
        QTest::newRow("a content type with a line break") << "content_type"
                                                          << "text/plain\r\nX-Evil: 1" << 422;
        QTest::newRow("a content type that is no type/subtype") << "content_type"
                                                                << "nonsense" << 422;
        QTest::newRow("a content type with a space in its subtype") << "content_type"
                                                                    << "text/pl ain" << 422;
        QTest::newRow("a content id with a NUL")
            << "content_id" << QString::fromStdString(std::string("part\0x@y", 8)) << 422;
        QTest::newRow("a content id with a line break") << "content_id"
                                                        << "<a@b>\nX: y" << 422;
        QTest::newRow("an ordinary content type with parameters") << "content_type"
                                                                  << "text/plain; charset=utf-8" << 201;
        QTest::newRow("an ordinary content id") << "content_id"
                                                << "<logo@desk.example>" << 201;
        QTest::newRow("an ordinary file name with spaces") << "filename"
                                                           << "Quarterly report (final).pdf" << 201;
    }

    void attachmentHeadersCannotCarryAnotherHeader()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(int, status);
        auto agent = m_desk->as("alphaFull");
        auto upload = agent.send("POST", "/api/v1/attachments?filename=f.pdf", "pdf bytes", "application/pdf");
        QCOMPARE(upload.status, 201);
        auto ref = newObject();
        for (const auto &[k, v] : *upload.object("attachment"))
            ref->set(k, v);
        ref->set(key.toStdString(), value.toStdString());
        auto list = newArray();
        list->add(ref);
        auto note = json(R"({"channel":"note","body_text":"file"})");
        note->set("attachments", list);
        auto ticket = m_desk->openTicket("Alpha", "dave", "Headers");
        auto r = agent.post("/api/v1/tickets/" + str(ticket) + "/articles", note);
        QVERIFY2(r.status == status, r.raw.c_str());
        if (status == 422)
            QCOMPARE(r.errorField(), "attachments[0]." + key.toStdString());
    }

    void agentsCountOnlyTheTagsOfTicketsTheyMayRead()
    {
        const std::string tag = "counted-" + unique();
        auto tagTicket = [&](const std::string &group) {
            auto ticket = m_desk->openTicket(group, "dave", "Tagged");
            QCOMPARE(m_desk->as("admin")
                         .patch("/api/v1/tickets/" + str(ticket), json(R"({"tags":[")" + tag + R"("]})"))
                         .status,
                     200);
        };
        tagTicket("Alpha");
        tagTicket("Beta");
        tagTicket("Beta");
        auto countOf = [&](const std::string &who) -> std::int64_t {
            auto tags = m_desk->as(who).get("/api/v1/tags?with_counts=true").array("tags");
            for (unsigned i = 0; tags && i < tags->size(); ++i)
                if (tags->getObject(i)->getValue<std::string>("tag") == tag)
                    return tags->getObject(i)->getValue<std::int64_t>("tickets");
            return 0;
        };
        QCOMPARE(countOf("alphaFull"), std::int64_t(1));
        QCOMPARE(countOf("betaFull"), std::int64_t(2));
        QCOMPARE(countOf("supervisor"), std::int64_t(3));
        QCOMPARE(countOf("admin"), std::int64_t(3));
    }

    void agentsListTheMembersOfTheirOwnGroupsOnly_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("group");
        QTest::addColumn<int>("status");
        QTest::newRow("an agent, their own group") << "alphaFull"
                                                   << "Alpha" << 200;
        QTest::newRow("a read-only member, their own group") << "alphaRead"
                                                             << "Alpha" << 200;
        QTest::newRow("an agent, another group") << "alphaFull"
                                                 << "Beta" << 403;
        QTest::newRow("a supervisor, any group") << "supervisor"
                                                 << "Beta" << 200;
        QTest::newRow("an administrator, any group") << "admin"
                                                     << "Beta" << 200;
    }

    void agentsListTheMembersOfTheirOwnGroupsOnly()
    {
        QFETCH(QString, who);
        QFETCH(QString, group);
        QFETCH(int, status);
        auto id = group.toStdString() == "Alpha" ? m_desk->alpha() : m_desk->beta();
        auto r = m_desk->as(who.toStdString()).get("/api/v1/groups/" + str(id) + "/members");
        QCOMPARE(r.status, status);
        // What the refused agent would have learnt: who works in Beta, with their address.
        QCOMPARE(r.raw.find("betaFull@test.example") != std::string::npos,
                 status == 200 && group.toStdString() == "Beta");
    }

    void aCustomerCreatedWithATicketIsAudited()
    {
        const std::string email = "first-call-" + unique() + "@customer.example";
        auto created = m_desk->as("alphaFull")
                           .post("/api/v1/tickets", json(R"({"title":"New caller","group_id":)" + str(m_desk->alpha()) +
                                                         R"(,"customer_email":")" + email + R"("})"));
        QVERIFY2(created.status == 201, created.raw.c_str());
        auto customer = created.object("ticket")->getValue<std::int64_t>("customer_id");
        auto entries = auditOfUser(customer);
        QCOMPARE(entries->size(), 1u);
        QCOMPARE(entries->getObject(0)->getValue<std::string>("action"), std::string("user.created"));
        QCOMPARE(entries->getObject(0)->getValue<std::int64_t>("actor_id"), m_desk->userId("alphaFull"));
        QVERIFY(jsonText(entries->getObject(0)->get("changes")).find(email) != std::string::npos);
    }

    void customersSeeTheirTicketWithoutTheDesksOwnDetails()
    {
        auto admin = m_desk->as("admin");
        const std::string mine = "order_no_" + unique(), desks = "margin_" + unique();
        for (const auto &[name, editable] : {std::pair{mine, true}, std::pair{desks, false}}) {
            auto field = newObject();
            field->set("object_kind", std::string("ticket"));
            field->set("name", name);
            field->set("label", std::string("L"));
            field->set("field_type", std::string("text"));
            field->set("customer_editable", editable);
            QCOMPARE(admin.post("/api/v1/custom_fields", field).status, 201);
        }
        auto agent = m_desk->as("alphaFull");
        auto body = json(R"({"title":"Seen twice","group_id":)" + str(m_desk->alpha()) + R"(,"customer_id":)" +
                         str(m_desk->userId("carol")) + R"(,"tags":["angry-customer"],"custom":{")" + mine +
                         R"(":"A-1",")" + desks + R"(":"40%"}})");
        auto created = agent.post("/api/v1/tickets", body);
        QVERIFY2(created.status == 201, created.raw.c_str());
        auto ticket = idOf(created, "ticket");
        for (int i = 0; i < 3; ++i)
            QCOMPARE(agent
                         .post("/api/v1/tickets/" + str(ticket) + "/articles",
                               json(R"({"channel":"note","body_text":"internal"})"))
                         .status,
                     201);
        QCOMPARE(agent.patch("/api/v1/tickets/" + str(ticket), json(R"({"title":"Seen three times"})")).status, 200);

        // Whatever way a customer is shown the ticket, it lacks what is the desk's own.
        auto customersView = [&](const JsonObject &t) {
            QVERIFY(t);
            for (const char *key :
                 {"tags", "article_count", "sla_id", "first_response_due_at", "update_due_at", "solution_due_at"})
                QVERIFY2(!t->has(key), key);
            QVERIFY(t->getObject("custom"));
            QCOMPARE(t->getObject("custom")->getValue<std::string>(mine), std::string("A-1"));
            QVERIFY(!t->getObject("custom")->has(desks));
            QCOMPARE(t->getValue<std::int64_t>("id"), ticket);
        };
        auto carol = m_desk->as("carol");
        customersView(carol.get("/api/v1/tickets/" + str(ticket)).object("ticket"));
        auto list = carol.get("/api/v1/tickets?limit=1000").array("tickets");
        JsonObject listed;
        for (unsigned i = 0; i < list->size(); ++i)
            if (list->getObject(i)->getValue<std::int64_t>("id") == ticket)
                listed = list->getObject(i);
        customersView(listed);
        auto ticketsInFeed = [&] {
            std::vector<JsonObject> tickets;
            auto events = carol.get("/api/v1/events?after=0&limit=5000").array("events");
            for (unsigned i = 0; events && i < events->size(); ++i) {
                auto e = events->getObject(i);
                if (!e->isNull("ticket_id") && e->getValue<std::int64_t>("ticket_id") == ticket &&
                    e->getObject("data")->getObject("ticket"))
                    tickets.push_back(e->getObject("data")->getObject("ticket"));
            }
            return tickets;
        };
        QTRY_VERIFY(ticketsInFeed().size() >= 2); // created, updated
        for (const auto &inFeed : ticketsInFeed())
            customersView(inFeed);
        WsClient ws(m_desk->port(), carol.token());
        QVERIFY(ws.accepted());
        QVERIFY(ws.request("event.subscribe", json(R"({"after":0})"))->has("result"));
        QCOMPARE(agent.patch("/api/v1/tickets/" + str(ticket), json(R"({"title":"Seen four times"})")).status, 200);
        auto renamed = [&](const std::vector<JsonObject> &seen) {
            for (const auto &e : seen)
                if (auto data = e->getObject("data");
                    data && data->getObject("ticket") &&
                    data->getObject("ticket")->getValue<std::string>("title") == "Seen four times")
                    return true;
            return false;
        };
        QVERIFY(ws.waitForEvents(renamed));
        for (const auto &e : ws.events())
            if (auto data = e->getObject("data");
                data && data->getObject("ticket") && data->getObject("ticket")->getValue<std::int64_t>("id") == ticket)
                customersView(data->getObject("ticket"));

        // Staff see it whole.
        auto whole = agent.get("/api/v1/tickets/" + str(ticket)).object("ticket");
        QCOMPARE(whole->getValue<std::int64_t>("article_count"), std::int64_t(3));
        QVERIFY(jsonText(whole->get("tags")).find("angry-customer") != std::string::npos);
        QCOMPARE(whole->getObject("custom")->getValue<std::string>(desks), std::string("40%"));
    }

    void aZipIsUnpackedWhereNoOtherUserCanReach()
    {
        Poco::TemporaryFile folder;
        FreshdeskExportSpec spec;
        spec.tickets = 2;
        spec.archivedTickets = 0;
        spec.contacts = 3;
        FreshdeskExport::write(folder.path(), spec);
        const std::string zip = folder.path() + ".zip";
        {
            std::ofstream out(zip, std::ios::binary);
            Poco::Zip::Compress compress(out, true);
            compress.addRecursive(Poco::Path(folder.path() + "/"));
            compress.close();
        }
        std::string firstFolder;
        {
            helpdesk::integrations::freshdesk::ExportReader first(zip), second(zip);
            firstFolder = first.unpackedInto();
            for (const auto &unpacked : {first.unpackedInto(), second.unpackedInto()}) {
                struct stat info {
                };
                QCOMPARE(::stat(unpacked.c_str(), &info), 0);
                QVERIFY(S_ISDIR(info.st_mode));
                QCOMPARE(info.st_mode & 0777, mode_t(0700));
                QCOMPARE(info.st_uid, ::getuid());
                // Not derived from the process id and a counter, as a guessable name would be.
                QVERIFY(Poco::Path(unpacked).getFileName().find(std::to_string(Poco::Process::id())) ==
                        std::string::npos);
            }
            QVERIFY(first.unpackedInto() != second.unpackedInto());
            QVERIFY(Poco::File(firstFolder + "/Tickets1.xml").exists() ||
                    Poco::File(firstFolder + "/Companies.xml").exists());
        }
        QVERIFY(!Poco::File(firstFolder).exists());
        Poco::File(zip).remove();
    }
};

QTEST_GUILESS_MAIN(TestAccessHoles)
#include "tst_access_holes.moc"
