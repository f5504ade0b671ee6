// The API's one method table, as a caller meets it: every declared route answers its verb, a
// wrong verb on a known path is a 405 naming the verbs it takes, a success has the status the
// method declares, and the methods that used to be answered beside the table (sign-in, server
// info, password links, mailbox polls, the test mail, uploads, raw mail, subscriptions, presence)
// still answer over each transport that offers them.

#include "api/MethodTable.h"
#include "support/Desk.h"
#include "support/SmtpSink.h"
#include "support/WsClient.h"

#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <QtTest>

#include <memory>
#include <regex>
#include <set>

using namespace helpdesk::test;
using helpdesk::api::Access;
using helpdesk::api::MethodTable;
using helpdesk::protocol::JsonObject;
using helpdesk::protocol::newObject;

namespace {
/// The error code of a WebSocket response ("" when it succeeded).
std::string wsError(const JsonObject &response)
{
    if (!response || !response->has("error"))
        return {};
    return response->getObject("error")->getValue<std::string>("code");
}

JsonObject wsResult(const JsonObject &response)
{
    return response && response->has("result") ? response->getObject("result") : nullptr;
}
} // namespace

class TestApiMethods : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;

    std::string emailOf(const std::string &who)
    {
        return m_desk->as("admin")
            .get("/api/v1/users/" + std::to_string(m_desk->userId(who)))
            .object("user")
            ->getValue<std::string>("email");
    }

    /// A path with its {placeholders} filled from the desk's cast and fresh tickets.
    std::string fill(std::string path)
    {
        auto put = [&](const std::string &name, const std::string &value) {
            for (auto at = path.find(name); at != std::string::npos; at = path.find(name))
                path.replace(at, name.size(), value);
        };
        put("{alpha}", std::to_string(m_desk->alpha()));
        put("{carol}", std::to_string(m_desk->userId("carol")));
        if (path.find("{ticket}") != std::string::npos)
            put("{ticket}", std::to_string(m_desk->openTicket("Alpha", "carol", "Declared status")));
        if (path.find("{other}") != std::string::npos)
            put("{other}", std::to_string(m_desk->openTicket("Alpha", "dave", "Another")));
        return path;
    }

private slots:
    void initTestCase() { m_desk = std::make_unique<Desk>(); }
    void cleanupTestCase() { m_desk.reset(); }

    void aWrongVerbOnAKnownPathIs405NamingTheVerbsItTakes_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("allow");
        QTest::addColumn<bool>("signedIn");
        QTest::newRow("tickets are listed and created, not deleted") << "DELETE"
                                                                     << "/api/v1/tickets"
                                                                     << "GET, POST" << true;
        QTest::newRow("a ticket is read and changed, not replaced") << "PUT"
                                                                    << "/api/v1/tickets/1"
                                                                    << "GET, PATCH" << true;
        QTest::newRow("a watcher is only removed") << "POST"
                                                   << "/api/v1/tickets/1/watchers/2"
                                                   << "DELETE" << true;
        QTest::newRow("inbound mail is listed and delivered") << "DELETE"
                                                              << "/api/v1/mail/inbound"
                                                              << "GET, POST" << true;
        QTest::newRow("attachments are uploaded") << "GET"
                                                  << "/api/v1/attachments"
                                                  << "POST" << true;
        QTest::newRow("an attachment is downloaded") << "POST"
                                                     << "/api/v1/attachments/abc"
                                                     << "GET" << true;
        QTest::newRow("a membership is set") << "GET"
                                             << "/api/v1/groups/1/members/2"
                                             << "PUT" << true;
        QTest::newRow("a configuration row is changed") << "POST"
                                                        << "/api/v1/priorities/3"
                                                        << "PATCH" << true;
        QTest::newRow("mail settings are read and changed") << "DELETE"
                                                            << "/api/v1/settings/mail"
                                                            << "GET, PATCH" << true;
        QTest::newRow("sign-in is posted, even without a token") << "GET"
                                                                 << "/api/v1/auth/login"
                                                                 << "POST" << false;
        QTest::newRow("server info is read, even without a token") << "PATCH"
                                                                   << "/api/v1/info"
                                                                   << "GET" << false;
    }

    void aWrongVerbOnAKnownPathIs405NamingTheVerbsItTakes()
    {
        QFETCH(QString, verb);
        QFETCH(QString, path);
        QFETCH(QString, allow);
        QFETCH(bool, signedIn);
        auto client = signedIn ? m_desk->as("admin") : ApiClient(m_desk->port());
        auto r = client.send(verb.toStdString(), path.toStdString(),
                             verb == QLatin1String("GET") || verb == QLatin1String("DELETE") ? "" : "{}");
        QVERIFY2(r.status == 405, r.raw.c_str());
        QCOMPARE(QString::fromStdString(r.headers["Allow"]), allow);
        QCOMPARE(r.errorCode(), std::string("method_not_allowed"));
        QVERIFY(!r.body->getObject("error")->getValue<std::string>("message").empty());
    }

    void anUnknownPathIsStill404()
    {
        auto r = m_desk->as("admin").send("DELETE", "/api/v1/teapots/7", "");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), std::string("not_found"));
        QVERIFY(r.headers.count("Allow") == 0);
    }

    void everyDeclaredRouteAnswersItsVerb()
    {
        // Without a token a method that needs a session answers 401 once its route is found (an
        // unknown route is a 404 and a wrong verb a 405, before any sign-in is checked); the
        // methods for anyone answer for themselves.
        ApiClient stranger(m_desk->port());
        int routes = 0;
        for (const auto &method : MethodTable::instance().all()) {
            if (!method.hasRoute())
                continue;
            ++routes;
            auto path = std::regex_replace(std::string(MethodTable::kPrefix) + method.path,
                                           std::regex("\\{[a-z_0-9]+\\}"), "1");
            const bool hasBody = method.verb != "GET" && method.verb != "DELETE";
            auto r = stranger.send(method.verb, path, hasBody ? "{}" : "");
            const auto what = method.name + " (" + method.verb + " " + path + "): " + r.raw;
            QVERIFY2(r.status != 404 && r.status != 405, what.c_str());
            if (method.access != Access::Anyone)
                QVERIFY2(r.status == 401 && r.errorCode() == "unauthenticated", what.c_str());
        }
        QVERIFY(routes > 60);
    }

    void aSuccessHasTheStatusTheMethodDeclares_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("a ticket is created")
            << "ticket.create"
            << "POST"
            << "/tickets"
            << R"({"title":"Declared","group_id":{alpha},"customer_id":{carol}})" << 201;
        QTest::newRow("an article is created") << "article.create"
                                               << "POST"
                                               << "/tickets/{ticket}/articles"
                                               << R"({"channel":"note","body_text":"noted"})" << 201;
        QTest::newRow("a token is created") << "token.create"
                                            << "POST"
                                            << "/tokens"
                                            << R"({"name":"declared"})" << 201;
        QTest::newRow("a user is created") << "user.create"
                                           << "POST"
                                           << "/users"
                                           << R"({"email":"declared@desk.example","name":"Declared"})" << 201;
        QTest::newRow("a configuration row is created") << "priority.create"
                                                        << "POST"
                                                        << "/priorities"
                                                        << R"({"name":"Declared","rank":9})" << 201;
        QTest::newRow("a mailbox is created")
            << "mailbox.create"
            << "POST"
            << "/mailboxes"
            << R"({"name":"Declared box","protocol":"imap","host":"127.0.0.1","port":1,
                                                     "username":"box","password":"declared-secret","enabled":false})"
            << 201;
        QTest::newRow("a ticket is changed") << "ticket.update"
                                             << "PATCH"
                                             << "/tickets/{ticket}"
                                             << R"({"title":"Renamed"})" << 200;
        QTest::newRow("a merge is posted but creates nothing") << "ticket.merge"
                                                               << "POST"
                                                               << "/tickets/{ticket}/merge"
                                                               << R"({"into_id":{other}})" << 200;
        QTest::newRow("a link is posted but creates nothing") << "ticket.link"
                                                              << "POST"
                                                              << "/tickets/{ticket}/links"
                                                              << R"({"target_id":{other}})" << 200;
        QTest::newRow("a tag rename is posted") << "tag.rename"
                                                << "POST"
                                                << "/tags/rename"
                                                << R"({"from":"nope","to":"still-nope"})" << 200;
        QTest::newRow("the caller is read") << "auth.me"
                                            << "GET"
                                            << "/me"
                                            << "" << 200;
    }

    void aSuccessHasTheStatusTheMethodDeclares()
    {
        QFETCH(QString, method);
        QFETCH(QString, verb);
        QFETCH(QString, path);
        QFETCH(QString, body);
        QFETCH(int, status);
        const auto *declared = MethodTable::instance().find(method.toStdString());
        QVERIFY(declared);
        QCOMPARE(declared->successStatus, status);
        auto fullPath = std::string(MethodTable::kPrefix) + fill(path.toStdString());
        auto routed = MethodTable::instance().route(verb.toStdString(), fullPath).method;
        QVERIFY(routed == declared);
        auto r = m_desk->as("admin").send(verb.toStdString(), fullPath, fill(body.toStdString()));
        QVERIFY2(r.status == status, r.raw.c_str());
    }

    void serverInfoAndSignInAnswerOverBothTransports()
    {
        auto info = ApiClient(m_desk->port()).get("/api/v1/info");
        QCOMPARE(info.status, 200);
        QVERIFY(info.body->getValue<bool>("database_available"));
        WsClient ws(m_desk->port(), m_desk->as("alphaFull").token());
        QVERIFY(ws.accepted());
        auto wsInfo = wsResult(ws.request("server.info", newObject()));
        QVERIFY(wsInfo);
        QCOMPARE(wsInfo->getValue<std::string>("server_version"), info.body->getValue<std::string>("server_version"));

        const auto email = emailOf("alphaRead");
        ApiClient http(m_desk->port());
        QCOMPARE(http.login(email, Desk::kPassword).status, 200);
        auto credentials = newObject();
        credentials->set("email", email);
        credentials->set("password", Desk::kPassword);
        auto wsLogin = wsResult(ws.request("auth.login", credentials));
        QVERIFY(wsLogin);
        QCOMPARE(wsLogin->getObject("user")->getValue<std::int64_t>("id"), m_desk->userId("alphaRead"));
        QVERIFY(wsLogin->getValue<std::string>("token") != http.token());
    }

    void signOutEndsTheSessionOverBothTransports()
    {
        const auto email = emailOf("alphaRead");
        ApiClient overHttp(m_desk->port());
        QCOMPARE(overHttp.login(email, Desk::kPassword).status, 200);
        QCOMPARE(overHttp.post("/api/v1/auth/logout", newObject()).status, 200);
        QCOMPARE(overHttp.get("/api/v1/me").status, 401);

        ApiClient overSocket(m_desk->port());
        QCOMPARE(overSocket.login(email, Desk::kPassword).status, 200);
        WsClient ws(m_desk->port(), overSocket.token());
        QVERIFY(ws.accepted());
        QVERIFY(wsResult(ws.request("auth.logout", newObject())));
        QCOMPARE(overSocket.get("/api/v1/me").status, 401);
    }

    void passwordLinksAnswerOverBothTransports()
    {
        auto http = ApiClient(m_desk->port())
                        .post("/api/v1/auth/password_reset", json(R"({"email":"nobody-http@desk.example"})"));
        QCOMPARE(http.status, 200);
        QVERIFY(http.body->getValue<bool>("requested"));
        WsClient ws(m_desk->port(), m_desk->as("alphaFull").token());
        auto reset = wsResult(ws.request("auth.password_reset", json(R"({"email":"nobody-ws@desk.example"})")));
        QVERIFY(reset && reset->getValue<bool>("requested"));

        auto madeUp = json(R"({"token":"hdp_made-up","password":"a long enough password"})");
        auto httpSet = ApiClient(m_desk->port()).post("/api/v1/auth/set_password", madeUp);
        QCOMPARE(httpSet.status, 422);
        QCOMPARE(wsError(ws.request("auth.set_password", madeUp)), httpSet.errorCode());
    }

    void mailboxChecksAnswerOverBothTransports()
    {
        auto admin = m_desk->as("admin");
        auto created =
            admin.post("/api/v1/mailboxes", json(R"({"name":"Closed port","protocol":"imap","host":"127.0.0.1",
            "port":1,"username":"box","password":"closed-port-secret","enabled":false,"security":"none"})"));
        QCOMPARE(created.status, 201);
        const auto id = created.object("mailbox")->getValue<std::int64_t>("id");
        auto test = admin.post("/api/v1/mailboxes/" + std::to_string(id) + "/test", newObject());
        QCOMPARE(test.status, 200);
        QVERIFY(!test.body->getValue<bool>("ok"));
        WsClient ws(m_desk->port(), admin.token());
        auto params = newObject();
        params->set("id", id);
        auto wsTest = wsResult(ws.request("mailbox.test", params));
        QVERIFY(wsTest && !wsTest->getValue<bool>("ok"));

        QCOMPARE(admin.post("/api/v1/mailboxes/987654/poll", newObject()).status, 404);
        params->set("id", 987654);
        QCOMPARE(wsError(ws.request("mailbox.poll", params)), std::string("not_found"));
        // Only admins poll, over either transport.
        QCOMPARE(m_desk->as("alphaFull").post("/api/v1/mailboxes/987654/poll", newObject()).status, 403);
        WsClient agent(m_desk->port(), m_desk->as("alphaFull").token());
        QCOMPARE(wsError(agent.request("mailbox.poll", params)), std::string("forbidden"));
    }

    void theTestMailGoesOutOverBothTransports()
    {
        SmtpSink sink;
        sink.start();
        m_desk->useSmtp(sink.port());
        auto admin = m_desk->as("admin");
        auto http = admin.post("/api/v1/settings/mail/test", json(R"({"to":"ops-http@desk.example"})"));
        QCOMPARE(http.status, 200);
        QVERIFY2(http.body->getValue<bool>("sent"), http.raw.c_str());
        WsClient ws(m_desk->port(), admin.token());
        auto overSocket = wsResult(ws.request("mail.send_test", json(R"({"to":"ops-ws@desk.example"})")));
        QVERIFY(overSocket && overSocket->getValue<bool>("sent"));
        QVERIFY(sink.waitForCount(2));
        std::set<std::string> recipients;
        for (const auto &mail : sink.messages())
            recipients.insert(mail.header("X-RcptTo"));
        QVERIFY(recipients.count("ops-http@desk.example") && recipients.count("ops-ws@desk.example"));
        QCOMPARE(admin.post("/api/v1/settings/mail/test", json(R"({"to":"not an address"})")).status, 422);
    }

    void rawBodiesAreForHttpOnly()
    {
        auto admin = m_desk->as("admin");
        auto upload =
            admin.send("POST", "/api/v1/attachments?filename=notes.txt", "what the customer sent", "text/plain");
        QCOMPARE(upload.status, 201);
        auto ref = upload.object("attachment");
        QCOMPARE(ref->getValue<std::string>("filename"), std::string("notes.txt"));
        QCOMPARE(ref->getValue<std::string>("content_type"), std::string("text/plain"));
        const auto sha256 = ref->getValue<std::string>("sha256");
        auto ticket = m_desk->openTicket("Alpha", "carol", "With an attachment");
        auto article = newObject();
        article->set("channel", "note");
        article->set("body_text", "see the file");
        auto attachments = helpdesk::protocol::newArray();
        attachments->add(ref);
        article->set("attachments", attachments);
        QCOMPARE(admin.post("/api/v1/tickets/" + std::to_string(ticket) + "/articles", article).status, 201);
        auto download = admin.get("/api/v1/attachments/" + sha256);
        QCOMPARE(download.status, 200);
        QCOMPARE(download.raw, std::string("what the customer sent"));

        const std::string raw = "From: carol@acme.example\r\nTo: desk@desk.example\r\nSubject: Raw\r\n"
                                "Message-ID: <raw-http-only@acme.example>\r\n\r\nHello\r\n";
        auto delivered = admin.send("POST", "/api/v1/mail/inbound?recipient=desk@desk.example", raw, "message/rfc822");
        QVERIFY2(delivered.status == 202, delivered.raw.c_str());
        QVERIFY(delivered.body->getValue<std::int64_t>("inbound_id") > 0);

        WsClient ws(m_desk->port(), admin.token());
        auto params = newObject();
        params->set("sha256", sha256);
        for (const char *method : {"attachment.upload", "attachment.download", "mail.deliver"})
            QCOMPARE(wsError(ws.request(method, params)), std::string("not_found"));
    }

    void theSessionsOwnMethodsAreForTheWebSocketOnly()
    {
        auto ticket = m_desk->openTicket("Alpha", "carol", "Watched live");
        WsClient ws(m_desk->port(), m_desk->as("alphaFull").token());
        auto subscribed = wsResult(ws.request("event.subscribe", json(R"({"after":0})")));
        QVERIFY(subscribed && subscribed->getValue<std::int64_t>("watermark") > 0);
        QVERIFY(ws.waitForEvents([&](const auto &events) { return !events.empty(); }));
        auto presence = newObject();
        presence->set("ticket_id", ticket);
        presence->set("activity", "viewing");
        QVERIFY(wsResult(ws.request("presence.set", presence)));
        WsClient customer(m_desk->port(), m_desk->as("carol").token());
        QCOMPARE(wsError(customer.request("presence.set", presence)), std::string("forbidden"));
        for (const char *path : {"/api/v1/event/subscribe", "/api/v1/presence"})
            QCOMPARE(m_desk->as("alphaFull").post(path, newObject()).status, 404);
    }

    void aBodyTheMethodIgnoresDoesNotSpillIntoTheNextRequest_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("path");
        QTest::newRow("a GET with a body") << "GET"
                                           << "/api/v1/me";
        QTest::newRow("a DELETE with a body, refused") << "DELETE"
                                                       << "/api/v1/tickets/999999999";
        QTest::newRow("an unknown path with a body") << "POST"
                                                     << "/api/v1/no-such-thing";
    }

    void aBodyTheMethodIgnoresDoesNotSpillIntoTheNextRequest()
    {
        QFETCH(QString, verb);
        QFETCH(QString, path);
        // Two requests written at once on one connection (as a kept-alive client may): the first
        // carries a body its method never reads, the second must still be answered as itself.
        const std::string token = m_desk->as("alphaFull").token();
        const std::string junk = "{}GET /api/v1/smuggled HTTP/1.1\r\nHost: x\r\n\r\n";
        const std::string wire =
            verb.toStdString() + " " + path.toStdString() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
            token + "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(junk.size()) +
            "\r\n\r\n" + junk + "GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
            "\r\nConnection: close\r\n\r\n";
        Poco::Net::StreamSocket socket(
            Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(m_desk->port())));
        socket.setReceiveTimeout(Poco::Timespan(10, 0));
        socket.sendBytes(wire.data(), static_cast<int>(wire.size()));
        std::string answer;
        char buffer[4096];
        try {
            for (int n; (n = socket.receiveBytes(buffer, sizeof buffer)) > 0;)
                answer.append(buffer, static_cast<std::size_t>(n));
        } catch (const Poco::TimeoutException &) {
        }
        // Either the server answered both (the second with 200 and the caller's account), or it
        // answered the first and closed the connection, so that nothing was taken for a request.
        std::vector<std::string> statusLines;
        for (std::size_t at = answer.find("HTTP/1.1 "); at != std::string::npos; at = answer.find("HTTP/1.1 ", at + 1))
            statusLines.push_back(answer.substr(at, 12));
        QVERIFY2(!statusLines.empty(), answer.c_str());
        QVERIFY2(answer.find("smuggled") == std::string::npos, answer.c_str());
        if (statusLines.size() == 2) {
            QCOMPARE(statusLines[1], std::string("HTTP/1.1 200"));
        } else {
            QCOMPARE(statusLines.size(), std::size_t(1));
            QVERIFY2(QByteArray::fromStdString(answer).toLower().contains("connection: close"), answer.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestApiMethods)
#include "tst_api_methods.moc"
