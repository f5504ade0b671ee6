// Custom channels of integrations, end to end: the outside system opens cases and writes its end
// users' messages with its integration's token, and receives the agents' replies on a real HTTP
// server on loopback, verifying their signatures with the secret it was shown once and Poco's
// HMAC (not the server's code). The desk's outbound mail goes to a real SMTP sink, which must
// never see a channel's reply.
#include "support/Desk.h"
#include "support/SmtpSink.h"
#include "support/WebhookReceiver.h"

#include <QtTest>

#include <map>
#include <set>
#include <tuple>

using namespace helpdesk::test;
using helpdesk::protocol::JsonObject;

namespace {

std::string str(std::int64_t n)
{
    return std::to_string(n);
}

/// A channel as the admin made it, with the secret shown once.
struct Channel {
    std::int64_t id = 0;
    std::string secret;
    std::string path;
};

} // namespace

class TestCustomChannels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SmtpSink> m_smtp;
    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<WebhookReceiver> m_receiver;
    std::int64_t m_panelA = 0, m_panelB = 0; // two integrations
    std::string m_tokenA, m_tokenB;
    Channel m_chat;          // panel A's channel, into Alpha
    Channel m_other;         // panel B's channel, into Alpha too
    Channel m_deadEnd;       // panel A's channel whose receiver never answers well
    std::int64_t m_case = 0; // panel A's first case (external id case-1, end user u-1)
    // Panel A's case that panel B's token tries every ticket method on (foreignCaseFixture).
    std::int64_t m_target = 0;
    std::int64_t m_targetReply = 0; // the admin's public reply on it, carrying m_targetSha
    std::string m_targetSha;        // uploaded by the admin, not by the tokens' account
    std::int64_t m_plain = 0;       // an ordinary Alpha ticket that both tokens may change
    std::int64_t m_macro = 0;

    std::string urlOf(const std::string &path) const { return m_receiver->urlOf(path); }

    ApiClient token(const std::string &value)
    {
        ApiClient c(m_desk->port());
        c.setToken(value);
        return c;
    }
    ApiClient panelA() { return token(m_tokenA); }
    ApiClient panelB() { return token(m_tokenB); }

    Channel newChannel(std::int64_t integration, const std::string &name, const std::string &path)
    {
        auto body = helpdesk::protocol::newObject();
        body->set("name", name);
        body->set("url", urlOf(path));
        body->set("group_id", m_desk->alpha());
        auto created = m_desk->as("admin").post("/api/v1/integrations/" + str(integration) + "/channels", body);
        if (created.status != 201)
            qFatal("creating a channel answered %d: %s", created.status, created.raw.c_str());
        auto channel = created.object("channel");
        return {channel->getValue<std::int64_t>("id"), channel->getValue<std::string>("secret"), path};
    }

    /// Opens a case on `channel` as `as` for the end user `userJson`.
    ApiResponse openCase(ApiClient as, const Channel &channel, const std::string &userJson, const std::string &title,
                         const std::string &caseId, const std::string &messageId, const std::string &text)
    {
        auto body = json(R"({"user":)" + userJson + "}");
        body->set("title", title);
        body->set("body_text", text);
        if (!caseId.empty())
            body->set("external_id", caseId);
        if (!messageId.empty())
            body->set("message_external_id", messageId);
        return as.post("/api/v1/channels/" + str(channel.id) + "/tickets", body);
    }

    ApiResponse postMessage(ApiClient as, const Channel &channel, std::int64_t ticket, const std::string &userJson,
                            const std::string &messageId, const std::string &text)
    {
        auto body = json(R"({"user":)" + userJson + "}");
        body->set("body_text", text);
        if (!messageId.empty())
            body->set("external_id", messageId);
        return as.post("/api/v1/channels/" + str(channel.id) + "/tickets/" + str(ticket) + "/messages", body);
    }

    /// An agent's article on a ticket; its id (0 when refused).
    std::int64_t agentWrites(std::int64_t ticket, const std::string &bodyJson)
    {
        auto r = m_desk->as("alphaFull").post("/api/v1/tickets/" + str(ticket) + "/articles", json(bodyJson));
        if (r.status != 201)
            qWarning("%s", r.raw.c_str());
        return r.status == 201 ? r.object("article")->getValue<std::int64_t>("id") : 0;
    }

    /// The delivery entry ticket.mail shows for the article (as its mail's), or nullptr.
    JsonObject deliveryOf(std::int64_t ticket, std::int64_t article)
    {
        auto r = m_desk->as("alphaFull").get("/api/v1/tickets/" + str(ticket) + "/mail");
        if (r.status != 200)
            return nullptr;
        auto mail = r.array("mail");
        for (unsigned i = 0; i < mail->size(); ++i)
            if (mail->getObject(i)->optValue<std::int64_t>("article_id", 0) == article)
                return mail->getObject(i);
        return nullptr;
    }
    std::string deliveryState(std::int64_t ticket, std::int64_t article)
    {
        auto entry = deliveryOf(ticket, article);
        return entry ? entry->getValue<std::string>("state") : std::string("none");
    }

    long long count(const std::string &sql) { return m_desk->scalar(sql); }

    /// Everything a ticket method could change on a ticket, as one text to compare.
    std::string footprint(std::int64_t ticket)
    {
        const auto id = str(ticket);
        return m_desk->text(
            "SELECT concat_ws('|', t.title, t.state_id, t.merged_into_id, t.updated_at, t.article_count,"
            " (SELECT count(*) FROM articles a WHERE a.ticket_id = t.id),"
            " (SELECT count(*) FROM ticket_watchers w WHERE w.ticket_id = t.id),"
            " (SELECT count(*) FROM ticket_links l WHERE l.source_id = t.id OR l.target_id = t.id),"
            " (SELECT count(*) FROM ticket_ratings r WHERE r.ticket_id = t.id),"
            " (SELECT count(*) FROM ticket_shares s WHERE s.ticket_id = t.id),"
            " (SELECT string_agg(tag, ',' ORDER BY tag) FROM ticket_tags g WHERE g.ticket_id = t.id),"
            " (SELECT count(*) FROM history h WHERE h.ticket_id = t.id)) FROM tickets t WHERE t.id = " +
            id);
    }

    /// Panel A's case with an attachment on an agent's reply, an ordinary ticket and a macro;
    /// made once, after the delivery tests (its reply goes to panel A's receiver).
    void foreignCaseFixture()
    {
        if (m_target != 0)
            return;
        auto admin = m_desk->as("admin");
        auto made = openCase(panelA(), m_chat, R"({"external_id":"u-1"})", "Private to panel A", "", "", "Hello");
        QVERIFY2(made.status == 201, made.raw.c_str());
        m_target = made.object("ticket")->getValue<std::int64_t>("id");
        auto upload = admin.send("POST", "/api/v1/attachments?filename=plan.txt", "panel A's plan", "text/plain");
        QVERIFY2(upload.status == 201, upload.raw.c_str());
        m_targetSha = upload.object("attachment")->getValue<std::string>("sha256");
        auto reply = json(R"({"channel":"email","body_text":"Here is the plan"})");
        auto attachments = helpdesk::protocol::newArray();
        attachments->add(upload.object("attachment"));
        reply->set("attachments", attachments);
        auto written = admin.post("/api/v1/tickets/" + str(m_target) + "/articles", reply);
        QVERIFY2(written.status == 201, written.raw.c_str());
        m_targetReply = written.object("article")->getValue<std::int64_t>("id");
        m_plain = m_desk->openTicket("Alpha", "carol", "Ordinary question");
        auto macro = admin.post("/api/v1/macros", json(R"({"name":"Tag it","actions":{"add_tags":["tagged"]}})"));
        QVERIFY2(macro.status == 201, macro.raw.c_str());
        m_macro = macro.object("macro")->getValue<std::int64_t>("id");
    }

private slots:
    void initTestCase()
    {
        m_smtp = std::make_unique<SmtpSink>();
        m_smtp->start();
        // Few attempts, one second apart at first: a dead letter within seconds.
        m_desk = std::make_unique<Desk>([](helpdesk::app::ServerConfig &config) {
            config.webhookAllowedNetworks = {"127.0.0.0/8"};
            config.webhookAttempts = 3;
            config.webhookRetryBaseSeconds = 1;
        });
        m_desk->useSmtp(m_smtp->port());
        m_receiver = std::make_unique<WebhookReceiver>();
        m_panelA = m_desk->addIntegration("Panel A");
        m_panelB = m_desk->addIntegration("Panel B");
        m_tokenA = m_desk->integrationToken(m_panelA);
        m_tokenB = m_desk->integrationToken(m_panelB);
        m_chat = newChannel(m_panelA, "Panel chat", "/a");
        m_other = newChannel(m_panelB, "Other panel", "/b");
        m_deadEnd = newChannel(m_panelA, "Dead end", "/dead");
        QVERIFY(m_chat.secret.rfind("whsec_", 0) == 0);
    }

    void cleanupTestCase()
    {
        m_receiver.reset();
        m_desk.reset();
        m_smtp.reset();
    }

    void theSecretIsShownOnceAndTheChannelIsListedForItsIntegration()
    {
        auto listed = m_desk->as("admin").get("/api/v1/integrations/" + str(m_panelA) + "/channels");
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.array("channels")->size(), std::size_t(2));
        QVERIFY(listed.raw.find(m_chat.secret) == std::string::npos);
        auto channel = listed.array("channels")->getObject(0);
        QCOMPARE(channel->getValue<std::string>("name"), std::string("Panel chat"));
        QCOMPARE(channel->getValue<std::string>("url"), urlOf("/a"));
        QCOMPARE(channel->getValue<bool>("active"), true);
        // The panel reads its own channels with its token, not another integration's.
        QCOMPARE(panelA().get("/api/v1/integrations/" + str(m_panelA) + "/channels").status, 200);
        QCOMPARE(panelA().get("/api/v1/integrations/" + str(m_panelB) + "/channels").status, 403);
        // A channel's webhook is not one of the integration's event subscriptions.
        auto webhooks = m_desk->as("admin").get("/api/v1/integrations/" + str(m_panelA) + "/webhooks");
        QCOMPARE(webhooks.status, 200);
        QCOMPARE(webhooks.array("webhooks")->size(), std::size_t(0));
    }

    void aNewEndUserOpensACaseAsACustomerLinkedToTheIntegration()
    {
        auto made =
            openCase(panelA(), m_chat, R"({"external_id":"u-1","name":"Uma Panel","email":"uma@panel.example"})",
                     "Cannot pay my invoice", "case-1", "m-1", "The payment page fails");
        QVERIFY2(made.status == 201, made.raw.c_str());
        auto ticket = made.object("ticket");
        m_case = ticket->getValue<std::int64_t>("id");
        QCOMPARE(ticket->getValue<std::int64_t>("channel_id"), m_chat.id);
        QCOMPARE(ticket->getValue<std::int64_t>("group_id"), m_desk->alpha());
        auto user = made.object("user");
        QCOMPARE(user->getValue<std::string>("external_id"), std::string("u-1"));
        QCOMPARE(ticket->getValue<std::int64_t>("customer_id"), user->getValue<std::int64_t>("id"));
        auto article = made.object("article");
        QCOMPARE(article->getValue<std::string>("sender"), std::string("customer"));
        QCOMPARE(article->getValue<std::string>("body_text"), std::string("The payment page fails"));
        QCOMPARE(article->getValue<std::int64_t>("author_id"), user->getValue<std::int64_t>("id"));
        // Stored as a customer of the desk, linked to the panel's user id.
        QCOMPARE(m_desk->text("SELECT role FROM users WHERE email = 'uma@panel.example'"), std::string("customer"));
        QCOMPARE(count("SELECT count(*) FROM external_ids WHERE integration_id = " + str(m_panelA) +
                       " AND kind = 'user' AND external_id = 'u-1' AND user_id = " + user->getValue<std::string>("id")),
                 1LL);
        // Agents see the case with its channel.
        auto read = m_desk->as("alphaFull").get("/api/v1/tickets/" + str(m_case));
        QCOMPARE(read.status, 200);
        QCOMPARE(read.object("ticket")->getValue<std::int64_t>("channel_id"), m_chat.id);
    }

    void aKnownEndUserIsFoundByTheirIdAndOneWithoutAnAddressGetsNone()
    {
        QVERIFY(m_case != 0);
        const auto uma = count("SELECT id FROM users WHERE email = 'uma@panel.example'");
        // Known by the panel's id alone: the same customer, no second account.
        auto second = openCase(panelA(), m_chat, R"({"external_id":"u-1"})", "Second question", "case-2", "", "Hi");
        QVERIFY2(second.status == 201, second.raw.c_str());
        QCOMPARE(second.object("ticket")->getValue<long long>("customer_id"), uma);
        QCOMPARE(count("SELECT count(*) FROM users WHERE email = 'uma@panel.example'"), 1LL);
        // A user the panel knows no address of: a customer no mail can reach.
        auto numeric = json(R"({"user":{"external_id":4711,"name":"Vic"},"title":"Numeric id","body_text":"Hello"})");
        auto third = panelA().post("/api/v1/channels/" + str(m_chat.id) + "/tickets", numeric);
        QVERIFY2(third.status == 201, third.raw.c_str());
        QCOMPARE(third.object("user")->getValue<std::string>("external_id"), std::string("4711"));
        const auto address = third.object("user")->getValue<std::string>("email");
        QVERIFY2(address.size() > 8 && address.substr(address.size() - 8) == ".invalid", address.c_str());
    }

    void duplicatesMakeNoSecondCaseOrMessage()
    {
        QVERIFY(m_case != 0);
        auto again = openCase(panelA(), m_chat, R"({"external_id":"u-1","name":"Uma Panel"})", "Cannot pay my invoice",
                              "case-1", "m-1", "The payment page fails");
        QCOMPARE(again.status, 200);
        QCOMPARE(again.object("ticket")->getValue<std::int64_t>("id"), m_case);
        QCOMPARE(count("SELECT count(*) FROM tickets WHERE title = 'Cannot pay my invoice'"), 1LL);

        auto first = postMessage(panelA(), m_chat, m_case, R"({"external_id":"u-1"})", "m-2", "Still failing");
        QVERIFY2(first.status == 201, first.raw.c_str());
        auto repeated = postMessage(panelA(), m_chat, m_case, R"({"external_id":"u-1"})", "m-2", "Still failing");
        QCOMPARE(repeated.status, 200);
        QCOMPARE(repeated.object("article")->getValue<std::int64_t>("id"),
                 first.object("article")->getValue<std::int64_t>("id"));
        QCOMPARE(count("SELECT count(*) FROM articles WHERE body_text = 'Still failing'"), 1LL);
        QCOMPARE(first.object("article")->getValue<std::string>("sender"), std::string("customer"));
    }

    void anAgentReplyArrivesSignedOnTheWebhookAndIsNotMailed()
    {
        QVERIFY(m_case != 0);
        QVERIFY(agentWrites(m_case, R"({"channel":"note","internal":true,"body_text":"only for us"})") != 0);
        const auto reply = agentWrites(m_case, R"({"channel":"email","body_text":"Fixed it for you"})");
        QVERIFY(reply != 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->countOn("/a"), std::size_t(1), 20000);
        const auto got = m_receiver->receivedOn("/a").front();
        QCOMPARE(got.event, std::string("channel.reply"));
        QCOMPARE(got.signature, webhookSignature(m_chat.secret, got.timestamp, got.body));
        QVERIFY(got.signature != webhookSignature(m_chat.secret + "x", got.timestamp, got.body));
        auto body = json(got.body);
        QCOMPARE(body->getValue<std::string>("id"), got.delivery);
        auto data = body->getObject("data");
        QCOMPARE(data->getValue<std::int64_t>("channel_id"), m_chat.id);
        // Both sides' ids of the message, the case and the user.
        auto message = data->getObject("message");
        QCOMPARE(message->getValue<std::int64_t>("id"), reply);
        QCOMPARE(message->getValue<std::string>("body_text"), std::string("Fixed it for you"));
        auto ticket = data->getObject("ticket");
        QCOMPARE(ticket->getValue<std::int64_t>("id"), m_case);
        QCOMPARE(ticket->getValue<std::string>("external_id"), std::string("case-1"));
        auto user = data->getObject("user");
        QCOMPARE(user->getValue<long long>("id"), count("SELECT id FROM users WHERE email = 'uma@panel.example'"));
        QCOMPARE(user->getValue<std::string>("external_id"), std::string("u-1"));

        // Shown as the reply's mail would be, delivered.
        QTRY_COMPARE_WITH_TIMEOUT(deliveryState(m_case, reply), std::string("sent"), 10000);
        QCOMPARE(deliveryOf(m_case, reply)->getValue<std::string>("kind"), std::string("channel"));
        // Not mailed: no outbound mail of the reply, and nothing of it reached the SMTP server.
        QCOMPARE(count("SELECT count(*) FROM outbound_mail WHERE article_id = " + str(reply)), 0LL);
        QVERIFY(m_desk->waitUntilMailSettled());
        for (const auto &mail : m_smtp->messages()) {
            QVERIFY2(mail.raw.find("Fixed it for you") == std::string::npos, mail.raw.c_str());
            QVERIFY2(mail.header("X-RcptTo").find("uma@panel.example") == std::string::npos, mail.raw.c_str());
        }
        // The note was not delivered, nor were the customer's own messages echoed back.
        QCOMPARE(m_receiver->countOn("/a"), std::size_t(1));
        QCOMPARE(count("SELECT count(*) FROM webhook_deliveries d JOIN custom_channels c ON c.subscription_id = "
                       "d.subscription_id WHERE c.id = " +
                       str(m_chat.id)),
                 1LL);
    }

    void repliesWaitWhileTheReceiverIsDownAndArriveOnceInOrder()
    {
        QVERIFY(m_case != 0);
        const auto before = m_receiver->countOn("/a");
        m_receiver->setDown("/a", true);
        std::vector<std::int64_t> replies;
        for (const char *text : {"first", "second", "third"})
            replies.push_back(agentWrites(m_case, std::string(R"({"channel":"email","body_text":")") + text + "\"}"));
        QVERIFY(replies[0] != 0 && replies[1] != 0 && replies[2] != 0);
        const auto failedCalls = "SELECT count(*) FROM integration_log l JOIN custom_channels c ON c.subscription_id = "
                                 "l.subscription_id WHERE c.id = " +
                                 str(m_chat.id) + " AND l.status = 503";
        QTRY_VERIFY_WITH_TIMEOUT(count(failedCalls) >= 1, 20000);
        // Waiting, as a mail waits for its next attempt.
        QCOMPARE(deliveryState(m_case, replies[2]), std::string("pending"));
        m_receiver->setDown("/a", false);
        for (auto reply : replies)
            QTRY_COMPARE_WITH_TIMEOUT(deliveryState(m_case, reply), std::string("sent"), 30000);

        const auto got = m_receiver->receivedOn("/a");
        QCOMPARE(got.size(), before + 3);
        std::vector<std::string> texts;
        std::set<std::string> ids;
        for (auto i = before; i < got.size(); ++i) {
            QCOMPARE(got[i].signature, webhookSignature(m_chat.secret, got[i].timestamp, got[i].body));
            texts.push_back(
                json(got[i].body)->getObject("data")->getObject("message")->getValue<std::string>("body_text"));
            ids.insert(got[i].delivery);
        }
        QCOMPARE(texts, (std::vector<std::string>{"first", "second", "third"}));
        QCOMPARE(ids.size(), std::size_t(3));
    }

    void aReplyThatCannotBeDeliveredShowsFailedWithTheReason()
    {
        m_receiver->setDown("/dead", true);
        auto made = openCase(panelA(), m_deadEnd, R"({"external_id":"u-9","email":"nine@panel.example"})",
                             "Nobody listens", "", "", "Hello?");
        QVERIFY2(made.status == 201, made.raw.c_str());
        const auto ticket = made.object("ticket")->getValue<std::int64_t>("id");
        const auto reply = agentWrites(ticket, R"({"channel":"email","body_text":"Into the void"})");
        QVERIFY(reply != 0);
        QCOMPARE(deliveryState(ticket, reply), std::string("pending"));
        QTRY_COMPARE_WITH_TIMEOUT(deliveryState(ticket, reply), std::string("failed"), 30000);
        auto entry = deliveryOf(ticket, reply);
        QCOMPARE(entry->getValue<int>("attempts"), 3);
        QVERIFY2(entry->getValue<std::string>("last_error").find("503") != std::string::npos,
                 entry->getValue<std::string>("last_error").c_str());
        QCOMPARE(m_receiver->countOn("/dead"), std::size_t(0));
        QCOMPARE(count("SELECT count(*) FROM outbound_mail WHERE article_id = " + str(reply)), 0LL);
    }

    void aChannelsWebhookIsManagedOnlyAsTheChannelButItsDeliveriesAreListedAndSentAgain()
    {
        auto admin = m_desk->as("admin");
        // The dead-end channel's webhook, with the reply that died on it (the test before).
        std::int64_t webhook = 0;
        auto channels = admin.get("/api/v1/integrations/" + str(m_panelA) + "/channels").array("channels");
        for (unsigned i = 0; i < channels->size(); ++i)
            if (channels->getObject(i)->getValue<std::int64_t>("id") == m_deadEnd.id)
                webhook = channels->getObject(i)->getValue<std::int64_t>("webhook_id");
        QVERIFY(webhook != 0);
        const auto hook = "/api/v1/webhooks/" + str(webhook);
        const auto stored = "SELECT concat_ws('|', url, secret, events, active, updated_at,"
                            " (SELECT count(*) FROM webhook_deliveries d WHERE d.subscription_id = s.id))"
                            " FROM webhook_subscriptions s WHERE id = " +
                            str(webhook);
        const auto before = m_desk->text(stored);
        QVERIFY(!before.empty());

        // The webhook methods do not find it: it is changed, given a secret and deleted as the channel.
        for (const auto &[verb, path, body] :
             std::vector<std::tuple<std::string, std::string, std::string>>{{"PATCH", hook, R"({"active":false})"},
                                                                            {"POST", hook + "/secret", "{}"},
                                                                            {"POST", hook + "/test", "{}"},
                                                                            {"DELETE", hook, ""}}) {
            auto answer = admin.send(verb, path, body);
            QVERIFY2(answer.status == 404, (verb + " " + path + ": " + answer.raw).c_str());
            QCOMPARE(answer.errorField(), std::string("id"));
        }
        QCOMPARE(m_desk->text(stored), before);
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE object_kind = 'webhook' AND object_id = " + str(webhook)),
                 0LL);

        // Its deliveries are listed, and the dead reply goes again once the receiver is back.
        auto listed = admin.get(hook + "/deliveries?state=dead");
        QVERIFY2(listed.status == 200, listed.raw.c_str());
        QCOMPARE(listed.array("deliveries")->size(), std::size_t(1));
        auto dead = listed.array("deliveries")->getObject(0);
        QCOMPARE(dead->getValue<std::string>("event"), std::string("channel.reply"));
        const auto ticket = dead->getValue<std::int64_t>("ticket_id");
        const auto reply = json(dead->getValue<std::string>("body"))
                               ->getObject("data")
                               ->getObject("message")
                               ->getValue<std::int64_t>("id");
        QCOMPARE(deliveryState(ticket, reply), std::string("failed"));
        m_receiver->setDown("/dead", false);
        auto redelivered =
            admin.post("/api/v1/webhook_deliveries/" + dead->getValue<std::string>("id") + "/redeliver", json("{}"));
        QVERIFY2(redelivered.status == 202, redelivered.raw.c_str());
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->countOn("/dead"), std::size_t(1), 20000);
        const auto got = m_receiver->receivedOn("/dead").front();
        QVERIFY(isSignedWith(got, m_deadEnd.secret));
        QCOMPARE(got.delivery, dead->getValue<std::string>("uuid"));
        QTRY_COMPARE_WITH_TIMEOUT(deliveryState(ticket, reply), std::string("sent"), 10000);
    }

    void anIntegrationsTokenCannotReachAnotherIntegrationsChannelTickets()
    {
        QVERIFY(m_case != 0);
        // Panel B's token, whose account may read Alpha, does not see panel A's case ...
        QCOMPARE(panelB().get("/api/v1/tickets/" + str(m_case)).status, 404);
        QCOMPARE(panelB().get("/api/v1/tickets/" + str(m_case) + "/articles").status, 404);
        auto listed = panelB().get("/api/v1/tickets?group_id=" + str(m_desk->alpha()));
        QCOMPARE(listed.status, 200);
        auto listedIds = [](const ApiResponse &r) {
            std::set<std::int64_t> ids;
            for (unsigned i = 0; i < r.array("tickets")->size(); ++i)
                ids.insert(r.array("tickets")->getObject(i)->getValue<std::int64_t>("id"));
            return ids;
        };
        QCOMPARE(listedIds(listed).count(m_case), std::size_t(0));
        // (Panel A's token, on the same account, lists it.)
        QCOMPARE(listedIds(panelA().get("/api/v1/tickets?group_id=" + str(m_desk->alpha()))).count(m_case),
                 std::size_t(1));
        // ... nor any of its events (A's token, on the same account, gets them).
        auto eventsOfCase = [this](ApiClient client) {
            auto events = client.get("/api/v1/events?after=0&limit=5000");
            std::size_t n = 0;
            for (unsigned i = 0; i < events.array("events")->size(); ++i) {
                const auto event = events.array("events")->getObject(i);
                n += event->has("ticket_id") && !event->isNull("ticket_id") &&
                     event->getValue<std::int64_t>("ticket_id") == m_case;
            }
            return n;
        };
        QVERIFY(m_desk->waitUntilEventsSettled());
        QVERIFY(eventsOfCase(panelA()) > 0);
        QCOMPARE(eventsOfCase(panelB()), std::size_t(0));
        // ... nor writes on it, through its own channel, panel A's or the plain API.
        QCOMPARE(postMessage(panelB(), m_other, m_case, R"({"external_id":"u-1"})", "", "Hijack").status, 404);
        QCOMPARE(postMessage(panelB(), m_chat, m_case, R"({"external_id":"u-1"})", "", "Hijack").status, 404);
        QCOMPARE(openCase(panelB(), m_chat, R"({"external_id":"x"})", "Hijack", "", "", "Hijack").status, 404);
        QCOMPARE(
            panelB().post("/api/v1/tickets/" + str(m_case) + "/articles", json(R"({"body_text":"Hijack"})")).status,
            404);
        QCOMPARE(count("SELECT count(*) FROM articles WHERE body_text = 'Hijack'"), 0LL);
        // Panel B reaches its own channel; a signed-in agent writes through no channel.
        auto own = openCase(panelB(), m_other, R"({"external_id":"u-1"})", "Panel B case", "", "", "Hello");
        QVERIFY2(own.status == 201, own.raw.c_str());
        QVERIFY(own.object("user")->getValue<long long>("id") !=
                count("SELECT id FROM users WHERE email = 'uma@panel.example'")); // B's u-1 is not A's
        QCOMPARE(panelA().get("/api/v1/tickets/" + own.object("ticket")->getValue<std::string>("id")).status, 404);
        QCOMPARE(openCase(m_desk->as("alphaFull"), m_chat, R"({"external_id":"u-1"})", "Agent", "", "", "x").status,
                 403);
    }

    void anIntegrationsWebhooksGetNoEventOfAnotherIntegrationsChannelTickets()
    {
        auto admin = m_desk->as("admin");
        const auto events = R"(["ticket.created","ticket.updated","article.customer_message","article.agent_reply",)"
                            R"("article.note"])";
        std::map<std::string, std::int64_t> hooks; // receiver path → webhook
        for (const auto &[integration, path] : {std::pair{m_panelA, "/events-a"}, std::pair{m_panelB, "/events-b"}}) {
            auto created = admin.post("/api/v1/integrations/" + str(integration) + "/webhooks",
                                      json("{\"url\":\"" + urlOf(path) + "\",\"events\":" + events + "}"));
            QVERIFY2(created.status == 201, created.raw.c_str());
            hooks[path] = created.object("webhook")->getValue<std::int64_t>("id");
        }
        // Panel A's case: opened, a message of its end user, an agent's note and reply.
        auto made = openCase(panelA(), m_chat, R"({"external_id":"u-1"})", "Only panel A hears of it", "", "", "Hi");
        QVERIFY2(made.status == 201, made.raw.c_str());
        const auto ticket = made.object("ticket")->getValue<std::int64_t>("id");
        auto message = postMessage(panelA(), m_chat, ticket, R"({"external_id":"u-1"})", "", "More");
        QVERIFY2(message.status == 201, message.raw.c_str());
        QVERIFY(agentWrites(ticket, R"({"channel":"note","internal":true,"body_text":"between us"})") != 0);
        QVERIFY(agentWrites(ticket, R"({"channel":"email","body_text":"Answered"})") != 0);
        // An ordinary ticket after them: once it is fanned out, so were the case's events.
        const auto plain = m_desk->openTicket("Alpha", "carol", "Both panels hear of it");

        // The tickets the receiver heard of, once per delivery.
        const auto ticketsOn = [this](const std::string &path) {
            std::multiset<std::int64_t> tickets;
            for (const auto &post : m_receiver->receivedOn(path)) {
                auto data = json(post.body)->getObject("data");
                tickets.insert(data->has("ticket") ? data->getObject("ticket")->getValue<std::int64_t>("id")
                                                   : data->getObject("article")->getValue<std::int64_t>("ticket_id"));
            }
            return tickets;
        };
        QTRY_VERIFY_WITH_TIMEOUT(ticketsOn("/events-b").count(plain) > 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(ticketsOn("/events-a").count(plain) > 0 && ticketsOn("/events-a").count(ticket) >= 4,
                                 20000);
        QCOMPARE(ticketsOn("/events-b").count(ticket), std::size_t(0));
        QCOMPARE(count("SELECT count(*) FROM webhook_deliveries WHERE subscription_id = " + str(hooks["/events-b"]) +
                       " AND ticket_id = " + str(ticket)),
                 0LL);
        QVERIFY(count("SELECT count(*) FROM webhook_deliveries WHERE subscription_id = " + str(hooks["/events-a"]) +
                      " AND ticket_id = " + str(ticket)) >= 4);
        for (const auto &[path, hook] : hooks)
            QCOMPARE(admin.del("/api/v1/webhooks/" + str(hook)).status, 200);
    }

    void aChannelInOmnideskFormatGetsRepliesAsOmnideskPostsThem()
    {
        auto admin = m_desk->as("admin");
        auto body = helpdesk::protocol::newObject();
        body->set("name", "Omnidesk-style");
        body->set("url", urlOf("/omni"));
        body->set("group_id", m_desk->alpha());
        body->set("format", "omnidesk-ish");
        auto refused = admin.post("/api/v1/integrations/" + str(m_panelA) + "/channels", body);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorField(), std::string("format"));
        body->set("format", "omnidesk");
        auto created = admin.post("/api/v1/integrations/" + str(m_panelA) + "/channels", body);
        QVERIFY2(created.status == 201, created.raw.c_str());
        const Channel omni{created.object("channel")->getValue<std::int64_t>("id"),
                           created.object("channel")->getValue<std::string>("secret"), "/omni"};
        QCOMPARE(created.object("channel")->getValue<std::string>("format"), std::string("omnidesk"));
        std::map<std::int64_t, std::string> formats;
        auto listed = panelA().get("/api/v1/integrations/" + str(m_panelA) + "/channels").array("channels");
        for (unsigned i = 0; i < listed->size(); ++i)
            formats[listed->getObject(i)->getValue<std::int64_t>("id")] =
                listed->getObject(i)->getValue<std::string>("format");
        QCOMPARE(formats[omni.id], std::string("omnidesk"));
        QCOMPARE(formats[m_chat.id], std::string("helpdesk"));

        // The receiver answers as Omnidesk's custom channel receivers do.
        m_receiver->answerOn("/omni", {200, R"({"result":"ok"})", {}});
        auto made = openCase(panelA(), omni, R"({"external_id":"u-omni","name":"Olga"})", "Omnidesk case", "", "",
                             "Hello from the panel");
        QVERIFY2(made.status == 201, made.raw.c_str());
        const auto ticket = made.object("ticket")->getValue<std::int64_t>("id");
        const auto customer = made.object("user")->getValue<std::int64_t>("id");
        QVERIFY(agentWrites(ticket, R"({"channel":"note","internal":true,"body_text":"not for them"})") != 0);
        const auto reply = agentWrites(ticket, R"({"channel":"email","body_text":"Answered the Omnidesk way"})");
        QVERIFY(reply != 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->countOn("/omni"), std::size_t(1), 20000);
        const auto got = m_receiver->receivedOn("/omni").front();
        QVERIFY(isSignedWith(got, omni.secret));
        QCOMPARE(got.event, std::string("channel.reply"));
        auto posted = json(got.body);
        QCOMPARE(posted->getValue<std::string>("type"), std::string("message_new"));
        QCOMPARE(posted->size(), std::size_t(2));
        auto object = posted->getObject("object");
        QCOMPARE(object->getValue<std::int64_t>("message_id"), reply);
        QCOMPARE(object->getValue<std::int64_t>("case_id"), ticket);
        QCOMPARE(object->getValue<std::int64_t>("staff_id"), m_desk->userId("alphaFull"));
        QCOMPARE(object->getValue<std::int64_t>("user_id"), customer);
        QCOMPARE(object->getValue<std::string>("custom_user_id"), std::string("u-omni"));
        QCOMPARE(object->getValue<std::string>("content"), std::string("Answered the Omnidesk way"));
        QCOMPARE(object->getValue<bool>("note"), false);
        QCOMPARE(object->getValue<bool>("sent_via_rule"), false);
        QTRY_COMPARE_WITH_TIMEOUT(deliveryState(ticket, reply), std::string("sent"), 10000);

        // Back to the desk's own format, the next reply comes in it.
        auto changed = admin.patch("/api/v1/channels/" + str(omni.id), json(R"({"format":"helpdesk"})"));
        QVERIFY2(changed.status == 200, changed.raw.c_str());
        QCOMPARE(changed.object("channel")->getValue<std::string>("format"), std::string("helpdesk"));
        QVERIFY(agentWrites(ticket, R"({"channel":"email","body_text":"Now in the desk own shape"})") != 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->countOn("/omni"), std::size_t(2), 20000);
        auto next = json(m_receiver->receivedOn("/omni").back().body);
        QCOMPARE(next->getValue<std::string>("event"), std::string("channel.reply"));
        QCOMPARE(next->getObject("data")->getObject("message")->getValue<std::string>("body_text"),
                 std::string("Now in the desk own shape"));
        QCOMPARE(admin.del("/api/v1/channels/" + str(omni.id)).status, 200);
    }

    void anAdminChangesRotatesAndDeletesAChannel()
    {
        QVERIFY(m_case != 0);
        auto admin = m_desk->as("admin");
        auto renamed = admin.patch("/api/v1/channels/" + str(m_chat.id), json(R"({"name":"Panel messenger"})"));
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.object("channel")->getValue<std::string>("name"), std::string("Panel messenger"));
        auto rotated = admin.post("/api/v1/channels/" + str(m_chat.id) + "/secret", json("{}"));
        QCOMPARE(rotated.status, 200);
        const auto secret = rotated.object("channel")->getValue<std::string>("secret");
        QVERIFY(secret != m_chat.secret);
        const auto before = m_receiver->countOn("/a");
        QVERIFY(agentWrites(m_case, R"({"channel":"email","body_text":"Signed anew"})") != 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->countOn("/a"), before + 1, 20000);
        const auto got = m_receiver->receivedOn("/a").back();
        QCOMPARE(got.signature, webhookSignature(secret, got.timestamp, got.body));
        QVERIFY(got.signature != webhookSignature(m_chat.secret, got.timestamp, got.body));
        // Turned off, the channel takes nothing from the panel.
        QCOMPARE(admin.patch("/api/v1/channels/" + str(m_other.id), json(R"({"active":false})")).status, 200);
        QCOMPARE(openCase(panelB(), m_other, R"({"external_id":"u-2"})", "Off", "", "", "x").status, 403);
        // Deleted, its tickets stay as ordinary ones.
        QCOMPARE(admin.del("/api/v1/channels/" + str(m_other.id)).status, 200);
        QCOMPARE(count("SELECT count(*) FROM tickets WHERE title = 'Panel B case' AND channel_id IS NULL"), 1LL);
        QCOMPARE(admin.get("/api/v1/integrations/" + str(m_panelB) + "/channels").array("channels")->size(),
                 std::size_t(0));
    }

    void anotherIntegrationsTokenReachesTheCaseByNoTicketMethod_data()
    {
        foreignCaseFixture();
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("refused");
        const auto target = "/api/v1/tickets/" + str(m_target);
        const auto plain = "/api/v1/tickets/" + str(m_plain);
        const auto alphaFull = str(m_desk->userId("alphaFull"));
        auto row = [](const char *name, const std::string &verb, const std::string &path, const std::string &body,
                      int refused = 404) {
            QTest::newRow(name) << QString::fromStdString(verb) << QString::fromStdString(path)
                                << QString::fromStdString(body) << refused;
        };
        // Every route of server/api that takes a ticket's id, and attachments by their hash.
        row("ticket.get", "GET", target, "");
        row("ticket.update", "PATCH", target, R"({"title":"Hijacked"})");
        row("ticket.update tags", "PATCH", target, R"({"tags":["hijacked"]})");
        row("ticket.merge away", "POST", target + "/merge", R"({"into_id":)" + str(m_plain) + "}");
        row("ticket.merge into", "POST", plain + "/merge", R"({"into_id":)" + str(m_target) + "}");
        row("ticket.links", "GET", target + "/links", "");
        row("ticket.link from", "POST", target + "/links", R"({"target_id":)" + str(m_plain) + "}");
        row("ticket.link to", "POST", plain + "/links", R"({"target_id":)" + str(m_target) + "}");
        row("ticket.history", "GET", target + "/history", "");
        row("ticket.rating", "GET", target + "/rating", "");
        row("ticket.rate", "PUT", target + "/rating", R"({"score":1})");
        row("ticket.ratings", "GET", target + "/ratings", "");
        row("ticket.rating.sync", "PUT", target + "/articles/" + str(m_targetReply) + "/rating", R"({"score":1})");
        row("ticket.watchers", "GET", target + "/watchers", "");
        row("ticket.watch", "POST", target + "/watchers", "{}");
        row("ticket.unwatch", "DELETE", target + "/watchers/" + alphaFull, "");
        row("ticket.apply_macro", "POST", target + "/macros/" + str(m_macro), "{}");
        row("ticket.shares", "GET", target + "/shares", "");
        // No such agreement: past the ticket it would be 422 (share) or 404 without a field (unshare).
        row("ticket.share", "POST", target + "/shares", R"({"agreement_id":999999})");
        row("ticket.unshare", "DELETE", target + "/shares/999999", "");
        row("ticket.mail", "GET", target + "/mail", "");
        row("article.list", "GET", target + "/articles", "");
        row("article.create", "POST", target + "/articles", R"({"channel":"note","body_text":"Hijack"})");
        row("channel.message.create", "POST",
            "/api/v1/channels/" + str(m_chat.id) + "/tickets/" + str(m_target) + "/messages",
            R"({"user":{"external_id":"u-1"},"body_text":"Hijack"})");
        row("attachment.download", "GET", "/api/v1/attachments/" + m_targetSha, "");
        // Its attachment is not B's to put on a ticket of its own either.
        row("article.create with its attachment", "POST", plain + "/articles",
            R"({"channel":"note","body_text":"Hijack","attachments":[{"sha256":")" + m_targetSha +
                R"(","filename":"plan.txt","content_type":"text/plain","size":14}]})",
            422);
    }

    void anotherIntegrationsTokenReachesTheCaseByNoTicketMethod()
    {
        QFETCH(QString, verb);
        QFETCH(QString, path);
        QFETCH(QString, body);
        QFETCH(int, refused);
        QVERIFY(m_target != 0);
        const auto target = footprint(m_target);
        const auto plain = footprint(m_plain);
        QVERIFY(!target.empty() && !plain.empty());
        // Panel B's token: its account (alphaFull) has full access to Alpha, the case's group.
        auto answer = panelB().send(verb.toStdString(), path.toStdString(), body.toStdString());
        QVERIFY2(answer.status == refused, answer.raw.c_str());
        if (refused == 404) // refused as a ticket (or file) that is not there, not as a missing agreement
            QVERIFY2(answer.errorField() == "id" || answer.errorField() == "ticket_id" ||
                         answer.errorField() == "sha256",
                     answer.raw.c_str());
        QVERIFY2(answer.raw.find("Private to panel A") == std::string::npos, answer.raw.c_str());
        QVERIFY2(answer.raw.find("panel A's plan") == std::string::npos, answer.raw.c_str());
        QCOMPARE(footprint(m_target), target);
        QCOMPARE(footprint(m_plain), plain);
        QCOMPARE(count("SELECT count(*) FROM articles WHERE body_text = 'Hijack'"), 0LL);
    }

    void theOwningIntegrationAndAnAdminStillReachTheCase()
    {
        foreignCaseFixture(); // when run alone
        QVERIFY(m_target != 0);
        const auto target = "/api/v1/tickets/" + str(m_target);
        for (auto *who : {"panel A", "admin"}) {
            auto as = std::string(who) == "admin" ? m_desk->as("admin") : panelA();
            for (const auto &read : {target, target + "/links", target + "/history", target + "/ratings",
                                     target + "/watchers", target + "/shares", target + "/mail", target + "/articles"})
                QVERIFY2(as.get(read).status == 200, (std::string(who) + " " + read).c_str());
            auto file = as.get("/api/v1/attachments/" + m_targetSha);
            QCOMPARE(file.status, 200);
            QCOMPARE(file.raw, std::string("panel A's plan"));
        }
        auto a = panelA();
        QCOMPARE(a.post(target + "/watchers", json("{}")).status, 200);
        QCOMPARE(count("SELECT count(*) FROM ticket_watchers WHERE ticket_id = " + str(m_target)), 1LL);
        QCOMPARE(a.del(target + "/watchers/" + str(m_desk->userId("alphaFull"))).status, 200);
        QCOMPARE(count("SELECT count(*) FROM ticket_watchers WHERE ticket_id = " + str(m_target)), 0LL);
        QCOMPARE(a.post(target + "/links", json(R"({"target_id":)" + str(m_plain) + "}")).status, 200);
        QCOMPARE(count("SELECT count(*) FROM ticket_links WHERE source_id = " + str(m_target)), 1LL);
        auto synced = a.put(target + "/articles/" + str(m_targetReply) + "/rating", json(R"({"score":5})"));
        QVERIFY2(synced.status == 200, synced.raw.c_str());
        QCOMPARE(count("SELECT count(*) FROM ticket_ratings WHERE ticket_id = " + str(m_target)), 1LL);
        QCOMPARE(a.post(target + "/macros/" + str(m_macro), json("{}")).status, 200);
        QCOMPARE(a.patch(target, json(R"({"title":"Renamed by panel A"})")).status, 200);
        QCOMPARE(m_desk->text("SELECT title FROM tickets WHERE id = " + str(m_target)),
                 std::string("Renamed by panel A"));
        QCOMPARE(count("SELECT count(*) FROM ticket_tags WHERE tag = 'tagged' AND ticket_id = " + str(m_target)), 1LL);
        // Both merge an ordinary ticket into the case.
        auto first = m_desk->openTicket("Alpha", "carol", "Merged by panel A");
        QCOMPARE(
            a.post("/api/v1/tickets/" + str(first) + "/merge", json(R"({"into_id":)" + str(m_target) + "}")).status,
            200);
        auto second = m_desk->openTicket("Alpha", "carol", "Merged by the admin");
        QCOMPARE(m_desk->as("admin")
                     .post("/api/v1/tickets/" + str(second) + "/merge", json(R"({"into_id":)" + str(m_target) + "}"))
                     .status,
                 200);
        QCOMPARE(count("SELECT count(*) FROM tickets WHERE merged_into_id = " + str(m_target)), 2LL);
    }
};

QTEST_GUILESS_MAIN(TestCustomChannels)
#include "tst_custom_channels.moc"
