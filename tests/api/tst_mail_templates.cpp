// Mail in the reader's language, from templates admins may change per group, against a real
// server, PostgreSQL, the real mailgate and an SMTP sink: each kind of mail reaches a German
// reader in German and a Russian one in Russian; a group's override is used and a reset brings
// the default back; a preview shows sample values or a broken template's line and column; text
// mail keeps "<", "&" and quotes as typed; the portal's link goes only to the configured domains;
// a group that accepts requests first acknowledges once an agent takes the ticket, once; and the
// acknowledgement texts desks set before templates (and across the upgrade) still speak.

#include "jobs/SlaWatcher.h"
#include "mail/MailParser.h"
#include "support/Desk.h"
#include "support/MailLinks.h"
#include "support/MailScenario.h"
#include "support/SmtpSink.h"
#include "support/WaitUntil.h"

#include <QtTest>

#include <fstream>
#include <iterator>
#include <memory>

using namespace helpdesk::test;
using helpdesk::mail::MailParser;
using helpdesk::mail::ParsedMail;
using helpdesk::protocol::JsonObject;
using helpdesk::protocol::newObject;

namespace {
/// Small sign-in limits: three wrong passwords lock an account (and mail its owner) at once.
void quickLock(helpdesk::app::ServerConfig &config)
{
    config.limits.signInFreeFailuresPerAccount = 100;
    config.limits.signInFreeFailuresPerAddress = 1000;
    config.limits.signInLockAfterFailures = 3;
}

std::string str(std::int64_t value)
{
    return std::to_string(value);
}

constexpr const char *kPublicUrl = "https://help.desk.example";

/// {"email": address}.
JsonObject withEmail(const std::string &address)
{
    auto body = newObject();
    body->set("email", address);
    return body;
}
} // namespace

class TestMailTemplates : public QObject
{
    Q_OBJECT

    std::unique_ptr<SmtpSink> m_sink;
    std::unique_ptr<Desk> m_desk;
    std::string m_mailgateToken;
    std::int64_t m_lingua = 0; // address lingua@desk.example; agents agent-de (German) and agent-ru (Russian)
    int m_serial = 0;

    std::string unique(const std::string &what) { return what + "-" + str(++m_serial); }

    MailScenario mail() { return MailScenario(*m_desk, *m_sink, m_mailgateToken); }

    ApiResponse admin(const std::string &verb, const std::string &path, const JsonObject &body = newObject())
    {
        auto client = m_desk->as("admin");
        if (verb == "GET")
            return client.get(path);
        if (verb == "DELETE")
            return client.del(path);
        if (verb == "PUT")
            return client.put(path, body);
        if (verb == "PATCH")
            return client.patch(path, body);
        return client.post(path, body);
    }

    /// A person (a customer unless said) whose account speaks `language` ("" for none).
    std::int64_t person(const std::string &email, const std::string &language, const std::string &role = "customer",
                        bool withPassword = true)
    {
        auto id = m_desk->addPerson(email, role, true, withPassword);
        if (!language.empty()) {
            auto body = newObject();
            body->set("language", language);
            auto r = admin("PATCH", "/api/v1/users/" + str(id), body);
            if (r.status != 200)
                qFatal("setting the language of %s: %s", email.c_str(), r.raw.c_str());
        }
        return id;
    }

    std::int64_t group(const std::string &name, const std::string &address, const std::string &extra = {})
    {
        auto body = json("{" + extra + "}");
        body->set("name", name);
        body->set("addresses", helpdesk::protocol::toJsonArray(std::vector<std::string>{address}));
        auto r = admin("POST", "/api/v1/groups", body);
        if (r.status != 201)
            qFatal("creating group %s: %s", name.c_str(), r.raw.c_str());
        return r.object("group")->getValue<std::int64_t>("id");
    }

    /// A customer's mail into the desk; returns the ticket it opened or landed on.
    std::int64_t mailIn(const std::string &from, const std::string &to, const std::string &subject,
                        const std::string &body = "Please help.", const std::string &messageId = {})
    {
        auto id = messageId.empty() ? uniqueMessageId("in") : messageId;
        if (mail().deliver(plainMail(from, to, subject, body, id), to) != 0)
            return 0;
        auto inbound = mail().inboundFor(id);
        return inbound && inbound->has("ticket_id") && !inbound->isNull("ticket_id")
                   ? inbound->getValue<std::int64_t>("ticket_id")
                   : 0;
    }

    std::int64_t numberOf(std::int64_t ticketId)
    {
        return m_desk->scalar("SELECT number FROM tickets WHERE id = " + str(ticketId));
    }

    /// The mails `address` received, as a mail client shows them (subject and text decoded).
    std::vector<ParsedMail> mailsFor(const std::string &address)
    {
        std::vector<ParsedMail> out;
        for (const auto &received : mailsTo(*m_sink, address))
            out.push_back(MailParser::parse(received.raw));
        return out;
    }

    /// Waits for a mail to `address` whose subject contains `part` (and `also`); the first such one.
    std::optional<ParsedMail> waitForMail(const std::string &address, const std::string &part,
                                          const std::string &also = {})
    {
        std::optional<ParsedMail> found;
        waitUntil(
            [&] {
                for (auto &parsed : mailsFor(address))
                    if (parsed.subject.find(part) != std::string::npos &&
                        parsed.subject.find(also) != std::string::npos) {
                        found = parsed;
                        return true;
                    }
                return false;
            },
            std::chrono::seconds(20), "a mail to " + address + " with \"" + part + "\"", std::chrono::milliseconds(50));
        return found;
    }

    long long acknowledgementsOf(std::int64_t ticketId)
    {
        return m_desk->scalar("SELECT count(*) FROM outbound_mail WHERE kind = 'acknowledgement' AND ticket_id = " +
                              str(ticketId));
    }

    /// Makes the mail of one kind go to a reader of `language`; returns where it goes and what its
    /// subject must also name (a ticket's title or number).
    std::pair<std::string, std::string> cause(const std::string &kind, const std::string &language)
    {
        const auto tag = kind + "-" + language + "-" + str(++m_serial);
        const auto customer = tag + "@customer.example";
        const auto agent = "agent-" + language + "@test.example";
        const auto title = "Case " + tag;
        if (kind == "acknowledgement") {
            person(customer, language);
            mailIn(customer, "lingua@desk.example", title);
            return {customer, ""};
        }
        if (kind == "agent_new_ticket") {
            mailIn(customer, "lingua@desk.example", title);
            return {agent, title};
        }
        if (kind == "agent_new_reply") {
            auto ticketId = mailIn(customer, "lingua@desk.example", title);
            mailIn(customer, "lingua@desk.example", "Re: [Ticket#" + str(numberOf(ticketId)) + "] " + title,
                   "Any news?");
            return {agent, title};
        }
        if (kind == "agent_unverified_sender") {
            // Mail in the name of a colleague with nothing vouching for it: a warning, not a notification.
            auto ticketId = mailIn("agent-ru@test.example", "lingua@desk.example", title);
            return {agent, str(numberOf(ticketId))};
        }
        if (kind == "agent_sla_breach") {
            auto ticketId = mailIn(customer, "lingua@desk.example", title);
            m_desk->exec("UPDATE tickets SET solution_due_at = now() - interval '1 minute' WHERE id = " +
                         str(ticketId));
            m_desk->server().server().slaWatcher().checkNow();
            return {agent, title};
        }
        if (kind == "password_reset") {
            person(customer, language);
            admin("POST", "/api/v1/auth/password_reset", withEmail(customer));
            return {customer, ""};
        }
        if (kind == "invitation") {
            auto id = person(customer, language, "customer", false);
            admin("POST", "/api/v1/users/" + str(id) + "/invite");
            return {customer, ""};
        }
        if (kind == "address_confirmation" || kind == "address_change_pending") {
            auto id = person(customer, language);
            ApiClient self(m_desk->port());
            self.setToken(m_desk->signIn(customer));
            const auto next = "new-" + customer;
            self.patch("/api/v1/users/" + str(id), withEmail(next));
            return {kind == "address_confirmation" ? next : customer, ""};
        }
        if (kind == "address_changed") {
            auto id = person(customer, language);
            admin("PATCH", "/api/v1/users/" + str(id), withEmail("moved-" + customer));
            return {customer, ""};
        }
        if (kind == "sign_in_locked") {
            person(customer, language);
            for (int i = 0; i < 3; ++i)
                ApiClient(m_desk->port()).login(customer, "not the password");
            return {customer, ""};
        }
        qFatal("no way to cause %s", kind.c_str());
    }

private slots:
    void initTestCase()
    {
        m_sink = std::make_unique<SmtpSink>();
        m_sink->start();
        m_desk = std::make_unique<Desk>(&quickLock);
        m_desk->useSmtp(m_sink->port());
        auto settings = json(R"({"system_address":"helpdesk@desk.example","noreply_address":"noreply@desk.example",
            "message_id_domain":"desk.example","auto_reply_limit_per_hour":1000})");
        settings->set("public_url", std::string(kPublicUrl));
        QCOMPARE(admin("PATCH", "/api/v1/settings/mail", settings).status, 200);
        auto token = admin("POST", "/api/v1/tokens", json(R"({"name":"mailgate"})"));
        QCOMPARE(token.status, 201);
        m_mailgateToken = token.body->getValue<std::string>("token");
        m_lingua = group("Lingua", "lingua@desk.example");
        for (const auto &language : {"de", "ru"}) {
            auto id = person(std::string("agent-") + language + "@test.example", language, "agent");
            QCOMPARE(
                admin("PUT", "/api/v1/groups/" + str(m_lingua) + "/members/" + str(id), json(R"({"access":"full"})"))
                    .status,
                200);
        }
        // Around the clock, so that a due time set in the past is a breach at once.
        auto calendar = admin("POST", "/api/v1/calendars", json(R"({"name":"Always","time_zone":"UTC","hours":{
            "mon":[["00:00","24:00"]],"tue":[["00:00","24:00"]],"wed":[["00:00","24:00"]],"thu":[["00:00","24:00"]],
            "fri":[["00:00","24:00"]],"sat":[["00:00","24:00"]],"sun":[["00:00","24:00"]]}})"));
        QCOMPARE(calendar.status, 201);
        auto sla = admin("POST", "/api/v1/slas",
                         json(R"({"name":"Lingua","calendar_id":)" +
                              str(calendar.object("calendar")->getValue<std::int64_t>("id")) +
                              R"(,"first_response_minutes":600,"solution_minutes":600,"warning_minutes":5,
                              "condition":{"group_ids":[)" +
                              str(m_lingua) + "]}}"));
        QCOMPARE(sla.status, 201);
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_sink.reset();
    }

    void eachMailSpeaksTheReadersLanguage_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("text");
        auto row = [](const char *kind, const char *language, const char *subject, const char *text) {
            QTest::addRow("%s for a reader of %s", kind, language)
                << QString::fromUtf8(kind) << QString::fromUtf8(language) << QString::fromUtf8(subject)
                << QString::fromUtf8(text);
        };
        row("acknowledgement", "de", "Wir haben Ihre Nachricht erhalten", "vielen Dank für Ihre Nachricht");
        row("acknowledgement", "ru", "Мы получили ваше сообщение", "Спасибо за ваше сообщение");
        row("agent_new_ticket", "de", "Neues Ticket: ", "Gruppe: Lingua");
        row("agent_new_ticket", "ru", "Новая заявка: ", "Группа: Lingua");
        row("agent_new_reply", "de", "Neue Nachricht: ", "Any news?");
        row("agent_new_reply", "ru", "Новое сообщение: ", "Any news?");
        row("agent_unverified_sender", "de", "Unbestätigter Absender bei Ticket", "unbestätigter Absender");
        row("agent_unverified_sender", "ru", "Неподтверждённый отправитель в заявке", "неподтверждённый отправитель");
        row("agent_sla_breach", "de", "SLA verletzt: Lösung", "ist am");
        row("agent_sla_breach", "ru", "Нарушение SLA: решение", "Истёк срок (решение)");
        row("password_reset", "de", "Passwort zurücksetzen", "/reset-password?token=hdr_");
        row("password_reset", "ru", "Сброс пароля", "/reset-password?token=hdr_");
        row("invitation", "de", "Einladung zu Helpdesk", "/accept-invitation?token=hdi_");
        row("invitation", "ru", "Приглашение в Helpdesk", "/accept-invitation?token=hdi_");
        row("address_confirmation", "de", "Bestätigen Sie Ihre neue E-Mail-Adresse", "/confirm-email?token=hde_");
        row("address_confirmation", "ru", "Подтвердите новый адрес электронной почты", "/confirm-email?token=hde_");
        row("address_change_pending", "de", "Ihre E-Mail-Adresse soll geändert werden", "in new-");
        row("address_change_pending", "ru", "Адрес вашей электронной почты скоро изменится", "на new-");
        row("address_changed", "de", "Ihre E-Mail-Adresse wurde geändert", "ein Administrator von Helpdesk");
        row("address_changed", "ru", "Адрес вашей электронной почты изменён", "изменён администратором");
        row("sign_in_locked", "de", "Ihr Konto wurde nach fehlgeschlagenen Anmeldungen gesperrt",
            "nach 3 fehlgeschlagenen Anmeldungen");
        row("sign_in_locked", "ru", "Учётная запись заблокирована", "После 3 неудачных попыток");
    }

    void eachMailSpeaksTheReadersLanguage()
    {
        QFETCH(QString, kind);
        QFETCH(QString, language);
        QFETCH(QString, subject);
        QFETCH(QString, text);
        auto [to, marker] = cause(kind.toStdString(), language.toStdString());
        // Among the mails of other rows, the one about this row's ticket (its title or number).
        auto received = waitForMail(to, subject.toStdString(), marker);
        QVERIFY2(received, qPrintable(kind + QStringLiteral(" never reached ") + QString::fromStdString(to)));
        QVERIFY2(received->text.find(text.toStdString()) != std::string::npos, received->text.c_str());
    }

    void aGroupOverrideIsUsedAndAResetBringsTheDefaultBack()
    {
        const std::string path = "/api/v1/mail_templates/acknowledgement/de";
        auto texts = newObject();
        texts->set("group_id", m_lingua);
        texts->set("subject", std::string("Angekommen: {{ticket_number}}"));
        texts->set("body",
                   std::string("Hallo {{customer_name}},\n\nTicket {{ticket_number}} ist bei uns. <Team> & \"Co\"\n"));
        auto set = admin("PUT", path, texts);
        QVERIFY2(set.status == 200, set.raw.c_str());
        QCOMPARE(set.object("template")->getValue<std::string>("body_from"), std::string("group"));
        QCOMPARE(set.object("template")->getValue<std::string>("default_subject"),
                 std::string("Wir haben Ihre Nachricht erhalten"));

        const auto first = unique("override") + "@customer.example";
        person(first, "de");
        auto number = str(numberOf(mailIn(first, "lingua@desk.example", "Drucker")));
        auto overridden = waitForMail(first, "Angekommen: " + number);
        QVERIFY(overridden);
        QVERIFY2(overridden->text.find("Hallo " + first.substr(0, first.find('@')) + ",\n\nTicket " + number +
                                       " ist bei uns. <Team> & \"Co\"") != std::string::npos,
                 overridden->text.c_str());
        // Another group keeps the default, and so does a Russian reader of this one.
        const auto russian = unique("override-ru") + "@customer.example";
        person(russian, "ru");
        mailIn(russian, "lingua@desk.example", "Printer");
        QVERIFY(waitForMail(russian, "Мы получили ваше сообщение"));

        auto reset = admin("DELETE", path + "?group_id=" + str(m_lingua));
        QCOMPARE(reset.status, 200);
        QCOMPARE(reset.object("template")->getValue<std::string>("subject_from"), std::string("default"));
        const auto second = unique("after-reset") + "@customer.example";
        person(second, "de");
        mailIn(second, "lingua@desk.example", "Drucker");
        auto restored = waitForMail(second, "Wir haben Ihre Nachricht erhalten");
        QVERIFY(restored);
        QVERIFY(restored->text.find("ist bei uns") == std::string::npos);
    }

    void theDesksOverrideStandsBeneathTheGroups()
    {
        const std::string path = "/api/v1/mail_templates/acknowledgement/ru";
        QCOMPARE(
            admin("PUT", path, json("{\"subject\":\"Заявка {{ticket_number}} принята\",\"body\":\"Ждите.\"}")).status,
            200);
        const auto reader = unique("desk-level") + "@customer.example";
        person(reader, "ru");
        auto number = str(numberOf(mailIn(reader, "lingua@desk.example", "Printer")));
        auto received = waitForMail(reader, "Заявка " + number + " принята");
        QVERIFY(received);
        QVERIFY2(received->text.find("Ждите.") != std::string::npos, received->text.c_str());
        auto asGroup = admin("GET", path + "?group_id=" + str(m_lingua));
        QCOMPARE(asGroup.object("template")->getValue<std::string>("subject_from"), std::string("desk"));
        QCOMPARE(asGroup.object("template")->getValue<std::string>("default_subject"),
                 std::string("Заявка {{ticket_number}} принята"));
        QCOMPARE(admin("DELETE", path).status, 200);
    }

    void aChangeIsCheckedAndRefusedWithItsPlace_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        const QString ack = QStringLiteral("/api/v1/mail_templates/acknowledgement/de");
        QTest::newRow("a section never closed, with its line and column")
            << ack << "{\"subject\":\"Danke\",\"body\":\"Hallo,\\n  {{#portal_url}}\\nLink\"}" << 422 << "body"
            << "line 2, column 3";
        QTest::newRow("a placeholder the template does not know")
            << ack << "{\"subject\":\"Danke {{passwort}}\",\"body\":\"Hallo\"}" << 422 << "subject"
            << "{{passwort}} is not a placeholder";
        QTest::newRow("a subject on two lines")
            << ack << R"({"subject":"Danke\nBcc: x@evil.example","body":"Hallo"})" << 422 << "subject"
            << "one line";
        QTest::newRow("a body past the size limit")
            << ack << QStringLiteral("{\"subject\":\"Danke\",\"body\":\"%1\"}").arg(QString(20001, QLatin1Char('x')))
            << 422 << "body"
            << "20000";
        QTest::newRow("an empty subject") << ack << R"({"subject":"  ","body":"Hallo"})" << 422 << "subject"
                                          << "empty";
        QTest::newRow("a template there is none of") << "/api/v1/mail_templates/farewell/de"
                                                     << R"({"subject":"a","body":"b"})" << 404 << "name"
                                                     << "farewell";
        QTest::newRow("a language that is no language tag") << "/api/v1/mail_templates/acknowledgement/deutsch"
                                                            << R"({"subject":"a","body":"b"})" << 422 << "language"
                                                            << "language tag";
        QTest::newRow("an account mail for one group only")
            << "/api/v1/mail_templates/password_reset/de"
            << R"({"group_id":1,"subject":"a","body":"b"})" << 422 << "group_id"
            << "every group";
    }

    void aChangeIsCheckedAndRefusedWithItsPlace()
    {
        QFETCH(QString, path);
        QFETCH(QString, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        QFETCH(QString, says);
        auto r = m_desk->as("admin").send("PUT", path.toStdString(), body.toStdString());
        QCOMPARE(r.status, status);
        QCOMPARE(QString::fromStdString(r.errorField()), field);
        QVERIFY2(r.raw.find(says.toStdString()) != std::string::npos, r.raw.c_str());
        // Nothing was stored: the German acknowledgement still comes from the shipped texts.
        auto now = admin("GET", "/api/v1/mail_templates/acknowledgement/de");
        QCOMPARE(now.object("template")->getValue<std::string>("subject_from"), std::string("default"));
    }

    void onlyAdminsSeeAndChangeTemplates_data()
    {
        QTest::addColumn<QString>("who");
        QTest::newRow("an agent with full access") << "alphaFull";
        QTest::newRow("a supervisor") << "supervisor";
        QTest::newRow("a customer") << "carol";
    }

    void onlyAdminsSeeAndChangeTemplates()
    {
        QFETCH(QString, who);
        auto client = m_desk->as(who.toStdString());
        QCOMPARE(client.get("/api/v1/mail_templates").status, 403);
        QCOMPARE(client.put("/api/v1/mail_templates/acknowledgement/de", json(R"({"subject":"x","body":"y"})")).status,
                 403);
    }

    void aPreviewShowsSampleValuesOrWhereATemplateBreaks_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<QString>("subject"); // "" : none (broken)
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("problem"); // "field line column", or ""
        QTest::newRow("the stored texts with sample values")
            << "{}"
            << "We received your message"
            << "Dear Dana Fischer,\n\nthank you for your message. We have "
               "opened ticket 10042"
            << "";
        QTest::newRow("an unsaved body with the desk's own name")
            << "{\"body\":\"{{desk_name}}: {{ticket_title}} & <{{customer_name}}>\"}"
            << "We received your message"
            << "Helpdesk: Printer on the 2nd floor jams & <Dana Fischer>"
            << "";
        QTest::newRow("a broken body, said where") << "{\"body\":\"Hello,\\n\\n{{#portal_url}}link\"}"
                                                   << "We received your message"
                                                   << ""
                                                   << "body 3 1";
        QTest::newRow("a misspelt placeholder in the subject, said where") << "{\"subject\":\"Re: {{ticket_titel}}\"}"
                                                                           << ""
                                                                           << "thank you for your message"
                                                                           << "subject 1 5";
    }

    void aPreviewShowsSampleValuesOrWhereATemplateBreaks()
    {
        QFETCH(QString, request);
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(QString, problem);
        auto r = admin("POST", "/api/v1/mail_templates/acknowledgement/en/preview", json(request.toStdString()));
        QVERIFY2(r.status == 200, r.raw.c_str());
        auto preview = r.object("preview");
        if (subject.isEmpty())
            QVERIFY(preview->isNull("subject"));
        else
            QCOMPARE(QString::fromStdString(preview->getValue<std::string>("subject")), subject);
        if (body.isEmpty())
            QVERIFY(preview->isNull("body"));
        else
            QVERIFY2(preview->getValue<std::string>("body").find(body.toStdString()) != std::string::npos,
                     r.raw.c_str());
        auto problems = preview->getArray("problems");
        QCOMPARE(problems->size(), problem.isEmpty() ? 0u : 1u);
        if (!problem.isEmpty()) {
            auto found = problems->getObject(0);
            QCOMPARE(QStringLiteral("%1 %2 %3")
                         .arg(QString::fromStdString(found->getValue<std::string>("field")))
                         .arg(found->getValue<int>("line"))
                         .arg(found->getValue<int>("column")),
                     problem);
        }
    }

    void aPreviewUsesTheWordsOfItsLanguage()
    {
        auto r = admin("POST", "/api/v1/mail_templates/agent_sla_breach/ru/preview", newObject());
        QCOMPARE(r.status, 200);
        QVERIFY2(r.object("preview")->getValue<std::string>("subject").find("Нарушение SLA: решение") !=
                     std::string::npos,
                 r.raw.c_str());
    }

    void textMailKeepsWhatPeopleTypedAsTyped()
    {
        // The title and message go into the agents' notification as they were written.
        const std::string title = R"(<b>Tom & "Jerry"</b> isn't it)";
        const std::string message = R"(a < b && c > "d" 'e')";
        mailIn(unique("typed") + "@customer.example", "alpha@desk.example", title, message);
        auto notice = waitForMail("alphaFull@test.example", "New ticket: " + title);
        QVERIFY(notice);
        QVERIFY2(notice->text.find("Ticket: ") != std::string::npos && notice->text.find(title) != std::string::npos,
                 notice->text.c_str());
        QVERIFY2(notice->text.find(message) != std::string::npos, notice->text.c_str());
        QVERIFY(notice->text.find("&amp;") == std::string::npos && notice->text.find("&quot;") == std::string::npos);
    }

    void thePortalLinkGoesOnlyToTheConfiguredDomains_data()
    {
        QTest::addColumn<bool>("link");
        QTest::addColumn<QString>("domains");
        QTest::addColumn<QString>("requester");
        QTest::addColumn<bool>("offered");
        QTest::newRow("the lab's own staff") << true << R"(["lab.example"])"
                                             << "ann@lab.example" << true;
        QTest::newRow("staff at a subdomain of the lab") << true << R"(["@Lab.Example"])"
                                                         << "bo@mail.lab.example" << true;
        QTest::newRow("someone from elsewhere") << true << R"(["lab.example"])"
                                                << "cy@other.example" << false;
        QTest::newRow("a look-alike domain") << true << R"(["lab.example"])"
                                             << "di@evillab.example" << false;
        QTest::newRow("no domains: every requester") << true << "[]"
                                                     << "ed@other.example" << true;
        QTest::newRow("the link switched off") << false << "[]"
                                               << "fi@lab.example" << false;
    }

    void thePortalLinkGoesOnlyToTheConfiguredDomains()
    {
        QFETCH(bool, link);
        QFETCH(QString, domains);
        QFETCH(QString, requester);
        QFETCH(bool, offered);
        static const auto portal = group("Portal", "portal@desk.example");
        auto options = json(R"({"acknowledgement_portal_link":)" + std::string(link ? "true" : "false") +
                            R"(,"acknowledgement_portal_domains":)" + domains.toStdString() + "}");
        QCOMPARE(admin("PATCH", "/api/v1/groups/" + str(portal), options).status, 200);
        const auto to = unique("portal") + "." + requester.toStdString();
        mailIn(to, "portal@desk.example", "Access to the wiki");
        auto ack = waitForMail(to, "We received your message");
        QVERIFY(ack);
        const std::string linkLine = "at any time here:\n" + std::string(kPublicUrl) + "/\n";
        QCOMPARE(ack->text.find(linkLine) != std::string::npos, offered);
    }

    void noPortalLinkWhileThePortalIsOff()
    {
        group("Offered", "offered@desk.example", R"("acknowledgement_portal_link":true)");
        auto acknowledge = [&](const std::string &who) {
            const auto to = unique(who) + "@anywhere.example";
            mailIn(to, "offered@desk.example", "Access to the VPN");
            auto ack = waitForMail(to, "We received your message");
            return ack && ack->text.find(std::string(kPublicUrl) + "/\n") != std::string::npos;
        };
        QVERIFY(acknowledge("portal-on"));
        QCOMPARE(admin("PATCH", "/api/v1/settings/portal", json(R"({"enabled":false})")).status, 200);
        QVERIFY(!acknowledge("portal-off"));
        QCOMPARE(admin("PATCH", "/api/v1/settings/portal", json(R"({"enabled":true})")).status, 200);
        QVERIFY(acknowledge("portal-on-again"));
    }

    void aGroupThatAcceptsFirstAcknowledgesOnceAnAgentTakesTheTicket_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("again");
        QTest::newRow("an agent assigns it, then changes its state") << "owner"
                                                                     << "state";
        QTest::newRow("an agent opens it, then assigns it") << "state"
                                                            << "owner";
    }

    void aGroupThatAcceptsFirstAcknowledgesOnceAnAgentTakesTheTicket()
    {
        QFETCH(QString, change);
        QFETCH(QString, again);
        static const auto validated =
            group("Validated", "validated@desk.example", R"("acknowledge_after_acceptance":true)");
        static const auto agentId = [&] {
            auto id = m_desk->scalar("SELECT id FROM users WHERE email = 'agent-de@test.example'");
            admin("PUT", "/api/v1/groups/" + str(validated) + "/members/" + str(id), json(R"({"access":"full"})"));
            return id;
        }();
        const auto customer = unique("validated") + "@customer.example";
        const auto messageId = uniqueMessageId("validated");
        auto ticketId = mailIn(customer, "validated@desk.example", "New laptop", "Please order one.", messageId);
        QVERIFY(ticketId);
        QVERIFY(m_desk->waitUntilMailSettled());
        QCOMPARE(acknowledgementsOf(ticketId), 0LL); // nothing on arrival
        QCOMPARE(mailsFor(customer).size(), std::size_t(0));

        ApiClient agent(m_desk->port());
        agent.setToken(m_desk->signIn("agent-de@test.example"));
        const auto openState =
            m_desk->scalar("SELECT id FROM ticket_states WHERE state_type = 'open' ORDER BY id LIMIT 1");
        auto take = [&](const QString &how) {
            auto body = how == QLatin1String("owner") ? json(R"({"owner_id":)" + str(agentId) + "}")
                                                      : json(R"({"state_id":)" + str(openState) + "}");
            return agent.patch("/api/v1/tickets/" + str(ticketId), body).status;
        };
        QCOMPARE(take(change), 200);
        auto ack = waitForMail(customer, "We received your message");
        QVERIFY(ack);
        QCOMPARE(ack->inReplyTo.value_or(""), messageId); // it still answers the customer's mail
        QCOMPARE(take(again), 200);                       // taken a second time
        QVERIFY(m_desk->waitUntilMailSettled());
        QCOMPARE(acknowledgementsOf(ticketId), 1LL);
        QCOMPARE(mailsFor(customer).size(), std::size_t(1));
    }

    void theAcknowledgementFieldsOfBeforeStillSpeak()
    {
        // As older clients set them: the group's text, a German translation, {placeholders}.
        const auto legacy = group(
            "Legacy", "legacy@desk.example",
            "\"acknowledgement_subject\":\"Re: {ticket_title}\",\"acknowledgement_translations\":{\"de\":"
            "{\"subject\":\"Ihre Anfrage {ticket_number}\",\"body\":\"Danke, {customer_name}. <3 & \\\"mehr\\\"\"}}");
        const auto stranger = unique("stranger") + "@sender.example";
        mailIn(stranger, "legacy@desk.example", "Printer jam");
        auto english = waitForMail(stranger, "] Re: Printer jam");
        QVERIFY(english);
        QVERIFY2(english->text.find("thank you for your message") != std::string::npos, english->text.c_str());
        const auto german = unique("legacy-de") + "@customer.example";
        person(german, "de-AT");
        auto number = str(numberOf(mailIn(german, "legacy@desk.example", "Drucker")));
        auto translated = waitForMail(german, "Ihre Anfrage " + number);
        QVERIFY(translated);
        QVERIFY2(translated->text.find("Danke, " + german.substr(0, german.find('@')) + ". <3 & \"mehr\"") !=
                     std::string::npos,
                 translated->text.c_str());
        // The template editor shows them as the group's; null brings the default back.
        auto shown = admin("GET", "/api/v1/mail_templates/acknowledgement/en?group_id=" + str(legacy));
        QCOMPARE(shown.object("template")->getValue<std::string>("subject"), std::string("Re: {{ticket_title}}"));
        QCOMPARE(admin("PATCH", "/api/v1/groups/" + str(legacy), json(R"({"acknowledgement_subject":null})")).status,
                 200);
        const auto later = unique("stranger") + "@sender.example";
        mailIn(later, "legacy@desk.example", "Printer jam");
        QVERIFY(waitForMail(later, "] We received your message"));
        // An older client's form sends a field left empty as "": the default too, never an empty subject.
        QCOMPARE(admin("PATCH", "/api/v1/groups/" + str(legacy), json(R"({"acknowledgement_subject":"Hi"})")).status,
                 200);
        QCOMPARE(admin("PATCH", "/api/v1/groups/" + str(legacy), json(R"({"acknowledgement_subject":""})")).status,
                 200);
        auto now = admin("GET", "/api/v1/mail_templates/acknowledgement/en?group_id=" + str(legacy));
        QCOMPARE(now.object("template")->getValue<std::string>("subject"), std::string("We received your message"));
    }

    void theAcknowledgementTextsOfADeskSurviveTheUpgrade()
    {
        // A group as migration 0025 finds it, with the texts of 0002 and 0004; then that migration's data step.
        const auto upgraded = group("Upgraded", "upgraded@desk.example");
        m_desk->exec("UPDATE groups SET acknowledgement_body = 'Hello {customer_name}, see {ticket_number}.',"
                     " acknowledgement_translations = '{\"fr\": {\"subject\": \"Bien reçu {ticket_title}\","
                     " \"body\": \"Merci.\"}}' WHERE id = " +
                     str(upgraded));
        std::ifstream file(std::string(HELPDESK_TEST_DATA) + "/../server/db/migrations/0025_mail_templates.sql");
        const std::string migration((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
        const auto dataStep = migration.find("CREATE FUNCTION pg_temp.as_mustache");
        QVERIFY(dataStep != std::string::npos);
        m_desk->exec(migration.substr(dataStep));
        auto english =
            admin("GET", "/api/v1/mail_templates/acknowledgement/en?group_id=" + str(upgraded)).object("template");
        QCOMPARE(english->getValue<std::string>("body"),
                 std::string("Hello {{customer_name}}, see {{ticket_number}}."));
        QCOMPARE(english->getValue<std::string>("subject_from"), std::string("default")); // it had no subject
        auto french =
            admin("GET", "/api/v1/mail_templates/acknowledgement/fr?group_id=" + str(upgraded)).object("template");
        QCOMPARE(french->getValue<std::string>("subject"), std::string("Bien reçu {{ticket_title}}"));
        QCOMPARE(m_desk->scalar("SELECT count(*) FROM groups WHERE id = " + str(upgraded) +
                                " AND acknowledgement_body IS NULL AND acknowledgement_translations = '{}'"),
                 1LL);
        const auto reader = unique("upgraded") + "@customer.example";
        person(reader, "fr");
        mailIn(reader, "upgraded@desk.example", "Imprimante");
        QVERIFY(waitForMail(reader, "Bien reçu Imprimante"));
    }
};

QTEST_GUILESS_MAIN(TestMailTemplates)
#include "tst_mail_templates.moc"
