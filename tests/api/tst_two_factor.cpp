// Two-factor sign-in for staff (TOTP, RFC 6238): an account that turned it on signs in only with
// a code of its authenticator app (the current step or one either side, each code once) or a
// single-use recovery code; a wrong code counts as a failed sign-in; setting up is inactive until
// a code confirms it; an admin may require it of a role (the session then only sets it up) and
// reset a staff member's (audited). The codes are computed here with an independent RFC 6238
// implementation, itself checked against the RFC's appendix B test vectors.

#include "support/Desk.h"
#include "support/TotpCodes.h"

#include <QtTest>

#include <memory>
#include <optional>

using namespace helpdesk::test;
using helpdesk::protocol::newObject;
using helpdesk::test::totp::base32Decode;
using helpdesk::test::totp::now;
using helpdesk::test::totp::wellInsideAStep;

namespace {
constexpr int kFreeFailures = 3;
constexpr int kStep = totp::kStepSeconds;

/// Small sign-in limits, so that throttling shows within a few wrong codes; the address limit
/// stays out of the way (every test signs in from loopback).
void quickBackoff(helpdesk::app::ServerConfig &config)
{
    auto &l = config.limits;
    l.signInFreeFailuresPerAccount = kFreeFailures;
    l.signInFreeFailuresPerAddress = 1000;
    l.signInBackoff = std::chrono::seconds(30);
    l.signInBackoffMax = std::chrono::seconds(60);
    l.signInLockAfterFailures = 0;
}

/// An account with two-factor sign-in on: its signed-in client, key and recovery codes.
struct Enrolled {
    std::string email;
    std::int64_t userId = 0;
    std::unique_ptr<ApiClient> client;
    QByteArray key;
    std::string secret; // base32, as the API gave it
    std::vector<std::string> recoveryCodes;
};

ApiResponse signIn(int port, const std::string &email, const std::optional<std::string> &code,
                   const std::string &password = Desk::kPassword)
{
    auto body = newObject();
    body->set("email", email);
    body->set("password", password);
    if (code)
        body->set("two_factor_code", *code);
    return ApiClient(port).post("/api/v1/auth/login", body);
}

ApiResponse withCode(ApiClient &client, const std::string &path, const std::string &code)
{
    auto body = newObject();
    body->set("code", code);
    return client.post(path, body);
}
} // namespace

class TestTwoFactor : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;
    int m_people = 0;

    std::string newAddress() { return "staff" + std::to_string(++m_people) + "@twofactor.example"; }

    /// A new account of `role` that set up and confirmed two-factor sign-in through the API, as
    /// if it had done so a few minutes ago (no step of the window around now used yet).
    Enrolled enrol(const std::string &role = "agent")
    {
        Enrolled e;
        e.email = newAddress();
        e.userId = m_desk->addPerson(e.email, role);
        e.client = std::make_unique<ApiClient>(m_desk->port());
        if (e.client->login(e.email, Desk::kPassword).status != 200)
            qFatal("cannot sign %s in", e.email.c_str());
        auto setup = e.client->post("/api/v1/me/two_factor/setup", json("{}"));
        if (setup.status != 200)
            qFatal("setup failed: %s", setup.raw.c_str());
        e.secret = setup.body->getValue<std::string>("secret");
        e.key = base32Decode(e.secret);
        auto enabled = withCode(*e.client, "/api/v1/me/two_factor/enable", totp::codeAt(e.key, now()));
        if (enabled.status != 200)
            qFatal("enable failed: %s", enabled.raw.c_str());
        auto codes = enabled.array("recovery_codes");
        for (std::size_t i = 0; i < codes->size(); ++i)
            e.recoveryCodes.push_back(codes->getElement<std::string>(i));
        // Confirmed a while ago: the steps around now are all unused.
        m_desk->exec("UPDATE two_factor SET last_step = last_step - 10 WHERE user_id = " + std::to_string(e.userId));
        return e;
    }

private slots:
    void initTestCase() { m_desk = std::make_unique<Desk>(&quickBackoff); }

    void cleanupTestCase() { m_desk.reset(); }

    void theCodesHereMatchRfc6238AppendixB_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("code");
        // RFC 6238 appendix B, SHA1, key "12345678901234567890", 8 digits.
        QTest::newRow("at 59 s") << qint64(59) << QStringLiteral("94287082");
        QTest::newRow("at 1111111109") << qint64(1111111109) << QStringLiteral("07081804");
        QTest::newRow("at 1111111111") << qint64(1111111111) << QStringLiteral("14050471");
        QTest::newRow("at 1234567890") << qint64(1234567890) << QStringLiteral("89005924");
        QTest::newRow("at 2000000000") << qint64(2000000000) << QStringLiteral("69279037");
        QTest::newRow("at 20000000000 (past 2038)") << qint64(20000000000) << QStringLiteral("65353130");
    }

    void theCodesHereMatchRfc6238AppendixB()
    {
        QFETCH(qint64, time);
        QFETCH(QString, code);
        QCOMPARE(QString::fromStdString(totp::codeAt(QByteArrayLiteral("12345678901234567890"), time, 8)), code);
    }

    void setUpIsInactiveUntilACodeConfirmsIt()
    {
        const auto email = newAddress();
        const auto userId = m_desk->addPerson(email, "agent");
        ApiClient client(m_desk->port());
        QCOMPARE(client.login(email, Desk::kPassword).status, 200);
        auto setup = client.post("/api/v1/me/two_factor/setup", json("{}"));
        QCOMPARE(setup.status, 200);
        const auto secret = setup.body->getValue<std::string>("secret");
        QCOMPARE(base32Decode(secret).size(), 20); // 160 bits, RFC 4226's recommendation
        const auto uri = setup.body->getValue<std::string>("otpauth_uri");
        QVERIFY2(uri.rfind("otpauth://totp/", 0) == 0 && uri.find("secret=" + secret) != std::string::npos &&
                     uri.find("issuer=") != std::string::npos && uri.find("period=30") != std::string::npos,
                 uri.c_str());
        // Stored sealed: a dump of the database does not give the key.
        const auto stored = m_desk->scalar("SELECT count(*) FROM two_factor WHERE user_id = " + std::to_string(userId) +
                                           " AND secret LIKE 'sealed:%' AND secret NOT LIKE '%" + secret + "%'");
        QCOMPARE(stored, 1LL);

        // Pending: the password alone still signs in.
        QCOMPARE(signIn(m_desk->port(), email, std::nullopt).status, 200);
        auto status = client.get("/api/v1/me/two_factor");
        QCOMPARE(status.body->getValue<bool>("enabled"), false);
        QCOMPARE(status.body->getValue<bool>("pending"), true);

        auto wrong = withCode(client, "/api/v1/me/two_factor/enable", "000000");
        if (totp::codeAt(base32Decode(secret), now()) != "000000") {
            QCOMPARE(wrong.status, 401);
            QCOMPARE(wrong.errorCode(), std::string("two_factor_invalid"));
        }
        QTRY_VERIFY_WITH_TIMEOUT(wellInsideAStep(), 30000);
        auto confirmation = newObject();
        confirmation->set("code", totp::codeAt(base32Decode(secret), now()));
        // A retry key must not keep the answer: it would hold the recovery codes in clear.
        auto enabled = client.post("/api/v1/me/two_factor/enable", confirmation, {{"Idempotency-Key", "enable-once"}});
        QCOMPARE(enabled.status, 200);
        QCOMPARE(enabled.array("recovery_codes")->size(), 10u);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM idempotency_keys WHERE response::text LIKE '%" +
                                enabled.array("recovery_codes")->getElement<std::string>(0) + "%'"),
                 0LL);
        QCOMPARE(client.get("/api/v1/me/two_factor").body->getValue<bool>("enabled"), true);
        QCOMPARE(signIn(m_desk->port(), email, std::nullopt).errorCode(), std::string("two_factor_required"));
        // Setting up again would silently replace the app the owner uses: refused while it is on.
        QCOMPARE(client.post("/api/v1/me/two_factor/setup", json("{}")).status, 409);
    }

    void signingInWithASecondFactor_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<int>("stepOffset");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("the code of the current step signs in") << "code" << 0 << 200 << "";
        QTest::newRow("the code of the step before still signs in (a slow typist)") << "code" << -1 << 200 << "";
        QTest::newRow("the code of the step after signs in (a phone clock a little ahead)") << "code" << 1 << 200 << "";
        QTest::newRow("a code two steps old is refused") << "code" << -2 << 401 << "two_factor_invalid";
        QTest::newRow("a code two steps ahead is refused") << "code" << 2 << 401 << "two_factor_invalid";
        QTest::newRow("a wrong code is refused") << "wrong" << 0 << 401 << "two_factor_invalid";
        QTest::newRow("a code of letters is refused") << "letters" << 0 << 401 << "two_factor_invalid";
        QTest::newRow("no code is asked for") << "none" << 0 << 401 << "two_factor_required";
        QTest::newRow("a recovery code signs in") << "recovery" << 0 << 200 << "";
        QTest::newRow("a recovery code typed in capitals without its dash signs in")
            << "recovery typed loosely" << 0 << 200 << "";
        QTest::newRow("the right code with a wrong password is a wrong password")
            << "code, wrong password" << 0 << 401 << "unauthenticated";
    }

    void signingInWithASecondFactor()
    {
        QFETCH(QString, given);
        QFETCH(int, stepOffset);
        QFETCH(int, status);
        QFETCH(QString, error);
        auto enrolled = enrol();
        QTRY_VERIFY_WITH_TIMEOUT(wellInsideAStep(), 30000);
        std::optional<std::string> code;
        std::string password = Desk::kPassword;
        const auto current = totp::codeAt(enrolled.key, now() + stepOffset * kStep);
        if (given.startsWith(QLatin1String("code")))
            code = current;
        if (given == QLatin1String("code, wrong password"))
            password = "not the password";
        if (given == QLatin1String("wrong"))
            code = current == "123456" ? "654321" : "123456";
        if (given == QLatin1String("letters"))
            code = "abcdef";
        if (given == QLatin1String("recovery"))
            code = enrolled.recoveryCodes.front();
        if (given == QLatin1String("recovery typed loosely")) {
            auto typed = QString::fromStdString(enrolled.recoveryCodes.front()).remove(QLatin1Char('-')).toUpper();
            code = typed.toStdString();
        }
        auto answer = signIn(m_desk->port(), enrolled.email, code, password);
        QCOMPARE(answer.status, status);
        QCOMPARE(QString::fromStdString(answer.errorCode()), error);
        if (status == 200) {
            // A session that works.
            ApiClient client(m_desk->port());
            client.setToken(answer.body->getValue<std::string>("token"));
            QCOMPARE(client.get("/api/v1/tickets").status, 200);
        } else {
            QVERIFY(!answer.body->has("token"));
        }
        if (given == QLatin1String("code, wrong password")) // the code was not used up by the attempt
            QCOMPARE(signIn(m_desk->port(), enrolled.email, code).status, 200);
    }

    void aCodeIsAcceptedOnce()
    {
        auto enrolled = enrol();
        QTRY_VERIFY_WITH_TIMEOUT(wellInsideAStep(), 30000);
        const auto current = totp::codeAt(enrolled.key, now());
        const auto previous = totp::codeAt(enrolled.key, now() - kStep);
        QCOMPARE(signIn(m_desk->port(), enrolled.email, current).status, 200);
        auto replayed = signIn(m_desk->port(), enrolled.email, current);
        QCOMPARE(replayed.status, 401);
        QCOMPARE(replayed.errorCode(), std::string("two_factor_invalid"));
        // Nor a code of an earlier step, though it is inside the window: it could have been seen.
        QCOMPARE(signIn(m_desk->port(), enrolled.email, previous).errorCode(), std::string("two_factor_invalid"));
        QCOMPARE(signIn(m_desk->port(), enrolled.email, totp::codeAt(enrolled.key, now() + kStep)).status, 200);
    }

    void aRecoveryCodeWorksOnce()
    {
        auto enrolled = enrol();
        QCOMPARE(enrolled.recoveryCodes.size(), 10u);
        const auto code = enrolled.recoveryCodes.at(3);
        QCOMPARE(signIn(m_desk->port(), enrolled.email, code).status, 200);
        auto again = signIn(m_desk->port(), enrolled.email, code);
        QCOMPARE(again.status, 401);
        QCOMPARE(again.errorCode(), std::string("two_factor_invalid"));
        QCOMPARE(enrolled.client->get("/api/v1/me/two_factor").body->getValue<int>("recovery_codes_left"), 9);
        // Stored hashed only.
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM two_factor_recovery_codes WHERE code_hash LIKE '%" +
                                enrolled.recoveryCodes.at(4) + "%'"),
                 0LL);

        // New codes need a code of the app; the old ones then stop working.
        QTRY_VERIFY_WITH_TIMEOUT(wellInsideAStep(), 30000);
        auto fresh =
            withCode(*enrolled.client, "/api/v1/me/two_factor/recovery_codes", totp::codeAt(enrolled.key, now()));
        QCOMPARE(fresh.status, 200);
        QCOMPARE(fresh.array("recovery_codes")->size(), 10u);
        QCOMPARE(signIn(m_desk->port(), enrolled.email, enrolled.recoveryCodes.at(5)).errorCode(),
                 std::string("two_factor_invalid"));
        QCOMPARE(
            signIn(m_desk->port(), enrolled.email, fresh.array("recovery_codes")->getElement<std::string>(0)).status,
            200);
    }

    void wrongCodesAreThrottledLikeWrongPasswords()
    {
        auto enrolled = enrol();
        for (int i = 0; i < kFreeFailures; ++i) {
            auto wrong = signIn(m_desk->port(), enrolled.email, "abcdef");
            QCOMPARE(wrong.status, 401);
            QCOMPARE(wrong.errorCode(), std::string("two_factor_invalid"));
        }
        // The account now waits, the right password and code included.
        QTRY_VERIFY_WITH_TIMEOUT(wellInsideAStep(), 30000);
        auto held = signIn(m_desk->port(), enrolled.email, totp::codeAt(enrolled.key, now()));
        QCOMPARE(held.status, 429);
        QVERIFY(held.retryAfter() > 0);
    }

    void turningItOffNeedsThePasswordAndACode()
    {
        auto enrolled = enrol();
        QTRY_VERIFY_WITH_TIMEOUT(wellInsideAStep(), 30000);
        const auto code = totp::codeAt(enrolled.key, now());
        auto body = newObject();
        body->set("password", std::string("not the password"));
        body->set("code", code);
        QCOMPARE(enrolled.client->post("/api/v1/me/two_factor/disable", body).status, 401);
        body->set("password", std::string(Desk::kPassword));
        body->set("code", std::string("abcdef"));
        QCOMPARE(enrolled.client->post("/api/v1/me/two_factor/disable", body).errorCode(),
                 std::string("two_factor_invalid"));
        body->set("code", code);
        QCOMPARE(enrolled.client->post("/api/v1/me/two_factor/disable", body).status, 200);
        QCOMPARE(signIn(m_desk->port(), enrolled.email, std::nullopt).status, 200);
    }

    void anApiTokenCannotManageTwoFactorSignIn()
    {
        auto enrolled = enrol();
        auto made = enrolled.client->post("/api/v1/tokens", json(R"({"name":"script"})"));
        QCOMPARE(made.status, 201);
        ApiClient script(m_desk->port());
        script.setToken(made.body->getValue<std::string>("token"));
        QCOMPARE(withCode(script, "/api/v1/me/two_factor/recovery_codes", "123456").status, 403);
        QCOMPARE(script.post("/api/v1/me/two_factor/setup", json("{}")).status, 403);
    }

    void anAdminRequiresItOfARoleAndTheSessionOnlySetsItUp()
    {
        auto admin = m_desk->as("admin");
        auto customers =
            admin.patch("/api/v1/settings/security", json(R"({"two_factor_required_roles":["customer"]})"));
        QCOMPARE(customers.status, 422);
        QCOMPARE(
            admin.patch("/api/v1/settings/security", json(R"({"two_factor_required_roles":["supervisor"]})")).status,
            200);

        const auto email = newAddress();
        m_desk->addPerson(email, "supervisor");
        auto answer = signIn(m_desk->port(), email, std::nullopt);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body->getValue<bool>("two_factor_setup_required"), true);
        ApiClient limited(m_desk->port());
        limited.setToken(answer.body->getValue<std::string>("token"));
        auto refused = limited.get("/api/v1/tickets");
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), std::string("two_factor_setup_required"));
        QCOMPARE(limited.post("/api/v1/tokens", json(R"({"name":"a way around"})")).errorCode(),
                 std::string("two_factor_setup_required"));
        QCOMPARE(limited.get("/api/v1/me").status, 200);
        QCOMPARE(limited.get("/api/v1/me/two_factor").body->getValue<bool>("required"), true);

        auto setup = limited.post("/api/v1/me/two_factor/setup", json("{}"));
        QCOMPARE(setup.status, 200);
        const auto key = base32Decode(setup.body->getValue<std::string>("secret"));
        QTRY_VERIFY_WITH_TIMEOUT(wellInsideAStep(), 30000);
        QCOMPARE(withCode(limited, "/api/v1/me/two_factor/enable", totp::codeAt(key, now())).status, 200);
        QCOMPARE(limited.get("/api/v1/tickets").status, 200); // the same session, no longer limited

        // Required: the owner cannot turn it off, and signs in with a code from now on.
        auto body = newObject();
        body->set("password", std::string(Desk::kPassword));
        body->set("code", totp::codeAt(key, now() + kStep));
        QCOMPARE(limited.post("/api/v1/me/two_factor/disable", body).status, 403);
        QCOMPARE(signIn(m_desk->port(), email, std::nullopt).errorCode(), std::string("two_factor_required"));
        // Other roles are not asked.
        auto agent = signIn(m_desk->port(), "alphaFull@test.example", std::nullopt);
        QCOMPARE(agent.status, 200);
        QVERIFY(!agent.body->has("two_factor_setup_required"));

        QCOMPARE(admin.patch("/api/v1/settings/security", json(R"({"two_factor_required_roles":[]})")).status, 200);
    }

    void anAdminResetsAStaffMembersSecondFactor()
    {
        auto enrolled = enrol();
        const auto path = "/api/v1/users/" + std::to_string(enrolled.userId) + "/two_factor";
        QCOMPARE(m_desk->as("supervisor").del(path).status, 403);
        // An admin's own needs the password and a code, not just an open session.
        QCOMPARE(
            m_desk->as("admin").del("/api/v1/users/" + std::to_string(m_desk->userId("admin")) + "/two_factor").status,
            403);
        QCOMPARE(m_desk->as("admin").del(path).status, 200);
        QCOMPARE(m_desk->as("admin").del(path).status, 404); // nothing left to reset
        // The sessions of the lost phone's days end; the password alone signs in again.
        QCOMPARE(enrolled.client->get("/api/v1/me").status, 401);
        QCOMPARE(signIn(m_desk->port(), enrolled.email, std::nullopt).status, 200);
        auto audit =
            m_desk->as("admin").get("/api/v1/audit?object_kind=user&object_id=" + std::to_string(enrolled.userId));
        QCOMPARE(audit.status, 200);
        auto entries = audit.array("entries");
        bool found = false;
        for (std::size_t i = 0; i < entries->size(); ++i)
            found = found || entries->getObject(i)->getValue<std::string>("action") == "two_factor.reset";
        QVERIFY2(found, audit.raw.c_str());
    }
};

QTEST_GUILESS_MAIN(TestTwoFactor)
#include "tst_two_factor.moc"
