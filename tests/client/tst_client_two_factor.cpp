// Two-factor sign-in in the real client (offscreen) against a real server: the sign-in dialog asks
// for the authenticator's code once the password was right, explains a wrong one and opens the
// account with the right one; an agent whose role requires two-factor sign-in sets it up in the
// dialog that opens at sign-in (key, QR code, first code, recovery codes shown once) and the
// account then opens; the agent's own two-factor page then says it is on and cannot be turned off.

#include "access/HelpdeskAccess.h"
#include "core/TwoFactorClient.h"
#include "support/Desk.h"
#include "support/TotpCodes.h"
#include "ui/LoginDialog.h"
#include "ui/TwoFactorDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace helpdesk::client;
using namespace helpdesk::test;

namespace {
/// Plays the agent in the modal setup dialog the sign-in opens: once the key is shown, types the
/// app's code and turns it on; once the recovery codes are shown, notes them and closes.
class SetupDialogAgent : public QObject
{
public:
    SetupDialogAgent()
    {
        connect(&m_poll, &QTimer::timeout, this, [this] { act(); });
        m_poll.start(20);
    }

    QString secret;
    QStringList recoveryCodes;
    bool sawQrCode = false;

private:
    void act()
    {
        auto *dialog = qobject_cast<TwoFactorDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *key = dialog->findChild<QLineEdit *>(QStringLiteral("twoFactorSecret"));
        auto *codes = dialog->findChild<QPlainTextEdit *>(QStringLiteral("recoveryCodes"));
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("twoFactorConfirm"));
        if (!codes->toPlainText().isEmpty()) {
            recoveryCodes = codes->toPlainText().split(QLatin1Char('\n'));
            dialog->findChild<QPushButton *>(QStringLiteral("twoFactorDone"))->click();
            m_poll.stop();
        } else if (!key->text().isEmpty() && confirm->isEnabled() && totp::wellInsideAStep()) {
            secret = key->text();
            auto *qr = dialog->findChild<QLabel *>(QStringLiteral("twoFactorQr"));
            sawQrCode = !qr->pixmap().isNull() && qr->pixmap().width() > 100;
            const auto code = totp::codeAt(totp::base32Decode(secret.toStdString()), totp::now());
            dialog->findChild<QLineEdit *>(QStringLiteral("twoFactorCode"))->setText(QString::fromStdString(code));
            confirm->click();
        }
    }

    QTimer m_poll;
};
} // namespace

class TestClientTwoFactor : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_desk;

    /// A sign-in dialog for `session`, shown, with the desk's address, `email` and the password typed in.
    std::unique_ptr<LoginDialog> filledSignIn(AccountSession &session, const std::string &email)
    {
        auto login = std::make_unique<LoginDialog>(session);
        login->show();
        login->setServer(QStringLiteral("http://127.0.0.1:%1").arg(m_desk->port()));
        login->findChild<QLineEdit *>(QStringLiteral("email"))->setText(QString::fromStdString(email));
        login->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QString::fromLatin1(Desk::kPassword));
        return login;
    }

    static void clickSignIn(LoginDialog &login) { login.findChild<QPushButton *>(QStringLiteral("signIn"))->click(); }

    static QString errorOf(const LoginDialog &login)
    {
        auto *error = login.findChild<QLabel *>(QStringLiteral("error"));
        return error->isHidden() ? QString() : error->text();
    }

private slots:
    void initTestCase() { m_desk = std::make_unique<Desk>(); }

    void cleanupTestCase() { m_desk.reset(); }

    void theSignInAsksForTheCodeAndOpensTheAccountWithIt()
    {
        // An agent who turned two-factor sign-in on through the API.
        const std::string email = "phone-agent@test.example";
        m_desk->addPerson(email, "agent");
        ApiClient agent(m_desk->port());
        QCOMPARE(agent.login(email, Desk::kPassword).status, 200);
        auto setup = agent.post("/api/v1/me/two_factor/setup", json("{}"));
        QCOMPARE(setup.status, 200);
        const auto key = totp::base32Decode(setup.body->getValue<std::string>("secret"));
        QTRY_VERIFY_WITH_TIMEOUT(totp::wellInsideAStep(), 30000);
        // Confirmed with the previous step's code, so the current one is still unused for the sign-in.
        auto confirmation = helpdesk::protocol::newObject();
        confirmation->set("code", totp::codeAt(key, totp::now() - totp::kStepSeconds));
        auto enabled = agent.post("/api/v1/me/two_factor/enable", confirmation);
        QCOMPARE(enabled.status, 200);

        QTemporaryDir dir;
        HelpdeskAccess access(dir.path(), std::make_unique<SessionSecretStore>());
        auto login = filledSignIn(access.session(), email);
        auto *code = login->findChild<QLineEdit *>(QStringLiteral("twoFactorCode"));
        QVERIFY(code->isHidden()); // nothing about a second factor before the password is checked
        clickSignIn(*login);
        QTRY_VERIFY_WITH_TIMEOUT(!code->isHidden(), 10000);
        QVERIFY2(errorOf(*login).contains(QStringLiteral("6-digit code")), qPrintable(errorOf(*login)));
        QVERIFY(!access.session().isOpen());

        const auto current = totp::codeAt(key, totp::now());
        code->setText(QString::fromStdString(current == "123456" ? "654321" : "123456"));
        clickSignIn(*login);
        QTRY_VERIFY_WITH_TIMEOUT(errorOf(*login).contains(QStringLiteral("wrong")), 10000);
        QVERIFY(!access.session().isOpen());

        QTRY_VERIFY_WITH_TIMEOUT(totp::wellInsideAStep(), 30000);
        code->setText(QString::fromStdString(totp::codeAt(key, totp::now())));
        clickSignIn(*login);
        QTRY_COMPARE_WITH_TIMEOUT(login->result(), int(QDialog::Accepted), 10000);
        QVERIFY(access.session().isOpen());
        QCOMPARE(access.session().email(), QString::fromStdString(email));
    }

    void anAgentWhoseRoleRequiresItSetsItUpAtSignIn()
    {
        auto admin = m_desk->as("admin");
        QCOMPARE(admin.patch("/api/v1/settings/security", json(R"({"two_factor_required_roles":["agent"]})")).status,
                 200);
        const std::string email = "required-agent@test.example";
        m_desk->addPerson(email, "agent");

        QTemporaryDir dir;
        HelpdeskAccess access(dir.path(), std::make_unique<SessionSecretStore>());
        auto login = filledSignIn(access.session(), email);
        SetupDialogAgent agentAtTheDialog;
        clickSignIn(*login);
        QTRY_COMPARE_WITH_TIMEOUT(login->result(), int(QDialog::Accepted), 40000);
        QVERIFY(access.session().isOpen());
        QCOMPARE(agentAtTheDialog.recoveryCodes.size(), 10);
        QVERIFY(agentAtTheDialog.sawQrCode);

        // The server holds it on: the password alone no longer signs in.
        ApiClient passwordOnly(m_desk->port());
        QCOMPARE(passwordOnly.login(email, Desk::kPassword).errorCode(), std::string("two_factor_required"));

        // The agent's own page says so, and offers no way to turn a required second factor off.
        TwoFactorDialog page(access.session().twoFactorClient());
        page.show();
        auto *state = page.findChild<QLabel *>(QStringLiteral("twoFactorState"));
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("is on")), 10000);
        QVERIFY2(state->text().contains(QStringLiteral("10 recovery code")), qPrintable(state->text()));
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("twoFactorDisable"))->isVisible());

        QCOMPARE(admin.patch("/api/v1/settings/security", json(R"({"two_factor_required_roles":[]})")).status, 200);
    }
};

QTEST_MAIN(TestClientTwoFactor)
#include "tst_client_two_factor.moc"
