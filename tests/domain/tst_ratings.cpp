// Satisfaction ratings, against a real desk and SMTP server: an agent's reply mailed to the customer
// carries a link to rate it where the group has ratings on (in its wording, or the shipped one in
// the customer's language), solving a ticket asks "how did we do?" once; the link's page records
// nothing by being opened (mail scanners), its form records the score, then a comment; each reply
// is rated on its own, and using a link again changes that reply's rating only; an unknown or
// expired link says so. Every rating names the agent it rates, is a rating.created or
// rating.updated event and counts on the dashboard, in all and per agent. An admin (an
// integration) sets the ratings it collected per reply (source sync), again and again.

#include "domain/MailTemplateCatalog.h"
#include "domain/RatingLinks.h"
#include "support/Desk.h"
#include "support/MailLinks.h"
#include "support/SmtpSink.h"

#include <Poco/URI.h>

#include <QtTest>

#include <memory>
#include <regex>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
const std::string kCarol = "carol@test.example";

/// The rating links ("…/rate/<token>", without a query) in a mail's text, in order.
std::vector<std::string> ratingTokensIn(const std::string &text)
{
    static const std::regex link(R"(/rate/(hdr_[A-Za-z0-9_-]+))");
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), link); it != std::sregex_iterator(); ++it)
        out.push_back((*it)[1]);
    return out;
}

std::string formEncoded(const std::map<std::string, std::string> &fields)
{
    std::string body;
    for (const auto &[name, value] : fields) {
        std::string encoded;
        Poco::URI::encode(value, "&=+;/?:@#", encoded);
        body += (body.empty() ? "" : "&") + name + "=" + encoded;
    }
    return body;
}

/// The value of the form token field of a page, or "".
std::string csrfIn(const std::string &html)
{
    std::smatch found;
    static const std::regex field("name=\"csrf\" value=\"([^\"]+)\"");
    return std::regex_search(html, found, field) ? found[1].str() : std::string();
}

/// A browser without an account: keeps the form cookie of the page it opened.
struct Visitor {
    ApiClient client;
    std::string cookie;

    ApiResponse open(const std::string &path)
    {
        auto page = client.send("GET", path, "", "text/plain", cookieHeader());
        if (auto set = page.headers.find("Set-Cookie"); set != page.headers.end())
            cookie = set->second.substr(0, set->second.find(';'));
        return page;
    }
    ApiResponse post(const std::string &path, const std::string &csrf, std::map<std::string, std::string> fields)
    {
        fields["csrf"] = csrf;
        return client.send("POST", path, formEncoded(fields), "application/x-www-form-urlencoded", cookieHeader());
    }
    std::map<std::string, std::string> cookieHeader() const
    {
        return cookie.empty() ? std::map<std::string, std::string>{}
                              : std::map<std::string, std::string>{{"Cookie", cookie}};
    }
};
} // namespace

class TestRatings : public QObject
{
    Q_OBJECT

    std::unique_ptr<SmtpSink> m_sink;
    std::unique_ptr<Desk> m_desk;
    std::int64_t m_closedState = 0;
    std::int64_t m_integration = 0; // the billing panel's, once a test made it

    std::string ticketPath(std::int64_t id, const std::string &rest = {})
    {
        return "/api/v1/tickets/" + std::to_string(id) + rest;
    }

    /// The agent of `group` replies by e-mail on the ticket; the reply's article id.
    std::int64_t reply(const std::string &group, std::int64_t ticket, const std::string &text)
    {
        auto r =
            m_desk->as(group == "Alpha" ? "alphaFull" : "betaFull")
                .post(ticketPath(ticket, "/articles"), json("{\"channel\":\"email\",\"body_text\":\"" + text + "\"}"));
        if (r.status != 201)
            qWarning("reply refused: %s", r.raw.c_str());
        return r.status == 201 ? r.object("article")->getValue<std::int64_t>("id") : 0;
    }

    /// The text of the mail to carol that contains `marker`, once the mail settled ("" for none).
    std::string mailWith(const std::string &marker)
    {
        m_desk->waitUntilMailSettled();
        for (const auto &mail : mailsTo(*m_sink, kCarol))
            if (auto text = textOf(mail); text.find(marker) != std::string::npos)
                return text;
        return {};
    }

    /// The token of the rating link in the mail of a reply whose text is `marker`.
    std::string replyToken(const std::string &marker)
    {
        auto tokens = ratingTokensIn(mailWith(marker));
        return tokens.empty() ? std::string() : tokens.front();
    }

    /// Opens a link's page and sends its form; the answer to the POST.
    ApiResponse rateWith(const std::string &token, const std::string &score, const std::string &comment = {})
    {
        Visitor visitor{ApiClient(m_desk->port()), {}};
        auto page = visitor.open("/rate/" + token);
        return visitor.post("/rate/" + token, csrfIn(page.raw), {{"score", score}, {"comment", comment}});
    }

    protocol::JsonObject ratingOf(std::int64_t ticket)
    {
        auto r = m_desk->as("alphaFull").get(ticketPath(ticket, "/rating"));
        return r.status == 200 ? r.object("rating") : nullptr;
    }

    /// The ticket's ratings as its API lists them, by the reply they rate (0: the ticket).
    std::map<std::int64_t, protocol::JsonObject> ratingsOf(std::int64_t ticket, const std::string &who = "alphaFull")
    {
        std::map<std::int64_t, protocol::JsonObject> out;
        auto list = m_desk->as(who).get(ticketPath(ticket, "/ratings")).array("ratings");
        for (std::size_t i = 0; list && i < list->size(); ++i) {
            auto rating = list->getObject(i);
            out[rating->isNull("article_id") ? 0 : rating->getValue<std::int64_t>("article_id")] = rating;
        }
        return out;
    }

    /// The rating events (rating.created, rating.updated) of a ticket, oldest first.
    std::vector<protocol::JsonObject> ratingEvents(std::int64_t ticket)
    {
        std::vector<protocol::JsonObject> out;
        if (!m_desk->waitUntilEventsSettled())
            return out;
        auto events = m_desk->as("alphaFull").get("/api/v1/events?after=0&limit=5000").array("events");
        for (std::size_t i = 0; events && i < events->size(); ++i) {
            auto event = events->getObject(i);
            const auto kind = event->getValue<std::string>("kind");
            if ((kind == "rating.created" || kind == "rating.updated") && !event->isNull("ticket_id") &&
                event->getValue<std::int64_t>("ticket_id") == ticket)
                out.push_back(event);
        }
        return out;
    }

    /// A token of an integration (made once) acting as `account`, with the ticket scopes.
    ApiClient integrationToken(const std::string &account)
    {
        auto admin = m_desk->as("admin");
        if (!m_integration)
            m_integration = admin.post("/api/v1/integrations", json(R"({"name":"Billing panel"})"))
                                .object("integration")
                                ->getValue<std::int64_t>("id");
        auto made = admin.post("/api/v1/tokens",
                               json("{\"name\":\"panel\",\"user_id\":" + std::to_string(m_desk->userId(account)) +
                                    ",\"integration_id\":" + std::to_string(m_integration) +
                                    ",\"scopes\":[\"tickets:read\",\"tickets:write\"]}"));
        ApiClient client(m_desk->port());
        client.setToken(made.status == 201 ? made.body->getValue<std::string>("token") : std::string());
        return client;
    }

    /// Sets a reply's rating through the API as `who` (source sync).
    ApiResponse syncRating(const std::string &who, std::int64_t ticket, std::int64_t article, int score,
                           const std::string &comment = {})
    {
        return syncRating(m_desk->as(who), ticket, article, score, comment);
    }
    ApiResponse syncRating(ApiClient caller, std::int64_t ticket, std::int64_t article, int score,
                           const std::string &comment = {})
    {
        auto body = json("{\"score\":" + std::to_string(score) +
                         (comment.empty() ? std::string() : ",\"comment\":\"" + comment + "\"") + "}");
        return caller.put(ticketPath(ticket, "/articles/" + std::to_string(article) + "/rating"), body);
    }

    /// A group as the admin lists it.
    protocol::JsonObject groupRow(std::int64_t id)
    {
        auto groups = m_desk->as("admin").get("/api/v1/groups").array("groups");
        for (std::size_t i = 0; groups && i < groups->size(); ++i)
            if (groups->getObject(i)->getValue<std::int64_t>("id") == id)
                return groups->getObject(i);
        return nullptr;
    }

    void setGroup(std::int64_t group, const std::string &fields)
    {
        auto r = m_desk->as("admin").patch("/api/v1/groups/" + std::to_string(group), json(fields));
        QCOMPARE(r.status, 200);
    }

private slots:
    void initTestCase()
    {
        m_sink = std::make_unique<SmtpSink>();
        m_sink->start();
        m_desk = std::make_unique<Desk>();
        m_desk->useSmtp(m_sink->port());
        m_closedState = m_desk->scalar("SELECT id FROM ticket_states WHERE name = 'closed'");
        // Alpha rates its replies; Beta, like every group of an upgraded desk, does not.
        setGroup(m_desk->alpha(), R"({"ratings_enabled":true})");
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_sink.reset();
    }

    void theGroupSettingsReadBack()
    {
        auto group = groupRow(m_desk->beta());
        QVERIFY(group);
        QCOMPARE(group->getValue<bool>("ratings_enabled"), false);
        QCOMPARE(group->getValue<std::string>("rating_wording"), std::string());
        auto tooLong = m_desk->as("admin").patch("/api/v1/groups/" + std::to_string(m_desk->beta()),
                                                 json("{\"rating_wording\":\"" + std::string(501, 'x') + "\"}"));
        QCOMPARE(tooLong.status, 422);
        QCOMPARE(tooLong.errorField(), std::string("rating_wording"));
    }

    void theShippedWordingExistsInEveryLanguage()
    {
        const auto &catalog = domain::MailTemplateCatalog::builtIn();
        std::set<std::string> wordings;
        for (const auto &language : domain::MailTemplateCatalog::languages()) {
            auto wording = catalog.term(language, domain::RatingLinks::kWordingTerm);
            QVERIFY2(wording != domain::RatingLinks::kWordingTerm, language.c_str());
            wordings.insert(wording);
        }
        QCOMPARE(wordings.size(), domain::MailTemplateCatalog::languages().size()); // translated, not copied
    }

    void aReplyCarriesARatingLinkWhereTheGroupRates_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("wording"); // the group's ("" : shipped)
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected"); // "" : no link at all
        QTest::newRow("a group with ratings on: the shipped wording")
            << "Alpha"
            << ""
            << "en"
            << "How did we do with this reply? One click rates it:";
        QTest::newRow("the shipped wording in the customer's language")
            << "Alpha"
            << ""
            << "de"
            << "Wie hilfreich war diese Antwort? Ein Klick bewertet sie:";
        QTest::newRow("the group's own wording") << "Alpha"
                                                 << "Tell us how we did:"
                                                 << "en"
                                                 << "Tell us how we did:";
        QTest::newRow("a group with ratings off: no link") << "Beta"
                                                           << ""
                                                           << "en"
                                                           << "";
    }
    void aReplyCarriesARatingLinkWhereTheGroupRates()
    {
        QFETCH(QString, group);
        QFETCH(QString, wording);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        setGroup(m_desk->alpha(), "{\"rating_wording\":\"" + wording.toStdString() + "\"}");
        m_desk->exec("UPDATE users SET language = '" + language.toStdString() + "' WHERE email = '" + kCarol + "'");
        const auto ticket = m_desk->openTicket(group.toStdString(), "carol", "Printer jams");
        const std::string marker = "Reply " + std::string(QTest::currentDataTag());
        QVERIFY(reply(group.toStdString(), ticket, marker) > 0);
        const auto text = mailWith(marker);
        QVERIFY2(!text.empty(), "the reply was mailed");
        auto tokens = ratingTokensIn(text);
        if (expected.isEmpty()) {
            QVERIFY(tokens.empty());
            QCOMPARE(m_desk->scalar("SELECT count(*) FROM rating_links WHERE ticket_id = " + std::to_string(ticket)),
                     0LL);
        } else {
            QCOMPARE(tokens.size(), std::size_t(1));
            QVERIFY2(text.find(expected.toStdString() + " http") != std::string::npos, text.c_str());
            // Only a hash is kept, bound to the ticket and the reply.
            QCOMPARE(m_desk->scalar("SELECT count(*) FROM rating_links WHERE token_hash = '" + tokens.front() + "'"),
                     0LL);
            QCOMPARE(m_desk->scalar("SELECT count(*) FROM rating_links WHERE article_id IS NOT NULL AND ticket_id = " +
                                    std::to_string(ticket)),
                     1LL);
        }
        m_desk->exec("UPDATE users SET language = NULL WHERE email = '" + kCarol + "'");
        setGroup(m_desk->alpha(), R"({"rating_wording":""})");
    }

    void theLinkRecordsAScoreThenAComment()
    {
        const auto ticket = m_desk->openTicket("Alpha", "carol", "VPN drops");
        const auto article = reply("Alpha", ticket, "Reset your VPN profile, please.");
        const auto token = replyToken("Reset your VPN profile");
        QVERIFY(!token.empty());

        // Opening the link (as a mail scanner would) shows the chosen score and records nothing.
        Visitor visitor{ApiClient(m_desk->port()), {}};
        auto page = visitor.open("/rate/" + token + "?score=4");
        QCOMPARE(page.status, 200);
        QVERIFY(page.raw.find(R"(id="score-4" name="score" value="4" checked)") != std::string::npos);
        QVERIFY(page.raw.find("VPN drops") != std::string::npos);
        QVERIFY(!ratingOf(ticket));

        // The one button records it, as the customer it was mailed to, naming the reply.
        auto sent = visitor.post("/rate/" + token, csrfIn(page.raw), {{"score", "4"}});
        QCOMPARE(sent.status, 303);
        auto rating = ratingOf(ticket);
        QVERIFY(rating);
        QCOMPARE(rating->getValue<int>("score"), 4);
        QCOMPARE(rating->getValue<std::string>("source"), std::string("mail_link"));
        QCOMPARE(rating->getValue<std::int64_t>("article_id"), article);
        QCOMPARE(rating->getValue<std::int64_t>("rated_by"), m_desk->userId("carol"));
        QVERIFY(rating->isNull("comment"));

        // Then a comment, on the page it was sent back to.
        auto thanks = visitor.open(sent.headers["Location"]);
        QCOMPARE(thanks.status, 200);
        QVERIFY(thanks.raw.find("class=\"notice\"") != std::string::npos);
        auto commented =
            visitor.post("/rate/" + token, csrfIn(thanks.raw), {{"score", "4"}, {"comment", "Quick & kind"}});
        QCOMPARE(commented.status, 303);
        rating = ratingOf(ticket);
        QCOMPARE(rating->getValue<int>("score"), 4);
        QCOMPARE(rating->getValue<std::string>("comment"), std::string("Quick & kind"));

        // The customer sees it too (the API's rating of their ticket).
        QCOMPARE(m_desk->as("carol").get(ticketPath(ticket, "/rating")).object("rating")->getValue<int>("score"), 4);

        // It rates the reply's author.
        QCOMPARE(rating->getValue<std::int64_t>("agent_id"), m_desk->userId("alphaFull"));

        // Integrations read it from the event feed: created, then changed by the comment.
        auto events = ratingEvents(ticket);
        QCOMPARE(events.size(), std::size_t(2));
        QCOMPARE(events[0]->getValue<std::string>("kind"), std::string("rating.created"));
        QCOMPARE(events[1]->getValue<std::string>("kind"), std::string("rating.updated"));
        auto data = events[1]->getObject("data")->getObject("rating");
        QCOMPARE(data->getValue<int>("score"), 4);
        QCOMPARE(data->getValue<std::string>("comment"), std::string("Quick & kind"));
        QCOMPARE(data->getValue<std::int64_t>("article_id"), article);
        QCOMPARE(data->getValue<std::int64_t>("agent_id"), m_desk->userId("alphaFull"));
        QCOMPARE(data->getValue<std::string>("source"), std::string("mail_link"));
        QCOMPARE(events[0]->getObject("data")->getObject("rating")->getValue<std::int64_t>("id"),
                 data->getValue<std::int64_t>("id"));

        // A form without its token records nothing.
        auto forged = visitor.post("/rate/" + token, "forged", {{"score", "1"}});
        QCOMPARE(forged.status, 403);
        QCOMPARE(ratingOf(ticket)->getValue<int>("score"), 4);
    }

    void aSecondUseChangesOnlyItsTicket()
    {
        const auto first = m_desk->openTicket("Alpha", "carol", "Screen flickers");
        const auto second = m_desk->openTicket("Alpha", "carol", "Mouse lost");
        reply("Alpha", first, "New cable on its way.");
        reply("Alpha", second, "Look under the desk.");
        const auto firstToken = replyToken("New cable on its way");
        const auto secondToken = replyToken("Look under the desk");
        QVERIFY(!firstToken.empty() && firstToken != secondToken);
        QCOMPARE(rateWith(secondToken, "5").status, 303);
        QCOMPARE(rateWith(firstToken, "2", "Slow").status, 303);
        QCOMPARE(rateWith(firstToken, "3").status, 303); // changed their mind
        QCOMPARE(ratingOf(first)->getValue<int>("score"), 3);
        QVERIFY(ratingOf(first)->isNull("comment"));
        QCOMPARE(ratingOf(second)->getValue<int>("score"), 5);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM history WHERE field = 'rating' AND ticket_id = " +
                                std::to_string(first)),
                 2LL);
    }

    void eachReplyIsRatedOnItsOwn()
    {
        const auto ticket = m_desk->openTicket("Alpha", "carol", "Two answers");
        const auto first = reply("Alpha", ticket, "Try a restart first.");
        // A second agent answers too: the admin.
        auto second = m_desk->as("admin")
                          .post(ticketPath(ticket, "/articles"),
                                json(R"({"channel":"email","body_text":"Then swap the power supply."})"))
                          .object("article")
                          ->getValue<std::int64_t>("id");
        const auto firstToken = replyToken("Try a restart first");
        const auto secondToken = replyToken("Then swap the power supply");
        QVERIFY(!firstToken.empty() && !secondToken.empty() && firstToken != secondToken);
        QCOMPARE(rateWith(firstToken, "2", "Did not help").status, 303);
        QCOMPARE(rateWith(secondToken, "5").status, 303);
        QCOMPARE(rateWith(firstToken, "3").status, 303); // changed their mind about the first only

        auto ratings = ratingsOf(ticket);
        QCOMPARE(ratings.size(), std::size_t(2));
        QCOMPARE(ratings[first]->getValue<int>("score"), 3);
        QCOMPARE(ratings[first]->getValue<std::int64_t>("agent_id"), m_desk->userId("alphaFull"));
        QCOMPARE(ratings[second]->getValue<int>("score"), 5);
        QCOMPARE(ratings[second]->getValue<std::int64_t>("agent_id"), m_desk->userId("admin"));
        QCOMPARE(ratings[second]->getValue<std::string>("source"), std::string("mail_link"));
        // The customer reads the same list; the link's page shows the reply's own score.
        QCOMPARE(ratingsOf(ticket, "carol").size(), std::size_t(2));
        Visitor visitor{ApiClient(m_desk->port()), {}};
        const auto page = visitor.open("/rate/" + secondToken).raw;
        QVERIFY(page.find(R"(id="score-5" name="score" value="5" checked)") != std::string::npos);
        // Three ratings given, two created, one changed.
        auto events = ratingEvents(ticket);
        QCOMPARE(events.size(), std::size_t(3));
        QCOMPARE(events[2]->getValue<std::string>("kind"), std::string("rating.updated"));
        QCOMPARE(events[2]->getObject("data")->getObject("rating")->getValue<std::int64_t>("article_id"), first);
    }

    void aCustomerRatesAReplyThroughTheApi()
    {
        const auto ticket = m_desk->openTicket("Alpha", "carol", "Rated in the portal");
        const auto article = reply("Alpha", ticket, "Portal answer.");
        auto carol = m_desk->as("carol");
        // The ticket as a whole waits until it is solved; its replies do not.
        QCOMPARE(carol.put(ticketPath(ticket, "/rating"), json(R"({"score":4})")).status, 409);
        auto rated = carol.put(ticketPath(ticket, "/rating"),
                               json("{\"score\":4,\"article_id\":" + std::to_string(article) + "}"));
        QCOMPARE(rated.status, 200);
        QCOMPARE(rated.object("rating")->getValue<std::string>("source"), std::string("customer"));
        QCOMPARE(rated.object("rating")->getValue<std::int64_t>("agent_id"), m_desk->userId("alphaFull"));
        // Their own message is no reply to rate.
        const auto own = carol.post(ticketPath(ticket, "/articles"), json(R"({"body_text":"Thanks"})"))
                             .object("article")
                             ->getValue<std::int64_t>("id");
        auto refused =
            carol.put(ticketPath(ticket, "/rating"), json("{\"score\":4,\"article_id\":" + std::to_string(own) + "}"));
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorField(), std::string("article_id"));
    }

    void anIntegrationSetsTheRatingsItCollected()
    {
        const auto ticket = m_desk->openTicket("Alpha", "carol", "Rated in the panel");
        const auto article = reply("Alpha", ticket, "Panel answer.");
        // The panel's own token, acting as an agent of Alpha.
        auto panel = integrationToken("alphaFull");
        auto set = syncRating(panel, ticket, article, 2, "From the panel");
        QCOMPARE(set.status, 200);
        auto rating = set.object("rating");
        QCOMPARE(rating->getValue<std::string>("source"), std::string("sync"));
        QCOMPARE(rating->getValue<std::int64_t>("rated_by"), m_desk->userId("carol"));
        QCOMPARE(rating->getValue<std::int64_t>("agent_id"), m_desk->userId("alphaFull"));
        QCOMPARE(rating->getValue<std::string>("comment"), std::string("From the panel"));

        // Sent again (the panel's retry, or the customer changed their mind): replaced, not added.
        QCOMPARE(syncRating(panel, ticket, article, 2, "From the panel").status, 200);
        QCOMPARE(syncRating("admin", ticket, article, 4).status, 200); // an admin may too
        auto ratings = ratingsOf(ticket);
        QCOMPARE(ratings.size(), std::size_t(1));
        QCOMPARE(ratings[article]->getValue<int>("score"), 4);
        QVERIFY(ratings[article]->isNull("comment"));
        QCOMPARE(ratings[article]->getValue<std::int64_t>("id"), rating->getValue<std::int64_t>("id"));
        auto events = ratingEvents(ticket);
        QCOMPARE(events.size(), std::size_t(3));
        QCOMPARE(events[0]->getValue<std::string>("kind"), std::string("rating.created"));
        QCOMPARE(events[2]->getValue<std::string>("kind"), std::string("rating.updated"));
        auto last = events[2]->getObject("data")->getObject("rating");
        QCOMPARE(last->getValue<std::int64_t>("ticket_id"), ticket);
        QCOMPARE(last->getValue<std::int64_t>("article_id"), article);
        QCOMPARE(last->getValue<std::int64_t>("agent_id"), m_desk->userId("alphaFull"));
        QCOMPARE(last->getValue<int>("score"), 4);
        QCOMPARE(last->getValue<std::string>("source"), std::string("sync"));
    }

    void syncRatingsAreRefused_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("what"); // reply, note, other (another ticket's reply), customer (their message)
        QTest::addColumn<int>("score");
        QTest::addColumn<int>("status");
        QTest::newRow("an agent may not") << "alphaFull"
                                          << "reply" << 3 << 403;
        QTest::newRow("the customer may not") << "carol"
                                              << "reply" << 3 << 403;
        QTest::newRow("an integration whose account may not read the ticket") << "integration:betaFull"
                                                                              << "reply" << 3 << 404;
        QTest::newRow("an internal note is no reply") << "admin"
                                                      << "note" << 3 << 422;
        QTest::newRow("the customer's message is no reply") << "admin"
                                                            << "customer" << 3 << 422;
        QTest::newRow("another ticket's reply") << "admin"
                                                << "other" << 3 << 422;
        QTest::newRow("a score above 5") << "admin"
                                         << "reply" << 6 << 422;
    }
    void syncRatingsAreRefused()
    {
        QFETCH(QString, who);
        QFETCH(QString, what);
        QFETCH(int, score);
        QFETCH(int, status);
        const auto ticket = m_desk->openTicket("Alpha", "carol", "Refused sync");
        std::int64_t article = reply("Alpha", ticket, "Refused sync reply " + std::string(QTest::currentDataTag()));
        if (what == QLatin1String("note"))
            article = m_desk->as("alphaFull")
                          .post(ticketPath(ticket, "/articles"), json(R"({"internal":true,"body_text":"Note"})"))
                          .object("article")
                          ->getValue<std::int64_t>("id");
        else if (what == QLatin1String("customer"))
            article = m_desk->as("carol")
                          .post(ticketPath(ticket, "/articles"), json(R"({"body_text":"Mine"})"))
                          .object("article")
                          ->getValue<std::int64_t>("id");
        else if (what == QLatin1String("other"))
            article = reply("Alpha", m_desk->openTicket("Alpha", "carol", "Other"), "Other ticket's reply");
        QVERIFY(article > 0);
        const auto caller = who.startsWith(QLatin1String("integration:")) ? integrationToken(who.mid(12).toStdString())
                                                                          : m_desk->as(who.toStdString());
        QCOMPARE(syncRating(caller, ticket, article, score).status, status);
        QVERIFY(ratingsOf(ticket).empty());
    }

    void aBadScoreIsAskedAgain_data()
    {
        QTest::addColumn<QString>("score");
        QTest::newRow("no score chosen") << "";
        QTest::newRow("a score above 5") << "6";
        QTest::newRow("a score that is no number") << "five";
    }
    void aBadScoreIsAskedAgain()
    {
        QFETCH(QString, score);
        const auto ticket = m_desk->openTicket("Alpha", "carol", "Badge");
        const std::string marker = "Badge reply " + std::string(QTest::currentDataTag());
        reply("Alpha", ticket, marker);
        auto answer = rateWith(replyToken(marker), score.toStdString(), "kept");
        QCOMPARE(answer.status, 422);
        QVERIFY(answer.raw.find("score-error") != std::string::npos);
        QVERIFY(answer.raw.find(">kept</textarea>") != std::string::npos);
        QVERIFY(!ratingOf(ticket));
    }

    void deadLinksSaySo_data()
    {
        QTest::addColumn<QString>("cause");
        QTest::addColumn<int>("status");
        QTest::newRow("an unknown token") << "unknown" << 404;
        QTest::newRow("a token whose 30 days passed") << "expired" << 410;
    }
    void deadLinksSaySo()
    {
        QFETCH(QString, cause);
        QFETCH(int, status);
        const auto ticket = m_desk->openTicket("Alpha", "carol", "Dead link");
        const std::string marker = "Dead link reply " + std::string(QTest::currentDataTag());
        reply("Alpha", ticket, marker);
        auto token = replyToken(marker);
        // The form was opened while the link worked; it is sent after.
        Visitor visitor{ApiClient(m_desk->port()), {}};
        const auto csrf = csrfIn(visitor.open("/rate/" + token).raw);
        QVERIFY(!csrf.empty());
        if (cause == QLatin1String("unknown"))
            token = "hdr_" + std::string(43, 'A');
        else
            m_desk->exec("UPDATE rating_links SET expires_at = now() - interval '1 second' WHERE ticket_id = " +
                         std::to_string(ticket));
        auto page = visitor.open("/rate/" + token + "?score=5");
        QCOMPARE(page.status, status);
        QVERIFY(page.raw.find(cause == QLatin1String("unknown") ? "We do not know this rating link"
                                                                : "This rating link expired") != std::string::npos);
        auto posted = visitor.post("/rate/" + token, csrf, {{"score", "5"}});
        QCOMPARE(posted.status, status);
        QVERIFY(!ratingOf(ticket));
    }

    void solvingAsksHowDidWeDoOnce_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<int>("requests");
        QTest::newRow("a group with ratings on asks once") << "Alpha" << 1;
        QTest::newRow("a group with ratings off never asks") << "Beta" << 0;
    }
    void solvingAsksHowDidWeDoOnce()
    {
        QFETCH(QString, group);
        QFETCH(int, requests);
        const std::string title = "Solved " + std::string(QTest::currentDataTag());
        // Erin, whom no other test mails: the hourly limit of automatic mail per address stays far.
        const auto ticket = m_desk->openTicket(group.toStdString(), "erin", title);
        const std::string agentName = group == QLatin1String("Alpha") ? "alphaFull" : "betaFull";
        auto agent = m_desk->as(agentName);
        QCOMPARE(
            agent.patch(ticketPath(ticket), json("{\"owner_id\":" + std::to_string(m_desk->userId(agentName)) + "}"))
                .status,
            200);
        const auto close = json(R"({"state_id":)" + std::to_string(m_closedState) + "}");
        QCOMPARE(agent.patch(ticketPath(ticket), close).status, 200);
        // The customer writes again, which reopens it.
        QCOMPARE(m_desk->as("erin").post(ticketPath(ticket, "/articles"), json(R"({"body_text":"Again"})")).status,
                 201);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM tickets t JOIN ticket_states s ON s.id = t.state_id"
                                " WHERE s.state_type = 'closed' AND t.id = " +
                                std::to_string(ticket)),
                 0LL);
        QCOMPARE(agent.patch(ticketPath(ticket), close).status, 200); // solved again: not asked again
        m_desk->waitUntilMailSettled();
        std::vector<std::string> asks;
        for (const auto &mail : mailsTo(*m_sink, "erin@test.example"))
            if (auto text = textOf(mail);
                text.find(title) != std::string::npos && text.find("How did we do?") != std::string::npos)
                asks.push_back(text);
        QCOMPARE(static_cast<int>(asks.size()), requests);
        if (requests == 0)
            return;
        // Five links, one token: each pre-selects its score; the rating is of the ticket as a whole.
        auto tokens = ratingTokensIn(asks.front());
        QCOMPARE(tokens.size(), std::size_t(5));
        QCOMPARE(std::set<std::string>(tokens.begin(), tokens.end()).size(), std::size_t(1));
        QVERIFY(asks.front().find("/rate/" + tokens.front() + "?score=5") != std::string::npos);
        QCOMPARE(rateWith(tokens.front(), "5", "All good").status, 303);
        auto rating = ratingOf(ticket);
        QCOMPARE(rating->getValue<int>("score"), 5);
        QVERIFY(rating->isNull("article_id"));
        // It rates the ticket's owner, and is the ticket's own among its ratings.
        QCOMPARE(rating->getValue<std::int64_t>("agent_id"), m_desk->userId("alphaFull"));
        QCOMPARE(ratingsOf(ticket).count(0), std::size_t(1));
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM events WHERE kind = 'ticket.rated' AND ticket_id = " +
                                std::to_string(ticket)),
                 1LL);
    }

    void theDashboardCountsLinkRatings()
    {
        auto before = m_desk->as("supervisor").get("/api/v1/dashboard/ratings?from=2020-01-01");
        QCOMPARE(before.status, 200);
        const auto counted = before.body->getObject("rows")->getValue<long long>("ratings");
        QCOMPARE(counted, m_desk->scalar("SELECT count(*) FROM ticket_ratings"));
        const auto ticket = m_desk->openTicket("Alpha", "carol", "Counted");
        reply("Alpha", ticket, "Counted reply.");
        QCOMPARE(rateWith(replyToken("Counted reply."), "1").status, 303);
        auto after = m_desk->as("supervisor").get("/api/v1/dashboard/ratings?from=2020-01-01").body->getObject("rows");
        QCOMPARE(after->getValue<long long>("ratings"), counted + 1);
        QVERIFY(after->getValue<long long>("score_1") >= 1);
    }

    void theDashboardGroupsRatingsByAgent()
    {
        auto supervisor = m_desk->as("supervisor");
        // At least one rating of each of two agents.
        const auto ticket = m_desk->openTicket("Alpha", "carol", "By agent");
        QCOMPARE(syncRating("admin", ticket, reply("Alpha", ticket, "By agent reply."), 5).status, 200);
        auto adminReply = m_desk->as("admin")
                              .post(ticketPath(ticket, "/articles"), json(R"({"channel":"email","body_text":"Admin"})"))
                              .object("article")
                              ->getValue<std::int64_t>("id");
        QCOMPARE(syncRating("admin", ticket, adminReply, 1).status, 200);

        auto summary = supervisor.get("/api/v1/dashboard/ratings?from=2020-01-01").body->getObject("rows");
        auto answer = supervisor.get("/api/v1/dashboard/ratings?from=2020-01-01&by=agent");
        QCOMPARE(answer.status, 200);
        auto rows = answer.body->getArray("rows");
        QVERIFY(rows && rows->size() >= 2);
        long long total = 0;
        std::map<std::int64_t, protocol::JsonObject> byAgent;
        for (std::size_t i = 0; i < rows->size(); ++i) {
            auto row = rows->getObject(i);
            total += row->getValue<long long>("ratings");
            if (!row->isNull("agent_id"))
                byAgent[row->getValue<std::int64_t>("agent_id")] = row;
        }
        QCOMPARE(total, summary->getValue<long long>("ratings"));
        for (const std::string agent : {"alphaFull", "admin"}) {
            const auto id = m_desk->userId(agent);
            QVERIFY2(byAgent.count(id), agent.c_str());
            QCOMPARE(byAgent[id]->getValue<long long>("ratings"),
                     m_desk->scalar("SELECT count(*) FROM ticket_ratings WHERE agent_id = " + std::to_string(id)));
            QCOMPARE(byAgent[id]->getValue<std::string>("agent_name"),
                     m_desk->text("SELECT name FROM users WHERE id = " + std::to_string(id)));
        }
        QVERIFY(byAgent[m_desk->userId("admin")]->getValue<long long>("score_1") >= 1);

        // Only the ratings panel groups, only by agent.
        QCOMPARE(supervisor.get("/api/v1/dashboard/ratings?by=group").status, 422);
        QCOMPARE(supervisor.get("/api/v1/dashboard/workload?by=agent").status, 422);
        // An agent of Beta sees none of Alpha's ratings.
        auto beta =
            m_desk->as("betaFull").get("/api/v1/dashboard/ratings?from=2020-01-01&by=agent").body->getArray("rows");
        for (std::size_t i = 0; beta && i < beta->size(); ++i)
            QVERIFY(beta->getObject(i)->isNull("agent_id") ||
                    beta->getObject(i)->getValue<std::int64_t>("agent_id") != m_desk->userId("alphaFull"));
    }
};

QTEST_GUILESS_MAIN(TestRatings)
#include "tst_ratings.moc"
