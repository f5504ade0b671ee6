// Faults of the mail channel, against real servers (PostgreSQL, aiosmtpd, the real mailgate) and,
// where a real server cannot be made to misbehave on demand, scripted peers: an oversized message
// is bounced with its headers kept; the mailgate asks the MTA to retry on every answer but a clear
// refusal; one message delivered twice at once makes one article; mail queued while SMTP is down
// goes out once when it is back; a mail the SMTP server refuses (or that gives up) ends 'failed'
// with the server's answer; a PostgreSQL restart under mail load loses nothing that was accepted.

#include "domain/MailSettings.h"
#include "support/Desk.h"
#include "support/Mailgate.h"
#include "support/SmtpSink.h"

#include <Poco/Net/DialogSocket.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>

#include <QtTest>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

using namespace helpdesk::test;
using helpdesk::protocol::JsonArray;
using helpdesk::protocol::JsonObject;
using helpdesk::protocol::newObject;

namespace {
std::string customerMail(const std::string &from, const std::string &subject, const std::string &messageId,
                         const std::string &body = "Hello.")
{
    return "From: " + from + "\r\nTo: alpha@desk.example\r\nSubject: " + subject +
           "\r\nDate: Tue, 24 Nov 2026 10:00:00 +0000\r\n" + "Message-ID: <" + messageId +
           ">\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n";
}

/// An HTTP peer in the mailgate's way answering every request with one status: a proxy's 502, a
/// stranger's 404, which a real desk cannot be made to answer on demand.
class ScriptedHttpPeer
{
public:
    explicit ScriptedHttpPeer(int status)
    {
        class Handler : public Poco::Net::HTTPRequestHandler
        {
        public:
            explicit Handler(int status) : m_status(status) {}
            void handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) override
            {
                std::string body;
                Poco::StreamCopier::copyToString(request.stream(), body);
                response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(m_status));
                response.setContentType("application/json");
                response.send() << R"({"error":{"code":"scripted","message":"scripted answer"}})";
            }

        private:
            int m_status;
        };
        class Factory : public Poco::Net::HTTPRequestHandlerFactory
        {
        public:
            explicit Factory(int status) : m_status(status) {}
            Poco::Net::HTTPRequestHandler *createRequestHandler(const Poco::Net::HTTPServerRequest &) override
            {
                return new Handler(m_status);
            }

        private:
            int m_status;
        };
        Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
        m_port = socket.address().port();
        m_server =
            std::make_unique<Poco::Net::HTTPServer>(new Factory(status), socket, new Poco::Net::HTTPServerParams);
        m_server->start();
    }
    ~ScriptedHttpPeer() { m_server->stopAll(true); }
    int port() const { return m_port; }

private:
    int m_port = 0;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
};

/// An SMTP peer that answers MAIL FROM and RCPT TO as scripted: a permanent 5xx refusal or a 4xx
/// that never ends, faults a real server will not produce on demand. One connection at a time.
class ScriptedSmtpPeer
{
public:
    ScriptedSmtpPeer(std::string mailAnswer, std::string rcptAnswer)
        : m_mailAnswer(std::move(mailAnswer)), m_rcptAnswer(std::move(rcptAnswer)),
          m_socket(Poco::Net::SocketAddress("127.0.0.1", 0))
    {
        m_thread = std::thread([this] { serve(); });
    }
    ~ScriptedSmtpPeer()
    {
        m_stop = true;
        m_thread.join();
    }
    int port() const { return m_socket.address().port(); }
    int conversations() const { return m_conversations; }

private:
    void serve()
    {
        while (!m_stop) {
            if (!m_socket.poll(Poco::Timespan(0, 50000), Poco::Net::Socket::SELECT_READ))
                continue;
            try {
                Poco::Net::DialogSocket dialog(m_socket.acceptConnection());
                dialog.setReceiveTimeout(Poco::Timespan(10, 0));
                converse(dialog);
            } catch (const Poco::Exception &) {
                // the client hung up: wait for the next one
            }
        }
    }

    void converse(Poco::Net::DialogSocket &dialog)
    {
        ++m_conversations;
        dialog.sendMessage("220 scripted.test ESMTP");
        std::string line;
        while (dialog.receiveMessage(line)) {
            auto verb = QString::fromStdString(line.substr(0, 4)).toUpper();
            if (verb == QLatin1String("EHLO") || verb == QLatin1String("HELO"))
                dialog.sendMessage("250 scripted.test");
            else if (verb == QLatin1String("MAIL"))
                dialog.sendMessage(m_mailAnswer);
            else if (verb == QLatin1String("RCPT"))
                dialog.sendMessage(m_rcptAnswer);
            else if (verb == QLatin1String("QUIT")) {
                dialog.sendMessage("221 bye");
                return;
            } else
                dialog.sendMessage("250 ok");
        }
    }

    std::string m_mailAnswer, m_rcptAnswer;
    Poco::Net::ServerSocket m_socket;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_conversations{0};
    std::thread m_thread;
};
} // namespace

class TestMailFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<SmtpSink> m_sink;
    std::unique_ptr<Desk> m_desk;
    std::string m_token;
    int m_serial = 0;

    std::string uniqueId(const std::string &what)
    {
        return what + "-" + std::to_string(++m_serial) + "@customer.example";
    }

    MailgateRun mailgate(const std::string &raw, int port = 0)
    {
        return runMailgate(port ? port : m_desk->port(), m_token, raw);
    }

    /// Settings changed through the API, in force at once in this process.
    void patchMailSettings(const JsonObject &changes)
    {
        QCOMPARE(m_desk->as("admin").patch("/api/v1/settings/mail", changes).status, 200);
        helpdesk::domain::MailSettings::invalidateCache();
    }

    void useSmtp(int port)
    {
        m_desk->useSmtp(port);
        helpdesk::domain::MailSettings::invalidateCache();
    }

    /// Opens a ticket with an outbound e-mail to `customer`; returns its id.
    std::int64_t mailTicket(const std::string &customer, const std::string &title)
    {
        auto body = newObject();
        body->set("title", title);
        body->set("group_id", m_desk->alpha());
        body->set("customer_email", customer);
        auto article = newObject();
        article->set("channel", "email");
        article->set("body_text", "About " + title + ".");
        body->set("article", article);
        auto r = m_desk->as("alphaFull").post("/api/v1/tickets", body);
        if (r.status != 201)
            qWarning("%s", r.raw.c_str());
        return r.status == 201 ? r.object("ticket")->getValue<std::int64_t>("id") : 0;
    }

    /// The ticket's mail to one address, as the ticket's mail view shows it.
    JsonObject outboxEntry(std::int64_t ticketId, const std::string &to)
    {
        auto mail = m_desk->as("alphaFull").get("/api/v1/tickets/" + std::to_string(ticketId) + "/mail").array("mail");
        for (unsigned i = 0; mail && i < mail->size(); ++i) {
            auto recipients = mail->getObject(i)->getArray("recipients");
            for (unsigned k = 0; recipients && k < recipients->size(); ++k)
                if (recipients->getElement<std::string>(k).find(to) != std::string::npos)
                    return mail->getObject(i);
        }
        return nullptr;
    }

    std::string stateOf(std::int64_t ticketId, const std::string &to)
    {
        auto entry = outboxEntry(ticketId, to);
        return entry ? entry->getValue<std::string>("state") : std::string();
    }

    std::size_t receivedBy(const std::string &address)
    {
        std::size_t n = 0;
        for (const auto &m : m_sink->messages())
            n += m.header("X-RcptTo").find(address) != std::string::npos;
        return n;
    }

private slots:
    void initTestCase()
    {
        m_sink = std::make_unique<SmtpSink>();
        m_sink->start();
        m_desk = std::make_unique<Desk>();
        auto settings = newObject();
        settings->set("system_address", "helpdesk@desk.example");
        settings->set("message_id_domain", "desk.example");
        patchMailSettings(settings);
        useSmtp(m_sink->port());
        auto token = m_desk->as("admin").post("/api/v1/tokens", json(R"({"name":"mailgate"})"));
        QCOMPARE(token.status, 201);
        m_token = token.body->getValue<std::string>("token");
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_sink.reset();
    }

    void anOversizedMessageIsBouncedWithItsHeadersKept_data()
    {
        QTest::addColumn<int>("bodyBytes");
        QTest::newRow("over the desk's configured limit") << 100 * 1024;
        QTest::newRow("over the server's limit for raw mail") << 61 * 1024 * 1024;
    }

    void anOversizedMessageIsBouncedWithItsHeadersKept()
    {
        QFETCH(int, bodyBytes);
        patchMailSettings(json(R"({"max_message_bytes":65536})"));
        struct Restore {
            TestMailFaults *test;
            ~Restore() { test->patchMailSettings(json(R"({"max_message_bytes":26214400})")); }
        } restore{this};
        auto id = uniqueId("huge");
        auto subject = "Huge scan " + std::to_string(bodyBytes);
        auto run = mailgate(
            customerMail("nora@customer.example", subject, id, std::string(static_cast<std::size_t>(bodyBytes), 'Z')));
        // The MTA bounces (65) with the enhanced status code a bounce should carry.
        QCOMPARE(run.exitCode, 65);
        QVERIFY2(run.output.rfind("5.2.3 ", 0) == 0, run.output.c_str());
        // The desk recorded who sent what and why it was refused, and opened no ticket.
        auto refused = m_desk->as("admin").get("/api/v1/mail/inbound?state=refused&limit=1000").array("messages");
        JsonObject entry;
        for (unsigned i = 0; i < refused->size(); ++i)
            if (refused->getObject(i)->getValue<std::string>("headers").find("Subject: " + subject) !=
                std::string::npos)
                entry = refused->getObject(i);
        QVERIFY(entry);
        QVERIFY(entry->getValue<std::string>("headers").find("Message-ID: <" + id + ">") != std::string::npos);
        QVERIFY(entry->getValue<std::string>("error").find("refused") != std::string::npos);
        QVERIFY(entry->getValue<std::int64_t>("size") > bodyBytes);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM tickets WHERE title = '" + subject + "'"), 0LL);
        // Its body was not kept, not even a truncated part of it.
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM inbound_messages WHERE id = " +
                                std::to_string(entry->getValue<std::int64_t>("id")) +
                                " AND position('ZZZ'::bytea IN raw) > 0"),
                 0LL);
        // The next message within the limit goes through.
        QCOMPARE(mailgate(customerMail("nora@customer.example", "Smaller scan", uniqueId("small"))).exitCode, 0);
    }

    void theMailgateRetriesOnEveryAnswerButAClearRefusal_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("accepted: delivered") << 202 << 0;
        QTest::newRow("too large: bounced") << 413 << 65;
        QTest::newRow("bad request (a misconfigured transport): retried") << 400 << 75;
        QTest::newRow("unauthenticated: retried") << 401 << 75;
        QTest::newRow("not found (a wrong URL): retried") << 404 << 75;
        QTest::newRow("unprocessable: retried") << 422 << 75;
        QTest::newRow("throttled: retried") << 429 << 75;
        QTest::newRow("server error: retried") << 500 << 75;
        QTest::newRow("a proxy's bad gateway: retried") << 502 << 75;
        QTest::newRow("database restarting: retried") << 503 << 75;
    }

    void theMailgateRetriesOnEveryAnswerButAClearRefusal()
    {
        QFETCH(int, status);
        QFETCH(int, exitCode);
        ScriptedHttpPeer peer(status);
        auto run = mailgate(customerMail("olaf@customer.example", "Scripted", uniqueId("scripted")), peer.port());
        QVERIFY2(run.exitCode == exitCode, run.output.c_str());
        if (exitCode == 75)
            QVERIFY2(run.output.rfind("4.3.0 ", 0) == 0, run.output.c_str());
    }

    void theSameMessageDeliveredTwiceAtOnceMakesOneArticle_data()
    {
        QTest::addColumn<bool>("sameBytes");
        QTest::newRow("the very same bytes, delivered six times at once") << true;
        QTest::newRow("six copies from different MX hosts at once") << false;
    }

    void theSameMessageDeliveredTwiceAtOnceMakesOneArticle()
    {
        QFETCH(bool, sameBytes);
        auto id = uniqueId("concurrent");
        auto subject = std::string("Delivered at once ") + (sameBytes ? "same" : "copies");
        auto raw = customerMail("petra@customer.example", subject, id);
        std::vector<std::thread> deliveries;
        std::vector<MailgateRun> runs(6);
        for (std::size_t i = 0; i < runs.size(); ++i)
            deliveries.emplace_back([&, i] {
                runs[i] =
                    mailgate(sameBytes ? raw : "Received: from mx" + std::to_string(i) + ".desk.example\r\n" + raw);
            });
        for (auto &t : deliveries)
            t.join();
        for (const auto &run : runs)
            QVERIFY2(run.exitCode == 0, run.output.c_str());
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM tickets WHERE title = '" + subject + "'"), 1LL);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM articles WHERE message_id = '" + id + "'"), 1LL);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM inbound_messages WHERE position(convert_to('" + id +
                                "', 'UTF8') IN raw) > 0"),
                 sameBytes ? 1LL : 6LL);
    }

    void mailQueuedWhileSmtpIsDownIsDeliveredOnceWhenItIsBack()
    {
        m_sink->stop();
        std::vector<std::pair<std::int64_t, std::string>> tickets;
        for (int i = 0; i < 5; ++i) {
            auto to = "outage" + std::to_string(i) + "@customer.example";
            tickets.emplace_back(mailTicket(to, "Written while SMTP is down " + std::to_string(i)), to);
            QVERIFY(tickets.back().first);
        }
        // Each mail is tried, fails, and waits as 'pending' with the error.
        auto triedAndWaiting = [&](std::int64_t ticket, const std::string &to) {
            auto entry = outboxEntry(ticket, to);
            return entry && entry->getValue<int>("attempts") >= 1 &&
                   entry->getValue<std::string>("state") == "pending" && !entry->isNull("last_error");
        };
        for (const auto &t : tickets)
            QTRY_VERIFY_WITH_TIMEOUT(triedAndWaiting(t.first, t.second), 20000);
        m_sink->start();
        for (const auto &t : tickets)
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(t.first, t.second), std::string("sent"), 60000);
        // Nothing is left to send (a job is done a moment after its mail is marked sent), and each
        // customer got exactly one mail.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_desk->scalar("SELECT count(*) FROM jobs WHERE queue = 'mail.send' AND state IN ('pending', 'running')"),
            0LL, 10000);
        std::set<std::string> messageIds;
        for (const auto &m : m_sink->messages())
            if (m.header("X-RcptTo").find("outage") != std::string::npos)
                messageIds.insert(m.header("Message-ID"));
        for (const auto &t : tickets)
            QCOMPARE(receivedBy(t.second), std::size_t(1));
        QCOMPARE(messageIds.size(), tickets.size());
    }

    void aMailTheServerRefusesEndsFailedWithItsAnswer_data()
    {
        QTest::addColumn<QString>("mailAnswer");
        QTest::addColumn<QString>("rcptAnswer");
        QTest::addColumn<QString>("expectedError");
        QTest::addColumn<int>("maxAttempts");
        QTest::newRow("a permanent 550 fails at once") << "250 2.1.0 ok"
                                                       << "550 5.1.1 no such mailbox here"
                                                       << "550 5.1.1 no such mailbox here" << 32;
        QTest::newRow("a 451 that never ends fails when the retries give up") << "451 4.3.0 queue full, try again later"
                                                                              << "250 2.1.5 ok"
                                                                              << "gave up after 2 attempts" << 2;
    }

    void aMailTheServerRefusesEndsFailedWithItsAnswer()
    {
        QFETCH(QString, mailAnswer);
        QFETCH(QString, rcptAnswer);
        QFETCH(QString, expectedError);
        QFETCH(int, maxAttempts);
        ScriptedSmtpPeer peer(mailAnswer.toStdString(), rcptAnswer.toStdString());
        useSmtp(peer.port());
        struct Restore {
            TestMailFaults *test;
            ~Restore() { test->useSmtp(test->m_sink->port()); }
        } restore{this};
        auto to = "refused" + std::to_string(++m_serial) + "@customer.example";
        auto ticket = mailTicket(to, "Refused by the server " + std::to_string(m_serial));
        QVERIFY(ticket);
        // The test does not wait a day of retries: this mail's job gives up after maxAttempts.
        m_desk->exec("UPDATE jobs SET max_attempts = " + std::to_string(maxAttempts) +
                     " WHERE queue = 'mail.send' AND state <> 'done'");
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(ticket, to), std::string("failed"), 30000);
        auto entry = outboxEntry(ticket, to);
        auto error = entry->getValue<std::string>("last_error");
        QVERIFY2(error.find(expectedError.toStdString()) != std::string::npos, error.c_str());
        QVERIFY2(error.find(mailAnswer == QLatin1String("250 2.1.0 ok")
                                ? rcptAnswer.toStdString().substr(4)
                                : mailAnswer.toStdString().substr(4)) != std::string::npos,
                 error.c_str());
        QCOMPARE(entry->getValue<int>("attempts"), maxAttempts == 2 ? 2 : 1);
        QCOMPARE(peer.conversations(), entry->getValue<int>("attempts"));
        // Agents see it in the ticket's history, with the server's answer.
        auto history =
            m_desk->as("alphaFull").get("/api/v1/tickets/" + std::to_string(ticket) + "/history").array("history");
        bool recorded = false;
        for (unsigned i = 0; i < history->size(); ++i) {
            auto h = history->getObject(i);
            recorded |= h->getValue<std::string>("field") == "mail.failed" &&
                        h->getValue<std::string>("new_value").find(to) != std::string::npos &&
                        h->getValue<std::string>("new_value").find(expectedError.toStdString()) != std::string::npos;
        }
        QVERIFY(recorded);
    }

    void aDatabaseRestartUnderMailLoadLosesNothingAccepted()
    {
        std::atomic<bool> stop{false};
        std::mutex mutex;
        std::vector<std::string> accepted;
        std::atomic<int> retried{0}, answered503{0}, bounced{0};
        std::vector<std::thread> senders;
        auto joinSenders = [&] {
            stop = true;
            for (auto &t : senders)
                if (t.joinable())
                    t.join();
        };
        struct Guard {
            std::function<void()> onExit;
            ~Guard() { onExit(); }
        } guard{joinSenders};
        for (int w = 0; w < 3; ++w)
            senders.emplace_back([&, w] {
                for (int i = 0; !stop; ++i) {
                    auto id = "restart-" + std::to_string(w) + "-" + std::to_string(i) + "@customer.example";
                    auto raw =
                        customerMail("restart" + std::to_string(w) + "@customer.example", "Restart load " + id, id);
                    // Like an MTA: a message once handed over is retried until it is taken (or
                    // bounced), even when the test is winding down.
                    for (int attempt = 0; attempt < 400; ++attempt) {
                        auto run = mailgate(raw);
                        if (run.exitCode == 0) {
                            std::lock_guard lock(mutex);
                            accepted.push_back(id);
                            break;
                        }
                        if (run.exitCode != 75) {
                            ++bounced;
                            break;
                        }
                        ++retried;
                        if (run.output.find("answered 503") != std::string::npos)
                            ++answered503;
                        std::this_thread::sleep_for(std::chrono::milliseconds(50));
                    }
                }
            });
        auto acceptedCount = [&] {
            std::lock_guard lock(mutex);
            return accepted.size();
        };
        QTRY_VERIFY_WITH_TIMEOUT(acceptedCount() >= 10, 30000);
        m_desk->database().stop();
        QTRY_VERIFY_WITH_TIMEOUT(answered503 > 0, 30000); // deliveries during the outage hear 503 and are retried
        m_desk->database().start();
        auto atRestart = acceptedCount();
        QTRY_VERIFY_WITH_TIMEOUT(acceptedCount() >= atRestart + 10, 60000);
        joinSenders();
        QCOMPARE(bounced.load(), 0);
        // A message stored just before the outage but not yet interpreted is its job's: run those
        // now instead of within their minute.
        m_desk->exec("UPDATE jobs SET run_at = now() WHERE queue = 'mail.inbound' AND state = 'pending'");
        // Every accepted message became exactly one article; nothing else did.
        const auto total = static_cast<long long>(accepted.size());
        QTRY_COMPARE_WITH_TIMEOUT(
            m_desk->scalar("SELECT count(*) FROM articles WHERE message_id LIKE 'restart-%@customer.example'"), total,
            60000);
        QCOMPARE(
            m_desk->scalar(
                "SELECT count(DISTINCT message_id) FROM articles WHERE message_id LIKE 'restart-%@customer.example'"),
            total);
        std::string list;
        for (const auto &id : accepted)
            list += (list.empty() ? "'" : ", '") + id + "'";
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM articles WHERE message_id IN (" + list + ")"), total);
        qInfo("accepted %lld messages across the restart; %d deliveries were told to retry, %d of them with 503", total,
              retried.load(), answered503.load());
    }
};

QTEST_GUILESS_MAIN(TestMailFaults)
#include "tst_mail_faults.moc"
