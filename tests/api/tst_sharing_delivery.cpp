// Delivery between real desks that stays right when things go wrong (issue 16, "everything
// arrives once, in order"). Desk B is reached only over HTTPS, through a TLS-terminating proxy
// with a certificate of a test CA that desk A trusts by its tls-ca-file (verification stays on:
// a certificate from elsewhere is refused). A partner that lost a ticket (a restored database)
// gets it whole again, unless it was unshared meanwhile; a partner that no longer shares its own
// ticket ends the share at our next change; comments coming back through a second agreement, or
// around three desks (A → B → C → A), are stored once (looked up by one index); a file that could
// not be fetched while its desk was down arrives later, and goes on to the ticket's other partner;
// and the ticket routes and file links refuse wrong, foreign and ended tokens, forged and expired
// links, over HTTP.

#include "domain/Secrets.h"
#include "integrations/sharing/SharedFileLinks.h"
#include "support/Desk.h"
#include "support/SharingDesks.h"
#include "support/TestCertificates.h"
#include "support/TlsProxy.h"
#include "support/WaitUntil.h"

#include <Poco/Timestamp.h>

#include <QtTest>

#include <memory>

using namespace helpdesk::test;
using namespace helpdesk::test::sharing;
using helpdesk::protocol::toJsonText;

namespace {
std::string str(std::int64_t n)
{
    return std::to_string(n);
}

constexpr const char *kFullTerms = R"({"allows_public_comments":true,"sync_tags":false,"sync_custom_fields":false})";
} // namespace

class TestSharingDelivery : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCertificates> m_certificates;
    std::unique_ptr<Desk> m_a;
    std::unique_ptr<Desk> m_b;
    std::unique_ptr<TlsProxy> m_bOverTls; // the only way to B: https://127.0.0.1:<port>
    std::int64_t m_toB = 0;               // A → B over https, full delegation (id on A)
    std::int64_t m_toA = 0;               // B → A over http, full delegation (id on B)
    std::unique_ptr<Desk> m_c;            // a third desk, on http
    std::int64_t m_bToC = 0;              // B → C (id on B)
    std::int64_t m_cToA = 0;              // C → A (id on C)

    std::string bUrl() const { return "https://127.0.0.1:" + str(m_bOverTls->port()); }
    std::string aUrl() const { return "http://127.0.0.1:" + str(m_a->port()); }

    static void addArticle(Desk &desk, std::int64_t ticketId, const std::string &text)
    {
        auto article = json(R"({"channel":"phone_in","internal":false})");
        article->set("body_text", text);
        QCOMPARE(desk.as("alphaFull").post(ticketPath(ticketId, "/articles"), article).status, 201);
    }

    /// Adds an article with one uploaded file to a ticket; returns the file's sha256.
    static std::string addFile(Desk &desk, std::int64_t ticketId, const std::string &name, const std::string &content)
    {
        auto agent = desk.as("alphaFull");
        auto upload = agent.send("POST", "/api/v1/attachments?filename=" + name, content, "text/plain");
        if (upload.status != 201)
            return {};
        auto article = json(R"({"channel":"note","body_text":"See the attached file.","internal":false})");
        auto files = helpdesk::protocol::newArray();
        files->add(upload.object("attachment"));
        article->set("attachments", files);
        if (agent.post(ticketPath(ticketId, "/articles"), article).status != 201)
            return {};
        return upload.object("attachment")->getValue<std::string>("sha256");
    }

    /// The copy of a shared ticket on the other desk, once it arrived (0 if it never did).
    static std::int64_t arrived(Desk &desk, const std::string &uuid)
    {
        std::int64_t copy = 0;
        waitUntil([&] { return (copy = copyOf(desk, uuid)) > 0; }, std::chrono::seconds(20), "the shared ticket");
        return copy;
    }

    /// A ticket of A with `ours` shared with B, where `theirs` was answered and came back to A:
    /// its id on A and on B (0 when something never arrived).
    std::pair<std::int64_t, std::int64_t> answeredOnB(const std::string &title, const std::string &ours,
                                                      const std::string &theirs)
    {
        auto id = m_a->openTicket("Alpha", "dave", title);
        addArticle(*m_a, id, ours);
        auto copy = arrived(*m_b, share(*m_a, id, m_toB));
        if (copy <= 0)
            return {id, 0};
        addArticle(*m_b, copy, theirs);
        if (!waitUntil([&] { return articlesWith(*m_a, id, theirs) == 1; }, std::chrono::seconds(20), theirs))
            return {id, 0};
        return {id, copy};
    }

    static std::string stateType(Desk &desk, std::int64_t ticketId)
    {
        return desk.as("admin").get(ticketPath(ticketId)).object("ticket")->getValue<std::string>("state_type");
    }

    static int filesOf(Desk &desk, std::int64_t ticketId)
    {
        return static_cast<int>(desk.scalar(
            "SELECT count(*) FROM article_attachments aa JOIN articles a ON a.id = aa.article_id WHERE a.ticket_id = " +
            str(ticketId)));
    }

private slots:
    void initTestCase()
    {
        m_certificates = std::make_unique<TestCertificates>();
        m_a = std::make_unique<Desk>(m_certificates->caFile()); // trusts the test CA for TLS peers
        m_b = std::make_unique<Desk>();
        m_bOverTls = std::make_unique<TlsProxy>(m_b->port(), m_certificates->serverCert(), m_certificates->serverKey());
        QVERIFY(setPublicUrl(*m_a, aUrl()));
        QVERIFY(setPublicUrl(*m_b, bUrl()));
        m_toB = agreement(*m_a, *m_b, bUrl() + "/sharing", kFullTerms);
        m_toA = agreement(*m_b, *m_a, aUrl() + "/sharing", kFullTerms);
        QVERIFY2(m_toB > 0, "A invited B over https and saw the acceptance");
        QVERIFY(m_toA > 0);
        m_c = std::make_unique<Desk>();
        const auto cUrl = "http://127.0.0.1:" + str(m_c->port());
        QVERIFY(setPublicUrl(*m_c, cUrl));
        m_bToC = agreement(*m_b, *m_c, cUrl + "/sharing", kFullTerms);
        m_cToA = agreement(*m_c, *m_a, aUrl() + "/sharing", kFullTerms);
        QVERIFY(m_bToC > 0 && m_cToA > 0);
    }

    void cleanupTestCase()
    {
        m_bOverTls.reset();
        m_a.reset();
        m_b.reset();
        m_c.reset();
    }

    void aPartnerOnHttpsGetsTicketsAndFiles()
    {
        QVERIFY(
            m_a->text("SELECT receiver_url FROM sharing_agreements WHERE id = " + str(m_toB)).rfind("https://", 0) ==
            0);
        auto id = m_a->openTicket("Alpha", "carol", "Over TLS");
        const std::string content = "lines of a log\n" + std::string(40000, 'x');
        QVERIFY(!addFile(*m_a, id, "trace.log", content).empty());
        auto copy = arrived(*m_b, share(*m_a, id, m_toB));
        QVERIFY(copy > 0);
        QCOMPARE(articlesWith(*m_b, copy, "See the attached file."), 1);
        QCOMPARE(filesOf(*m_b, copy), 1);
        QTRY_COMPARE_WITH_TIMEOUT(shareOf(*m_a, id)->getValue<std::string>("sync_state"), std::string("in_sync"),
                                  20000);
    }

    void aCertificateFromAnotherCaIsRefused()
    {
        TlsProxy impostor(m_b->port(), m_certificates->untrustedCert(), m_certificates->untrustedKey());
        auto body = json(kFullTerms);
        body->set("receiver_url", "https://127.0.0.1:" + str(impostor.port()) + "/sharing");
        body->set("name", "Impostor");
        auto made = m_a->as("admin").post("/api/v1/sharing/agreements", body);
        QCOMPARE(made.status, 201);
        const auto id = made.object("agreement")->getValue<std::int64_t>("id");
        const auto uuid = made.object("agreement")->getValue<std::string>("uuid");
        const auto outbox = "FROM sharing_outbox WHERE agreement_id = " + str(id);
        QVERIFY(waitUntil([&] { return m_a->scalar("SELECT max(attempts) " + outbox) > 0; }, std::chrono::seconds(20),
                          "an attempt to invite"));
        const auto error = m_a->text("SELECT last_error " + outbox);
        QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
                 error.c_str());
        QCOMPARE(m_b->scalar("SELECT count(*) FROM sharing_agreements WHERE uuid = '" + uuid + "'"), 0LL);
        // Done with it: the invitation is no longer tried.
        m_a->exec("UPDATE sharing_outbox SET state = 'failed' WHERE agreement_id = " + str(id));
    }

    void aPartnerThatLostTheTicketGetsItWholeAgain()
    {
        auto id = m_a->openTicket("Alpha", "carol", "Lost in a restore");
        addArticle(*m_a, id, "Before the restore.");
        const auto uuid = share(*m_a, id, m_toB);
        auto copy = arrived(*m_b, uuid);
        QVERIFY(copy > 0);
        QVERIFY(outboxesDrained(*m_a, *m_b));
        // B is restored from a backup older than the share: it no longer knows the ticket. And
        // while it cannot take the ticket back (its receiving group is inactive), the whole
        // ticket sent again is refused: the change fails visibly, once, and the queue goes on.
        const auto onB = idOnPartner(*m_a, m_toB, *m_b);
        m_b->exec("DELETE FROM sharing_objects WHERE agreement_id = " + str(onB) +
                  " AND kind = 'comment' AND local_id IN (SELECT id FROM articles WHERE ticket_id = " + str(copy) +
                  ")");
        m_b->exec("DELETE FROM ticket_shares WHERE uuid = '" + uuid + "'");
        m_b->exec("UPDATE groups SET active = false WHERE id = " + str(m_b->alpha()));
        addArticle(*m_a, id, "After the restore.");
        const auto entries = "FROM sharing_outbox WHERE agreement_id = " + str(m_toB) + " AND path = '/tickets/" +
                             uuid + "' AND method = 'PUT'";
        QVERIFY(waitUntil([&] { return m_a->scalar("SELECT count(*) " + entries + " AND state = 'failed'") == 1; },
                          std::chrono::seconds(20), "the refused resend"));
        QCOMPARE(m_a->scalar("SELECT max(attempts) " + entries), 1LL);
        QCOMPARE(shareOf(*m_a, id)->getValue<std::string>("sync_state"), std::string("failing"));
        QVERIFY2(shareOf(*m_a, id)->getValue<std::string>("last_error").find("lost the ticket") != std::string::npos,
                 shareOf(*m_a, id)->getValue<std::string>("last_error").c_str());
        const auto log = "FROM sharing_log WHERE agreement_id = " + str(m_toB) + " AND path = '/tickets/" + uuid + "'";
        QCOMPARE(m_a->scalar("SELECT count(*) " + log + " AND method = 'PUT' AND status = 404"), 1LL);
        QCOMPARE(m_a->scalar("SELECT count(*) " + log + " AND method = 'POST' AND status = 403"), 1LL);
        // B takes tickets again: the next change finds it missing, and the whole ticket goes.
        m_b->exec("UPDATE groups SET active = true WHERE id = " + str(m_b->alpha()));
        addArticle(*m_a, id, "After B took it back.");
        std::int64_t again = 0;
        QVERIFY(waitUntil([&] { return (again = copyOf(*m_b, uuid)) > 0; }, std::chrono::seconds(20),
                          "the ticket on B again"));
        QVERIFY(again != copy);
        QVERIFY(outboxesDrained(*m_a, *m_b));
        for (const auto *text : {"Customer called: Lost in a restore", "Before the restore.", "After the restore.",
                                 "After B took it back."})
            QVERIFY2(articlesWith(*m_b, again, text) == 1, text);
        QTRY_COMPARE_WITH_TIMEOUT(shareOf(*m_a, id)->getValue<std::string>("sync_state"), std::string("in_sync"),
                                  20000);
    }

    void aTicketUnsharedWhileItsPartnerLostItIsNotSentAgain()
    {
        auto id = m_a->openTicket("Alpha", "carol", "Unshared after a restore");
        const auto uuid = share(*m_a, id, m_toB);
        QVERIFY(arrived(*m_b, uuid) > 0);
        QVERIFY(outboxesDrained(*m_a, *m_b));
        // B is restored from a backup older than the share, and is down for a while: a change on A
        // waits for it, and the agent stops sharing the ticket before B is back.
        m_b->exec("DELETE FROM ticket_shares WHERE uuid = '" + uuid + "'");
        m_bOverTls->goDown();
        addArticle(*m_a, id, "Written while B was down.");
        const auto outbox =
            "FROM sharing_outbox WHERE agreement_id = " + str(m_toB) + " AND path = '/tickets/" + uuid + "'";
        QVERIFY(waitUntil(
            [&] { return m_a->scalar("SELECT count(*) " + outbox + " AND method = 'PUT' AND attempts > 0") == 1; },
            std::chrono::seconds(20), "a try while B is down"));
        QCOMPARE(m_a->as("alphaFull").del(ticketPath(id, "/shares/" + str(m_toB))).status, 200);
        m_bOverTls->comeBack();
        retryNow(*m_a);
        QVERIFY(outboxesDrained(*m_a, *m_b));
        // The change B lost is not sent whole again after the unshare; B has no share to end, which
        // is what the unshare asked: done, and the share is no longer failing.
        const auto log = "FROM sharing_log WHERE agreement_id = " + str(m_toB) + " AND path = '/tickets/" + uuid + "'";
        QCOMPARE(m_a->scalar("SELECT count(*) " + log + " AND method = 'POST'"), 1LL); // the share itself
        QCOMPARE(copyOf(*m_b, uuid), std::int64_t{0});
        QCOMPARE(articlesOnDesk(*m_b, "Written while B was down."), 0LL);
        QCOMPARE(m_a->text("SELECT state " + outbox + " AND method = 'DELETE'"), std::string("sent"));
        auto unshared = shareOf(*m_a, id);
        QCOMPARE(unshared->getValue<std::string>("state"), std::string("unshared"));
        QCOMPARE(unshared->getValue<std::string>("sync_state"), std::string("in_sync"));
        QVERIFY(!unshared->has("last_error") || unshared->isNull("last_error"));
    }

    void aPartnerThatNoLongerSharesItsTicketEndsTheShareHere()
    {
        auto id = m_b->openTicket("Alpha", "erin", "Dropped by its owner");
        const auto uuid = share(*m_b, id, m_toA);
        auto copy = arrived(*m_a, uuid);
        QVERIFY(copy > 0);
        QVERIFY(outboxesDrained(*m_a, *m_b));
        // B is restored from a backup older than the share: its ticket is no longer shared with A,
        // and only B may share it again. A's next change is refused once, and ends the share on A.
        m_b->exec("DELETE FROM ticket_shares WHERE uuid = '" + uuid + "'");
        addArticle(*m_a, copy, "Written on A after B forgot the share.");
        const auto puts = "FROM sharing_outbox WHERE agreement_id = " + str(idOnPartner(*m_b, m_toA, *m_a)) +
                          " AND path = '/tickets/" + uuid + "' AND method = 'PUT'";
        QVERIFY(waitUntil([&] { return m_a->scalar("SELECT count(*) " + puts + " AND state = 'failed'") == 1; },
                          std::chrono::seconds(20), "the refused change"));
        auto ended = shareOf(*m_a, copy);
        QCOMPARE(ended->getValue<std::string>("direction"), std::string("inbound"));
        QCOMPARE(ended->getValue<std::string>("state"), std::string("unshared"));
        QCOMPARE(ended->getValue<std::string>("sync_state"), std::string("failing"));
        const auto why = ended->getValue<std::string>("last_error");
        QVERIFY2(why.find("no longer shares this ticket") != std::string::npos && why.find("404") != std::string::npos,
                 why.c_str());
        auto sharedWith = m_a->as("alphaFull").get(ticketPath(copy)).object("ticket")->getArray("shared_with");
        QVERIFY(sharedWith);
        QCOMPARE(sharedWith->size(), 0u);
        // Later changes stay here: nothing more is queued for B.
        addArticle(*m_a, copy, "Written on A later.");
        QVERIFY(outboxesDrained(*m_a, *m_b));
        QCOMPARE(m_a->scalar("SELECT count(*) " + puts), 1LL);
        QCOMPARE(articlesOnDesk(*m_b, "Written on A later."), 0LL);
    }

    void aCommentComingBackThroughASecondAgreementIsStoredOnce()
    {
        const auto [id, copy] = answeredOnB("Round trip", "Ours, written on A.", "Theirs, written on B.");
        QVERIFY(copy > 0);
        // B shares its copy on, back to A under the agreement B sent: A's comments and B's
        // earlier ones are known to A, and what B writes now reaches A by both agreements.
        auto back = arrived(*m_a, share(*m_b, copy, m_toA));
        QVERIFY(back > 0 && back != id);
        addArticle(*m_b, copy, "After both shares.");
        QTRY_COMPARE_WITH_TIMEOUT(articlesOnDesk(*m_a, "After both shares."), 1LL, 20000);
        QVERIFY(outboxesDrained(*m_a, *m_b));
        QCOMPARE(articlesOnDesk(*m_a, "After both shares."), 1LL);
        QCOMPARE(articlesOnDesk(*m_a, "Ours, written on A."), 1LL);
        QCOMPARE(articlesOnDesk(*m_a, "Theirs, written on B."), 1LL);
        QCOMPARE(articlesOnDesk(*m_a, "Customer called: Round trip"), 1LL);
        QCOMPARE(articlesOnDesk(*m_b, "After both shares."), 1LL);
        // Each comment a partner sends is looked up across every agreement: by one index (migration
        // 0035), not by one probe of the primary key per agreement.
        const auto known =
            m_a->text("SELECT uuid FROM sharing_objects WHERE kind = 'comment' AND local_id = (SELECT id "
                      "FROM articles WHERE strpos(body_text, 'After both shares.') > 0)");
        QVERIFY(!known.empty());
        const auto plan = m_a->text("SET LOCAL enable_seqscan = off; EXPLAIN (FORMAT JSON) SELECT local_id FROM "
                                    "sharing_objects WHERE kind = 'comment' AND uuid = '" +
                                    known + "' ORDER BY created_at LIMIT 1");
        QVERIFY2(plan.find("sharing_objects_uuid_idx") != std::string::npos, plan.c_str());
    }

    void aCommentPassedOnByAThirdDeskIsStoredOnce()
    {
        // A → B → C → A: C gets the ticket from B and shares its copy with A.
        const auto [id, onB] =
            answeredOnB("Around three desks", "Written on A, going around.", "Written on B, going around.");
        QVERIFY(onB > 0);
        auto onC = arrived(*m_c, share(*m_b, onB, m_bToC));
        QVERIFY(onC > 0);
        addArticle(*m_c, onC, "Written on C, going around.");
        QTRY_COMPARE_WITH_TIMEOUT(articlesWith(*m_a, id, "Written on C, going around."), 1, 20000); // by B
        auto onA = arrived(*m_a, share(*m_c, onC, m_cToA));
        QVERIFY(onA > 0 && onA != id);
        addArticle(*m_c, onC, "After the circle closed.");
        QTRY_COMPARE_WITH_TIMEOUT(articlesOnDesk(*m_a, "After the circle closed."), 1LL, 20000);
        QVERIFY(outboxesDrained(*m_a, *m_b));
        QVERIFY(outboxesDrained(*m_c, *m_b));
        for (const auto *text :
             {"Customer called: Around three desks", "Written on A, going around.", "Written on B, going around.",
              "Written on C, going around.", "After the circle closed."}) {
            QVERIFY2(articlesOnDesk(*m_a, text) == 1, text);
            QVERIFY2(articlesOnDesk(*m_b, text) == 1, text);
            QVERIFY2(articlesOnDesk(*m_c, text) == 1, text);
        }
    }

    void aFileNotFetchedWhileItsDeskWasDownArrivesLater()
    {
        auto id = m_b->openTicket("Alpha", "erin", "Logs from B");
        const std::string content = "kernel: oops\n" + std::string(30000, 'k');
        const auto sha = addFile(*m_b, id, "server.log", content);
        QVERIFY(!sha.empty());
        // B's files are reached through its https address only, which is down now; the ticket
        // itself goes from B to A over plain http.
        m_bOverTls->goDown();
        auto copy = arrived(*m_a, share(*m_b, id, m_toA));
        QVERIFY(copy > 0);
        QCOMPARE(articlesWith(*m_a, copy, "server.log: not fetched"), 1);
        QCOMPARE(filesOf(*m_a, copy), 0);
        // A shares its copy on with C, which gets the comment without the file too.
        const auto aToC = agreement(*m_a, *m_c, "http://127.0.0.1:" + str(m_c->port()) + "/sharing", kFullTerms);
        QVERIFY(aToC > 0);
        auto onC = arrived(*m_c, share(*m_a, copy, aToC));
        QVERIFY(onC > 0);
        QCOMPARE(articlesWith(*m_c, onC, "server.log: not fetched"), 1);
        QCOMPARE(filesOf(*m_c, onC), 0);
        const std::string job = "FROM jobs WHERE queue = 'sharing.fetch_file' AND payload->>'filename' = 'server.log'";
        QCOMPARE(m_a->text("SELECT state " + job), std::string("pending"));
        retryNow(*m_a); // a try while B is still down fails and waits longer
        QVERIFY(waitUntil([&] { return m_a->scalar("SELECT attempts " + job + " AND state = 'pending'") >= 1; },
                          std::chrono::seconds(20), "a failed second try"));
        QCOMPARE(filesOf(*m_a, copy), 0);

        m_bOverTls->comeBack();
        retryNow(*m_a);
        QTRY_COMPARE_WITH_TIMEOUT(filesOf(*m_a, copy), 1, 20000);
        QCOMPARE(articlesWith(*m_a, copy, "not fetched"), 0);
        QCOMPARE(articlesWith(*m_a, copy, "See the attached file."), 1);
        auto download = m_a->as("alphaFull").get("/api/v1/attachments/" + sha);
        QCOMPARE(download.status, 200);
        QCOMPARE(download.raw, content);
        QCOMPARE(m_a->text("SELECT state " + job), std::string("done"));
        // The file goes on to C, as a comment of its own (the first one never changes), and not
        // back to B, whose file it is.
        QTRY_COMPARE_WITH_TIMEOUT(filesOf(*m_c, onC), 1, 20000);
        QCOMPARE(articlesWith(*m_c, onC, "server.log: the file of the comment of"), 1);
        auto onCDownload = m_c->as("alphaFull").get("/api/v1/attachments/" + sha);
        QCOMPARE(onCDownload.status, 200);
        QCOMPARE(onCDownload.raw, content);
        QVERIFY(outboxesDrained(*m_a, *m_c));
        QCOMPARE(filesOf(*m_c, onC), 1);
        QCOMPARE(articlesOnDesk(*m_b, "the file of the comment of"), 0LL);
        QCOMPARE(articlesOnDesk(*m_a, "the file of the comment of"), 0LL);

        // A link the partner answers 404 to is named, and not tried again.
        auto change = json(R"({"comments":[{"uuid":"6666666666666666666666666666666666666666",
            "author":{"uuid":"b1","name":"Agent on B","role":"agent"},"body":"One more file.","public":true,
            "authored_at":"2026-12-07 08:00:00 +0000","attachments":[{"filename":"gone.txt",
            "content_type":"text/plain"}]}]})");
        const auto uuid = m_a->text("SELECT uuid FROM ticket_shares WHERE ticket_id = " + str(copy));
        change->set("uuid", uuid);
        change->getArray("comments")
            ->getObject(0)
            ->getArray("attachments")
            ->getObject(0)
            ->set("url",
                  bUrl() + "/sharing/attachments/" + std::string(64, 'f') + "?agreement=1&expires=1&signature=00");
        QCOMPARE(ApiClient(m_a->port())
                     .send("PUT", "/sharing/tickets/" + uuid, toJsonText(change), "application/json",
                           {{"X-Ticket-Sharing-Token", wireToken(*m_b, m_toA)}})
                     .status,
                 200);
        QCOMPARE(articlesWith(*m_a, copy, "gone.txt: not fetched, HTTP 404"), 1);
        QCOMPARE(m_a->scalar("SELECT count(*) FROM jobs WHERE queue = 'sharing.fetch_file' AND "
                             "payload->>'filename' = 'gone.txt'"),
                 0LL);
    }

    void theTicketRouteRefusesWrongForeignAndEndedTokens_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("status");
        QTest::newRow("no token is 401") << QByteArray("PUT") << QByteArray("none") << 401;
        QTest::newRow("a wrong key is 403") << QByteArray("PUT") << QByteArray("wrong key") << 403;
        QTest::newRow("another agreement's token finds no such ticket (PUT)")
            << QByteArray("PUT") << QByteArray("other agreement") << 404;
        QTest::newRow("another agreement's token finds no such ticket (DELETE)")
            << QByteArray("DELETE") << QByteArray("other agreement") << 404;
        QTest::newRow("another agreement's token finds no such ticket (GET)")
            << QByteArray("GET") << QByteArray("other agreement") << 404;
        QTest::newRow("another agreement's token shares nothing (POST: no group receives under it)")
            << QByteArray("POST") << QByteArray("other agreement") << 403;
        QTest::newRow("an agreement not accepted yet is 403") << QByteArray("PUT") << QByteArray("pending") << 403;
        QTest::newRow("a deactivated agreement is 403") << QByteArray("PUT") << QByteArray("deactivated") << 403;
        QTest::newRow("a deactivated agreement may not unshare")
            << QByteArray("DELETE") << QByteArray("deactivated") << 403;
    }
    void theTicketRouteRefusesWrongForeignAndEndedTokens()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QByteArray, token);
        QFETCH(int, status);
        static std::int64_t ticket = 0, copy = 0, pending = 0, ended = 0;
        static std::string uuid;
        if (!ticket) {
            ticket = m_a->openTicket("Alpha", "carol", "Guarded");
            uuid = share(*m_a, ticket, m_toB);
            copy = arrived(*m_b, uuid);
            pending = agreement(*m_a, *m_b, bUrl() + "/sharing", kFullTerms, false);
            ended = agreement(*m_a, *m_b, bUrl() + "/sharing", kFullTerms);
            QVERIFY(copy > 0 && pending > 0 && ended > 0);
            QCOMPARE(
                m_a->as("admin").post("/api/v1/sharing/agreements/" + str(ended) + "/deactivate", json("{}")).status,
                200);
            QVERIFY(waitUntil(
                [&] {
                    return m_b->text("SELECT status FROM sharing_agreements WHERE id = " +
                                     str(idOnPartner(*m_a, ended, *m_b))) == "inactive";
                },
                std::chrono::seconds(20), "B saw the deactivation"));
        }
        std::map<std::string, std::string> headers;
        const auto good = wireToken(*m_a, m_toB);
        if (token == "wrong key")
            headers["X-Ticket-Sharing-Token"] = good.substr(0, 41) + std::string(40, '0');
        else if (token == "other agreement")
            headers["X-Ticket-Sharing-Token"] = wireToken(*m_b, m_toA); // B's own, to A
        else if (token == "pending")
            headers["X-Ticket-Sharing-Token"] = wireToken(*m_a, pending);
        else if (token == "deactivated")
            headers["X-Ticket-Sharing-Token"] = wireToken(*m_a, ended);
        auto change = json(R"({"status":"solved","subject":"Taken over","comments":[{"uuid":
            "7777777777777777777777777777777777777777","author":{"uuid":"x1","name":"Intruder","role":"agent"},
            "body":"An intruder writes here.","public":true,"authored_at":"2026-12-07 07:00:00 +0000"}]})");
        change->set("uuid", uuid);
        ApiClient raw(m_b->port());
        auto answer = raw.send(verb.toStdString(), "/sharing/tickets/" + uuid, verb == "GET" ? "" : toJsonText(change),
                               "application/json", headers);
        QCOMPARE(answer.status, status);
        if (status == 401)
            QCOMPARE(answer.headers["WWW-Authenticate"], std::string("X-Ticket-Sharing"));
        QVERIFY(answer.raw.find("Guarded") == std::string::npos); // nothing of the ticket shown
        // Nothing changed on B.
        QCOMPARE(articlesOnDesk(*m_b, "An intruder writes here."), 0LL);
        QVERIFY(stateType(*m_b, copy) != "closed");
        QCOMPARE(m_b->as("admin").get(ticketPath(copy)).object("ticket")->getValue<std::string>("title"),
                 std::string("Guarded"));
        QCOMPARE(m_b->text("SELECT state FROM ticket_shares WHERE uuid = '" + uuid + "'"), std::string("active"));
        QCOMPARE(m_b->scalar("SELECT count(*) FROM ticket_shares WHERE uuid = '" + uuid + "'"), 1LL);
        // The right token still works (so the refusals above are not of a broken route).
        QCOMPARE(
            ApiClient(m_b->port())
                .send("GET", "/sharing/tickets/" + uuid, "", "application/json", {{"X-Ticket-Sharing-Token", good}})
                .status,
            200);
    }

    void aForgedOrExpiredFileLinkServesNothing_data()
    {
        QTest::addColumn<QByteArray>("link");
        QTest::addColumn<int>("status");
        QTest::newRow("the link as signed serves the file") << QByteArray("valid") << 200;
        QTest::newRow("an expired link") << QByteArray("expired") << 404;
        QTest::newRow("a forged signature") << QByteArray("forged") << 404;
        QTest::newRow("a later expiry than signed") << QByteArray("extended") << 404;
        QTest::newRow("signed for another agreement") << QByteArray("other agreement") << 404;
    }
    void aForgedOrExpiredFileLinkServesNothing()
    {
        QFETCH(QByteArray, link);
        QFETCH(int, status);
        static std::string sha;
        static const std::string content = "private drawing " + std::string(5000, 'd');
        if (sha.empty()) {
            auto id = m_a->openTicket("Alpha", "carol", "Drawings");
            sha = addFile(*m_a, id, "drawing.txt", content);
            QVERIFY(arrived(*m_b, share(*m_a, id, m_toB)) > 0);
        }
        // Links signed as desk A signs them, with its secret.
        auto stored = json(m_a->text("SELECT value::text FROM settings WHERE key = 'mail_secret'"));
        const helpdesk::integrations::sharing::SharedFileLinks links(
            aUrl() + "/sharing",
            helpdesk::domain::secrets::OpenedSecret::fromStored(stored->getValue<std::string>("hex")).text());
        const auto now = Poco::Timestamp().epochTime();
        std::string url = links.urlFor(sha, m_toB, now + 3600);
        if (link == "expired")
            url = links.urlFor(sha, m_toB, now - 60);
        else if (link == "forged")
            url = url.substr(0, url.size() - 4) + (url.substr(url.size() - 4) == "0000" ? "1111" : "0000");
        else if (link == "extended")
            url.replace(url.find("expires=") + 8, std::to_string(now + 3600).size(), std::to_string(now + 7200));
        else if (link == "other agreement") // A's agreement from B: this ticket is not shared under it
            url = links.urlFor(sha, idOnPartner(*m_b, m_toA, *m_a), now + 3600);
        ApiClient raw(m_a->port());
        auto answer = raw.send("GET", url.substr(aUrl().size()), "", "");
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.raw == content, status == 200);
    }
};

QTEST_GUILESS_MAIN(TestSharingDelivery)
#include "tst_sharing_delivery.moc"
