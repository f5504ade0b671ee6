// Secrets at rest: mailbox and SMTP passwords and the Message-ID signing secret are sealed with
// a key file outside the database (created 0600 where configured), so a pg_dump alone gives none
// of them away; the key is rotated by `helpdesk-server rotate-secret-key` while the server runs,
// after which the old key opens nothing and mail still flows (real Dovecot and SMTP); a value
// sealed under a key the server lacks is a clear error, not a crash; and an admin account cannot
// send a stored password to another server without typing it again.

#include "support/Desk.h"
#include "support/DovecotServer.h"
#include "support/SmtpSink.h"

#include "db/SealedValueRepository.h"
#include "domain/MailSettings.h"
#include "domain/SecretKeyFile.h"
#include "domain/Secrets.h"

#include <Poco/File.h>
#include <Poco/TemporaryFile.h>

#include <QProcess>
#include <QtTest>

#include <pqxx/pqxx>

#include <memory>
#include <set>
#include <sys/stat.h>

using namespace helpdesk::test;
using helpdesk::domain::secrets::SecretError;
using helpdesk::domain::secrets::SecretKeyFile;
using helpdesk::domain::secrets::SecretKeyRing;
using helpdesk::protocol::JsonObject;
using helpdesk::protocol::newObject;

namespace {
int fileMode(const std::string &path)
{
    struct stat s {
    };
    return ::stat(path.c_str(), &s) == 0 ? static_cast<int>(s.st_mode & 0777) : -1;
}

std::string mailFrom(const std::string &from, const std::string &subject)
{
    static int serial = 0;
    return "From: " + from + "\r\nTo: support@desk.example\r\nSubject: " + subject + "\r\nMessage-ID: <rest-" +
           std::to_string(++serial) +
           "@customer.example>\r\nDate: Tue, 24 Nov 2026 10:00:00 +0000\r\nContent-Type: text/plain; "
           "charset=utf-8\r\n\r\nBody of " +
           subject + "\r\n";
}
} // namespace

class TestSecretsAtRest : public QObject
{
    Q_OBJECT

    Poco::TemporaryFile m_keyDirectory; // a path; the server creates the directory and the key in it
    std::string m_keyFile;
    std::unique_ptr<DovecotServer> m_dovecot;
    std::unique_ptr<SmtpSink> m_sink;
    std::unique_ptr<Desk> m_desk;
    std::int64_t m_mailbox = 0; // polls the Dovecot user "support" (password "secret")

    ApiClient admin() { return m_desk->as("admin"); }

    /// Every stored secret of the registry, by place and row.
    std::map<std::string, std::string> storedSecrets()
    {
        helpdesk::db::ConnectionPool pool(m_desk->database().conninfo(), 1);
        std::map<std::string, std::string> out;
        for (const auto &value :
             pool.write([](helpdesk::db::Tx &tx) { return helpdesk::db::SealedValueRepository::lockAll(tx); }))
            out[value.place + " " + value.key] = value.stored;
        return out;
    }

    /// Everything pg_dump writes of the test database (schema and data).
    std::string pgDump()
    {
        QProcess dump;
        dump.start(QStringLiteral("/usr/lib/postgresql/15/bin/pg_dump"),
                   {QString::fromStdString(m_desk->database().conninfo())});
        if (!dump.waitForFinished(60000) || dump.exitCode() != 0)
            qWarning("pg_dump: %s", dump.readAllStandardError().constData());
        return dump.readAllStandardOutput().toStdString();
    }

    JsonObject poll(std::int64_t mailbox)
    {
        auto r = admin().post("/api/v1/mailboxes/" + std::to_string(mailbox) + "/poll", newObject());
        if (r.status != 200)
            qWarning("poll: %d %s", r.status, r.raw.c_str());
        return r.status == 200 ? r.object("run") : nullptr;
    }

    JsonObject mailSettings()
    {
        helpdesk::domain::MailSettings::invalidateCache();
        return admin().get("/api/v1/settings/mail").object("settings");
    }

    /// Runs `helpdesk-server rotate-secret-key` against the test database; returns its exit code.
    int rotate(std::string *output = nullptr)
    {
        QProcess command;
        command.setProcessChannelMode(QProcess::MergedChannels);
        command.start(QStringLiteral(HELPDESK_BIN_DIR "/helpdesk-server"),
                      {QStringLiteral("rotate-secret-key"), QStringLiteral("--database-url"),
                       QString::fromStdString(m_desk->database().conninfo()), QStringLiteral("--secret-key-file"),
                       QString::fromStdString(m_keyFile)});
        command.waitForFinished(120000);
        if (output)
            *output = command.readAll().toStdString();
        return command.exitStatus() == QProcess::NormalExit ? command.exitCode() : -1;
    }

private slots:
    void initTestCase()
    {
        m_keyFile = m_keyDirectory.path() + "/keys/secret.key";
        m_dovecot = std::make_unique<DovecotServer>();
        m_dovecot->addUser("support");
        m_dovecot->start();
        m_sink = std::make_unique<SmtpSink>();
        m_sink->start();
        m_desk =
            std::make_unique<Desk>([this](helpdesk::app::ServerConfig &config) { config.secretKeyFile = m_keyFile; });
        m_desk->useSmtp(m_sink->port());
        auto body = newObject();
        body->set("name", "Support");
        body->set("protocol", "imap");
        body->set("host", "127.0.0.1");
        body->set("port", m_dovecot->imapPort());
        body->set("security", "none");
        body->set("username", "support");
        body->set("password", "secret");
        body->set("group_id", m_desk->alpha());
        body->set("enabled", false); // polled by the test only
        auto created = admin().post("/api/v1/mailboxes", body);
        QCOMPARE(created.status, 201);
        m_mailbox = created.object("mailbox")->getValue<std::int64_t>("id");
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_sink.reset();
        m_dovecot.reset();
    }

    void theKeyFileIsCreatedReadableByTheServerOnly()
    {
        QVERIFY(Poco::File(m_keyFile).exists());
        QCOMPARE(fileMode(m_keyFile), 0600);
        QVERIFY(SecretKeyFile::read(m_keyFile));
    }

    void aDatabaseDumpRevealsNoSecretSetThroughTheApi_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("plain");
        QTest::newRow("a new mailbox's password") << "mailbox.create"
                                                  << "Mbx-create-pass-5d1c";
        QTest::newRow("a mailbox's changed password") << "mailbox.update"
                                                      << "Mbx-update-pass-77aa";
        QTest::newRow("the SMTP password") << "smtp"
                                           << "Smtp-pass-90e3";
        QTest::newRow("an agent's authenticator key") << "totp"
                                                      << ""; // the server makes it
    }
    void aDatabaseDumpRevealsNoSecretSetThroughTheApi()
    {
        QFETCH(QString, where);
        QFETCH(QString, plain);
        auto body = newObject();
        body->set("password", plain.toStdString());
        if (where == QLatin1String("totp")) {
            auto setup = m_desk->as("alphaFull").post("/api/v1/me/two_factor/setup", json("{}"));
            QCOMPARE(setup.status, 200);
            plain = QString::fromStdString(setup.body->getValue<std::string>("secret"));
            QVERIFY(plain.size() >= 32);
        } else if (where == QLatin1String("smtp")) {
            auto settings = newObject();
            settings->set("smtp", body);
            QCOMPARE(admin().patch("/api/v1/settings/mail", settings).status, 200);
            QVERIFY(mailSettings()->getObject("smtp")->getValue<bool>("password_set"));
            QVERIFY(!mailSettings()->getObject("smtp")->has("password")); // write-only
        } else {
            body->set("name", "Dump " + std::string(QTest::currentDataTag()));
            body->set("protocol", "imap");
            body->set("host", "127.0.0.1");
            body->set("port", 1);
            body->set("username", "nobody");
            body->set("enabled", false);
            if (where == QLatin1String("mailbox.update"))
                body->set("password", "first");
            auto created = admin().post("/api/v1/mailboxes", body);
            QCOMPARE(created.status, 201);
            auto mailbox = created.object("mailbox");
            QVERIFY(!mailbox->has("password"));
            if (where == QLatin1String("mailbox.update")) {
                auto change = newObject();
                change->set("password", plain.toStdString());
                auto updated =
                    admin().patch("/api/v1/mailboxes/" + std::to_string(mailbox->getValue<std::int64_t>("id")), change);
                QCOMPARE(updated.status, 200);
                QVERIFY(updated.raw.find(plain.toStdString()) == std::string::npos);
            }
            auto listed = admin().get("/api/v1/mailboxes");
            QCOMPARE(listed.status, 200);
            QVERIFY(listed.raw.find(plain.toStdString()) == std::string::npos);
        }
        auto dump = pgDump();
        QVERIFY2(dump.find("CREATE TABLE public.mailboxes") != std::string::npos, "pg_dump gave no dump");
        QVERIFY2(dump.find(plain.toStdString()) == std::string::npos, "the plain secret is in the dump");
        QVERIFY(dump.find("sealed:v2:") != std::string::npos);
        // Every stored secret is sealed, the Message-ID signing secret included.
        for (const auto &[where, stored] : storedSecrets())
            QVERIFY2(helpdesk::domain::secrets::isSealed(stored), where.c_str());
    }

    void everyColumnNamedLikeASecretIsInTheRegistry()
    {
        // A new column holding a secret must be added to SealedValueRepository, or rotation and
        // resealing would leave it behind. Hashes are not secrets kept for use.
        auto registered = helpdesk::db::SealedValueRepository::places();
        pqxx::connection connection(m_desk->database().conninfo());
        pqxx::work tx(connection);
        auto columns = tx.exec("SELECT table_name || '.' || column_name FROM information_schema.columns"
                               " WHERE table_schema = 'public' AND column_name ~ '(password|secret|api_key|private)'"
                               " AND column_name !~ '(hash|_set$|_only$)' AND data_type IN ('text', 'bytea')");
        QVERIFY(!columns.empty());
        for (const auto &row : columns) {
            std::string column = row[0].c_str();
            QVERIFY2(std::find(registered.begin(), registered.end(), column) != registered.end(), column.c_str());
        }
    }

    void aChangedDestinationNeedsThePasswordAgain_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("withPassword");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("a mailbox moved to another host without its password is refused")
            << "mailbox"
            << R"({"host":"mail.attacker.example"})" << false << 422 << "password";
        QTest::newRow("a mailbox moved to another port without its password is refused")
            << "mailbox"
            << R"({"port":2143})" << false << 422 << "password";
        QTest::newRow("a mailbox's security lowered without its password is refused")
            << "mailbox"
            << R"({"security":"starttls"})" << false << 422 << "password";
        QTest::newRow("a mailbox's certificate check turned off without its password is refused")
            << "mailbox"
            << R"({"tls_verify":false})" << false << 422 << "password";
        QTest::newRow("a mailbox moved with its password typed again is accepted")
            << "mailbox"
            << R"({"host":"localhost"})" << true << 200 << "";
        QTest::newRow("a mailbox form saved with the same host and port needs no password")
            << "mailbox"
            << R"({"host":"127.0.0.1","port":1,"security":"none","poll_interval_minutes":5})" << false << 200 << "";
        QTest::newRow("the SMTP server moved without its password is refused")
            << "smtp"
            << R"({"host":"smtp.attacker.example"})" << false << 422 << "smtp.password";
        QTest::newRow("the SMTP security changed without its password is refused")
            << "smtp"
            << R"({"security":"tls"})" << false << 422 << "smtp.password";
        QTest::newRow("the SMTP port changed without its password is refused")
            << "smtp"
            << R"({"port":2525})" << false << 422 << "smtp.password";
        QTest::newRow("the SMTP server moved with its password typed again is accepted")
            << "smtp"
            << R"({"host":"localhost"})" << true << 200 << "";
    }
    void aChangedDestinationNeedsThePasswordAgain()
    {
        QFETCH(QString, target);
        QFETCH(QString, change);
        QFETCH(bool, withPassword);
        QFETCH(int, status);
        QFETCH(QString, field);
        auto changes = json(change.toStdString());
        if (withPassword)
            changes->set("password", "typed-again");
        ApiResponse answer;
        if (target == QLatin1String("mailbox")) {
            auto created =
                admin().post("/api/v1/mailboxes", json(R"({"name":"Redirect )" + std::string(QTest::currentDataTag()) +
                                                       R"(","protocol":"imap","host":"127.0.0.1","port":1,)"
                                                       R"("security":"none","tls_verify":true,"username":"u",)"
                                                       R"("password":"kept-secret","enabled":false})"));
            QCOMPARE(created.status, 201);
            auto id = created.object("mailbox")->getValue<std::int64_t>("id");
            answer = admin().patch("/api/v1/mailboxes/" + std::to_string(id), changes);
            if (status != 200) {
                auto after = admin().get("/api/v1/mailboxes");
                QVERIFY(after.raw.find("attacker") == std::string::npos);
            }
        } else {
            QCOMPARE(admin()
                         .patch("/api/v1/settings/mail",
                                json(R"({"smtp":{"host":"127.0.0.1","port":)" + std::to_string(m_sink->port()) +
                                     R"(,"security":"none","password":"kept-secret"}})"))
                         .status,
                     200);
            auto settings = newObject();
            settings->set("smtp", changes);
            answer = admin().patch("/api/v1/settings/mail", settings);
            QVERIFY(mailSettings()->getObject("smtp")->getValue<std::string>("host") !=
                    std::string("smtp.attacker.example"));
            // Back to the sink for the tests after this one.
            QCOMPARE(admin()
                         .patch("/api/v1/settings/mail",
                                json(R"({"smtp":{"host":"127.0.0.1","port":)" + std::to_string(m_sink->port()) +
                                     R"(,"security":"none","password":""}})"))
                         .status,
                     200);
        }
        QCOMPARE(answer.status, status);
        QCOMPARE(QString::fromStdString(answer.errorField()), field);
    }

    void rotationResealsEverySecretAndMailStillFlows()
    {
        QCOMPARE(admin().patch("/api/v1/settings/mail", json(R"({"smtp":{"password":"Smtp-before-rotation"}})")).status,
                 200);
        auto before = storedSecrets();
        QVERIFY(before.size() >= 4);
        QVERIFY(before.count("two_factor.secret " + std::to_string(m_desk->userId("alphaFull"))));
        auto oldKey = *SecretKeyFile::read(m_keyFile);
        std::string output;
        QVERIFY2(rotate(&output) == 0, output.c_str());
        QVERIFY2(output.find(oldKey.id) != std::string::npos, output.c_str());

        auto newKey = *SecretKeyFile::read(m_keyFile);
        QVERIFY(newKey.id != oldKey.id);
        QCOMPARE(fileMode(m_keyFile), 0600);
        QCOMPARE(SecretKeyFile::read(SecretKeyFile::oldPath(m_keyFile))->id, oldKey.id);
        QCOMPARE(fileMode(SecretKeyFile::oldPath(m_keyFile)), 0600);
        QVERIFY(!Poco::File(SecretKeyFile::nextPath(m_keyFile)).exists());

        auto after = storedSecrets();
        QCOMPARE(after.size(), before.size());
        SecretKeyRing oldOnly(oldKey), newOnly(newKey);
        for (const auto &[where, stored] : after) {
            QVERIFY2(stored != before[where], where.c_str());
            QCOMPARE(helpdesk::domain::secrets::keyIdOf(stored), newKey.id);
            QVERIFY_THROWS_EXCEPTION(SecretError, oldOnly.open(stored));
            QCOMPARE(newOnly.open(stored), oldOnly.open(before[where]));
        }

        // The running server took the new key without a restart: the mailbox logs in to Dovecot
        // with its password, and the reply to the ticket goes out through SMTP.
        m_dovecot->deliver("support", mailFrom("Rita <rita@customer.example>", "After the rotation"));
        auto run = poll(m_mailbox);
        QVERIFY(run);
        QVERIFY2(run->isNull("error"), run->optValue<std::string>("error", "").c_str());
        QCOMPARE(run->getValue<int>("created"), 1);
        QVERIFY(m_desk->waitUntilMailSettled());
        auto sent = m_sink->messages().size();
        auto ticket = run->getArray("details")->getObject(0)->getValue<std::int64_t>("ticket_id");
        QCOMPARE(m_desk->as("alphaFull")
                     .post("/api/v1/tickets/" + std::to_string(ticket) + "/articles",
                           json(R"({"channel":"email","body_text":"Rotated and still here."})"))
                     .status,
                 201);
        QVERIFY(m_sink->waitForCount(sent + 1));
        QVERIFY(m_sink->messages().back().raw.find("Rotated and still here.") != std::string::npos);
        QVERIFY(!mailSettings()->getObject("smtp")->has("password_problem"));
    }

    void anInterruptedRotationIsFinishedByTheNextRun()
    {
        // The state after the transaction committed and before the key file was replaced: every
        // value under a key only <file>.new holds.
        auto current = *SecretKeyFile::read(m_keyFile);
        auto next = helpdesk::domain::secrets::SecretKey::generate();
        SecretKeyFile::write(SecretKeyFile::nextPath(m_keyFile), next);
        SecretKeyRing sealing(next, {current});
        {
            pqxx::connection connection(m_desk->database().conninfo());
            pqxx::work tx(connection);
            for (const auto &row : tx.exec("SELECT id, password FROM mailboxes WHERE password <> ''"))
                tx.exec_params("UPDATE mailboxes SET password = $2 WHERE id = $1", row[0].as<long long>(),
                               sealing.seal(sealing.open(row[1].c_str())));
            tx.commit();
        }
        // Still readable by the running server meanwhile.
        auto run = poll(m_mailbox);
        QVERIFY(run);
        QVERIFY2(run->isNull("error"), run->optValue<std::string>("error", "").c_str());

        std::string output;
        QVERIFY2(rotate(&output) == 0, output.c_str());
        QVERIFY2(output.find("interrupted") != std::string::npos, output.c_str());
        QCOMPARE(SecretKeyFile::read(SecretKeyFile::oldPath(m_keyFile))->id, next.id);
        auto newest = SecretKeyFile::read(m_keyFile)->id;
        for (const auto &[where, stored] : storedSecrets())
            QCOMPARE(helpdesk::domain::secrets::keyIdOf(stored), newest);
        run = poll(m_mailbox);
        QVERIFY(run);
        QVERIFY2(run->isNull("error"), run->optValue<std::string>("error", "").c_str());
    }

    void aSecretSealedWithAnotherKeyIsAClearErrorNotAPassword_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("a mailbox password") << "mailbox";
        QTest::newRow("the SMTP password") << "smtp";
    }
    void aSecretSealedWithAnotherKeyIsAClearErrorNotAPassword()
    {
        QFETCH(QString, secret);
        SecretKeyRing foreign(helpdesk::domain::secrets::SecretKey::generate());
        auto sealed = foreign.seal("secret");
        if (secret == QLatin1String("mailbox")) {
            auto created =
                admin().post("/api/v1/mailboxes",
                             json(R"({"name":"Foreign key","protocol":"imap","host":"127.0.0.1","port":)" +
                                  std::to_string(m_dovecot->imapPort()) +
                                  R"(,"security":"none","username":"support","password":"secret","enabled":false})"));
            QCOMPARE(created.status, 201);
            auto id = created.object("mailbox")->getValue<std::int64_t>("id");
            m_desk->exec("UPDATE mailboxes SET password = '" + sealed + "' WHERE id = " + std::to_string(id));
            auto run = poll(id);
            QVERIFY(run);
            auto error = run->optValue<std::string>("error", "");
            QVERIFY2(error.find("sealed with key " + foreign.current().id) != std::string::npos, error.c_str());
            QVERIFY2(error.find("does not hold") != std::string::npos, error.c_str());
            auto listed = admin().get("/api/v1/mailboxes");
            QVERIFY(listed.raw.find("\"password_problem\"") != std::string::npos);
            QVERIFY(listed.raw.find(sealed) == std::string::npos);
        } else {
            QCOMPARE(admin().patch("/api/v1/settings/mail", json(R"({"smtp":{"username":"desk"}})")).status, 200);
            m_desk->exec("UPDATE settings SET value = jsonb_set(value, '{smtp,password}', to_jsonb('" + sealed +
                         "'::text)) WHERE key = 'mail'");
            auto smtp = mailSettings()->getObject("smtp");
            QVERIFY(smtp->getValue<bool>("password_set"));
            auto problem = smtp->optValue<std::string>("password_problem", "");
            QVERIFY2(problem.find(foreign.current().id) != std::string::npos, problem.c_str());
            // The test mail says why instead of logging in with anything.
            auto sent = m_sink->messages().size();
            auto test = admin().post("/api/v1/settings/mail/test", json(R"({"to":"probe@customer.example"})"));
            QCOMPARE(test.status, 200);
            QCOMPARE(test.body->getValue<bool>("sent"), false);
            QVERIFY2(test.body->getValue<std::string>("message").find("sealed with key") != std::string::npos,
                     test.raw.c_str());
            // The rest of the desk works on.
            QCOMPARE(m_desk->as("alphaFull").get("/api/v1/tickets").status, 200);
            QCOMPARE(m_sink->messages().size(), sent);
        }
        // Rotation refuses to go on (and changes nothing) while a secret cannot be opened.
        auto key = SecretKeyFile::read(m_keyFile)->id;
        std::string output;
        QVERIFY2(rotate(&output) == 70, output.c_str());
        QVERIFY2(output.find("cannot be opened") != std::string::npos, output.c_str());
        QVERIFY2(output.find(foreign.current().id) != std::string::npos, output.c_str());
        QCOMPARE(SecretKeyFile::read(m_keyFile)->id, key);
        QVERIFY(!Poco::File(SecretKeyFile::nextPath(m_keyFile)).exists());
        // Setting it again is the way out.
        m_desk->exec("DELETE FROM mailboxes WHERE name = 'Foreign key'");
        QCOMPARE(admin().patch("/api/v1/settings/mail", json(R"({"smtp":{"username":"","password":""}})")).status, 200);
        QVERIFY(!mailSettings()->getObject("smtp")->has("password_problem"));
    }
};

QTEST_GUILESS_MAIN(TestSecretsAtRest)
#include "tst_secrets_at_rest.moc"
