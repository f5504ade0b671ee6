// Credentials follow the account through its life: a new password (from a reset link or the
// profile) may revoke the account's API tokens; customers mint API tokens only when an
// administrator allows it; a reset or invitation link dies when a newer one is sent, the account
// is deactivated or its address changes, and never re-activates a deactivated account; reset mails
// are limited per account across server instances, and the answer never tells whether the address
// has an account.

#include "support/Desk.h"
#include "support/MailLinks.h"
#include "support/SmtpSink.h"
#include "support/WaitUntil.h"

#include <QtTest>

#include <memory>

using namespace helpdesk::test;
using helpdesk::protocol::newObject;

namespace {
/// Desk limits that keep the address-wide limit of the in-memory throttle out of the way.
void manyResetsFromOneAddress(helpdesk::app::ServerConfig &config)
{
    config.limits.passwordResetsPerAddressPerHour = 1000;
}

std::string jsonWith(const std::string &key, const std::string &value)
{
    auto o = newObject();
    o->set(key, value);
    return helpdesk::protocol::toJsonText(o);
}
} // namespace

class TestCredentialLifecycle : public QObject
{
    Q_OBJECT

    std::unique_ptr<SmtpSink> m_sink;
    std::unique_ptr<Desk> m_desk;
    int m_people = 0;

    std::string newAddress() { return "person" + std::to_string(++m_people) + "@life.example"; }

    ApiResponse askForReset(const std::string &email, int port = 0)
    {
        return ApiClient(port ? port : m_desk->port())
            .post("/api/v1/auth/password_reset", json(jsonWith("email", email)));
    }

    /// The link token of the `nth` (1-based) mail to `email`, once it arrived.
    std::string linkOfMail(const std::string &email, std::size_t nth)
    {
        if (!waitUntil([&] { return mailsTo(*m_sink, email).size() >= nth; }, std::chrono::seconds(20),
                       "mail " + std::to_string(nth) + " reached " + email))
            return {};
        return linkTokenIn(mailsTo(*m_sink, email).at(nth - 1));
    }

    ApiResponse setPassword(const std::string &link, const std::string &password, bool revokeApiTokens = false)
    {
        auto body = newObject();
        body->set("token", link);
        body->set("password", password);
        if (revokeApiTokens)
            body->set("revoke_api_tokens", true);
        return ApiClient(m_desk->port()).post("/api/v1/auth/set_password", body);
    }

    ApiClient withToken(const std::string &token)
    {
        ApiClient client(m_desk->port());
        client.setToken(token);
        return client;
    }

    std::string userPath(std::int64_t id) { return "/api/v1/users/" + std::to_string(id); }

private slots:
    void initTestCase()
    {
        m_sink = std::make_unique<SmtpSink>();
        m_sink->start();
        m_desk = std::make_unique<Desk>(&manyResetsFromOneAddress);
        m_desk->useSmtp(m_sink->port());
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_sink.reset();
    }

    void aNewPasswordRevokesTheApiTokensWhenAsked_data()
    {
        QTest::addColumn<bool>("byLink");
        QTest::addColumn<bool>("revoke");
        QTest::newRow("a reset link that revokes the tokens") << true << true;
        QTest::newRow("a reset link that keeps the tokens") << true << false;
        QTest::newRow("a changed password that revokes the tokens") << false << true;
        QTest::newRow("a changed password that keeps the tokens") << false << false;
    }

    void aNewPasswordRevokesTheApiTokensWhenAsked()
    {
        QFETCH(bool, byLink);
        QFETCH(bool, revoke);
        const auto email = newAddress();
        const auto id = m_desk->addPerson(email, "agent");
        auto session = withToken(m_desk->signIn(email));
        auto issued = session.post("/api/v1/tokens", json(R"({"name":"a script"})"));
        QCOMPARE(issued.status, 201);
        auto script = withToken(issued.body->getValue<std::string>("token"));
        QCOMPARE(script.get("/api/v1/me").status, 200);

        if (byLink) {
            QCOMPARE(askForReset(email).status, 200);
            auto set = setPassword(linkOfMail(email, 1), "a password from the link", revoke);
            QVERIFY2(set.status == 200, set.raw.c_str());
            QCOMPARE(session.get("/api/v1/me").status, 401); // a reset ends every session
        } else {
            auto body = json(R"({"password":"my brand new password"})");
            if (revoke)
                body->set("revoke_api_tokens", true);
            auto changed = session.patch(userPath(id), body);
            QVERIFY2(changed.status == 200, changed.raw.c_str());
            QCOMPARE(session.get("/api/v1/me").status, 200); // the session it was changed in goes on
        }
        QCOMPARE(script.get("/api/v1/me").status, revoke ? 401 : 200);
    }

    void aCommonPasswordIsRefusedByEveryWayIn_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("ten digits in a row") << "1234567890";
        QTest::newRow("a keyboard row") << "qwertyuiop";
        QTest::newRow("a common one in another letter case") << "PASSWORD123";
    }

    void aCommonPasswordIsRefusedByEveryWayIn()
    {
        QFETCH(QString, password);
        const auto common = password.toStdString();
        const auto email = newAddress();
        const auto id = m_desk->addPerson(email, "customer");
        auto admin = m_desk->as("admin");

        auto body = json(R"({"name":"Connie Common","role":"customer"})");
        body->set("email", newAddress());
        body->set("password", common);
        auto created = admin.post("/api/v1/users", body);
        QCOMPARE(created.status, 422);
        QCOMPARE(created.errorField(), std::string("password"));

        auto changed = withToken(m_desk->signIn(email)).patch(userPath(id), json(jsonWith("password", common)));
        QCOMPARE(changed.status, 422);
        QCOMPARE(changed.errorField(), std::string("password"));

        QCOMPARE(askForReset(email).status, 200);
        const auto link = linkOfMail(email, 1);
        auto refused = setPassword(link, common);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorField(), std::string("password"));
        QVERIFY2(refused.raw.find("most common") != std::string::npos, refused.raw.c_str());
        // The refusal did not use the link up.
        QCOMPARE(setPassword(link, "an uncommon passphrase").status, 200);
    }

    void revokingTokensNeedsANewPassword()
    {
        const auto email = newAddress();
        const auto id = m_desk->addPerson(email, "agent");
        auto r = withToken(m_desk->signIn(email)).patch(userPath(id), json(R"({"revoke_api_tokens":true})"));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), std::string("revoke_api_tokens"));
    }

    void customersMintTokensOnlyWhenAnAdministratorAllowsIt()
    {
        auto carol = m_desk->as("carol");
        auto admin = m_desk->as("admin");
        auto refused = carol.post("/api/v1/tokens", json(R"({"name":"my script"})"));
        QCOMPARE(refused.status, 403);
        QCOMPARE(admin.get("/api/v1/settings/mail").object("settings")->getValue<bool>("customers_may_create_tokens"),
                 false);
        QCOMPARE(m_desk->as("alphaFull").post("/api/v1/tokens", json(R"({"name":"agents may"})")).status, 201);

        QCOMPARE(admin.patch("/api/v1/settings/mail", json(R"({"customers_may_create_tokens":true})")).status, 200);
        auto allowed = carol.post("/api/v1/tokens", json(R"({"name":"my script"})"));
        QVERIFY2(allowed.status == 201, allowed.raw.c_str());
        QCOMPARE(withToken(allowed.body->getValue<std::string>("token")).get("/api/v1/tickets").status, 200);

        QCOMPARE(admin.patch("/api/v1/settings/mail", json(R"({"customers_may_create_tokens":false})")).status, 200);
        QCOMPARE(carol.post("/api/v1/tokens", json(R"({"name":"another"})")).status, 403);
    }

    void aLinkDiesWhenTheAccountChanges_data()
    {
        QTest::addColumn<QString>("changeName");
        QTest::newRow("a newer reset link ends the earlier one") << QStringLiteral("newer reset");
        QTest::newRow("an invitation ends an earlier reset link") << QStringLiteral("invitation");
        QTest::newRow("deactivation ends it, also once active again") << QStringLiteral("deactivation");
        QTest::newRow("a new address ends it") << QStringLiteral("new address");
    }

    void aLinkDiesWhenTheAccountChanges()
    {
        QFETCH(QString, changeName);
        const auto change = changeName.toStdString();
        const auto email = newAddress();
        // Only an account that has no password yet is invited (one that has is refused, 409).
        const bool hasPassword = change != "invitation";
        const auto id = m_desk->addPerson(email, "customer", true, hasPassword);
        auto admin = m_desk->as("admin");
        QCOMPARE(askForReset(email).status, 200);
        const auto first = linkOfMail(email, 1);
        QVERIFY(!first.empty());

        std::string newer;
        if (change == "newer reset") {
            QCOMPARE(askForReset(email).status, 200);
            newer = linkOfMail(email, 2);
        } else if (change == "invitation") {
            QCOMPARE(admin.post(userPath(id) + "/invite", newObject()).status, 200);
            newer = linkOfMail(email, 2);
        } else if (change == "deactivation") {
            QCOMPARE(admin.patch(userPath(id), json(R"({"active":false})")).status, 200);
            QCOMPARE(admin.patch(userPath(id), json(R"({"active":true})")).status, 200);
        } else if (change == "new address") {
            QCOMPARE(admin.patch(userPath(id), json(jsonWith("email", "moved-" + email))).status, 200);
        }

        auto dead = setPassword(first, "a password from an old link");
        QCOMPARE(dead.status, 422);
        QCOMPARE(dead.errorField(), std::string("token"));
        // The account itself is untouched: it signs in as before (under its new address).
        if (hasPassword)
            QVERIFY(!m_desk->signIn(change == "new address" ? "moved-" + email : email).empty());
        if (!newer.empty()) {
            auto set = setPassword(newer, "a password from the newest link");
            QVERIFY2(set.status == 200, set.raw.c_str());
            QVERIFY(!m_desk->signIn(email, "a password from the newest link").empty());
        }
    }

    void aLinkNeverActivatesADeactivatedAccount()
    {
        auto admin = m_desk->as("admin");
        // An account never yet active is activated by accepting its invitation…
        const auto newcomer = newAddress();
        const auto newcomerId = m_desk->addPerson(newcomer, "agent", false, false);
        QCOMPARE(admin.post(userPath(newcomerId) + "/invite", newObject()).status, 200);
        QCOMPARE(setPassword(linkOfMail(newcomer, 1), "the newcomer's password").status, 200);
        QVERIFY(!m_desk->signIn(newcomer, "the newcomer's password").empty());

        // …a deactivated one is not: its invitation dies with the deactivation, and no new one is sent.
        const auto leaver = newAddress();
        const auto leaverId = m_desk->addPerson(leaver, "agent", true, false);
        QCOMPARE(admin.post(userPath(leaverId) + "/invite", newObject()).status, 200);
        const auto invitation = linkOfMail(leaver, 1);
        QCOMPARE(admin.patch(userPath(leaverId), json(R"({"active":false})")).status, 200);
        QCOMPARE(setPassword(invitation, "the leaver's password").status, 422);
        auto again = admin.post(userPath(leaverId) + "/invite", newObject());
        QCOMPARE(again.status, 422);
        QCOMPARE(again.errorField(), std::string("id"));
        QVERIFY(m_desk->signIn(leaver).empty());
        QCOMPARE(admin.get(userPath(leaverId)).object("user")->getValue<bool>("active"), false);
        QVERIFY(m_desk->waitUntilMailSettled());
        QCOMPARE(mailsTo(*m_sink, leaver).size(), std::size_t(1));
    }

    void addressConfirmationMailsAreLimitedPerAccountAndPerRecipient_data()
    {
        QTest::addColumn<bool>("oneAccount");
        QTest::newRow("one account asking for new addresses again and again") << true;
        QTest::newRow("many accounts asking for one address") << false;
    }

    void addressConfirmationMailsAreLimitedPerAccountAndPerRecipient()
    {
        QFETCH(bool, oneAccount);
        const auto target = newAddress(); // the one address, when many accounts ask for it
        auto askAs = [&](const std::string &email, std::int64_t id, const std::string &wanted) {
            return withToken(m_desk->signIn(email)).patch(userPath(id), json(jsonWith("email", wanted)));
        };
        std::string asker = newAddress();
        auto askerId = m_desk->addPerson(asker);
        constexpr int kAllowed = 5; // per account, and per recipient, per hour
        for (int i = 0; i <= kAllowed; ++i) {
            if (!oneAccount && i > 0) {
                asker = newAddress();
                askerId = m_desk->addPerson(asker);
            }
            auto answer = askAs(asker, askerId, oneAccount ? newAddress() : target);
            if (i < kAllowed) {
                QVERIFY2(answer.status == 200, answer.raw.c_str());
                continue;
            }
            QVERIFY2(answer.status == 429, answer.raw.c_str());
            QCOMPARE(answer.errorCode(), std::string("too_many_requests"));
            QVERIFY(answer.retryAfter() >= 1 && answer.retryAfter() <= 3600);
        }
    }

    void invitationMailsAreLimitedPerRecipient()
    {
        const auto email = newAddress();
        const auto id = m_desk->addPerson(email, "customer", false, false); // to be invited
        auto agent = m_desk->as("alphaFull");
        for (int i = 0; i < 5; ++i) {
            auto invited = agent.post(userPath(id) + "/invite", newObject());
            QVERIFY2(invited.status == 200, invited.raw.c_str());
        }
        auto refused = agent.post(userPath(id) + "/invite", newObject());
        QVERIFY2(refused.status == 429, refused.raw.c_str());
        QCOMPARE(refused.errorCode(), std::string("too_many_requests"));
        QVERIFY(refused.retryAfter() >= 1 && refused.retryAfter() <= 3600);
        QVERIFY(m_desk->waitUntilMailSettled());
        QCOMPARE(mailsTo(*m_sink, email).size(), std::size_t(5));
    }

    void aResetRequestTakesTheSamePathWhetherTheAccountExistsOrNot_data()
    {
        QTest::addColumn<QString>("who");
        QTest::newRow("an active account") << QStringLiteral("active");
        QTest::newRow("no account") << QStringLiteral("none");
        QTest::newRow("a deactivated account") << QStringLiteral("inactive");
    }

    // Timing is not measured (a statistical test would be flaky): the answer's work is asserted to be
    // the same instead. It only queues the request; the lookup, the link and the mail follow in a job.
    void aResetRequestTakesTheSamePathWhetherTheAccountExistsOrNot()
    {
        QFETCH(QString, who);
        const auto email = newAddress();
        if (who != QStringLiteral("none"))
            m_desk->addPerson(email, "customer", who == QStringLiteral("active"));
        const std::string queued =
            "SELECT count(*) FROM jobs WHERE queue = 'auth.password_reset' AND payload->>'email' = '" + email + "'";
        QCOMPARE(m_desk->scalar(queued), 0LL);
        const auto answer = askForReset(email);
        QCOMPARE(answer.status, 200);
        QCOMPARE(m_desk->scalar(queued), 1LL);               // queued before the answer, whoever the address is
        QCOMPARE(answer.raw, askForReset(newAddress()).raw); // and answered alike
        if (who == QStringLiteral("active"))
            QVERIFY(!linkOfMail(email, 1).empty()); // the job mails the link
    }

    void resetMailsAreLimitedPerAccountOnEveryInstance()
    {
        TestServer other(m_desk->database().conninfo(), &manyResetsFromOneAddress);
        const auto known = newAddress();
        m_desk->addPerson(known);
        const auto unknown = "nobody-" + newAddress();
        // Five requests alternating between the instances: each instance's own limit (three per
        // account an hour) lets all through; together they are over the account's three mails.
        for (int i = 0; i < 5; ++i) {
            const int port = i % 2 ? other.port() : m_desk->port();
            auto forKnown = askForReset(known, port);
            auto forUnknown = askForReset(unknown, port);
            QCOMPARE(forKnown.status, 200);
            QCOMPARE(forUnknown.status, forKnown.status);
            QCOMPARE(forUnknown.raw, forKnown.raw);
        }
        QVERIFY(m_desk->waitUntilMailSettled());
        QCOMPARE(mailsTo(*m_sink, known).size(), std::size_t(3));
        QCOMPARE(mailsTo(*m_sink, unknown).size(), std::size_t(0));
        // Only the newest of them works (the mails may have arrived in any order).
        int working = 0;
        for (const auto &mail : mailsTo(*m_sink, known))
            working += setPassword(linkTokenIn(mail), "from one of the mails").status == 200;
        QCOMPARE(working, 1);
    }
};

QTEST_GUILESS_MAIN(TestCredentialLifecycle)
#include "tst_credential_lifecycle.moc"
