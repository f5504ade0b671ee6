// A group's web form against a real desk, as a site that embeds it and its visitors use it: a sent
// form mails a confirmation link and opens nothing; opening the link opens nothing either; its
// confirmation opens one ticket as the customer (a new account for a new address), a second one
// answers with the same ticket; an expired link opens nothing; a filled trap field is answered as
// usual and sends nothing; senders and client addresses are limited per hour (429); a form that is
// off or unknown is 404; posts from other sites are taken only from the group's sites; the form's
// page may be framed by those sites only; fields are bounded.

#include "db/ConnectionPool.h"
#include "domain/WebForms.h"
#include "support/Desk.h"
#include "support/MailLinks.h"
#include "support/SmtpSink.h"

#include <Poco/URI.h>

#include <QtTest>

#include <memory>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
constexpr const char *kSite = "https://shop.example";

std::string encoded(const std::string &text)
{
    std::string out;
    Poco::URI::encode(text, "&=+;%#?/", out);
    return out;
}

/// An application/x-www-form-urlencoded body.
std::string formBody(const std::map<std::string, std::string> &fields)
{
    std::string body;
    for (const auto &[name, value] : fields)
        body += (body.empty() ? "" : "&") + name + "=" + encoded(value);
    return body;
}

/// The value of the hidden form token in a page.
std::string csrfIn(const std::string &html)
{
    const std::string marker = "name=\"csrf\" value=\"";
    const auto at = html.find(marker);
    if (at == std::string::npos)
        return {};
    const auto start = at + marker.size();
    return html.substr(start, html.find('"', start) - start);
}
} // namespace

class TestWebForm : public QObject
{
    Q_OBJECT

    std::unique_ptr<SmtpSink> m_sink;
    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<db::ConnectionPool> m_pool;
    std::string m_alphaKey; // Alpha's form: on, embedded by kSite
    std::string m_betaKey;  // Beta's form: off
    int m_senders = 0;
    int m_clients = 10;

    std::string newSender() { return "sender" + std::to_string(++m_senders) + "@visitor.example"; }
    /// A client on a loopback address of its own, so each test spends its own hourly allowance.
    ApiClient newClient()
    {
        ApiClient client(m_desk->port());
        client.setSourceAddress("127.0.0." + std::to_string(++m_clients));
        return client;
    }

    std::map<std::string, std::string> filled(const std::string &email, const std::string &subject = "Broken lamp")
    {
        return {{"name", "Vera Visitor"}, {"email", email}, {"subject", subject}, {"message", "It flickers."}};
    }

    /// Posts the form of `key` as kSite's page would (its Origin).
    ApiResponse post(ApiClient &client, const std::string &key, const std::map<std::string, std::string> &fields,
                     const std::map<std::string, std::string> &headers = {{"Origin", kSite}})
    {
        return client.send("POST", "/form/" + key, formBody(fields), "application/x-www-form-urlencoded", headers);
    }

    /// The confirmation links mailed to `address` (their tokens), once the mail settled.
    std::vector<std::string> linksTo(const std::string &address)
    {
        m_desk->waitUntilMailSettled();
        std::vector<std::string> tokens;
        for (const auto &mail : mailsTo(*m_sink, address))
            if (textOf(mail).find("/form/confirm?token=") != std::string::npos)
                tokens.push_back(linkTokenIn(mail));
        return tokens;
    }

    /// Sends a form for `address` and returns its link's token.
    std::string requestFrom(const std::string &address, const std::string &subject)
    {
        auto client = newClient();
        auto sent = post(client, m_alphaKey, filled(address, subject));
        if (sent.status != 303)
            return {};
        auto tokens = linksTo(address);
        return tokens.empty() ? std::string() : tokens.back();
    }

    domain::WebFormLink confirm(const std::string &token)
    {
        return m_pool->write([&](db::Tx &tx) { return domain::WebForms::confirm(tx, token); });
    }

    long long ticketsTitled(const std::string &title)
    {
        return m_desk->scalar("SELECT count(*) FROM tickets WHERE title = '" + title + "'");
    }

private slots:
    void initTestCase()
    {
        m_sink = std::make_unique<SmtpSink>();
        m_sink->start();
        m_desk = std::make_unique<Desk>([](app::ServerConfig &config) {
            config.limits.webFormsPerSenderPerHour = 2;
            config.limits.webFormsPerAddressPerHour = 3;
        });
        m_desk->useSmtp(m_sink->port());
        m_pool = std::make_unique<db::ConnectionPool>(m_desk->database().conninfo(), 2);
        auto admin = m_desk->as("admin");
        // (":/\\/": moc would read "//" inside a raw string as a comment.)
        auto alpha =
            admin.patch("/api/v1/groups/" + std::to_string(m_desk->alpha()),
                        json("{\"web_form_enabled\":true,\"web_form_sites\":[\"HTTPS:/\\/Shop.Example:443/\"]}"));
        QVERIFY2(alpha.status == 200, alpha.raw.c_str());
        // The site is kept as browsers send it in Origin.
        QCOMPARE(alpha.object("group")->getArray("web_form_sites")->getElement<std::string>(0), std::string(kSite));
        m_alphaKey = alpha.object("group")->getValue<std::string>("web_form_key");
        QCOMPARE(m_alphaKey.size(), std::size_t(32));
        auto groups = admin.get("/api/v1/groups").array("groups");
        for (unsigned i = 0; i < groups->size(); ++i)
            if (groups->getObject(i)->getValue<std::int64_t>("id") == m_desk->beta()) {
                m_betaKey = groups->getObject(i)->getValue<std::string>("web_form_key");
                QVERIFY(!groups->getObject(i)->getValue<bool>("web_form_enabled"));
            }
        QCOMPARE(m_betaKey.size(), std::size_t(32));
        QVERIFY(m_betaKey != m_alphaKey);
    }

    void cleanupTestCase()
    {
        m_pool.reset();
        m_desk.reset();
        m_sink.reset();
    }

    void aConfirmedRequestOpensOneTicket()
    {
        const auto address = newSender();
        auto client = newClient();
        auto sent = post(client, m_alphaKey, filled(address, "Lamp in room 4"));
        QCOMPARE(sent.status, 303);
        QVERIFY(sent.headers["Location"].rfind("/form/" + m_alphaKey + "?sent=1", 0) == 0);
        const auto tokens = linksTo(address);
        QCOMPARE(tokens.size(), std::size_t(1));
        const auto &token = tokens.front();
        QVERIFY(token.rfind("hdw_", 0) == 0);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM web_form_requests WHERE token_hash = '" + token + "'"), 0LL);
        QCOMPARE(ticketsTitled("Lamp in room 4"), 0LL);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM users WHERE email = '" + address + "'"), 0LL);

        // Opening the link (as a mail scanner does) shows a button and opens nothing.
        auto page = client.get("/form/confirm?token=" + token);
        QCOMPARE(page.status, 200);
        QVERIFY(page.raw.find("action=\"/form/confirm\"") != std::string::npos);
        QCOMPARE(ticketsTitled("Lamp in room 4"), 0LL);

        // The button's post (with the page's form token) opens the ticket.
        const auto cookie = page.headers["Set-Cookie"].substr(0, page.headers["Set-Cookie"].find(';'));
        auto confirmed = client.send("POST", "/form/confirm", formBody({{"csrf", csrfIn(page.raw)}, {"token", token}}),
                                     "application/x-www-form-urlencoded", {{"Cookie", cookie}});
        QCOMPARE(confirmed.status, 303);
        QVERIFY(confirmed.headers["Location"].find("opened=1") != std::string::npos);
        QCOMPARE(ticketsTitled("Lamp in room 4"), 1LL);
        const auto ticket = std::to_string(m_desk->scalar("SELECT id FROM tickets WHERE title = 'Lamp in room 4'"));
        QCOMPARE(m_desk->scalar("SELECT group_id FROM tickets WHERE id = " + ticket), m_desk->alpha());
        // As the customer, a new account of that address, with the message as its first article.
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM users u JOIN tickets t ON t.customer_id = u.id WHERE t.id = " +
                                ticket + " AND u.email = '" + address + "' AND u.role = 'customer'"),
                 1LL);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM articles WHERE ticket_id = " + ticket +
                                " AND sender = 'customer' AND channel = 'web' AND body_text = 'It flickers.'"),
                 1LL);

        // A second confirmation answers with the same ticket and opens no other.
        auto again = confirm(token);
        QCOMPARE(again.state, domain::WebFormLinkState::Confirmed);
        QVERIFY(!again.openedNow);
        QCOMPARE(*again.ticketNumber, m_desk->scalar("SELECT number FROM tickets WHERE id = " + ticket));
        QCOMPARE(ticketsTitled("Lamp in room 4"), 1LL);
        auto shown = client.get("/form/confirm?token=" + token);
        QCOMPARE(shown.status, 200);
        QVERIFY(shown.raw.find(std::to_string(*again.ticketNumber)) != std::string::npos);

        // The customer got the usual acknowledgement after the confirmation link.
        m_desk->waitUntilMailSettled();
        auto mails = mailsTo(*m_sink, address);
        QCOMPARE(mails.size(), std::size_t(2));
        QVERIFY(mails.back().header("Subject").find(std::to_string(*again.ticketNumber)) != std::string::npos);
    }

    void aKnownCustomerKeepsTheirAccount()
    {
        const auto address = newSender();
        const auto userId = m_desk->addPerson(address, "customer");
        const auto token = requestFrom(address, "Known sender");
        QVERIFY(!token.empty());
        QVERIFY(confirm(token).openedNow);
        QCOMPARE(m_desk->scalar("SELECT customer_id FROM tickets WHERE title = 'Known sender'"), userId);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM users WHERE lower(email) = '" + address + "'"), 1LL);
    }

    void anExpiredLinkOpensNothing()
    {
        const auto address = newSender();
        const auto token = requestFrom(address, "Too late");
        QVERIFY(!token.empty());
        m_desk->exec("UPDATE web_form_requests SET expires_at = now() - interval '1 second' WHERE email = '" + address +
                     "'");
        QCOMPARE(confirm(token).state, domain::WebFormLinkState::Expired);
        QCOMPARE(ticketsTitled("Too late"), 0LL);
        auto client = newClient();
        QCOMPARE(client.get("/form/confirm?token=" + token).status, 410);
        QCOMPARE(client.get("/form/confirm?token=hdw_never-issued").status, 410);
        QCOMPARE(confirm("hdw_never-issued").state, domain::WebFormLinkState::Unknown);
    }

    void aFilledTrapSendsNothing()
    {
        const auto address = newSender();
        auto client = newClient();
        auto fields = filled(address, "Bot");
        fields["website"] = "http://spam.example";
        auto sent = post(client, m_alphaKey, fields);
        // Answered like any other, so a bot learns nothing.
        QCOMPARE(sent.status, 303);
        QVERIFY(sent.headers["Location"].rfind("/form/" + m_alphaKey + "?sent=1", 0) == 0);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM web_form_requests WHERE email = '" + address + "'"), 0LL);
        QVERIFY(linksTo(address).empty());
    }

    void sendersAndClientsAreLimited_data()
    {
        QTest::addColumn<bool>("sameSender"); // else: one client, new senders
        QTest::addColumn<int>("allowed");
        QTest::newRow("one sender from many places: 2 an hour") << true << 2;
        QTest::newRow("one client for many senders: 3 an hour") << false << 3;
    }
    void sendersAndClientsAreLimited()
    {
        QFETCH(bool, sameSender);
        QFETCH(int, allowed);
        const auto sender = newSender();
        auto client = newClient();
        for (int i = 0; i <= allowed; ++i) {
            auto from = sameSender ? newClient() : client;
            auto answer = post(from, m_alphaKey, filled(sameSender ? sender : newSender(), "Limited"));
            if (i < allowed) {
                QCOMPARE(answer.status, 303);
            } else {
                QCOMPARE(answer.status, 429);
                QVERIFY(answer.retryAfter() > 0);
                QVERIFY(answer.raw.find("name=\"message\"") != std::string::npos); // the form, filled in again
            }
        }
        if (sameSender)
            QCOMPARE(linksTo(sender).size(), std::size_t(allowed));
    }

    void aFormThatIsOffIsNotFound_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("a group whose form is off") << "off";
        QTest::newRow("a key no group has") << "unknown";
        QTest::newRow("an inactive group") << "inactive";
        QTest::newRow("a key replaced by a new one") << "renewed";
    }
    void aFormThatIsOffIsNotFound()
    {
        QFETCH(QString, which);
        auto admin = m_desk->as("admin");
        std::string key = which == QLatin1String("off") ? m_betaKey : "0123456789abcdef0123456789abcdef";
        std::string restore;
        if (which == QLatin1String("inactive") || which == QLatin1String("renewed")) {
            auto group = admin.post("/api/v1/groups",
                                    json(R"({"name":"Form )" + which.toStdString() + R"(","web_form_enabled":true})"));
            QCOMPARE(group.status, 201);
            key = group.object("group")->getValue<std::string>("web_form_key");
            const auto path = "/api/v1/groups/" + std::to_string(group.object("group")->getValue<std::int64_t>("id"));
            auto client = newClient();
            QCOMPARE(client.get("/form/" + key).status, 200);
            auto changed = admin.patch(path, json(which == QLatin1String("inactive") ? R"({"active":false})"
                                                                                     : R"({"new_web_form_key":true})"));
            QCOMPARE(changed.status, 200);
            if (which == QLatin1String("renewed")) {
                const auto renewed = changed.object("group")->getValue<std::string>("web_form_key");
                QVERIFY(renewed != key);
                QCOMPARE(client.get("/form/" + renewed).status, 200);
            }
        }
        auto client = newClient();
        QCOMPARE(client.get("/form/" + key).status, 404);
        const auto address = newSender();
        QCOMPARE(post(client, key, filled(address)).status, 404);
        QVERIFY(linksTo(address).empty());
    }

    void postsComeFromOurPageOrTheGroupsSites_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("status");
        QTest::newRow("the group's site (Origin)") << "Origin" << kSite << 303;
        QTest::newRow("the group's site (Referer, no Origin)") << "Referer"
                                                               << "https://shop.example/contact?x=1" << 303;
        QTest::newRow("our own page in another site's frame (our Origin)") << "Origin"
                                                                           << "ours" << 303;
        QTest::newRow("another site") << "Origin"
                                      << "https://evil.example" << 403;
        QTest::newRow("another port of the group's site") << "Origin"
                                                          << "https://shop.example:8443" << 403;
        QTest::newRow("a page that hides its origin") << "Origin"
                                                      << "null" << 403;
        QTest::newRow("no origin and no form token") << ""
                                                     << "" << 403;
    }
    void postsComeFromOurPageOrTheGroupsSites()
    {
        QFETCH(QString, header);
        QFETCH(QString, value);
        QFETCH(int, status);
        std::map<std::string, std::string> headers;
        if (!header.isEmpty())
            headers[header.toStdString()] = value == QLatin1String("ours")
                                                ? "http://127.0.0.1:" + std::to_string(m_desk->port())
                                                : value.toStdString();
        auto client = newClient();
        const auto address = newSender();
        QCOMPARE(post(client, m_alphaKey, filled(address), headers).status, status);
        QCOMPARE(linksTo(address).size(), std::size_t(status == 303 ? 1 : 0));
    }

    void ourPageSendsWithItsFormToken()
    {
        auto client = newClient();
        auto page = client.get("/form/" + m_alphaKey);
        QCOMPARE(page.status, 200);
        const auto cookie = page.headers["Set-Cookie"].substr(0, page.headers["Set-Cookie"].find(';'));
        const auto address = newSender();
        auto fields = filled(address);
        fields["csrf"] = csrfIn(page.raw);
        QCOMPARE(post(client, m_alphaKey, fields, {{"Cookie", cookie}}).status, 303);
        QCOMPARE(linksTo(address).size(), std::size_t(1));
    }

    void onlyTheGroupsSitesMayFrameTheForm_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("frameAncestors");
        QTest::addColumn<bool>("denied"); // X-Frame-Options: DENY
        QTest::newRow("the form of a group with a site") << "alpha"
                                                         << "frame-ancestors https://shop.example;" << false;
        QTest::newRow("the form of a group without sites") << "plain"
                                                           << "frame-ancestors 'none';" << true;
        QTest::newRow("the confirmation page") << "/form/confirm?token=x"
                                               << "frame-ancestors 'none';" << true;
        QTest::newRow("the sign-in page") << "/sign-in"
                                          << "frame-ancestors 'none';" << true;
    }
    void onlyTheGroupsSitesMayFrameTheForm()
    {
        QFETCH(QString, path);
        QFETCH(QString, frameAncestors);
        QFETCH(bool, denied);
        std::string url = path.toStdString();
        if (path == QLatin1String("alpha")) {
            url = "/form/" + m_alphaKey;
        } else if (path == QLatin1String("plain")) {
            auto group =
                m_desk->as("admin").post("/api/v1/groups", json(R"({"name":"Plain","web_form_enabled":true})"));
            url = "/form/" + group.object("group")->getValue<std::string>("web_form_key");
        }
        auto client = newClient();
        auto page = client.get(url);
        QVERIFY(page.status == 200 || page.status == 410);
        QVERIFY2(page.headers["Content-Security-Policy"].find(frameAncestors.toStdString()) != std::string::npos,
                 page.headers["Content-Security-Policy"].c_str());
        QCOMPARE(page.headers.count("X-Frame-Options") > 0 && page.headers["X-Frame-Options"] == "DENY", denied);
    }

    void fieldsAreBounded_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("no name") << "name"
                                 << "";
        QTest::newRow("a name of 201 characters") << "name" << QString(201, QLatin1Char('n'));
        QTest::newRow("an address that is none") << "email"
                                                 << "not-an-address";
        QTest::newRow("a subject of 201 characters") << "subject" << QString(201, QLatin1Char('s'));
        QTest::newRow("no message") << "message"
                                    << "   ";
        QTest::newRow("a message of 20,001 characters") << "message" << QString(20001, QLatin1Char('m'));
    }
    void fieldsAreBounded()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        auto client = newClient();
        const auto address = newSender();
        auto fields = filled(address);
        fields[field.toStdString()] = value.toStdString();
        auto answer = post(client, m_alphaKey, fields);
        QCOMPARE(answer.status, 422);
        QVERIFY(answer.raw.find("id=\"" + field.toStdString() + "-error\"") != std::string::npos);
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM web_form_requests WHERE email = '" + address + "'"), 0LL);
    }

    void sitesMustBeOrigins_data()
    {
        QTest::addColumn<QString>("site");
        QTest::newRow("a path") << "https://shop.example/contact";
        QTest::newRow("another scheme") << "ftp://shop.example";
        QTest::newRow("no scheme") << "shop.example";
        QTest::newRow("a wildcard") << "https://*.example";
        QTest::newRow("a second source") << "https://shop.example https://evil.example";
    }
    void sitesMustBeOrigins()
    {
        QFETCH(QString, site);
        auto body = protocol::newObject();
        body->set("web_form_sites", protocol::toJsonArray(std::vector<std::string>{site.toStdString()}));
        auto answer = m_desk->as("admin").patch("/api/v1/groups/" + std::to_string(m_desk->alpha()), body);
        QCOMPARE(answer.status, 422);
        QCOMPARE(answer.errorField(), std::string("web_form_sites"));
    }
};

QTEST_GUILESS_MAIN(TestWebForm)
#include "tst_web_form.moc"
