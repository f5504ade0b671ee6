// Tickets shared between two real desks on two databases (Networked Help Desk,
// shared/protocols/nhd.md), as their agents would: desk A shares a customer's ticket with desk B,
// which gets it with its comments, files, status, tags and custom fields as the agreement's terms
// say; every later change on either side follows as a PUT with only what changed; an answer
// written on B reaches A's customer by mail from A; under partial delegation B may only write
// privately and the status stays; repeated and late PUTs change nothing twice; unsharing stops
// the sync and leaves the ticket. Desk B also shares one of its own tickets with A. Staff (never
// customers) see each ticket's partner desks and hear live when a share changes on either desk.

#include "domain/Secrets.h"
#include "support/Desk.h"
#include "support/SharingDesks.h"
#include "support/SmtpSink.h"
#include "support/WaitUntil.h"
#include "support/WsClient.h"

#include <Poco/Net/ServerSocket.h>

#include <QtTest>

#include <algorithm>
#include <memory>
#include <thread>
#include <vector>

using namespace helpdesk::test;
using namespace helpdesk::test::sharing;
using helpdesk::protocol::JsonArray;
using helpdesk::protocol::JsonObject;
using helpdesk::protocol::toJsonText;

namespace {
std::string str(std::int64_t n)
{
    return std::to_string(n);
}

/// A loopback port nobody listens on (bound once to find it, then closed).
int closedPort()
{
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    const int port = socket.address().port();
    socket.close();
    return port;
}

std::string sqlText(const std::string &text)
{
    return "'" + text + "'";
}

/// The partners of a ticket as the API or an event shows them, one "partner direction state"
/// (plus " (reason)" when failing) per share; "-" when the key is missing.
std::string partnersOf(const JsonObject &object)
{
    if (!object || !object->has("shared_with"))
        return "-";
    auto shares = object->getArray("shared_with");
    std::string out;
    for (unsigned i = 0; shares && i < shares->size(); ++i) {
        auto share = shares->getObject(i);
        out += (out.empty() ? "" : ", ") + share->getValue<std::string>("partner") + " " +
               share->getValue<std::string>("direction") + " " + share->getValue<std::string>("state");
        if (share->getValue<std::string>("state") == "failing")
            out += " (" + share->optValue<std::string>("reason", "") + ")";
    }
    return out;
}

/// What the share events of a ticket said so far, in order (partnersOf each event's data).
std::vector<std::string> shareEventsOf(const std::vector<JsonObject> &events, std::int64_t ticketId)
{
    std::vector<std::string> said;
    for (const auto &e : events)
        if (e->getValue<std::string>("kind") == "ticket_share.changed" &&
            e->optValue<std::int64_t>("ticket_id", 0) == ticketId)
            said.push_back(partnersOf(e->getObject("data")));
    return said;
}

/// Whether `said` ends with `last`.
bool endsWith(const std::vector<std::string> &said, const std::string &last)
{
    return !said.empty() && said.back() == last;
}

/// A WebSocket client of `who` on `desk`, subscribed to the events from now on.
std::unique_ptr<WsClient> subscribed(Desk &desk, const std::string &who)
{
    auto ws = std::make_unique<WsClient>(desk.port(), desk.as(who).token());
    if (!ws->accepted())
        return nullptr;
    auto params = json("{}");
    params->set("after", ws->hello()->getValue<std::int64_t>("watermark"));
    ws->request("event.subscribe", params);
    return ws;
}
} // namespace

class TestSharingTickets : public QObject
{
    Q_OBJECT

    std::unique_ptr<Desk> m_a;
    std::unique_ptr<Desk> m_b;
    std::unique_ptr<SmtpSink> m_smtp; // A's outbound mail
    std::int64_t m_full = 0;          // A → B, full delegation, tags and custom fields synced (id on A)
    std::int64_t m_partial = 0;       // A → B, partial delegation, nothing else synced
    std::int64_t m_reverse = 0;       // B → A, full delegation (id on B)

    /// `from` invites `to` under the terms; `to` accepts into its group Alpha. Returns the
    /// agreement's id on `from` (0 when it never became accepted).
    static std::int64_t agreement(Desk &from, Desk &to, const std::string &terms)
    {
        return sharing::agreement(from, to, "http://127.0.0.1:" + str(to.port()) + "/sharing", terms);
    }

    /// Shares A's ticket under an agreement as alphaFull; returns the ticket's id on B once it arrived.
    std::int64_t shareFromA(std::int64_t ticketId, std::int64_t agreementId)
    {
        auto body = json("{}");
        body->set("agreement_id", agreementId);
        auto shared = m_a->as("alphaFull").post(ticketPath(ticketId, "/shares"), body);
        if (shared.status != 201)
            return -shared.status;
        auto uuid = shared.object("share")->getValue<std::string>("uuid");
        std::int64_t copy = 0;
        waitUntil([&] { return (copy = copyOf(*m_b, uuid)) > 0; }, std::chrono::seconds(20), "the shared ticket on B");
        return copy;
    }

    static JsonArray articles(Desk &desk, std::int64_t ticketId)
    {
        return desk.as("admin").get(ticketPath(ticketId, "/articles")).array("articles");
    }

    /// The ticket's tags, comma-separated.
    static std::string tagsOf(Desk &desk, std::int64_t ticketId)
    {
        auto tags = desk.as("admin").get(ticketPath(ticketId)).object("ticket")->getArray("tags");
        std::string out;
        for (unsigned i = 0; tags && i < tags->size(); ++i)
            out += (out.empty() ? "" : ",") + tags->getElement<std::string>(i);
        return out;
    }

    static std::string stateType(Desk &desk, std::int64_t ticketId)
    {
        return desk.as("admin").get(ticketPath(ticketId)).object("ticket")->getValue<std::string>("state_type");
    }

    static void addArticle(Desk &desk, std::int64_t ticketId, const std::string &article,
                           const std::string &who = "alphaFull")
    {
        QCOMPARE(desk.as(who).post(ticketPath(ticketId, "/articles"), json(article)).status, 201);
    }

    static void update(Desk &desk, std::int64_t ticketId, const std::string &fields)
    {
        QCOMPARE(desk.as("alphaFull").patch(ticketPath(ticketId), json(fields)).status, 200);
    }

    /// Waits until everything either desk queued for its partners was delivered.
    bool outboxesDrained() { return sharing::outboxesDrained(*m_a, *m_b); }

private slots:
    void initTestCase()
    {
        m_smtp = std::make_unique<SmtpSink>();
        m_smtp->start();
        m_a = std::make_unique<Desk>();
        m_b = std::make_unique<Desk>();
        m_a->useSmtp(m_smtp->port());
        QVERIFY(setPublicUrl(*m_a, "http://127.0.0.1:" + str(m_a->port())));
        QVERIFY(setPublicUrl(*m_b, "http://127.0.0.1:" + str(m_b->port())));
        for (auto *desk : {m_a.get(), m_b.get()})
            QCOMPARE(desk->as("admin")
                         .post("/api/v1/custom_fields",
                               json(R"({"object_kind":"ticket","name":"asset","label":"Asset","field_type":"text"})"))
                         .status,
                     201);
        m_full = agreement(*m_a, *m_b, R"({"allows_public_comments":true,"sync_tags":true,"sync_custom_fields":true})");
        m_partial =
            agreement(*m_a, *m_b, R"({"allows_public_comments":false,"sync_tags":false,"sync_custom_fields":false})");
        m_reverse =
            agreement(*m_b, *m_a, R"({"allows_public_comments":true,"sync_tags":false,"sync_custom_fields":false})");
        QVERIFY(m_full > 0 && m_partial > 0 && m_reverse > 0);
    }

    void cleanupTestCase()
    {
        m_a.reset();
        m_b.reset();
        m_smtp.reset();
    }

    void aSharedTicketArrivesWithItsCommentsFilesAndFields()
    {
        auto agent = m_a->as("alphaFull");
        const std::string content = std::string("PNG\x00\x01", 5) + std::string(70000, 'p');
        auto upload = agent.send("POST", "/api/v1/attachments?filename=screen.png", content, "image/png");
        QCOMPARE(upload.status, 201);
        auto id = m_a->openTicket("Alpha", "carol", "Printer on fire");
        addArticle(*m_a, id, R"({"channel":"phone_in","body_text":"It smokes.","internal":false})");
        auto note = json(R"({"channel":"note","body_text":"Fuse checked, see photo.","internal":true})");
        auto files = helpdesk::protocol::newArray();
        files->add(upload.object("attachment"));
        note->set("attachments", files);
        QCOMPARE(agent.post(ticketPath(id, "/articles"), note).status, 201);
        update(*m_a, id, R"({"tags":["hardware","urgent"],"custom":{"asset":"PR-12"}})");

        auto copy = shareFromA(id, m_full);
        QVERIFY2(copy > 0, "the ticket arrived on B");
        auto ticket = m_b->as("alphaFull").get(ticketPath(copy)).object("ticket");
        QCOMPARE(ticket->getValue<std::string>("title"), std::string("Printer on fire"));
        QCOMPARE(ticket->getValue<std::int64_t>("group_id"), m_b->alpha());
        QCOMPARE(tagsOf(*m_b, copy), std::string("hardware,urgent"));
        QCOMPARE(ticket->getObject("custom")->getValue<std::string>("asset"), std::string("PR-12"));
        // The customer is the partner's requester, by name; B has no address to mail them at.
        QCOMPARE(m_b->text("SELECT name FROM users WHERE id = " + str(ticket->getValue<std::int64_t>("customer_id"))),
                 m_a->text("SELECT name FROM users WHERE id = " + str(m_a->userId("carol"))));
        QCOMPARE(articlesWith(*m_b, copy, "It smokes.", 0), 1);
        QVERIFY2(articlesWith(*m_b, copy, "Fuse checked", 1) == 1,
                 "a private comment arrives private (full delegation)");

        // The photo was fetched from A's signed link and is B's own file now.
        auto list = articles(*m_b, copy);
        std::string sha;
        for (unsigned i = 0; i < list->size(); ++i)
            if (auto f = list->getObject(i)->getArray("attachments"); f && f->size() == 1)
                sha = f->getObject(0)->getValue<std::string>("sha256");
        QVERIFY(!sha.empty());
        auto download = m_b->as("alphaFull").get("/api/v1/attachments/" + sha);
        QCOMPARE(download.status, 200);
        QCOMPARE(download.raw, content);

        auto share = shareOf(*m_a, id);
        QVERIFY(share);
        QTRY_COMPARE_WITH_TIMEOUT(shareOf(*m_a, id)->getValue<std::string>("sync_state"), std::string("in_sync"),
                                  20000);
        QCOMPARE(share->getValue<std::string>("direction"), std::string("outbound"));
    }

    void anAnswerOnThePartnerReachesTheCustomerByMailFromTheFirstDesk()
    {
        auto id = m_a->openTicket("Alpha", "carol", "Cannot log in");
        addArticle(*m_a, id, R"({"channel":"phone_in","body_text":"My password fails.","internal":false})");
        auto copy = shareFromA(id, m_full);
        QVERIFY(copy > 0);
        QVERIFY(m_a->waitUntilMailSettled());
        const auto before = m_smtp->messages().size();

        addArticle(*m_b, copy,
                   R"({"channel":"web","body_text":"Reset it at the portal, then sign in again.","internal":false})");
        QTRY_COMPARE_WITH_TIMEOUT(articlesWith(*m_a, id, "Reset it at the portal", 0), 1, 20000);
        QVERIFY(m_a->waitUntilMailSettled());
        QVERIFY(m_smtp->waitForCount(before + 1));
        bool mailed = false;
        for (const auto &mail : m_smtp->messages())
            if (mail.body().find("Reset it at the portal") != std::string::npos) {
                mailed = true;
                QVERIFY2(mail.header("To").find(m_a->text("SELECT email FROM users WHERE id = " +
                                                          str(m_a->userId("carol")))) != std::string::npos,
                         mail.header("To").c_str());
            }
        QVERIFY2(mailed, "the partner's answer went to the customer by mail from desk A");
        QVERIFY2(outboxesDrained(), "nothing left to send");
        QCOMPARE(articlesWith(*m_b, copy, "Reset it at the portal"), 1); // not echoed back to B
    }

    void statusSyncsBothWaysUnderFullDelegation()
    {
        auto id = m_a->openTicket("Alpha", "carol", "Status both ways");
        auto copy = shareFromA(id, m_full);
        QVERIFY(copy > 0);
        update(*m_a, id, R"({"state_id":)" + str(m_a->stateOfType("closed")) + "}");
        QTRY_COMPARE_WITH_TIMEOUT(stateType(*m_b, copy), std::string("closed"), 20000);
        update(*m_b, copy, R"({"state_id":)" + str(m_b->stateOfType("open")) + "}");
        QTRY_COMPARE_WITH_TIMEOUT(stateType(*m_a, id), std::string("open"), 20000);
        QVERIFY(outboxesDrained());
        QCOMPARE(stateType(*m_a, id), std::string("open")); // no ping-pong
        QCOMPARE(stateType(*m_b, copy), std::string("open"));
    }

    void aPartnerDownForAWhileGetsEveryChangeOnceAndInOrder()
    {
        auto id = m_a->openTicket("Alpha", "carol", "Partner outage");
        auto copy = shareFromA(id, m_full);
        QVERIFY(copy > 0);
        QVERIFY(outboxesDrained());
        const auto agreement = "FROM sharing_agreements WHERE id = " + str(m_full);
        const auto url = m_a->text("SELECT receiver_url " + agreement);
        // B "goes down": A's requests go to a port nobody listens on.
        m_a->exec("UPDATE sharing_agreements SET receiver_url = 'http://127.0.0.1:" + str(closedPort()) + "/sharing' " +
                  agreement.substr(agreement.find("WHERE")));
        addArticle(*m_a, id, R"({"channel":"phone_in","body_text":"First while down.","internal":false})");
        addArticle(*m_a, id, R"({"channel":"phone_in","body_text":"Second while down.","internal":false})");
        update(*m_a, id, R"({"state_id":)" + str(m_a->stateOfType("closed")) + "}");
        QVERIFY(waitUntil(
            [&] {
                return m_a->scalar("SELECT count(*) FROM sharing_outbox WHERE state = 'pending' AND attempts > 0 AND "
                                   "agreement_id = " +
                                   str(m_full)) > 0;
            },
            std::chrono::seconds(20), "a failed attempt"));
        QCOMPARE(shareOf(*m_a, id)->getValue<std::string>("sync_state"), std::string("pending"));
        QCOMPARE(articlesWith(*m_b, copy, "while down."), 0);

        // B is back; the next attempt is made now rather than after its backoff.
        m_a->exec("UPDATE sharing_agreements SET receiver_url = " + sqlText(url) + " " +
                  agreement.substr(agreement.find("WHERE")));
        m_a->exec("UPDATE sharing_outbox SET next_attempt_at = now() WHERE state = 'pending'");
        m_a->exec("UPDATE jobs SET run_at = now() WHERE queue = 'sharing.deliver' AND state = 'pending'");
        QTRY_COMPARE_WITH_TIMEOUT(stateType(*m_b, copy), std::string("closed"), 30000);
        QVERIFY(outboxesDrained());
        QCOMPARE(articlesWith(*m_b, copy, "First while down."), 1);
        QCOMPARE(articlesWith(*m_b, copy, "Second while down."), 1);
        QVERIFY2(m_b->scalar("SELECT min(id) FROM articles WHERE body_text = 'First while down.'") <
                     m_b->scalar("SELECT min(id) FROM articles WHERE body_text = 'Second while down.'"),
                 "in the order they were written");
        QTRY_COMPARE_WITH_TIMEOUT(shareOf(*m_a, id)->getValue<std::string>("sync_state"), std::string("in_sync"),
                                  20000);
    }

    void partialDelegationKeepsThePartnerPrivateAndTheStatusLocal()
    {
        auto id = m_a->openTicket("Alpha", "dave", "Partial terms");
        addArticle(*m_a, id, R"({"channel":"phone_in","body_text":"Public words.","internal":false})");
        addArticle(*m_a, id, R"({"channel":"note","body_text":"Our secret note.","internal":true})");
        update(*m_a, id, R"({"tags":["local-only"],"custom":{"asset":"X-1"}})");
        auto copy = shareFromA(id, m_partial);
        QVERIFY(copy > 0);
        QCOMPARE(articlesWith(*m_b, copy, "Public words."), 1);
        QVERIFY2(articlesWith(*m_b, copy, "Our secret note.") == 0,
                 "private comments stay home under partial delegation");
        auto ticket = m_b->as("alphaFull").get(ticketPath(copy)).object("ticket");
        QVERIFY2(tagsOf(*m_b, copy).empty(), "tags are not synced without the flag");
        QVERIFY2(!ticket->getObject("custom")->has("asset"), "custom fields are not synced without the flag");

        QVERIFY(m_a->waitUntilMailSettled());
        const auto mailsBefore = m_smtp->messages().size();
        addArticle(*m_b, copy, R"({"channel":"web","body_text":"Partner tries to answer.","internal":false})");
        update(*m_b, copy, R"({"state_id":)" + str(m_b->stateOfType("closed")) + "}");
        QTRY_COMPARE_WITH_TIMEOUT(articlesWith(*m_a, id, "Partner tries to answer."), 1, 20000);
        QVERIFY2(articlesWith(*m_a, id, "Partner tries to answer.", 1) == 1, "kept private on A");
        QVERIFY(outboxesDrained());
        QVERIFY(m_a->waitUntilMailSettled());
        QCOMPARE(m_smtp->messages().size(), mailsBefore); // nothing mailed to the customer
        QVERIFY2(stateType(*m_a, id) != "closed", "the partner's status does not sync under partial delegation");

        // As Zendesk would send them under these terms anyway: a public comment and a status.
        auto agreementUuid = m_a->text("SELECT uuid FROM sharing_agreements WHERE id = " + str(m_partial));
        auto key = helpdesk::domain::secrets::open(
            m_a->text("SELECT access_key FROM sharing_agreements WHERE id = " + str(m_partial)));
        auto uuid = m_a->text("SELECT uuid FROM ticket_shares WHERE ticket_id = " + str(id));
        auto forced = json(R"({"status":"solved","subject":"Renamed by the partner","comments":[{"uuid":
            "5151515151515151515151515151515151515151","author":{"uuid":"z1","name":"Zed","role":"agent"},
            "body":"Public despite the terms.","public":true,"authored_at":"2026-12-07 06:00:00 +0000"}]})");
        forced->set("uuid", uuid);
        ApiClient raw(m_a->port());
        QCOMPARE(raw.send("PUT", "/sharing/tickets/" + uuid, toJsonText(forced), "application/json",
                          {{"X-Ticket-Sharing-Token", agreementUuid + ":" + key}})
                     .status,
                 200);
        QVERIFY2(articlesWith(*m_a, id, "Public despite the terms.", 1) == 1, "a public comment is kept private");
        QVERIFY(stateType(*m_a, id) != "closed");
        QCOMPARE(m_a->as("alphaFull").get(ticketPath(id)).object("ticket")->getValue<std::string>("title"),
                 std::string("Partial terms"));
        QVERIFY(m_a->waitUntilMailSettled());
        QCOMPARE(m_smtp->messages().size(), mailsBefore);

        update(*m_a, id, R"({"tags":["local-only","still-local"]})");
        addArticle(*m_a, id, R"({"channel":"phone_in","body_text":"Second public words.","internal":false})");
        QTRY_COMPARE_WITH_TIMEOUT(articlesWith(*m_b, copy, "Second public words."), 1, 20000);
        QVERIFY(tagsOf(*m_b, copy).empty());
    }

    void tagsAndCustomFieldsFollowWhenTheTermsSaySo()
    {
        auto id = m_a->openTicket("Alpha", "carol", "Fields follow");
        auto copy = shareFromA(id, m_full);
        QVERIFY(copy > 0);
        update(*m_a, id, R"({"tags":["vip"],"custom":{"asset":"PR-99"}})");
        QTRY_COMPARE_WITH_TIMEOUT(tagsOf(*m_b, copy), std::string("vip"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_b->as("alphaFull")
                                      .get(ticketPath(copy))
                                      .object("ticket")
                                      ->getObject("custom")
                                      ->optValue<std::string>("asset", ""),
                                  std::string("PR-99"), 20000);
        update(*m_b, copy, R"({"tags":["vip","escalated"]})");
        QTRY_COMPARE_WITH_TIMEOUT(tagsOf(*m_a, id), std::string("escalated,vip"), 20000);
    }

    void repeatedAndLatePutsChangeNothingTwice()
    {
        auto id = m_a->openTicket("Alpha", "carol", "Replayed");
        auto copy = shareFromA(id, m_full);
        QVERIFY(copy > 0);
        auto uuid = m_b->text("SELECT uuid FROM ticket_shares WHERE ticket_id = " + str(copy));
        auto agreementUuid = m_a->text("SELECT uuid FROM sharing_agreements WHERE id = " + str(m_full));
        auto key = helpdesk::domain::secrets::open(
            m_a->text("SELECT access_key FROM sharing_agreements WHERE id = " + str(m_full)));
        auto put = [&](const std::string &commentUuid, const std::string &body) {
            auto payload = json(R"({"comments":[{"author":{"uuid":"agent-7","name":"Agent Seven","role":"agent"},
                "authored_at":"2026-12-07 05:00:00 +0100","public":false}]})");
            payload->set("uuid", uuid);
            auto comment = payload->getArray("comments")->getObject(0);
            comment->set("uuid", commentUuid);
            comment->set("body", body);
            ApiClient raw(m_b->port());
            return raw.send("PUT", "/sharing/tickets/" + uuid, toJsonText(payload), "text/x-json",
                            {{"X-Ticket-Sharing-Token", agreementUuid + ":" + key}});
        };
        const std::string second(40, '2'), first(40, '1');
        QCOMPARE(put(second, "The later comment.").status, 200); // arrives first
        QCOMPARE(put(first, "The earlier comment.").status, 200);
        QCOMPARE(put(second, "The later comment.").status, 200); // again
        QCOMPARE(put(first, "The earlier comment.").status, 200);
        QCOMPARE(articlesWith(*m_b, copy, "The later comment."), 1);
        QCOMPARE(articlesWith(*m_b, copy, "The earlier comment."), 1);
        QCOMPARE(put(first, "The earlier comment.").status, 200);
        auto unknown = [&] {
            ApiClient raw(m_b->port());
            return raw.send("PUT", "/sharing/tickets/" + std::string(40, 'e'), R"({"status":"open"})",
                            "application/json", {{"X-Ticket-Sharing-Token", agreementUuid + ":" + key}});
        };
        QCOMPARE(unknown().status, 404);
    }

    void theSameShareSentSeveralTimesAtOnceMakesOneTicket()
    {
        // A partner that timed out waiting sends its share again while the first is still being stored.
        const std::string uuid(40, 'c');
        auto share = json(R"({"subject":"Sent again at once","requested_at":"2026-12-07 09:00:00 +0000",
            "status":"open","requester":{"uuid":"r-once","name":"Ruth Once"},"comments":[{"uuid":
            "cccccccccccccccccccccccccccccccccccccc01","author":{"uuid":"r-once","name":"Ruth Once"},
            "body":"Stored once, however often sent.","authored_at":"2026-12-07 09:00:00 +0000"}]})");
        share->set("uuid", uuid);
        const auto body = toJsonText(share);
        const auto token = wireToken(*m_a, m_full);
        std::vector<int> statuses(4, 0);
        std::vector<std::thread> senders;
        for (std::size_t i = 0; i < statuses.size(); ++i)
            senders.emplace_back([&, i] {
                statuses[i] = ApiClient(m_b->port())
                                  .send("POST", "/sharing/tickets/" + uuid, body, "application/json",
                                        {{"X-Ticket-Sharing-Token", token}})
                                  .status;
            });
        for (auto &sender : senders)
            sender.join();
        // One creates the ticket; the others, waiting behind it, apply to it (as a retried share does).
        QCOMPARE(std::count(statuses.begin(), statuses.end(), 201), 1L);
        QCOMPARE(std::count(statuses.begin(), statuses.end(), 200), 3L);
        QCOMPARE(m_b->scalar("SELECT count(*) FROM tickets WHERE title = 'Sent again at once'"), 1LL);
        QCOMPARE(articlesOnDesk(*m_b, "Stored once, however often sent."), 1LL);
    }

    void theWalkthroughShareIsTakenAsAnotherPeerSendsIt()
    {
        // nhd.md 1.5, as the walkthrough (and RT) send it: text/x-json, no roles, no `public`.
        const std::string uuid = "8c0c8a19a3c598be24047eee940c7ce4c259d1bb";
        auto share = json(R"({"uuid":"8c0c8a19a3c598be24047eee940c7ce4c259d1bb","subject":"Trial expiry time mismatch",
 "requested_at":"2010-11-24 14:13:54 -0800","status":"open",
 "requester":{"uuid":"9b80c133a40fdd3bf6f8b7a9d4cda0e4aa3a615e","name":"Joe User"},
 "comments":[{"uuid":"59e8c53b6b8b0e1d3c0e2e1ab1b1a6bd2e4aecd2","author":{"uuid":"9b80c133a40fdd3bf6f8b7a9d4cda0e4aa3a615e","name":"Joe User"},
              "body":"Hello Company Support, I would like some help.","authored_at":"2010-11-24 14:13:54 -0800"},
             {"uuid":"4a7542fc4dc0b56b2b1e45e3d2d43a3e5c1cfc87","author":{"uuid":"127fabf8c9b7de3b7c2ab1b5d4c93f19b30b8116","name":"Agent Smith"},
              "body":"Hello Joe, How can I help you?","authored_at":"2010-11-24 14:25:23 -0800"}]})");
        auto agreementUuid = m_a->text("SELECT uuid FROM sharing_agreements WHERE id = " + str(m_full));
        auto key = helpdesk::domain::secrets::open(
            m_a->text("SELECT access_key FROM sharing_agreements WHERE id = " + str(m_full)));
        ApiClient raw(m_b->port());
        auto posted = raw.send("POST", "/sharing/tickets/" + uuid, toJsonText(share), "text/x-json",
                               {{"X-Ticket-Sharing-Token", agreementUuid + ":" + key}});
        QCOMPARE(posted.status, 201);
        auto copy = copyOf(*m_b, uuid);
        QVERIFY(copy > 0);
        auto ticket = m_b->as("alphaFull").get(ticketPath(copy)).object("ticket");
        QCOMPARE(ticket->getValue<std::string>("title"), std::string("Trial expiry time mismatch"));
        QCOMPARE(ticket->getValue<std::string>("state_type"), std::string("open"));
        QCOMPARE(m_b->text("SELECT name FROM users WHERE id = " + str(ticket->getValue<std::int64_t>("customer_id"))),
                 std::string("Joe User"));
        auto list = articles(*m_b, copy);
        QCOMPARE(int(list->size()), 2);
        QCOMPARE(list->getObject(0)->getValue<std::string>("sender"), std::string("customer"));
        QVERIFY2(list->getObject(1)->getValue<std::string>("sender") == "agent", "Agent Smith is not the requester");
        QVERIFY2(!list->getObject(0)->getValue<bool>("internal") && !list->getObject(1)->getValue<bool>("internal"),
                 "a comment that does not say is public");
        // Sent again (a retry): nothing doubles.
        QCOMPARE(raw.send("POST", "/sharing/tickets/" + uuid, toJsonText(share), "text/x-json",
                          {{"X-Ticket-Sharing-Token", agreementUuid + ":" + key}})
                     .status,
                 200);
        QCOMPARE(int(articles(*m_b, copy)->size()), 2);
    }

    void unsharingStopsTheSyncAndLeavesTheTicket()
    {
        auto id = m_a->openTicket("Alpha", "carol", "Parting ways");
        auto copy = shareFromA(id, m_full);
        QVERIFY(copy > 0);
        QCOMPARE(m_a->as("alphaFull").del(ticketPath(id, "/shares/" + str(m_full))).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(shareOf(*m_b, copy)->getValue<std::string>("state"), std::string("unshared"), 20000);
        addArticle(*m_a, id, R"({"channel":"phone_in","body_text":"After the unshare.","internal":false})");
        QVERIFY(outboxesDrained());
        QCOMPARE(articlesWith(*m_b, copy, "After the unshare."), 0);
        QCOMPARE(m_b->as("alphaFull").get(ticketPath(copy)).status, 200); // the ticket stays
        QCOMPARE(m_a->as("alphaFull").del(ticketPath(id, "/shares/" + str(m_full))).status, 404);
        // The partner may no longer read the ticket either (nor what came after the unshare).
        const auto uuid = m_a->text("SELECT uuid FROM ticket_shares WHERE ticket_id = " + str(id));
        auto read = ApiClient(m_a->port())
                        .send("GET", "/sharing/tickets/" + uuid, "", "application/json",
                              {{"X-Ticket-Sharing-Token", wireToken(*m_b, idOnPartner(*m_a, m_full, *m_b))}});
        QCOMPARE(read.status, 404);
        QVERIFY2(read.raw.find("After the unshare.") == std::string::npos, read.raw.c_str());
        QVERIFY2(read.raw.find("Parting ways") == std::string::npos, read.raw.c_str());
        // Nor share it with itself again: only A, whose ticket it is, may.
        auto back = json(R"({"subject":"Parting ways","comments":[{"uuid":"5555555555555555555555555555555555555555",
            "author":{"uuid":"b7","name":"Agent on B","role":"agent"},"body":"Let me back in.","public":false,
            "authored_at":"2026-12-07 09:00:00 +0000"}]})");
        back->set("uuid", uuid);
        QCOMPARE(ApiClient(m_a->port())
                     .send("POST", "/sharing/tickets/" + uuid, toJsonText(back), "application/json",
                           {{"X-Ticket-Sharing-Token", wireToken(*m_b, idOnPartner(*m_a, m_full, *m_b))}})
                     .status,
                 404);
        QCOMPARE(shareOf(*m_a, id)->getValue<std::string>("state"), std::string("unshared"));
        QCOMPARE(articlesWith(*m_a, id, "Let me back in."), 0);
    }

    void staffSeeWhoATicketIsSharedWithAndCustomersDoNot()
    {
        auto id = m_a->openTicket("Alpha", "carol", "Shown as shared");
        auto alone = m_a->openTicket("Alpha", "carol", "Not shared at all");
        auto copy = shareFromA(id, m_full);
        QVERIFY(copy > 0);
        auto agent = m_a->as("alphaFull");
        // The agent's ticket names the partner (the host of the desk we invited) and the state.
        QTRY_COMPARE_WITH_TIMEOUT(partnersOf(agent.get(ticketPath(id)).object("ticket")),
                                  std::string("127.0.0.1 outbound in_sync"), 20000);
        auto share = agent.get(ticketPath(id)).object("ticket")->getArray("shared_with")->getObject(0);
        QCOMPARE(share->getValue<std::int64_t>("agreement_id"), m_full);
        QCOMPARE(partnersOf(agent.get(ticketPath(alone)).object("ticket")), std::string(""));
        // The inbox's list has it too, each ticket with its own partners.
        auto page = agent.get("/api/v1/tickets?after_id=" + str(id - 1) + "&limit=2").array("tickets");
        QVERIFY(page && page->size() == 2);
        QCOMPARE(page->getObject(0)->getValue<std::int64_t>("id"), id);
        QCOMPARE(partnersOf(page->getObject(0)), std::string("127.0.0.1 outbound in_sync"));
        QCOMPARE(page->getObject(1)->getValue<std::int64_t>("id"), alone);
        QCOMPARE(partnersOf(page->getObject(1)), std::string(""));
        // On the partner desk the copy names who shared it with us (the name they invited under).
        QCOMPARE(partnersOf(m_b->as("alphaFull").get(ticketPath(copy)).object("ticket")),
                 "Desk on " + str(m_a->port()) + " inbound in_sync");

        // The customer sees the ticket, but not that it is shared, neither alone nor in a list.
        auto customer = m_a->as("carol");
        auto theirs = customer.get(ticketPath(id));
        QCOMPARE(theirs.status, 200);
        QCOMPARE(partnersOf(theirs.object("ticket")), std::string("-"));
        auto list = customer.get("/api/v1/tickets?limit=1000").array("tickets");
        bool listed = false;
        for (unsigned i = 0; list && i < list->size(); ++i) {
            listed = listed || list->getObject(i)->getValue<std::int64_t>("id") == id;
            QCOMPARE(partnersOf(list->getObject(i)), std::string("-"));
        }
        QVERIFY2(listed, "the customer's list has the shared ticket");
    }

    void shareChangesArriveLiveOnBothDesksAndNotAtTheCustomer()
    {
        auto watcherA = subscribed(*m_a, "alphaRead");
        auto watcherB = subscribed(*m_b, "alphaFull");
        auto customer = subscribed(*m_a, "carol");
        QVERIFY(watcherA && watcherB && customer);
        auto id = m_a->openTicket("Alpha", "carol", "Watched while shared");
        auto copy = shareFromA(id, m_full);
        QVERIFY(copy > 0);
        const std::string inSync = "127.0.0.1 outbound in_sync";
        QVERIFY2(watcherA->waitForEvents(
                     [&](const std::vector<JsonObject> &events) { return endsWith(shareEventsOf(events, id), inSync); },
                     std::chrono::seconds(20)),
                 "A's agent hears the share answered");
        QCOMPARE(shareEventsOf(watcherA->events(), id).front(), std::string("127.0.0.1 outbound pending"));
        const auto fromA = "Desk on " + str(m_a->port()) + " inbound in_sync";
        QVERIFY2(watcherB->waitForEvents([&](const std::vector<JsonObject> &events) {
            return endsWith(shareEventsOf(events, copy), fromA);
        }),
                 "B's agent hears the ticket arrive shared");

        // B refuses A's requests for a while: the share is failing, with B's reason.
        const auto onB = "FROM sharing_agreements WHERE uuid = " +
                         sqlText(m_a->text("SELECT uuid FROM sharing_agreements WHERE id = " + str(m_full)));
        m_b->exec("UPDATE sharing_agreements SET status = 'declined' " + onB.substr(onB.find("WHERE")));
        addArticle(*m_a, id, R"({"channel":"note","body_text":"Refused by B.","internal":true})");
        QVERIFY2(watcherA->waitForEvents(
                     [&](const std::vector<JsonObject> &events) {
                         auto said = shareEventsOf(events, id);
                         return !said.empty() && said.back().rfind("127.0.0.1 outbound failing (", 0) == 0;
                     },
                     std::chrono::seconds(20)),
                 "A's agent hears the share failing");
        const auto failing = shareEventsOf(watcherA->events(), id).back();
        QVERIFY2(failing.find("declined") != std::string::npos, failing.c_str());
        QCOMPARE(partnersOf(m_a->as("alphaFull").get(ticketPath(id)).object("ticket")), failing);
        QCOMPARE(shareOf(*m_a, id)->getValue<std::string>("sync_state"), std::string("failing"));

        // B takes them again: the next change gets through and the share is back in sync.
        m_b->exec("UPDATE sharing_agreements SET status = 'accepted' " + onB.substr(onB.find("WHERE")));
        addArticle(*m_a, id, R"({"channel":"note","body_text":"Accepted by B again.","internal":true})");
        QVERIFY2(watcherA->waitForEvents(
                     [&](const std::vector<JsonObject> &events) { return endsWith(shareEventsOf(events, id), inSync); },
                     std::chrono::seconds(20)),
                 "A's agent hears the share back in sync");
        QTRY_COMPARE_WITH_TIMEOUT(articlesWith(*m_b, copy, "Accepted by B again."), 1, 20000);

        // Stopped: both desks hear that the ticket is shared with nobody now.
        QCOMPARE(m_a->as("alphaFull").del(ticketPath(id, "/shares/" + str(m_full))).status, 200);
        QVERIFY(watcherA->waitForEvents(
            [&](const std::vector<JsonObject> &events) { return endsWith(shareEventsOf(events, id), ""); }));
        QVERIFY2(watcherB->waitForEvents(
                     [&](const std::vector<JsonObject> &events) { return endsWith(shareEventsOf(events, copy), ""); },
                     std::chrono::seconds(20)),
                 "B's agent hears the share stopped");

        // The customer hears of their ticket (a public answer) but never of its sharing.
        addArticle(*m_a, id, R"({"channel":"phone_in","body_text":"Public after all that.","internal":false})");
        QVERIFY(customer->waitForEvents([&](const std::vector<JsonObject> &events) {
            for (const auto &e : events)
                if (e->getValue<std::string>("kind") == "article.created" &&
                    e->optValue<std::int64_t>("ticket_id", 0) == id)
                    return true;
            return false;
        }));
        QVERIFY(shareEventsOf(customer->events(), id).empty());
        for (const auto &e : customer->events())
            QVERIFY2(e->getValue<std::string>("kind") != "ticket_share.changed", "no share event for customers");
    }

    void theOtherDeskSharesItsOwnTicketBack()
    {
        auto id = m_b->openTicket("Alpha", "erin", "From desk B");
        addArticle(*m_b, id, R"({"channel":"phone_in","body_text":"Started on B.","internal":false})");
        auto body = json("{}");
        body->set("agreement_id", m_reverse);
        auto shared = m_b->as("alphaFull").post(ticketPath(id, "/shares"), body);
        QCOMPARE(shared.status, 201);
        auto uuid = shared.object("share")->getValue<std::string>("uuid");
        std::int64_t copy = 0;
        QVERIFY(
            waitUntil([&] { return (copy = copyOf(*m_a, uuid)) > 0; }, std::chrono::seconds(20), "B's ticket on A"));
        QCOMPARE(articlesWith(*m_a, copy, "Started on B."), 1);
        addArticle(*m_a, copy, R"({"channel":"note","body_text":"A looked at it.","internal":true})");
        QTRY_COMPARE_WITH_TIMEOUT(articlesWith(*m_b, id, "A looked at it.", 1), 1, 20000);
        // Sharing under an agreement the desk did not send is refused.
        body->set("agreement_id", m_full);
        auto other = m_b->as("alphaFull").post(ticketPath(id, "/shares"), body);
        QCOMPARE(other.status, 422);
    }
    void endingAnAgreementTellsBothDesksItsTicketsAreNoLongerShared()
    {
        auto id = m_a->openTicket("Alpha", "dave", "Shared until the end");
        auto copy = shareFromA(id, m_partial);
        QVERIFY(copy > 0);
        QTRY_COMPARE_WITH_TIMEOUT(partnersOf(m_a->as("alphaFull").get(ticketPath(id)).object("ticket")),
                                  std::string("127.0.0.1 outbound in_sync"), 20000);
        auto watcherA = subscribed(*m_a, "alphaRead");
        auto watcherB = subscribed(*m_b, "alphaFull");
        QVERIFY(watcherA && watcherB);
        QCOMPARE(
            m_a->as("admin").post("/api/v1/sharing/agreements/" + str(m_partial) + "/deactivate", json("{}")).status,
            200);
        QVERIFY2(watcherA->waitForEvents(
                     [&](const std::vector<JsonObject> &events) { return endsWith(shareEventsOf(events, id), ""); }),
                 "A's agent hears the ticket is no longer shared");
        QCOMPARE(partnersOf(m_a->as("alphaFull").get(ticketPath(id)).object("ticket")), std::string(""));
        QVERIFY2(watcherB->waitForEvents(
                     [&](const std::vector<JsonObject> &events) { return endsWith(shareEventsOf(events, copy), ""); },
                     std::chrono::seconds(20)),
                 "B's agent hears it when B learns the agreement ended");
        QCOMPARE(partnersOf(m_b->as("alphaFull").get(ticketPath(copy)).object("ticket")), std::string(""));
    }
};

QTEST_GUILESS_MAIN(TestSharingTickets)
#include "tst_sharing_tickets.moc"
