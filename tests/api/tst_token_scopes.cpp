// Least privilege for machines: an API token carries scopes and may expire. Every route of the
// method table refuses a token without the scope its MethodSpec names, with a 403 naming it, and
// admits one with only that scope; the mailgate works with a token that can do nothing but hand
// in mail; a token never gets more than the credential creating it; an expired token is 401.

#include "api/MethodTable.h"
#include "support/Desk.h"
#include "support/Mailgate.h"
#include "support/WsClient.h"

#include <QtTest>

#include <map>
#include <memory>
#include <regex>

using namespace helpdesk::test;
using helpdesk::api::MethodTable;
using helpdesk::domain::Scope;
using helpdesk::protocol::JsonObject;
using helpdesk::protocol::newObject;

namespace {
const std::vector<Scope> kScopes{Scope::TicketsRead, Scope::TicketsWrite, Scope::UsersWrite, Scope::MailInbound,
                                 Scope::Admin};

std::string nameOf(Scope scope)
{
    return std::string(helpdesk::domain::scopeName(scope));
}

std::string errorMessage(const ApiResponse &r)
{
    return r.body && r.body->has("error") ? r.body->getObject("error")->getValue<std::string>("message")
                                          : std::string();
}

/// A 403 that names the scope the token lacks.
bool refusedFor(const ApiResponse &r, Scope scope)
{
    return r.status == 403 && errorMessage(r).find("lacks the scope " + nameOf(scope)) != std::string::npos;
}

std::string mailFrom(const std::string &from, const std::string &subject, const std::string &messageId)
{
    return "From: " + from + "\r\nTo: alpha@desk.example\r\nSubject: " + subject +
           "\r\nDate: Tue, 24 Nov 2026 10:00:00 +0000\r\nMessage-ID: <" + messageId +
           ">\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease help.\r\n";
}
} // namespace

class TestTokenScopes : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;

    /// A new API token of `who` (created with their session) with `scopes` (empty: the default).
    ApiResponse issue(const std::string &who, const std::vector<std::string> &scopes, const std::string &extra = {})
    {
        std::string body = R"({"name":"scoped")";
        if (!scopes.empty()) {
            body += R"(,"scopes":[)";
            for (std::size_t i = 0; i < scopes.size(); ++i)
                body += (i ? ",\"" : "\"") + scopes[i] + "\"";
            body += "]";
        }
        return m_desk->as(who).post("/api/v1/tokens", json(body + extra + "}"));
    }

    ApiClient withToken(const ApiResponse &issued)
    {
        if (issued.status != 201)
            qFatal("issuing a token answered %d: %s", issued.status, issued.raw.c_str());
        ApiClient client(m_desk->port());
        client.setToken(issued.body->getValue<std::string>("token"));
        return client;
    }

private slots:
    void initTestCase() { m_desk = std::make_unique<Desk>(); }
    void cleanupTestCase() { m_desk.reset(); }

    void everyRouteNeedsTheScopeItsMethodDeclares()
    {
        // An administrator's tokens: each with every scope but one, and each with that one alone.
        std::map<Scope, ApiClient> allBut;
        std::map<Scope, ApiClient> only;
        for (auto scope : kScopes) {
            std::vector<std::string> others;
            for (auto other : kScopes)
                if (other != scope)
                    others.push_back(nameOf(other));
            allBut.emplace(scope, withToken(issue("admin", others)));
            only.emplace(scope, withToken(issue("admin", {nameOf(scope)})));
        }
        std::map<Scope, int> checked;
        for (const auto &method : MethodTable::instance().all()) {
            if (!method.hasRoute() || method.scope == Scope::None)
                continue;
            // Ids no row has: a method admitted goes no further than its lookup.
            auto path = std::regex_replace(std::string(MethodTable::kPrefix) + method.path,
                                           std::regex("\\{[a-z_0-9]+\\}"), "999999");
            const auto body = method.verb != "GET" && method.verb != "DELETE" ? "{}" : "";
            auto refused = allBut.at(method.scope).send(method.verb, path, body);
            auto what = method.name + " without " + nameOf(method.scope) + ": " + refused.raw;
            QVERIFY2(refusedFor(refused, method.scope), what.c_str());
            QVERIFY2(errorMessage(refused).find(method.name) != std::string::npos, what.c_str());
            auto admitted = only.at(method.scope).send(method.verb, path, body);
            what = method.name + " with " + nameOf(method.scope) + " alone: " + admitted.raw;
            QVERIFY2(admitted.status != 401 && admitted.status != 403, what.c_str());
            ++checked[method.scope];
        }
        for (auto scope : kScopes)
            QVERIFY2(checked[scope] > 0, ("no route needs " + nameOf(scope)).c_str());
        QVERIFY(checked[Scope::TicketsRead] > 10 && checked[Scope::Admin] > 10);
    }

    void theMailgateNeedsOnlyMailInbound()
    {
        auto issued = issue("admin", {"mail:inbound"});
        QCOMPARE(issued.status, 201);
        const auto token = issued.body->getValue<std::string>("token");
        auto run =
            runMailgate(m_desk->port(), token, mailFrom("Mia <mia@customer.example>", "Scoped mail", "scoped-1@x"));
        QVERIFY2(run.exitCode == 0, run.output.c_str());
        auto found = m_desk->as("alphaFull").get("/api/v1/tickets?query=Scoped%20mail");
        QCOMPARE(found.status, 200);
        QCOMPARE(found.array("tickets")->size(), 1u);

        // The same token reads and changes nothing else, and says which scope is missing.
        auto gate = withToken(issued);
        QVERIFY(refusedFor(gate.get("/api/v1/tickets"), Scope::TicketsRead));
        QVERIFY(refusedFor(gate.get("/api/v1/settings/mail"), Scope::Admin));
        QVERIFY(refusedFor(gate.post("/api/v1/tokens", json(R"({"name":"more"})")), Scope::Admin));
        QCOMPARE(gate.get("/api/v1/me").status, 200);
    }

    void aTokenGetsNoMoreThanItsMaker_data()
    {
        QTest::addColumn<QString>("scopes");
        QTest::addColumn<QString>("extra");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("an unknown scope is refused") << R"(["tickets:delete"])"
                                                     << "" << 422 << "scopes";
        QTest::newRow("no scope at all is refused") << "[]"
                                                    << "" << 422 << "scopes";
        QTest::newRow("a scope the maker lacks is refused") << R"(["tickets:write"])"
                                                            << "" << 403 << "scopes";
        QTest::newRow("an expiry in the past is refused")
            << R"(["tickets:read"])"
            << R"(,"expires_at":"2001-01-01T00:00:00Z")" << 422 << "expires_at";
        QTest::newRow("an expiry that is no time is refused")
            << R"(["tickets:read"])"
            << R"(,"expires_at":"next tuesday")" << 422 << "expires_at";
        QTest::newRow("a scope the maker has is granted") << R"(["tickets:read"])"
                                                          << "" << 201 << "";
        QTest::newRow("without scopes, the maker's own are granted") << ""
                                                                     << "" << 201 << "";
    }

    void aTokenGetsNoMoreThanItsMaker()
    {
        QFETCH(QString, scopes);
        QFETCH(QString, extra);
        QFETCH(int, status);
        QFETCH(QString, field);
        // The maker is itself a token that may read tickets and manage tokens, nothing more.
        auto maker = withToken(issue("alphaFull", {"tickets:read", "admin"}));
        std::string body = R"({"name":"made by a token")";
        if (!scopes.isEmpty())
            body += ",\"scopes\":" + scopes.toStdString();
        auto made = maker.post("/api/v1/tokens", json(body + extra.toStdString() + "}"));
        QVERIFY2(made.status == status, made.raw.c_str());
        if (status != 201) {
            QCOMPARE(QString::fromStdString(made.errorField()), field);
            return;
        }
        auto granted = made.body->getArray("scopes");
        std::vector<std::string> names;
        for (unsigned i = 0; i < granted->size(); ++i)
            names.push_back(granted->getElement<std::string>(i));
        if (scopes.isEmpty())
            QCOMPARE(names, (std::vector<std::string>{"tickets:read", "admin"}));
        else
            QCOMPARE(names, (std::vector<std::string>{"tickets:read"}));
        QVERIFY(refusedFor(withToken(made).post("/api/v1/tickets", json("{}")), Scope::TicketsWrite));
    }

    void anExpiredTokenIsUnauthenticated()
    {
        auto issued = issue("alphaFull", {"tickets:read"}, R"(,"expires_at":"2099-12-31T23:00:00+01:00")");
        QVERIFY2(issued.status == 201, issued.raw.c_str());
        QCOMPARE(issued.body->getValue<std::string>("expires_at").substr(0, 19), std::string("2099-12-31T22:00:00"));
        auto client = withToken(issued);
        QCOMPARE(client.get("/api/v1/tickets").status, 200);
        const auto id = issued.body->getValue<std::int64_t>("id");
        auto listed = m_desk->as("alphaFull").get("/api/v1/tokens").array("tokens");
        bool shown = false;
        for (unsigned i = 0; i < listed->size(); ++i)
            if (listed->getObject(i)->getValue<std::int64_t>("id") == id)
                shown = listed->getObject(i)->has("expires_at") &&
                        listed->getObject(i)->getArray("scopes")->getElement<std::string>(0) == "tickets:read";
        QVERIFY(shown);

        // Its time comes (set in the database rather than waited for).
        m_desk->exec("UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = " + std::to_string(id));
        auto expired = client.get("/api/v1/tickets");
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.errorCode(), std::string("unauthenticated"));
        QVERIFY(!WsClient(m_desk->port(), client.token()).accepted());
    }

    void aScopedTokenIsHeldToItsScopesOverTheWebSocketToo()
    {
        auto reader = withToken(issue("alphaFull", {"tickets:read"}));
        WsClient socket(m_desk->port(), reader.token());
        QVERIFY(socket.accepted());
        auto list = socket.request("ticket.list", newObject());
        QVERIFY(list && list->has("result"));
        auto create = socket.request("ticket.create", json(R"({"title":"not allowed"})"));
        QVERIFY(create && create->has("error"));
        QCOMPARE(create->getObject("error")->getValue<std::string>("code"), std::string("forbidden"));
        QVERIFY(create->getObject("error")->getValue<std::string>("message").find("tickets:write") !=
                std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestTokenScopes)
#include "tst_token_scopes.moc"
