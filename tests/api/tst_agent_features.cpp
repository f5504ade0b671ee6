// What the agent client's new features ask of the server (issue 18), checked as an agent would:
// the inbox's fields of a ticket (how it was opened, the start of its last public message, the
// minutes spent on it), the organization's other tickets, splitting an article into a new ticket,
// time accounting per group, @mentions in internal notes, absence with a substitute, notification
// preferences and the acknowledgement of phone tickets.

#include "support/Desk.h"
#include "support/MailLinks.h"
#include "support/SmtpSink.h"
#include "support/WaitUntil.h"

#include <QtTest>

#include <memory>

using namespace helpdesk::test;
using helpdesk::protocol::JsonArray;
using helpdesk::protocol::JsonObject;
using helpdesk::protocol::newObject;

namespace {
std::string str(std::int64_t value)
{
    return std::to_string(value);
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}
} // namespace

class TestAgentFeatures : public QObject
{
    Q_OBJECT

    std::unique_ptr<SmtpSink> m_sink;
    std::unique_ptr<Desk> m_desk;
    int m_serial = 0;

    std::string unique(const std::string &what) { return what + "-" + str(++m_serial); }

    std::string ticketPath(std::int64_t id, const std::string &rest = {})
    {
        return "/api/v1/tickets/" + str(id) + rest;
    }

    /// A ticket alphaFull opens in Alpha for `customer` with a first article of `channel`.
    JsonObject openWith(const std::string &channel, const std::string &text, const std::string &customer = "carol",
                        const std::string &title = "Help")
    {
        auto body = newObject();
        body->set("title", title);
        body->set("group_id", m_desk->alpha());
        body->set("customer_id", m_desk->userId(customer));
        auto article = newObject();
        article->set("channel", channel);
        article->set("body_text", text);
        body->set("article", article);
        auto r = m_desk->as("alphaFull").post("/api/v1/tickets", body);
        if (r.status != 201)
            qFatal("opening a %s ticket: %s", channel.c_str(), r.raw.c_str());
        return r.object("ticket");
    }

    ApiResponse write(const std::string &who, std::int64_t ticket, const std::string &fields)
    {
        return m_desk->as(who).post(ticketPath(ticket, "/articles"), json(fields));
    }

    JsonObject ticketAs(const std::string &who, std::int64_t id)
    {
        return m_desk->as(who).get(ticketPath(id)).object("ticket");
    }

    /// The mails `address` received, as raw text.
    std::vector<std::string> mailTextsTo(const std::string &address)
    {
        std::vector<std::string> out;
        for (const auto &mail : mailsTo(*m_sink, address))
            out.push_back(textOf(mail));
        return out;
    }

    /// How many mails to `address` contain `part`, once the mail queued so far was sent.
    int mailsContaining(const std::string &address, const std::string &part)
    {
        if (!m_desk->waitUntilMailSettled())
            qFatal("mail did not settle");
        int n = 0;
        for (const auto &text : mailTextsTo(address))
            n += contains(text, part) ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase()
    {
        m_sink = std::make_unique<SmtpSink>();
        m_sink->start();
        m_desk = std::make_unique<Desk>();
        m_desk->useSmtp(m_sink->port());
        auto settings = json(R"({"system_address":"helpdesk@desk.example","noreply_address":"noreply@desk.example",
            "message_id_domain":"desk.example","auto_reply_limit_per_hour":1000})");
        QCOMPARE(m_desk->as("admin").patch("/api/v1/settings/mail", settings).status, 200);
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_sink.reset();
    }

    // 1. The inbox's fields.
    void aTicketSaysHowItWasOpenedAndPreviewsItsLastPublicMessage()
    {
        auto ticket = openWith("phone_in", "Carol called:   the printer\n\n jams again.");
        const auto id = ticket->getValue<std::int64_t>("id");
        QCOMPARE(ticket->getValue<std::string>("created_via"), std::string("phone_in"));
        QCOMPARE(ticket->getValue<std::string>("preview"), std::string("Carol called: the printer jams again."));

        // The customer's reply quotes the agent: the preview is what she wrote, not what she quoted.
        QCOMPARE(
            write("carol", id,
                  R"({"body_text":"Still broken, sorry.\n\nOn Mon, 7 Dec 2026, Alex wrote:\n> Try again\n> please"})")
                .status,
            201);
        auto listed = m_desk->as("alphaFull").get("/api/v1/tickets?customer_id=" + str(m_desk->userId("carol")));
        JsonObject mine;
        for (unsigned i = 0; i < listed.array("tickets")->size(); ++i)
            if (listed.array("tickets")->getObject(i)->getValue<std::int64_t>("id") == id)
                mine = listed.array("tickets")->getObject(i);
        QVERIFY(mine);
        QCOMPARE(mine->getValue<std::string>("preview"), std::string("Still broken, sorry."));
        QCOMPARE(mine->getValue<std::string>("created_via"), std::string("phone_in"));

        // An internal note is no public message: the preview stays.
        QCOMPARE(write("alphaFull", id, R"({"channel":"note","body_text":"Ordered a new drum"})").status, 201);
        QCOMPARE(ticketAs("alphaFull", id)->getValue<std::string>("preview"), std::string("Still broken, sorry."));

        // At most 200 characters.
        QCOMPARE(write("carol", id, R"({"body_text":")" + std::string(300, 'x') + R"("})").status, 201);
        QCOMPARE(ticketAs("alphaFull", id)->getValue<std::string>("preview"), std::string(200, 'x'));

        auto outbound = openWith("phone_out", "We called Carol back.");
        QCOMPARE(outbound->getValue<std::string>("created_via"), std::string("phone_out"));
    }

    void theOrganizationsOtherTicketsAreListedByOrganization()
    {
        // carol and dave are in Acme; erin is in none.
        auto carols = openWith("phone_in", "Acme's first", "carol")->getValue<std::int64_t>("id");
        auto daves = openWith("phone_in", "Acme's second", "dave")->getValue<std::int64_t>("id");
        auto erins = openWith("phone_in", "Not Acme's", "erin")->getValue<std::int64_t>("id");
        auto r = m_desk->as("alphaFull").get("/api/v1/tickets?limit=1000&organization_id=" + str(m_desk->acme()));
        QCOMPARE(r.status, 200);
        std::set<std::int64_t> ids;
        for (unsigned i = 0; i < r.array("tickets")->size(); ++i) {
            auto t = r.array("tickets")->getObject(i);
            QCOMPARE(t->getValue<std::int64_t>("organization_id"), m_desk->acme());
            ids.insert(t->getValue<std::int64_t>("id"));
        }
        QVERIFY(ids.count(carols));
        QVERIFY(ids.count(daves));
        QVERIFY(!ids.count(erins));
    }

    // 3. Split.
    void anArticleSplitsIntoANewTicketWithItsAttachments()
    {
        auto agent = m_desk->as("alphaFull");
        auto id = openWith("email", "First question", "carol", "Two questions")->getValue<std::int64_t>("id");
        auto upload = m_desk->as("carol").send("POST", "/api/v1/attachments?filename=screen.png", "PNG bytes of carol",
                                               "image/png");
        QCOMPARE(upload.status, 201);
        auto sha = upload.object("attachment")->getValue<std::string>("sha256");
        auto second = write(
            "carol", id,
            R"({"subject":"And the scanner","body_text":"The scanner is broken too.","attachments":[{"sha256":")" +
                sha + R"(","filename":"screen.png","content_type":"image/png"}]})");
        QCOMPARE(second.status, 201);
        auto articleId = second.object("article")->getValue<std::int64_t>("id");
        QVERIFY(m_desk->waitUntilMailSettled());
        const auto mailsBefore = mailsTo(*m_sink, "carol@test.example").size();

        // Only an article of this ticket.
        auto wrong = agent.post(ticketPath(id, "/split"), json(R"({"article_id":999999999})"));
        QCOMPARE(wrong.status, 422);
        QCOMPARE(wrong.errorField(), std::string("article_id"));
        // A customer cannot split.
        QCOMPARE(
            m_desk->as("carol").post(ticketPath(id, "/split"), json(R"({"article_id":)" + str(articleId) + "}")).status,
            403);

        auto split = agent.post(ticketPath(id, "/split"), json(R"({"article_id":)" + str(articleId) + "}"));
        QCOMPARE(split.status, 201);
        auto ticket = split.object("ticket");
        auto newId = ticket->getValue<std::int64_t>("id");
        QVERIFY(newId != id);
        QCOMPARE(ticket->getValue<std::string>("title"), std::string("And the scanner"));
        QCOMPARE(ticket->getValue<std::int64_t>("customer_id"), m_desk->userId("carol"));
        QCOMPARE(ticket->getValue<std::string>("preview"), std::string("The scanner is broken too."));

        // The copy carries the attachment, which the customer can download from her new ticket.
        auto articles = m_desk->as("carol").get(ticketPath(newId, "/articles")).array("articles");
        QCOMPARE(articles->size(), 1u);
        auto copy = articles->getObject(0);
        QCOMPARE(copy->getValue<std::string>("body_text"), std::string("The scanner is broken too."));
        QCOMPARE(copy->getValue<std::string>("sender"), std::string("customer"));
        QCOMPARE(copy->getArray("attachments")->size(), 1u);
        QCOMPARE(copy->getArray("attachments")->getObject(0)->getValue<std::string>("sha256"), sha);
        auto download = m_desk->as("carol").get("/api/v1/attachments/" + sha);
        QCOMPARE(download.status, 200);
        QCOMPARE(download.raw, std::string("PNG bytes of carol"));

        // Linked both ways, with a history row on each.
        auto links = agent.get(ticketPath(id, "/links")).array("links");
        bool linked = false;
        for (unsigned i = 0; i < links->size(); ++i) {
            auto l = links->getObject(i);
            linked |= l->getValue<std::int64_t>("source_id") == newId && l->getValue<std::int64_t>("target_id") == id &&
                      l->getValue<std::string>("kind") == "related";
        }
        QVERIFY(linked);
        auto fieldsOf = [&](std::int64_t ticketId) {
            std::set<std::string> fields;
            auto history = agent.get(ticketPath(ticketId, "/history")).array("history");
            for (unsigned i = 0; i < history->size(); ++i)
                fields.insert(history->getObject(i)->getValue<std::string>("field"));
            return fields;
        };
        QVERIFY(fieldsOf(id).count("split_into"));
        QVERIFY(fieldsOf(newId).count("split_from"));
        // The original keeps its articles.
        QCOMPARE(ticketAs("alphaFull", id)->getValue<int>("article_count"), 2);
        // No mail to the customer about the new ticket.
        QVERIFY(m_desk->waitUntilMailSettled());
        QCOMPARE(mailsTo(*m_sink, "carol@test.example").size(), mailsBefore);

        // A subject longer than a title may be is cut to 500 characters for the new ticket's title.
        const std::string longSubject(600, 'S');
        auto longOne = write("carol", id, R"({"subject":")" + longSubject + R"(","body_text":"Long subject"})");
        QCOMPARE(longOne.status, 201);
        auto longSplit =
            agent.post(ticketPath(id, "/split"),
                       json(R"({"article_id":)" + str(longOne.object("article")->getValue<std::int64_t>("id")) + "}"));
        QVERIFY2(longSplit.status == 201, longSplit.raw.c_str());
        QCOMPARE(longSplit.object("ticket")->getValue<std::string>("title"), std::string(500, 'S'));

        // A copied agent reply is no first response of the new ticket.
        auto reply = write("alphaFull", id, R"({"channel":"phone_out","body_text":"Called back"})");
        QCOMPARE(reply.status, 201);
        auto replySplit =
            agent.post(ticketPath(id, "/split"),
                       json(R"({"article_id":)" + str(reply.object("article")->getValue<std::int64_t>("id")) + "}"));
        QCOMPARE(replySplit.status, 201);
        const auto replyCopyTicket = replySplit.object("ticket")->getValue<std::int64_t>("id");
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM tickets WHERE first_response_at IS NULL AND id = " +
                                str(replyCopyTicket)),
                 1);
    }

    // 4. Time accounting.
    void requiredTimeAccountingRefusesAnArticleWithoutMinutes()
    {
        auto admin = m_desk->as("admin");
        auto group = admin.post("/api/v1/groups", json(R"({"name":"Timed","time_accounting":"required"})"));
        QCOMPARE(group.status, 201);
        QCOMPARE(group.object("group")->getValue<std::string>("time_accounting"), std::string("required"));
        auto groupId = group.object("group")->getValue<std::int64_t>("id");
        QCOMPARE(admin.patch("/api/v1/groups/" + str(groupId), json(R"({"time_accounting":"sometimes"})")).status, 422);
        QCOMPARE(admin
                     .put("/api/v1/groups/" + str(groupId) + "/members/" + str(m_desk->userId("alphaFull")),
                          json(R"({"access":"full"})"))
                     .status,
                 200);
        auto opened = m_desk->as("alphaFull")
                          .post("/api/v1/tickets", json(R"({"title":"Timed","group_id":)" + str(groupId) +
                                                        R"(,"customer_id":)" + str(m_desk->userId("carol")) + "}"));
        QCOMPARE(opened.status, 201);
        auto id = opened.object("ticket")->getValue<std::int64_t>("id");

        auto without = write("alphaFull", id, R"({"channel":"note","body_text":"Looked at it"})");
        QCOMPARE(without.status, 422);
        QCOMPARE(without.errorField(), std::string("time_spent_minutes"));
        QCOMPARE(write("alphaFull", id, R"({"channel":"note","body_text":"x","time_spent_minutes":1441})").errorField(),
                 std::string("time_spent_minutes"));
        // Customers account nothing.
        QCOMPARE(write("carol", id, R"({"body_text":"Thanks","time_spent_minutes":5})").status, 422);

        auto first = write("alphaFull", id, R"({"channel":"note","body_text":"Looked at it","time_spent_minutes":15})");
        QCOMPARE(first.status, 201);
        QCOMPARE(first.object("article")->getValue<int>("time_spent_minutes"), 15);
        QCOMPARE(write("alphaFull", id, R"({"channel":"phone_out","body_text":"Called her","time_spent_minutes":10})")
                     .status,
                 201);
        QCOMPARE(ticketAs("alphaFull", id)->getValue<int>("time_spent_minutes"), 25);

        auto time = m_desk->as("alphaFull").get(ticketPath(id, "/time"));
        QCOMPARE(time.status, 200);
        QCOMPARE(time.body->getValue<int>("total_minutes"), 25);
        auto entries = time.array("entries");
        QCOMPARE(entries->size(), 2u);
        QCOMPARE(entries->getObject(0)->getValue<int>("minutes"), 15);
        QCOMPARE(entries->getObject(0)->getValue<std::int64_t>("agent_id"), m_desk->userId("alphaFull"));
        QVERIFY(!entries->getObject(0)->getValue<std::string>("agent_name").empty());

        // The customer sees neither the ticket's minutes nor the reply's, nor the time list.
        QVERIFY(!ticketAs("carol", id)->has("time_spent_minutes"));
        auto articles = m_desk->as("carol").get(ticketPath(id, "/articles")).array("articles");
        for (unsigned i = 0; i < articles->size(); ++i)
            QVERIFY(!articles->getObject(i)->has("time_spent_minutes"));
        QCOMPARE(m_desk->as("carol").get(ticketPath(id, "/time")).status, 403);

        // Only a person signed in is asked for minutes: an integration's token writes without them.
        ApiClient integration(m_desk->port());
        integration.setToken(m_desk->integrationToken(m_desk->addIntegration(unique("Sync")), "alphaFull"));
        auto synced = integration.post(ticketPath(id, "/articles"), json(R"({"channel":"note","body_text":"Synced"})"));
        QVERIFY2(synced.status == 201, synced.raw.c_str());

        // Merged, the minutes move with the articles and are counted once.
        auto other = m_desk->as("alphaFull")
                         .post("/api/v1/tickets", json(R"({"title":"Timed too","group_id":)" + str(groupId) +
                                                       R"(,"customer_id":)" + str(m_desk->userId("carol")) + "}"));
        QCOMPARE(other.status, 201);
        const auto otherId = other.object("ticket")->getValue<std::int64_t>("id");
        auto merged =
            m_desk->as("alphaFull").post(ticketPath(id, "/merge"), json(R"({"into_id":)" + str(otherId) + "}"));
        QVERIFY2(merged.status == 200, merged.raw.c_str());
        QCOMPARE(ticketAs("alphaFull", otherId)->getValue<int>("time_spent_minutes"), 25);
        QCOMPARE(ticketAs("alphaFull", id)->getValue<int>("time_spent_minutes"), 0);
    }

    // 5. Mentions.
    void aMentionedAgentIsToldByEventAndMailAndNobodyElseIs()
    {
        auto id = openWith("phone_in", "Invoice question")->getValue<std::int64_t>("id");
        const auto before = m_desk->scalar("SELECT coalesce(max(seq), 0) FROM events");
        const auto read = str(m_desk->userId("alphaRead"));

        // Only an agent's internal note mentions, and only colleagues who may read the ticket.
        auto publicReply =
            write("alphaFull", id, R"({"channel":"phone_out","body_text":"Called","mentions":[)" + read + "]}");
        QCOMPARE(publicReply.status, 422);
        QCOMPARE(publicReply.errorField(), std::string("mentions"));
        auto outsider = write("alphaFull", id,
                              R"({"channel":"note","body_text":"x","mentions":[)" + read + "," +
                                  str(m_desk->userId("betaFull")) + "]}");
        QCOMPARE(outsider.status, 422);
        QCOMPARE(outsider.errorField(), std::string("mentions[1]"));
        QCOMPARE(write("alphaFull", id,
                       R"({"channel":"note","body_text":"x","mentions":[)" + str(m_desk->userId("carol")) + "]}")
                     .errorField(),
                 std::string("mentions[0]"));
        std::string many;
        for (int i = 1; i <= 51; ++i)
            many += (many.empty() ? "" : ",") + str(i);
        auto tooMany = write("alphaFull", id, R"({"channel":"note","body_text":"x","mentions":[)" + many + "]}");
        QCOMPARE(tooMany.status, 422);
        QCOMPARE(tooMany.errorField(), std::string("mentions"));

        const std::string note = unique("Could you check the invoice");
        // Named twice, told once.
        auto made = write("alphaFull", id,
                          R"({"channel":"note","body_text":")" + note + R"(","mentions":[)" + read + "," + read + "]}");
        QCOMPARE(made.status, 201);
        const auto articleId = made.object("article")->getValue<std::int64_t>("id");
        QVERIFY(m_desk->waitUntilEventsSettled());

        auto mentionsSeenBy = [&](const std::string &who) {
            std::vector<JsonObject> found;
            auto events = m_desk->as(who).get("/api/v1/events?limit=5000&after=" + str(before)).array("events");
            for (unsigned i = 0; i < events->size(); ++i)
                if (events->getObject(i)->getValue<std::string>("kind") == "ticket.mentioned")
                    found.push_back(events->getObject(i));
            return found;
        };
        auto mine = mentionsSeenBy("alphaRead");
        QCOMPARE(mine.size(), std::size_t(1));
        auto data = mine[0]->getObject("data");
        QCOMPARE(data->getValue<std::int64_t>("ticket_id"), id);
        QCOMPARE(data->getValue<std::int64_t>("article_id"), articleId);
        QCOMPARE(data->getValue<std::int64_t>("by"), m_desk->userId("alphaFull"));
        QVERIFY(!data->getValue<std::string>("by_name").empty());
        // Colleagues who may read the ticket, the writer and the customer are not told.
        QVERIFY(mentionsSeenBy("supervisor").empty());
        QVERIFY(mentionsSeenBy("alphaFull").empty());
        QVERIFY(mentionsSeenBy("admin").empty());
        QVERIFY(mentionsSeenBy("carol").empty());

        QCOMPARE(mailsContaining("alphaRead@test.example", note), 1);
        QCOMPARE(mailsContaining("supervisor@test.example", note), 0);
        QCOMPARE(mailsContaining("alphaFull@test.example", note), 0);

        // Mail of mentions turned off: the event still comes, the mail does not.
        auto off = m_desk->as("alphaRead").patch("/api/v1/me/notifications", json(R"({"mentioned":{"mail":false}})"));
        QCOMPARE(off.status, 200);
        const std::string second = unique("Another look please");
        QCOMPARE(
            write("alphaFull", id, R"({"channel":"note","body_text":")" + second + R"(","mentions":[)" + read + "]}")
                .status,
            201);
        QVERIFY(m_desk->waitUntilEventsSettled());
        QCOMPARE(mentionsSeenBy("alphaRead").size(), std::size_t(2));
        QCOMPARE(mailsContaining("alphaRead@test.example", second), 0);
        QCOMPARE(
            m_desk->as("alphaRead").patch("/api/v1/me/notifications", json(R"({"mentioned":{"mail":true}})")).status,
            200);
    }

    // 6. Absence with a substitute.
    void anAbsentOwnersFollowUpReachesTheSubstituteUntilTheOwnerIsBack()
    {
        auto id = openWith("phone_in", "Owned by alphaFull")->getValue<std::int64_t>("id");
        auto owner = m_desk->as("alphaFull");
        const auto ownerId = str(m_desk->userId("alphaFull"));
        QCOMPARE(owner.patch(ticketPath(id), json(R"({"owner_id":)" + ownerId + "}")).status, 200);

        // The substitute is another active agent.
        auto self = owner.patch("/api/v1/users/" + ownerId, json(R"({"absent":true,"substitute_id":)" + ownerId + "}"));
        QCOMPARE(self.status, 422);
        QCOMPARE(self.errorField(), std::string("substitute_id"));
        QCOMPARE(
            owner.patch("/api/v1/users/" + ownerId, json(R"({"substitute_id":)" + str(m_desk->userId("carol")) + "}"))
                .errorField(),
            std::string("substitute_id"));
        auto notATime = owner.patch("/api/v1/users/" + ownerId, json(R"({"absent_until":"next week"})"));
        QVERIFY2(notATime.errorField() == "absent_until", notATime.raw.c_str());
        // Only oneself (or an admin) marks absence.
        QCOMPARE(m_desk->as("alphaRead").patch("/api/v1/users/" + ownerId, json(R"({"absent":true})")).status, 403);

        auto away = owner.patch("/api/v1/users/" + ownerId,
                                json(R"({"absent":true,"absent_until":"2099-01-31T12:00:00Z","substitute_id":)" +
                                     str(m_desk->userId("alphaRead")) + "}"));
        QCOMPARE(away.status, 200);
        auto user = away.object("user");
        QCOMPARE(user->getValue<bool>("absent"), true);
        QVERIFY(contains(user->getValue<std::string>("absent_until"), "2099-01-31"));
        QCOMPARE(user->getValue<std::int64_t>("substitute_id"), m_desk->userId("alphaRead"));
        // Colleagues see it; a customer's own user object has no such fields.
        QCOMPARE(m_desk->as("alphaRead").get("/api/v1/users/" + ownerId).object("user")->getValue<bool>("absent"),
                 true);
        QVERIFY(
            !m_desk->as("carol").get("/api/v1/users/" + str(m_desk->userId("carol"))).object("user")->has("absent"));

        const std::string first = unique("While you were away");
        QCOMPARE(write("carol", id, R"({"body_text":")" + first + R"("})").status, 201);
        QCOMPARE(mailsContaining("alphaRead@test.example", first), 1);
        QCOMPARE(mailsContaining("alphaFull@test.example", first), 0);

        // The return date passes (moved into the past, as time would): the owner is back by itself.
        m_desk->exec("UPDATE users SET absent_until = now() - interval '1 minute' WHERE id = " + ownerId);
        QCOMPARE(m_desk->as("alphaRead").get("/api/v1/users/" + ownerId).object("user")->getValue<bool>("absent"),
                 false);
        const std::string second = unique("Back again");
        QCOMPARE(write("carol", id, R"({"body_text":")" + second + R"("})").status, 201);
        QCOMPARE(mailsContaining("alphaFull@test.example", second), 1);
        QCOMPARE(mailsContaining("alphaRead@test.example", second), 0);

        QCOMPARE(
            owner
                .patch("/api/v1/users/" + ownerId, json(R"({"absent":false,"absent_until":null,"substitute_id":null})"))
                .status,
            200);
    }

    void aSubstituteWhoCannotReadTheGroupGetsNoMailAndTheGroupDoes()
    {
        auto admin = m_desk->as("admin");
        const auto colleague = m_desk->addPerson("alpha-colleague@test.example", "agent");
        const auto stranger = m_desk->addPerson("beta-stranger@test.example", "agent");
        QCOMPARE(admin
                     .put("/api/v1/groups/" + str(m_desk->alpha()) + "/members/" + str(colleague),
                          json(R"({"access":"full"})"))
                     .status,
                 200);
        QCOMPARE(admin
                     .put("/api/v1/groups/" + str(m_desk->beta()) + "/members/" + str(stranger),
                          json(R"({"access":"full"})"))
                     .status,
                 200);
        auto id = openWith("phone_in", "Owned by alphaFull, substitute in Beta")->getValue<std::int64_t>("id");
        auto owner = m_desk->as("alphaFull");
        const auto ownerId = str(m_desk->userId("alphaFull"));
        QCOMPARE(owner.patch(ticketPath(id), json(R"({"owner_id":)" + ownerId + "}")).status, 200);
        QCOMPARE(
            owner.patch("/api/v1/users/" + ownerId, json(R"({"absent":true,"substitute_id":)" + str(stranger) + "}"))
                .status,
            200);

        const std::string text = unique("For Alpha only");
        QCOMPARE(write("carol", id, R"({"body_text":")" + text + R"("})").status, 201);
        QCOMPARE(mailsContaining("beta-stranger@test.example", text), 0);
        QCOMPARE(mailsContaining("alpha-colleague@test.example", text), 1);

        // "I am back" works after the stored substitute left.
        QCOMPARE(admin.patch("/api/v1/users/" + str(stranger), json(R"({"active":false})")).status, 200);
        auto back = owner.patch("/api/v1/users/" + ownerId, json(R"({"absent":false})"));
        QVERIFY2(back.status == 200, back.raw.c_str());
        QCOMPARE(back.object("user")->getValue<bool>("absent"), false);
        QCOMPARE(owner.patch("/api/v1/users/" + ownerId, json(R"({"substitute_id":null})")).status, 200);

        // Absence is for staff: a customer cannot mark it.
        auto customer =
            m_desk->as("carol").patch("/api/v1/users/" + str(m_desk->userId("carol")), json(R"({"absent":true})"));
        QCOMPARE(customer.status, 422);
        QCOMPARE(customer.errorField(), std::string("absent"));
        QCOMPARE(admin.patch("/api/v1/users/" + str(colleague), json(R"({"active":false})")).status, 200);
    }

    // 7. Notification settings.
    void notificationSettingsDefaultToTodaysMailAndTurnItOff()
    {
        auto agent = m_desk->as("alphaFull");
        auto r = agent.get("/api/v1/me/notifications");
        QCOMPARE(r.status, 200);
        auto settings = r.object("settings");
        for (const char *kind : {"new_ticket", "customer_reply", "assigned_to_me", "mentioned", "sla_warning"}) {
            QVERIFY2(settings->getObject(kind), kind);
            QCOMPARE(settings->getObject(kind)->getValue<bool>("desktop"), true);
            QCOMPARE(settings->getObject(kind)->getValue<bool>("mail"), true);
        }
        QCOMPARE(m_desk->as("carol").get("/api/v1/me/notifications").status, 403);
        auto unknown = agent.patch("/api/v1/me/notifications", json(R"({"birthdays":{"mail":true}})"));
        QCOMPARE(unknown.status, 422);
        QCOMPARE(unknown.errorField(), std::string("birthdays"));
        QCOMPARE(agent.patch("/api/v1/me/notifications", json(R"({"customer_reply":{"mail":"no"}})")).errorField(),
                 std::string("customer_reply.mail"));

        // The owner hears of a reply by mail by default, and not once they turn it off.
        auto id = openWith("phone_in", "Replies by mail")->getValue<std::int64_t>("id");
        const auto ownerId = str(m_desk->userId("alphaFull"));
        QCOMPARE(agent.patch(ticketPath(id), json(R"({"owner_id":)" + ownerId + "}")).status, 200);
        const std::string first = unique("First reply");
        QCOMPARE(write("carol", id, R"({"body_text":")" + first + R"("})").status, 201);
        QCOMPARE(mailsContaining("alphaFull@test.example", first), 1);

        auto off = agent.patch("/api/v1/me/notifications", json(R"({"customer_reply":{"mail":false}})"));
        QCOMPARE(off.status, 200);
        QCOMPARE(off.object("settings")->getObject("customer_reply")->getValue<bool>("mail"), false);
        QCOMPARE(off.object("settings")->getObject("customer_reply")->getValue<bool>("desktop"), true);
        QCOMPARE(agent.get("/api/v1/me/notifications")
                     .object("settings")
                     ->getObject("customer_reply")
                     ->getValue<bool>("mail"),
                 false);
        const std::string second = unique("Second reply");
        QCOMPARE(write("carol", id, R"({"body_text":")" + second + R"("})").status, 201);
        QCOMPARE(mailsContaining("alphaFull@test.example", second), 0);
        QCOMPARE(agent.patch("/api/v1/me/notifications", json(R"({"customer_reply":{"mail":true}})")).status, 200);
    }

    // 8. The acknowledgement of phone tickets.
    void aPhoneTicketsAcknowledgementSpeaksOfTheCall_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("says");
        QTest::newRow("an outbound call's ticket: following our call") << "phone_out"
                                                                       << "following our call, we opened ticket";
        QTest::newRow("an inbound call's ticket: we noted your call") << "phone_in"
                                                                      << "we noted your call as ticket";
    }

    void aPhoneTicketsAcknowledgementSpeaksOfTheCall()
    {
        QFETCH(QString, channel);
        QFETCH(QString, says);
        auto ticket = openWith(channel.toStdString(), "Talked about the printer", "dave");
        const auto number = str(ticket->getValue<std::int64_t>("number"));
        QVERIFY(m_desk->waitUntilMailSettled());
        std::vector<std::string> acknowledgements;
        for (const auto &text : mailTextsTo("dave@test.example"))
            if (contains(text, number))
                acknowledgements.push_back(text);
        QCOMPARE(acknowledgements.size(), std::size_t(1));
        QVERIFY2(contains(acknowledgements[0], says.toStdString()), acknowledgements[0].c_str());
        QVERIFY(!contains(acknowledgements[0], "thank you for your message"));
    }

    void aCustomersOwnTicketIsStillThankedForTheMessage()
    {
        auto body = json(R"({"title":"From the web","article":{"body_text":"My printer jams"}})");
        body->set("group_id", m_desk->alpha());
        auto r = m_desk->as("erin").post("/api/v1/tickets", body);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object("ticket")->getValue<std::string>("created_via"), std::string("web"));
        const auto number = str(r.object("ticket")->getValue<std::int64_t>("number"));
        QCOMPARE(mailsContaining("erin@test.example", "thank you for your message. We have opened ticket " + number),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestAgentFeatures)
#include "tst_agent_features.moc"
