// The rules under the requester portal, against a real desk: one-time sign-in links go only to
// active customers, sign in once, die after 20 minutes, with a newer link, a deactivated account or
// a changed address, are limited per account and hour, and leave a second factor to be asked for;
// a customer reads the public part of a ticket's history (through the API too), never what is the
// desk's own business, and only of tickets they may read. The link's mail is the sign_in_link
// template in the account's language; an admin turns the portal off (no links then); a customer's
// reopening mails the agents; mail and web reopen by one rule; a new request asks for the required
// fields customers fill in; messages show their writer's plain name.

#include "db/ConnectionPool.h"
#include "domain/AuthService.h"
#include "domain/CustomerRequests.h"
#include "domain/PublicHistory.h"
#include "domain/SignInLinks.h"
#include "domain/TicketService.h"
#include "domain/UploadQuota.h"
#include "mail/MailIntake.h"
#include "protocol/ProtocolError.h"
#include "support/Desk.h"
#include "support/MailLinks.h"
#include "support/SmtpSink.h"
#include "support/TotpCodes.h"
#include "support/WaitUntil.h"

#include <QtTest>

#include <memory>

using namespace helpdesk;
using namespace helpdesk::test;
using protocol::ErrorCode;

namespace {
/// The code of an ApiError `call` throws; "none" when it returns.
template <typename Call> QString errorOf(Call call)
{
    try {
        call();
        return QStringLiteral("none");
    } catch (const protocol::ApiError &e) {
        return QString::fromStdString(protocol::errorCodeName(e.code()));
    }
}
} // namespace

class TestRequesterPortal : public QObject
{
    Q_OBJECT

    std::unique_ptr<SmtpSink> m_sink;
    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<db::ConnectionPool> m_pool;
    std::unique_ptr<domain::AuthService> m_auth;
    std::unique_ptr<domain::SignInLinks> m_links;
    int m_people = 0;

    std::string newAddress() { return "requester" + std::to_string(++m_people) + "@portal.example"; }

    /// The sign-in links mailed to `address` so far (their tokens), once the mail settled.
    std::vector<std::string> linksTo(const std::string &address)
    {
        m_desk->waitUntilMailSettled();
        std::vector<std::string> tokens;
        for (const auto &mail : mailsTo(*m_sink, address))
            if (textOf(mail).find("/sign-in-link?token=") != std::string::npos)
                tokens.push_back(linkTokenIn(mail));
        return tokens;
    }

    /// Mails a link to `address` at once (the work of the queued request) and returns its token.
    std::string mailLink(const std::string &address)
    {
        const auto before = linksTo(address).size();
        m_links->send(address);
        auto tokens = linksTo(address);
        return tokens.size() > before ? tokens.back() : std::string();
    }

    std::string signInWith(const std::string &token, const std::optional<std::string> &code = std::nullopt)
    {
        return m_auth->signInWithLink(token, "", code)->getValue<std::string>("token");
    }

    /// The signed-in actor of one of the desk's people (Desk: carol, alphaFull, …).
    domain::Actor actorOf(const std::string &who)
    {
        return m_auth->authenticate(m_desk->signIn(who + "@test.example"));
    }

    /// The subjects of the mails `address` got so far (any case of the address), decoded.
    QStringList subjectsTo(const std::string &address)
    {
        QStringList subjects;
        for (const auto &mail : m_sink->messages())
            if (QString::fromStdString(mail.header("X-RcptTo"))
                    .contains(QString::fromStdString(address), Qt::CaseInsensitive))
                subjects << QString::fromStdString(mail::MailParser::parse(mail.raw).subject);
        return subjects;
    }

    void setPortal(bool enabled)
    {
        auto r = m_desk->as("admin").patch("/api/v1/settings/portal",
                                           json(std::string(R"({"enabled":)") + (enabled ? "true" : "false") + "}"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object("settings")->getValue<bool>("enabled"), enabled);
    }

private slots:
    void initTestCase()
    {
        m_sink = std::make_unique<SmtpSink>();
        m_sink->start();
        m_desk = std::make_unique<Desk>();
        m_desk->useSmtp(m_sink->port());
        m_pool = std::make_unique<db::ConnectionPool>(m_desk->database().conninfo(), 2);
        m_auth = std::make_unique<domain::AuthService>(*m_pool);
        m_links = std::make_unique<domain::SignInLinks>(*m_pool, 3);
    }

    void cleanupTestCase()
    {
        m_links.reset();
        m_auth.reset();
        m_pool.reset();
        m_desk.reset();
        m_sink.reset();
    }

    void linksGoOnlyToActiveCustomers_data()
    {
        QTest::addColumn<QString>("role"); // "" for an address without an account
        QTest::addColumn<bool>("active");
        QTest::addColumn<int>("links");
        QTest::newRow("an active customer gets a link") << "customer" << true << 1;
        QTest::newRow("an address without an account gets none") << "" << true << 0;
        QTest::newRow("a deactivated customer gets none") << "customer" << false << 0;
        QTest::newRow("an agent gets none (staff sign in with a password)") << "agent" << true << 0;
        QTest::newRow("an admin gets none") << "admin" << true << 0;
    }
    void linksGoOnlyToActiveCustomers()
    {
        QFETCH(QString, role);
        QFETCH(bool, active);
        QFETCH(int, links);
        const auto address = newAddress();
        if (!role.isEmpty())
            m_desk->addPerson(address, role.toStdString(), active, false);
        // The request is answered alike either way: it only queues the work.
        QCOMPARE(errorOf([&] { m_links->request(address); }), QStringLiteral("none"));
        QVERIFY(waitUntil(
            [&] {
                return m_desk->scalar("SELECT count(*) FROM jobs WHERE queue = 'auth.sign_in_link'"
                                      " AND state <> 'done'") == 0;
            },
            std::chrono::seconds(20), "the link request was worked off"));
        QCOMPARE(static_cast<int>(linksTo(address).size()), links);
    }

    void aLinkSignsInOnce()
    {
        const auto address = newAddress();
        const auto userId = m_desk->addPerson(address, "customer", true, false); // no password needed
        const auto token = mailLink(address);
        QVERIFY(token.rfind("hdl_", 0) == 0);
        QVERIFY(m_links->state(token).usable);
        QCOMPARE(*m_links->state(token).userId, userId);
        // Only a hash is kept.
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM sign_in_links WHERE token_hash = '" + token + "'"), 0LL);

        const auto session = signInWith(token);
        QVERIFY(session.rfind("hds_", 0) == 0);
        QCOMPARE(m_auth->authenticate(session).userId, userId);
        QVERIFY(!m_links->state(token).usable);
        QCOMPARE(errorOf([&] { signInWith(token); }), QStringLiteral("unauthenticated"));
        QCOMPARE(errorOf([&] { signInWith("hdl_made-up-token"); }), QStringLiteral("unauthenticated"));
    }

    void aLinkDies_data()
    {
        QTest::addColumn<QString>("cause");
        QTest::addColumn<bool>("namesTheAddress"); // the page can offer a new link to the same address
        QTest::newRow("after 20 minutes") << "expired" << true;
        QTest::newRow("when a newer link is mailed") << "newer" << false;
        QTest::newRow("when the account is deactivated") << "deactivated" << false;
        QTest::newRow("when the account's address changes") << "readdressed" << false;
    }
    void aLinkDies()
    {
        QFETCH(QString, cause);
        QFETCH(bool, namesTheAddress);
        const auto address = newAddress();
        const auto userId = m_desk->addPerson(address, "customer", true, false);
        const auto token = mailLink(address);
        QVERIFY(!token.empty());
        const auto user = std::to_string(userId);
        if (cause == QLatin1String("expired"))
            m_desk->exec("UPDATE sign_in_links SET expires_at = now() - interval '1 second' WHERE user_id = " + user);
        else if (cause == QLatin1String("newer"))
            QVERIFY(!mailLink(address).empty());
        else if (cause == QLatin1String("deactivated"))
            m_desk->exec("UPDATE users SET active = false WHERE id = " + user);
        else
            m_desk->exec("UPDATE users SET email = 'moved." + address + "' WHERE id = " + user);
        auto state = m_links->state(token);
        QVERIFY(!state.usable);
        QCOMPARE(state.expiredEmail.has_value(), namesTheAddress);
        if (namesTheAddress)
            QCOMPARE(*state.expiredEmail, address);
        QCOMPARE(errorOf([&] { signInWith(token); }), QStringLiteral("unauthenticated"));
    }

    void linksAreLimitedPerAccountAndHour()
    {
        const auto address = newAddress();
        m_desk->addPerson(address, "customer", true, false);
        for (int i = 0; i < 4; ++i)
            m_links->send(address);
        QCOMPARE(linksTo(address).size(), std::size_t(3));
        // Another account is not held back by this one.
        const auto other = newAddress();
        m_desk->addPerson(other, "customer", true, false);
        QVERIFY(!mailLink(other).empty());
    }

    void aSecondFactorIsStillAskedFor()
    {
        const auto address = newAddress();
        m_desk->addPerson(address, "customer");
        ApiClient client(m_desk->port());
        QCOMPARE(client.login(address, Desk::kPassword).status, 200);
        auto setup = client.post("/api/v1/me/two_factor/setup", json("{}"));
        const auto key = totp::base32Decode(setup.body->getValue<std::string>("secret"));
        QTRY_VERIFY_WITH_TIMEOUT(totp::wellInsideAStep(), 30000);
        auto code = protocol::newObject();
        code->set("code", totp::codeAt(key, totp::now()));
        QCOMPARE(client.post("/api/v1/me/two_factor/enable", code).status, 200);

        const auto token = mailLink(address);
        QCOMPARE(errorOf([&] { signInWith(token); }), QStringLiteral("two_factor_required"));
        QCOMPARE(errorOf([&] { signInWith(token, "000000"); }), QStringLiteral("two_factor_invalid"));
        QVERIFY(m_links->state(token).usable); // a refused code leaves the link working
        // The next step's code (the one of now enabled it), within the drift the server allows.
        QVERIFY(signInWith(token, totp::codeAt(key, totp::now() + totp::kStepSeconds)).rfind("hds_", 0) == 0);
        QVERIFY(!m_links->state(token).usable);
    }

    void customersSeeThePublicHistoryOnly_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("shown");
        for (const char *field : {"created", "title", "group_id", "owner_id", "state_id", "priority_id", "type_id",
                                  "pending_until", "rating"})
            QTest::newRow(qPrintable(QStringLiteral("%1 is public").arg(QLatin1String(field))))
                << QString::fromLatin1(field) << true;
        for (const char *field : {"tags", "watcher", "link.related", "merged_into", "merged_from", "mail.failed",
                                  "sla.breached", "custom.internal_code"})
            QTest::newRow(qPrintable(QStringLiteral("%1 stays internal").arg(QLatin1String(field))))
                << QString::fromLatin1(field) << false;
        QTest::newRow("a custom field customers edit is public") << "custom.serial" << true;
    }
    void customersSeeThePublicHistoryOnly()
    {
        QFETCH(QString, field);
        QFETCH(bool, shown);
        QCOMPARE(domain::PublicHistory::isPublic(field.toStdString(), {"serial"}), shown);
    }

    void theApiGivesCustomersThePublicHistory()
    {
        auto admin = m_desk->as("admin");
        auto agent = m_desk->as("alphaFull");
        const auto ticket = m_desk->openTicket("Alpha", "carol", "Printer");
        const auto path = "/api/v1/tickets/" + std::to_string(ticket);
        auto states = admin.get("/api/v1/states").array("states");
        std::int64_t closed = 0;
        for (unsigned i = 0; i < states->size(); ++i)
            if (states->getObject(i)->getValue<std::string>("state_type") == "closed")
                closed = states->getObject(i)->getValue<std::int64_t>("id");
        QCOMPARE(agent.patch(path, json(R"({"tags":["difficult"]})")).status, 200);
        QCOMPARE(agent.post(path + "/watchers", json("{}")).status, 200);
        QCOMPARE(agent.patch(path, json(R"({"owner_id":)" + std::to_string(m_desk->userId("alphaFull")) + "}")).status,
                 200);
        QCOMPARE(agent.patch(path, json(R"({"state_id":)" + std::to_string(closed) + "}")).status, 200);

        auto staffFields = QStringList();
        auto staff = agent.get(path + "/history").array("history");
        for (unsigned i = 0; i < staff->size(); ++i)
            staffFields << QString::fromStdString(staff->getObject(i)->getValue<std::string>("field"));
        QVERIFY(staffFields.contains(QStringLiteral("tags")));
        QVERIFY(staffFields.contains(QStringLiteral("watcher")));

        for (const char *reader : {"carol", "dave"}) { // dave: carol's shared organization
            auto seen = m_desk->as(reader).get(path + "/history");
            QCOMPARE(seen.status, 200);
            auto history = seen.array("history");
            QStringList fields;
            for (unsigned i = 0; i < history->size(); ++i)
                fields << QString::fromStdString(history->getObject(i)->getValue<std::string>("field"));
            QCOMPARE(fields,
                     (QStringList{QStringLiteral("created"), QStringLiteral("owner_id"), QStringLiteral("state_id")}));
            auto owner = history->getObject(1);
            QCOMPARE(owner->getValue<std::string>("new_label"), std::string("alphaFull"));
            QCOMPARE(owner->getValue<std::string>("actor_name"), std::string("alphaFull"));
            auto closing = history->getObject(2);
            QCOMPARE(closing->getValue<std::string>("new_state_type"), std::string("closed"));
            QVERIFY(!closing->isNull("old_label"));
        }
        QCOMPARE(m_desk->as("erin").get(path + "/history").status, 404);
        QCOMPARE(m_desk->as("erin").get("/api/v1/tickets/99999999/history").errorCode(), std::string("not_found"));
    }

    void theLinksMailIsItsTemplateInTheAccountsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("text");
        QTest::newRow("an English reader") << "en"
                                           << "Your sign-in link for"
                                           << "works once and for 20 minutes";
        QTest::newRow("a German reader") << "de"
                                         << "Ihr Anmeldelink für"
                                         << "20 Minuten";
        QTest::newRow("a Russian reader") << "ru"
                                          << "Ссылка для входа в"
                                          << "20 мин";
        QTest::newRow("an account without a language reads English") << ""
                                                                     << "Your sign-in link for"
                                                                     << "20 minutes";
    }
    void theLinksMailIsItsTemplateInTheAccountsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, subject);
        QFETCH(QString, text);
        const auto address = newAddress();
        const auto userId = m_desk->addPerson(address, "customer", true, false);
        if (!language.isEmpty())
            m_desk->exec("UPDATE users SET language = '" + language.toStdString() +
                         "' WHERE id = " + std::to_string(userId));
        QVERIFY(!mailLink(address).empty());
        auto mails = mailsTo(*m_sink, address);
        QCOMPARE(mails.size(), std::size_t(1));
        auto parsed = mail::MailParser::parse(mails.front().raw);
        QVERIFY2(QString::fromStdString(parsed.subject).startsWith(subject), parsed.subject.c_str());
        QVERIFY2(QString::fromStdString(parsed.text).contains(text), parsed.text.c_str());
        QVERIFY(parsed.text.find("/sign-in-link?token=hdl_") != std::string::npos);
    }

    void anAdminTurnsThePortalOff()
    {
        QCOMPARE(m_desk->as("admin").get("/api/v1/settings/portal").object("settings")->getValue<bool>("enabled"),
                 true); // on by default
        const auto address = newAddress();
        m_desk->addPerson(address, "customer", true, false);
        setPortal(false);
        m_links->send(address);
        QVERIFY(linksTo(address).empty());
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM audit_log WHERE action = 'portal_settings.updated'"), 1LL);
        setPortal(true);
        QVERIFY(!mailLink(address).empty());
        // Unknown keys are refused, as on every settings route.
        QCOMPARE(m_desk->as("admin").patch("/api/v1/settings/portal", json(R"({"enabeld":false})")).status, 400);
    }

    void aCustomersReopeningTellsTheAgents()
    {
        auto agent = m_desk->as("alphaFull");
        const auto title = "Reopen me " + std::to_string(++m_people);
        const auto ticket = m_desk->openTicket("Alpha", "carol", title);
        const auto path = "/api/v1/tickets/" + std::to_string(ticket);
        QCOMPARE(agent.patch(path, json(R"({"owner_id":)" + std::to_string(m_desk->userId("alphaFull")) + "}")).status,
                 200);
        QCOMPARE(
            agent.patch(path, json(R"({"state_id":)" + std::to_string(m_desk->stateOfType("closed")) + "}")).status,
            200);
        const auto number = m_desk->scalar("SELECT number FROM tickets WHERE id = " + std::to_string(ticket));
        const auto carol = actorOf("carol");
        m_pool->write([&](db::Tx &tx) { domain::CustomerRequests::reopen(tx, carol, number); });
        QVERIFY(m_desk->waitUntilMailSettled());
        const auto expected = QStringLiteral("Reopened by the customer: %1").arg(QString::fromStdString(title));
        auto told = [&](const std::string &who) { return subjectsTo(who + "@test.example").filter(expected).size(); };
        QCOMPARE(told("alphaFull"), 1); // the owner
        QCOMPARE(told("betaFull"), 0);  // not of the group
    }

    void mailAndWebReopenByOneRule_data()
    {
        QTest::addColumn<QString>("stateType");
        QTest::addColumn<bool>("reopens");
        QTest::newRow("a new ticket stays new") << "new" << false;
        QTest::newRow("an open ticket stays open") << "open" << false;
        QTest::newRow("a waiting ticket comes back") << "pending_reminder" << true;
        QTest::newRow("a solved ticket comes back") << "pending_close" << true;
        QTest::newRow("a closed ticket comes back") << "closed" << true;
        QTest::newRow("a merged ticket stays merged (it lives on in another)") << "merged" << false;
    }
    void mailAndWebReopenByOneRule()
    {
        QFETCH(QString, stateType);
        QFETCH(bool, reopens);
        protocol::Ticket ticket;
        ticket.stateType = stateType.toStdString();
        ticket.stateId = m_desk->stateOfType(ticket.stateType);
        m_pool->read([&](db::Tx &tx) {
            auto web = domain::TicketService::stateOnCustomerReturn(tx, ticket);
            auto byMail = mail::MailIntake(tx, std::nullopt).customerReplyChange(ticket);
            QCOMPARE(web.has_value(), reopens);
            QCOMPARE(byMail.has_value(), reopens);
            if (reopens) {
                QCOMPARE(*web, m_desk->stateOfType("open"));
                QCOMPARE(byMail->stateId, *web);
            }
        });
    }

    void aMessageShowsItsWritersPlainName_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("shown");
        QTest::newRow("an agent's reply as it went out") << "\"Nora (Network)\" <desk@lab.example>"
                                                         << "Nora (Network)";
        QTest::newRow("a quoted name with an escaped quote") << "\"Ann \\\"A.\\\" Lee\" <a@x.example>"
                                                             << "Ann \"A.\" Lee";
        QTest::newRow("a plain name") << "Dana Fischer <dana@customer.example>"
                                      << "Dana Fischer";
        QTest::newRow("an address alone in brackets") << "<dana@customer.example>"
                                                      << "dana@customer.example";
        QTest::newRow("a bare address") << "dana@customer.example"
                                        << "dana@customer.example";
        QTest::newRow("nothing") << ""
                                 << "";
    }
    void aMessageShowsItsWritersPlainName()
    {
        QFETCH(QString, from);
        QFETCH(QString, shown);
        QCOMPARE(QString::fromStdString(domain::CustomerRequests::writerName(from.toStdString())), shown);
    }

    void theAgentsNameOnTheirReplyIsPlain()
    {
        auto agent = m_desk->as("alphaFull");
        const auto ticket = m_desk->openTicket("Alpha", "carol", "Plain names");
        QCOMPARE(agent
                     .post("/api/v1/tickets/" + std::to_string(ticket) + "/articles",
                           json(R"({"channel":"email","body_text":"Here is the answer."})"))
                     .status,
                 201);
        const auto number = m_desk->scalar("SELECT number FROM tickets WHERE id = " + std::to_string(ticket));
        const auto carol = actorOf("carol");
        auto shown = m_pool->read([&](db::Tx &tx) { return domain::CustomerRequests::view(tx, carol, number); });
        auto messages = shown->getArray("messages");
        auto reply = messages->getObject(messages->size() - 1);
        QCOMPARE(reply->getValue<std::string>("from_name"), std::string("alphaFull"));
        QVERIFY(reply->getValue<std::string>("from").find("alpha@desk.example") != std::string::npos);
    }

    // Last: a required field changes what every later ticket needs.
    void aNewRequestNeedsTheRequiredFieldsCustomersFillIn()
    {
        auto admin = m_desk->as("admin");
        auto field = [&](const std::string &name, bool customerEditable) {
            return admin.post("/api/v1/custom_fields",
                              json(R"({"object_kind":"ticket","name":")" + name + R"(","label":"Label of )" + name +
                                   R"(","field_type":"text","required":true,"customer_editable":)" +
                                   (customerEditable ? "true" : "false") + "}"));
        };
        auto serialField = field("serial_number", true);
        auto internalField = field("internal_code", false);
        QCOMPARE(serialField.status, 201);
        QCOMPARE(internalField.status, 201);
        const auto serial = serialField.object("custom_field")->getValue<std::int64_t>("id");
        const auto internal = internalField.object("custom_field")->getValue<std::int64_t>("id");
        const auto carol = actorOf("carol");
        auto fields = m_pool->read([](db::Tx &tx) { return domain::CustomerRequests::customerFields(tx); });
        QStringList names;
        for (unsigned i = 0; i < fields->size(); ++i)
            names << QString::fromStdString(fields->getObject(i)->getValue<std::string>("name"));
        QCOMPARE(names, QStringList{QStringLiteral("serial_number")}); // never the desk's own
        QCOMPARE(fields->getObject(0)->getValue<bool>("required"), true);

        domain::NewRequest request;
        request.groupId = m_desk->alpha();
        request.title = "Laptop broken";
        request.text = "It does not start.";
        const domain::UploadQuota quota(1 << 20);
        auto open = [&] {
            return m_pool->write([&](db::Tx &tx) { return domain::CustomerRequests::open(tx, carol, request, quota); });
        };
        QString refusedField;
        try {
            open();
        } catch (const protocol::ApiError &e) {
            QCOMPARE(e.code(), ErrorCode::ValidationFailed);
            refusedField = QString::fromStdString(e.field());
        }
        QCOMPARE(refusedField, QStringLiteral("custom.serial_number"));
        request.custom = protocol::newObject();
        request.custom->set("serial_number", std::string("SN-123"));
        const auto number = open();
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM tickets WHERE number = " + std::to_string(number) +
                                " AND custom->>'serial_number' = 'SN-123'"),
                 1LL);
        for (auto id : {serial, internal})
            QCOMPARE(admin.patch("/api/v1/custom_fields/" + std::to_string(id), json(R"({"active":false})")).status,
                     200);
    }
};

QTEST_GUILESS_MAIN(TestRequesterPortal)
#include "tst_requester_portal.moc"
