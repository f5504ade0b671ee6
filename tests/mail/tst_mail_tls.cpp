// Mail over TLS against real servers with a throwaway CA: IMAP over implicit TLS and STARTTLS,
// POP3 over implicit TLS and STLS, SMTP over STARTTLS and implicit TLS. A certificate from an
// unknown issuer is refused with a clear error unless the admin turned verification off.

#include "support/Desk.h"
#include "support/DovecotServer.h"
#include "support/SmtpSink.h"
#include "support/TestCertificates.h"

#include <QtTest>

#include <memory>

using namespace helpdesk::test;
using helpdesk::protocol::JsonObject;
using helpdesk::protocol::newObject;

namespace {
int g_serial = 0;

std::string customerMail(const std::string &subject)
{
    return "From: Tess <tess@customer.example>\r\nTo: support@desk.example\r\nSubject: " + subject +
           "\r\nMessage-ID: <tls-" + std::to_string(++g_serial) +
           "@customer.example>\r\nDate: Thu, 26 Nov 2026 10:00:00 +0000\r\n" +
           "Content-Type: text/plain; charset=utf-8\r\n\r\nSent over " + subject + "\r\n";
}
} // namespace

class TestMailTls : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCertificates> m_certificates;
    std::unique_ptr<DovecotServer> m_dovecot;
    std::unique_ptr<Desk> m_desk;

    JsonObject createMailboxAndPoll(const std::string &name, const std::string &protocol, const std::string &host,
                                    int port, const std::string &security, bool verify, const std::string &user)
    {
        auto body = newObject();
        body->set("name", name);
        body->set("protocol", protocol);
        body->set("host", host);
        body->set("port", port);
        body->set("security", security);
        body->set("tls_verify", verify);
        body->set("username", user);
        body->set("password", "secret");
        body->set("group_id", m_desk->alpha());
        auto admin = m_desk->as("admin");
        auto created = admin.post("/api/v1/mailboxes", body);
        if (created.status != 201) {
            qWarning("%s", created.raw.c_str());
            return nullptr;
        }
        auto id = created.object("mailbox")->getValue<std::int64_t>("id");
        auto polled = admin.post("/api/v1/mailboxes/" + std::to_string(id) + "/poll", newObject());
        return polled.status == 200 ? polled.object("run") : nullptr;
    }

private slots:
    void initTestCase()
    {
        m_certificates = std::make_unique<TestCertificates>();
        m_dovecot = std::make_unique<DovecotServer>();
        for (const char *user : {"imaps", "imapstarttls", "pop3s", "pop3stls", "untrusted", "selfsigned"})
            m_dovecot->addUser(user);
        m_dovecot->enableTls(*m_certificates);
        m_dovecot->start();
        m_desk = std::make_unique<Desk>(m_certificates->caFile());
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_dovecot.reset();
        m_certificates.reset();
    }

    void mailboxesFetchOverEveryKindOfTls_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("security");
        QTest::addColumn<QString>("user");
        QTest::newRow("IMAP over implicit TLS") << "imap"
                                                << "tls"
                                                << "imaps";
        QTest::newRow("IMAP upgraded with STARTTLS") << "imap"
                                                     << "starttls"
                                                     << "imapstarttls";
        QTest::newRow("POP3 over implicit TLS") << "pop3"
                                                << "tls"
                                                << "pop3s";
        QTest::newRow("POP3 upgraded with STLS") << "pop3"
                                                 << "starttls"
                                                 << "pop3stls";
    }

    void mailboxesFetchOverEveryKindOfTls()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, security);
        QFETCH(QString, user);
        const bool imap = protocol == QLatin1String("imap");
        const bool implicit = security == QLatin1String("tls");
        int port = imap ? (implicit ? m_dovecot->imapsPort() : m_dovecot->imapPort())
                        : (implicit ? m_dovecot->pop3sPort() : m_dovecot->pop3Port());
        m_dovecot->deliver(user.toStdString(), customerMail(protocol.toStdString() + " " + security.toStdString()));
        auto run = createMailboxAndPoll("TLS " + user.toStdString(), protocol.toStdString(), "127.0.0.1", port,
                                        security.toStdString(), true, user.toStdString());
        QVERIFY(run);
        QVERIFY2(run->isNull("error"), run->optValue<std::string>("error", "").c_str());
        QCOMPARE(run->getValue<int>("fetched"), 1);
        QCOMPARE(run->getValue<int>("created"), 1);
    }

    void anUntrustedCertificateIsRefusedUnlessVerificationIsOff()
    {
        // 127.0.0.2 presents a self-signed certificate that the desk's CA list does not hold.
        m_dovecot->deliver("untrusted", customerMail("untrusted"));
        auto refused =
            createMailboxAndPoll("Untrusted", "imap", "127.0.0.2", m_dovecot->imapsPort(), "tls", true, "untrusted");
        QVERIFY(refused);
        QCOMPARE(refused->getValue<int>("fetched"), 0);
        QCOMPARE(refused->getValue<int>("consecutive_failures"), 1);
        auto error = refused->optValue<std::string>("error", "");
        QVERIFY2(error.find("certificate") != std::string::npos, error.c_str());

        m_dovecot->deliver("selfsigned", customerMail("self-signed, accepted"));
        auto accepted = createMailboxAndPoll("Self-signed", "imap", "127.0.0.2", m_dovecot->imapsPort(), "tls", false,
                                             "selfsigned");
        QVERIFY(accepted);
        QVERIFY2(accepted->isNull("error"), accepted->optValue<std::string>("error", "").c_str());
        QCOMPARE(accepted->getValue<int>("created"), 1);
    }

    void repliesAreSentOverStartTlsAndImplicitTls_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("security");
        QTest::newRow("SMTP upgraded with STARTTLS") << int(SmtpSink::Tls::StartTls) << "starttls";
        QTest::newRow("SMTP over implicit TLS") << int(SmtpSink::Tls::Implicit) << "tls";
    }

    void repliesAreSentOverStartTlsAndImplicitTls()
    {
        QFETCH(int, mode);
        QFETCH(QString, security);
        SmtpSink sink(static_cast<SmtpSink::Tls>(mode), m_certificates->serverCert(), m_certificates->serverKey());
        sink.start();
        m_desk->useSmtp(sink.port(), security.toStdString());
        auto body = newObject();
        body->set("title", "Printer toner");
        body->set("group_id", m_desk->alpha());
        body->set("customer_email", "uma-" + security.toStdString() + "@customer.example");
        auto article = newObject();
        article->set("channel", "email");
        article->set("body_text", std::string("The toner is on its way."));
        body->set("article", article);
        QCOMPARE(m_desk->as("alphaFull").post("/api/v1/tickets", body).status, 201);
        QVERIFY(sink.waitForCount(1));
        auto mail = sink.messages().front();
        QVERIFY2(mail.body().find("The toner is on its way.") != std::string::npos, mail.body().c_str());
    }
};

QTEST_GUILESS_MAIN(TestMailTls)
#include "tst_mail_tls.moc"
